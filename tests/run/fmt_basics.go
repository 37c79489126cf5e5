// run

// fmt: Println, Printf verbs and flags, %v/%+v/%#v/%T of structs, maps
// and slices, Stringer, Errorf with %w.

package main

import "fmt"

type P struct {
	X, Y int
	name string
}

func (p P) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Q struct {
	A []int
	M map[string]int
	F float64
}

func main() {
	fmt.Println("hello", 42, 3.5, true, nil)
	fmt.Printf("%d %5.2f %q %v %x %08b\n", 7, 3.14159, "hi", []string{"a", "b"}, 255, 5)
	fmt.Printf("%+v %#v %T\n", Q{A: []int{1}, M: map[string]int{"z": 1, "a": 2}, F: 1.5}, Q{}, Q{})
	fmt.Println(P{1, 2, "x"}, &P{3, 4, "y"})
	s := fmt.Sprint("a", 1, 2, "b", 3.0)
	fmt.Println(s, len(s))
	err := fmt.Errorf("wrap: %w", fmt.Errorf("inner %d", 5))
	fmt.Println(err)
	fmt.Printf("%v %d %s\n", []any{1, "x", nil}, []int8{-1, 2}, []byte("bytes"))
	fmt.Printf("%6.2e|%-8s|%08.3f|%x|%X|%o|%c|%U\n", 12345.678, "left", -3.14159, "hex", []byte{1, 171}, 8, 'G', 0x1F600)
}
