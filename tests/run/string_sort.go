// run

// Sorting the bytes of a string and words of a sentence using only
// string operations: insertion by slicing and concatenation, comparison
// of strings with <, and recursive merge sort on strings.

package main

func insertSorted(sorted string, c string) string {
	for i := 0; i < len(sorted); i++ {
		if c < sorted[i:i+1] {
			return sorted[:i] + c + sorted[i:]
		}
	}
	return sorted + c
}

func sortBytes(s string) string {
	out := ""
	for i := 0; i < len(s); i++ {
		out = insertSorted(out, s[i:i+1])
	}
	return out
}

func merge(a, b string) string {
	out := ""
	for len(a) > 0 && len(b) > 0 {
		if a[0] <= b[0] {
			out += a[:1]
			a = a[1:]
		} else {
			out += b[:1]
			b = b[1:]
		}
	}
	return out + a + b
}

func mergeSort(s string) string {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	return merge(mergeSort(s[:mid]), mergeSort(s[mid:]))
}

// nthWord returns the n-th space-separated word, or "" if there are fewer.
func nthWord(s string, n int) string {
	start, k := 0, 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if k == n {
				return s[start:i]
			}
			k++
			start = i + 1
		}
	}
	return ""
}

func minWord(s string, after string) string {
	best := ""
	for n := 0; ; n++ {
		w := nthWord(s, n)
		if w == "" {
			break
		}
		if w > after && (best == "" || w < best) {
			best = w
		}
	}
	return best
}

func isAnagram(a, b string) bool {
	return len(a) == len(b) && sortBytes(a) == sortBytes(b)
}

func main() {
	println(sortBytes("thequickbrownfox"))
	println(mergeSort("thequickbrownfox"))
	println(sortBytes("") == "", mergeSort("a"), mergeSort("ba"), mergeSort("zyxwvutsrqponmlkjihgfedcba"))
	println(sortBytes("Hello, World!"))
	sentence := "pear apple fig banana cherry apple date"
	w := ""
	for {
		w = minWord(sentence, w)
		if w == "" {
			break
		}
		print(w, " ")
	}
	println()
	println(isAnagram("listen", "silent"), isAnagram("apple", "paple"), isAnagram("abc", "abd"))
	// comparisons used by sorting
	println("apple" < "apricot", "Zebra" < "apple", "abc" < "abcd", "b" > "abcd")
}
