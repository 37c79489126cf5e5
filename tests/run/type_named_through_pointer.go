// run

// Defined types declared as other defined types that are still being
// declared, reached through pointers: type T2 T1 where T1 holds *T2,
// chains of such declarations, and their use.

package main

import "fmt"

type T1 struct {
	Next *T2
	V    int
}

type T2 T1

type T3 struct {
	Next *T4
	Name string
}

type T4 T5
type T5 T6
type T6 T3

type List struct {
	items *[]Item
}

type Item List

func main() {
	a := T1{V: 1}
	b := T2{V: 2}
	a.Next = &b
	b.Next = &T2{V: 3}
	fmt.Println(a.V, a.Next.V, a.Next.Next.V, a.Next.Next.Next == nil)
	fmt.Printf("%T %T %v\n", a, b, T1(b).V)

	c := T3{Name: "c"}
	c.Next = &T4{Name: "d"}
	fmt.Println(c.Name, c.Next.Name, c.Next.Next == nil)
	fmt.Printf("%T %+v\n", *c.Next, T3(*c.Next))

	items := []Item{{}, {}}
	l := List{items: &items}
	fmt.Println(len(*l.items), (*l.items)[0].items == nil)
}
