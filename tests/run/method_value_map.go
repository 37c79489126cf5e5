// run

// Method values and method expressions stored in maps and slices: a
// command dispatcher keyed by name, bound receivers (value receivers copy
// at binding, pointer receivers share), method expressions T.M and (*T).M
// called with explicit receivers, interface method values, and sorting
// command names for deterministic iteration.

package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Calc struct {
	acc   float64
	trace []string
}

func (c *Calc) Add(x float64) { c.acc += x; c.trace = append(c.trace, fmt.Sprint("+", x)) }
func (c *Calc) Sub(x float64) { c.acc -= x; c.trace = append(c.trace, fmt.Sprint("-", x)) }
func (c *Calc) Mul(x float64) { c.acc *= x; c.trace = append(c.trace, fmt.Sprint("*", x)) }
func (c *Calc) Div(x float64) {
	if x == 0 {
		c.trace = append(c.trace, "div0!")
		return
	}
	c.acc /= x
	c.trace = append(c.trace, fmt.Sprint("/", x))
}

type Greeter struct{ name string }

func (g Greeter) Hello(to string) string { return g.name + " says hello to " + to }
func (g *Greeter) Rename(n string)       { g.name = n }

type Speaker interface{ Hello(string) string }

func main() {
	c := &Calc{}
	ops := map[string]func(float64){
		"add": c.Add,
		"sub": c.Sub,
		"mul": c.Mul,
		"div": c.Div,
	}
	program := "add 10 mul 3 sub 4 div 2 div 0 add 0.5 pow 2 add x1"
	f := strings.Fields(program)
	for i := 0; i+1 < len(f); i += 2 {
		op, ok := ops[f[i]]
		if !ok {
			fmt.Println("unknown op", f[i])
			continue
		}
		x, err := strconv.ParseFloat(f[i+1], 64)
		if err != nil {
			fmt.Println(err)
			continue
		}
		op(x)
	}
	fmt.Println(c.acc, c.trace)
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names, len(ops))

	// Method expressions.
	add := (*Calc).Add
	c2 := &Calc{acc: 1}
	add(c2, 41)
	fmt.Println(c2.acc, c.acc)
	table := map[string]func(*Calc, float64){"add": (*Calc).Add, "mul": (*Calc).Mul}
	table["mul"](c2, 2)
	table["add"](c2, -4)
	fmt.Println(c2.acc, c2.trace)

	// Value receiver bound at creation: later changes to g are not seen.
	g := Greeter{"ann"}
	hello := g.Hello
	g.Rename("bob")
	fmt.Println(hello("x"), "|", g.Hello("y"))
	pg := &g
	phello := pg.Hello // copies *pg now
	pg.Rename("cy")
	fmt.Println(phello("z"), "|", pg.Hello("w"))
	helloExpr := Greeter.Hello
	fmt.Println(helloExpr(Greeter{"dee"}, "eve"))
	renameExpr := (*Greeter).Rename
	renameExpr(&g, "fay")
	fmt.Println(g.name, (*Greeter).Hello(&g, "gus"))

	var sp Speaker = Greeter{"iface"}
	sh := sp.Hello
	sp = Greeter{"changed"}
	fmt.Println(sh("h"), "|", sp.Hello("h"))
	ifaceExpr := Speaker.Hello
	fmt.Println(ifaceExpr(Greeter{"expr"}, "i"))

	handlers := []struct {
		name string
		fn   func(string) string
	}{
		{"upper", strings.ToUpper},
		{"greet", Greeter{"list"}.Hello},
		{"trim", func(s string) string { return strings.Trim(s, "*") }},
		{"repeat", func(s string) string { return strings.Repeat(s, 2) }},
	}
	for _, h := range handlers {
		fmt.Printf("%-6s %q\n", h.name, h.fn("*go*"))
	}
	fmt.Println(ops["nope"] == nil, hello != nil)
	fmt.Printf("%T | %T | %T\n", add, hello, ifaceExpr)
}
