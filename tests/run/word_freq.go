// run

// Word frequency counting: strings.Fields/FieldsFunc, ToLower, Trim of
// punctuation, counting in a map, sorting keys with sort.Strings and by
// count with sort.Sort (ties broken by word), and fmt's sorted map printing.

package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick fox, a lazy dog, and THE end. Über-fast foxes?
Don't stop: the end is the end.`

type wc struct {
	word  string
	count int
}

type byCount []wc

func (b byCount) Len() int      { return len(b) }
func (b byCount) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byCount) Less(i, j int) bool {
	if b[i].count != b[j].count {
		return b[i].count > b[j].count
	}
	return b[i].word < b[j].word
}

func main() {
	counts := map[string]int{}
	total := 0
	for _, raw := range strings.Fields(text) {
		w := strings.ToLower(strings.TrimFunc(raw, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		}))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	fmt.Println("total words:", total, "distinct:", len(counts))

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("sorted keys:", strings.Join(keys, ","))

	list := make([]wc, 0, len(counts))
	for _, k := range keys {
		list = append(list, wc{k, counts[k]})
	}
	sort.Sort(byCount(list))
	for i, e := range list {
		if i >= 8 {
			break
		}
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	fmt.Println(counts)

	// FieldsFunc splitting on non-letters, and length histogram.
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	byLen := map[int][]string{}
	for _, w := range words {
		n := len([]rune(w))
		byLen[n] = append(byLen[n], strings.ToLower(w))
	}
	lens := []int{}
	for n := range byLen {
		lens = append(lens, n)
	}
	sort.Ints(lens)
	for _, n := range lens {
		ws := byLen[n]
		sort.Strings(ws)
		fmt.Printf("len %d: %d %v\n", n, len(ws), ws)
	}
	fmt.Println(sort.StringsAreSorted(keys), sort.SearchStrings(keys, "fox"), sort.SearchStrings(keys, "zzz"))
	// Lines and their word counts.
	for i, line := range strings.Split(text, "\n") {
		fmt.Printf("line %d: %d words, first=%q\n", i+1, len(strings.Fields(line)), strings.Fields(line)[0])
	}
}
