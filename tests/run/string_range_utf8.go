// run

// Range over strings with multi-byte UTF-8 and invalid bytes: byte
// offsets advance by the encoded width, invalid bytes and truncated
// sequences yield U+FFFD with width 1, surrogate encodings and overlong
// encodings are invalid, and the maximum code point.

package main

func show(s string) {
	print(len(s), ":")
	for i, r := range s {
		print(" ", i, "=", int(r))
	}
	println()
}

func main() {
	show("abc")
	show("héllo")
	show("日本語")
	show("🎉x")
	show("")
	show("\xff")
	show("a\xffb")
	show("\xe6\x97")     // truncated 3-byte sequence
	show("\xe6\x97a")    // truncated then ASCII
	show("\xed\xa0\x80") // encoded surrogate U+D800: invalid
	show("\xc0\xaf")     // overlong '/'
	show("\xf4\x8f\xbf\xbf")
	show("\xf4\x90\x80\x80") // above U+10FFFF
	show("\x80\x80")
	show("é\xffé")

	// count runes vs bytes
	s := "Grüße, 世界! 🌍"
	n := 0
	for range s {
		n++
	}
	println(len(s), n, len([]rune(s)))

	// range with index only
	idx := 0
	for i := range "aé日🎉" {
		idx += i
	}
	println(idx)

	// rune value only
	sum := 0
	for _, r := range "aé日" {
		sum += int(r)
	}
	println(sum)

	// U+FFFD literal vs invalid byte both decode to 65533 but differ in width
	for i, r := range "\uFFFD\xff" {
		println(i, r)
	}

	// ranging over a string variable that is reassigned in the body
	str := "abc"
	for i, r := range str {
		str = "zzzzzz"
		print(i, string(r), " ")
	}
	println(str)

	// byte indexing vs rune iteration
	t := "ñ"
	println(len(t), t[0], t[1])
}
