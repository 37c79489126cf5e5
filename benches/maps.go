// Map insert, lookup and delete of 1M int keys, then 1M string keys.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 1000000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	hits := 0
	for i := 0; i < 2*n; i++ {
		if _, ok := m[i*7/2]; ok {
			hits++
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(i)
	}
	s := make(map[string]int)
	for i, k := range keys {
		s[k] = i
	}
	sum := 0
	for _, k := range keys {
		sum += s[k]
	}
	for i := 0; i < n; i += 3 {
		delete(s, keys[i])
	}
	fmt.Println(len(m), hits, len(s), sum)
}
