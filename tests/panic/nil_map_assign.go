// run

// Assigning to an entry of a nil map panics; reads and deletes before it
// are fine.

package main

type Registry struct {
	entries map[string]int
}

func (r *Registry) Set(k string, v int) {
	r.entries[k] = v
}

func main() {
	var r Registry
	println(len(r.entries), r.entries["x"])
	delete(r.entries, "x")
	println("about to write")
	r.Set("x", 1)
	println("unreachable")
}
