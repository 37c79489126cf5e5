// run

// append-style variadic usage: append(s, xs...), append of a string to
// []byte with s..., appending a slice to itself, append with no values,
// and a user-defined variadic append for a custom type.

package main

type Stack []int

func (s Stack) With(xs ...int) Stack { return append(s, xs...) }

func concat(slices ...[]int) []int {
	var out []int
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

func pr(xs []int) {
	for _, x := range xs {
		print(x, " ")
	}
	println(len(xs))
}

func main() {
	a := []int{1, 2}
	b := []int{3, 4, 5}
	c := append(a, b...)
	pr(c)
	c = append(c, c...)
	pr(c)
	c = append(c)
	pr(c)
	c = append(c[:2], c[5:]...)
	pr(c)

	var n []int
	n = append(n, n...)
	println(n == nil, len(n))
	n = append(n, []int{}...)
	println(n == nil)

	bs := []byte("hello")
	bs = append(bs, " world"...)
	println(string(bs))
	bs = append([]byte(nil), "abc"...)
	println(string(bs), len(bs))

	var st Stack
	st = st.With(1).With().With(2, 3).With([]int{4, 5}...)
	pr(st)

	pr(concat())
	pr(concat([]int{1}, nil, []int{2, 3}, []int{}))
	all := [][]int{{9}, {8, 7}}
	pr(concat(all...))

	// insert in the middle via nested append
	s := []int{1, 2, 5, 6}
	s = append(s[:2], append([]int{3, 4}, s[2:]...)...)
	pr(s)

	// delete via append
	s = append(s[:1], s[3:]...)
	pr(s)

	// strings variadic
	strs := append([]string{}, "x", "y")
	strs = append(strs, strs...)
	println(len(strs), strs[3])
}
