// run

// Indexing through a nil pointer to an array dereferences nil (len of
// the nil pointer is still fine, being constant).

package main

type Table struct {
	rows *[4]int
}

func main() {
	var t Table
	println(len(t.rows))
	for i := range t.rows {
		println("index", i)
		println(t.rows[i])
	}
}
