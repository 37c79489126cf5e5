// run

// Recursive and mutually recursive types: linked lists and trees
// through pointers, types recursive through slices and maps, function
// types taking themselves, and interfaces whose methods return the
// interface.

package main

type List struct {
	Val  int
	Next *List
}

type Tree struct {
	Val      string
	Children []Tree
}

type Dir struct {
	Name    string
	Entries map[string]*Dir
	Size    int
}

type StateFn func(int) (StateFn, int)

type Expr interface {
	Eval() int
	Simplify() Expr
}

type Lit int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }

func (l Lit) Eval() int      { return int(l) }
func (l Lit) Simplify() Expr { return l }
func (a Add) Eval() int      { return a.L.Eval() + a.R.Eval() }
func (m Mul) Eval() int      { return m.L.Eval() * m.R.Eval() }
func (a Add) Simplify() Expr {
	l, r := a.L.Simplify(), a.R.Simplify()
	if lv, ok := l.(Lit); ok && lv == 0 {
		return r
	}
	if rv, ok := r.(Lit); ok && rv == 0 {
		return l
	}
	return Add{l, r}
}
func (m Mul) Simplify() Expr {
	l, r := m.L.Simplify(), m.R.Simplify()
	if lv, ok := l.(Lit); ok && lv == 1 {
		return r
	}
	if rv, ok := r.(Lit); ok && rv == 1 {
		return l
	}
	return Mul{l, r}
}

type A struct{ b *B }
type B struct {
	a *A
	n int
}

func count(t Tree) int {
	n := 1
	for _, c := range t.Children {
		n += count(c)
	}
	return n
}

func total(d *Dir) int {
	s := d.Size
	for _, e := range d.Entries {
		s += total(e)
	}
	return s
}

func even(n int) (StateFn, int) {
	if n == 0 {
		return nil, 0
	}
	return odd, n - 1
}

func odd(n int) (StateFn, int) {
	if n == 0 {
		return nil, 1
	}
	return even, n - 1
}

func main() {
	var l *List
	for i := 5; i > 0; i-- {
		l = &List{i, l}
	}
	s := 0
	for p := l; p != nil; p = p.Next {
		s = s*10 + p.Val
	}
	println(s)

	t := Tree{"root", []Tree{{"a", []Tree{{"a1", nil}, {"a2", nil}}}, {"b", nil}}}
	println(count(t), t.Children[0].Children[1].Val)

	root := &Dir{Name: "/", Size: 1, Entries: map[string]*Dir{}}
	root.Entries["usr"] = &Dir{Name: "usr", Size: 10, Entries: map[string]*Dir{
		"bin": {Name: "bin", Size: 100},
	}}
	root.Entries["etc"] = &Dir{Name: "etc", Size: 1000}
	println(total(root), root.Entries["usr"].Entries["bin"].Name)

	fn, n := StateFn(even), 7
	steps := 0
	for fn != nil {
		var next StateFn
		next, n = fn(n)
		fn = next
		steps++
	}
	println(steps, n)

	e := Add{Mul{Lit(1), Add{Lit(3), Lit(0)}}, Mul{Lit(2), Lit(5)}}
	println(e.Eval())
	se := e.Simplify()
	println(se.Eval())
	if a, ok := se.(Add); ok {
		_, leftIsLit := a.L.(Lit)
		println("simplified to Add, left is Lit:", leftIsLit)
	}

	a := &A{}
	b := &B{a: a, n: 3}
	a.b = b
	println(a.b.a.b.a.b.n)
}
