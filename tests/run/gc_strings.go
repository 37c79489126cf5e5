// run

// Strings built at run time (concatenation, strings.Builder, bytes.Buffer,
// Sprintf, strconv, conversions from []byte and runes) survive heavy
// garbage; substrings and strings.Split/Fields results are interior
// pointers into larger strings that are otherwise unreferenced.

package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

var sinkS string

func churn(n int) {
	for i := 0; i < n; i++ {
		s := "poison" + strconv.Itoa(i) + "poison"
		b := []byte(s)
		for j := range b {
			b[j] = '#'
		}
		if i%321 == 0 {
			sinkS = string(b) + s
		}
	}
	sinkS = ""
}

func word(i int) string { return "w" + strconv.Itoa(i*31%1000) }

func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	// Concatenation in a loop: each step makes the previous string garbage.
	cat := ""
	for i := 0; i < 2000; i++ {
		cat += word(i) + ","
		if i%100 == 0 {
			churn(500)
		}
	}
	// strings.Builder and bytes.Buffer growing through many reallocations.
	var sb strings.Builder
	var bb bytes.Buffer
	for i := 0; i < 20000; i++ {
		sb.WriteString(word(i))
		sb.WriteByte(' ')
		fmt.Fprintf(&bb, "%d:%s;", i, word(i))
		if i%1000 == 0 {
			churn(2000)
		}
	}
	built := sb.String()
	buf := bb.String()
	// Substrings of big strings are the only references.
	big := strings.Repeat("abcdefghij", 10000) // 100 KB
	mid := big[50000:50010]
	end := big[len(big)-5:]
	fields := strings.Fields(built)[19990:] // slice of substrings of built
	parts := strings.Split(cat, ",")
	first, last := parts[0], parts[len(parts)-2]
	parts = nil
	// Many small strings from various sources.
	var small []string
	for i := 0; i < 5000; i++ {
		switch i % 5 {
		case 0:
			small = append(small, fmt.Sprintf("f%05d", i))
		case 1:
			small = append(small, strconv.Itoa(i)+"s")
		case 2:
			small = append(small, string([]byte{'b', byte('0' + i%10), byte('a' + i%26)}))
		case 3:
			small = append(small, string([]rune{'r', 'é', rune('a' + i%26)}))
		case 4:
			small = append(small, strings.ToUpper(word(i)))
		}
	}
	expect := func(i int) string {
		switch i % 5 {
		case 0:
			return fmt.Sprintf("f%05d", i)
		case 1:
			return strconv.Itoa(i) + "s"
		case 2:
			return "b" + string(rune('0'+i%10)) + string(rune('a'+i%26))
		case 3:
			return "ré" + string(rune('a'+i%26))
		}
		return strings.ToUpper(word(i))
	}
	// Byte slices converted back and forth.
	bs := []byte(built[:1000])
	back := string(bs[100:200])
	bs = nil
	// Map with string keys built at run time.
	m := map[string]string{}
	for i := 0; i < 2000; i++ {
		m["key"+strconv.Itoa(i)] = strings.Repeat(string(rune('a'+i%26)), i%40)
	}
	built, big = "", ""

	hCat, hBuf := hash(cat), hash(buf)
	for round := 0; round < 5; round++ {
		churn(80000)
		runtime.GC()
		bad := 0
		if hash(cat) != hCat || hash(buf) != hBuf || len(cat) == 0 {
			bad++
		}
		if mid != "abcdefghij" || end != "fghij" || first != "w0" || last != word(1999) {
			bad++
		}
		for k, f := range fields {
			if f != word(19990+k) {
				bad++
			}
		}
		for i, s := range small {
			if s != expect(i) {
				bad++
			}
		}
		if back != sb.String()[100:200] {
			bad++
		}
		for i := 0; i < 2000; i++ {
			if m["key"+strconv.Itoa(i)] != strings.Repeat(string(rune('a'+i%26)), i%40) {
				bad++
			}
		}
		fmt.Println("round", round, "bad", bad, len(cat), len(buf), hCat, hBuf, len(fields), len(small), back[:12])
		// Rebuild some strings so the old ones become garbage.
		for i := round; i < len(small); i += 3 {
			small[i] = expect(i)
		}
		cat = cat[:len(cat)-1] + ","
	}
}
