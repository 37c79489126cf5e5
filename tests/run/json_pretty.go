// run

// A JSON-like pretty printer over nested any values (maps with sorted
// keys, slices, strings, numbers, bools, nil) using strings.Builder,
// strconv.Quote for string escaping, strconv.FormatFloat, and indentation
// with strings.Repeat; plus a compact encoder and a type switch.

package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func encode(b *strings.Builder, v any, indent int, pretty bool) {
	nl := func(level int) {
		if pretty {
			b.WriteByte('\n')
			b.WriteString(strings.Repeat("  ", level))
		}
	}
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			nl(indent + 1)
			encode(b, e, indent+1, pretty)
		}
		nl(indent)
		b.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			nl(indent + 1)
			b.WriteString(strconv.Quote(k))
			b.WriteByte(':')
			if pretty {
				b.WriteByte(' ')
			}
			encode(b, x[k], indent+1, pretty)
		}
		if len(keys) > 0 {
			nl(indent)
		}
		b.WriteByte('}')
	default:
		fmt.Fprintf(b, "\"<unsupported %T>\"", x)
	}
}

func Marshal(v any, pretty bool) string {
	var b strings.Builder
	encode(&b, v, 0, pretty)
	return b.String()
}

func main() {
	doc := map[string]any{
		"name":    "gocl \"compiler\"",
		"version": 1.25,
		"stable":  false,
		"tags":    []any{"go", "rust", "aot", 3, nil},
		"authors": []any{
			map[string]any{"name": "Zoë", "commits": 120},
			map[string]any{"name": "tab\there", "commits": 7, "email": nil},
		},
		"empty":   map[string]any{},
		"list":    []any{},
		"nested":  map[string]any{"a": map[string]any{"b": []any{1.5, -2, 1e21, 1e-7}}},
		"unicode": "日本\u00e9\x01\n",
		"weird":   struct{}{},
	}
	out := Marshal(doc, true)
	fmt.Println(out)
	compact := Marshal(doc, false)
	fmt.Println(compact)
	fmt.Println(len(compact), strings.Count(out, "\n"), strings.Count(compact, ":"))
	for _, s := range []string{"", "a\"b", `back\slash`, "\a\b\f\v", "\u2028", "\xff"} {
		q := strconv.Quote(s)
		u, err := strconv.Unquote(q)
		fmt.Printf("%-20s %-20s roundtrip=%t err=%v\n", q, strconv.QuoteToASCII(s), u == s, err)
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.Quote("☺"))
}
