// run

// Methods on named non-struct types: numbers, strings, slices, maps,
// funcs, arrays, and bools; conversions keep or drop methods; pointer
// receivers on named slices for append.

package main

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l IntList) Len() int    { return len(l) }
func (l *IntList) Push(v int) { *l = append(*l, v) }
func (l IntList) Double() {
	for i := range l {
		l[i] *= 2
	}
}
func (l *IntList) Pop() int {
	old := *l
	v := old[len(old)-1]
	*l = old[:len(old)-1]
	return v
}

type Name string

func (n Name) Greet() string { return "hello, " + string(n) }
func (n Name) Len() int      { return len(n) }
func (n *Name) Upper() {
	b := []byte(*n)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	*n = Name(b)
}

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

type Vec3 [3]int

func (v Vec3) Dot(w Vec3) int { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v *Vec3) Scale(k int) {
	for i := range v {
		v[i] *= k
	}
}

type Flag bool

func (f Flag) String() string {
	if f {
		return "on"
	}
	return "off"
}

type Count int

func (c Count) Next() Count { return c + 1 }
func (c *Count) Bump()      { *c += 10 }

func main() {
	var t Celsius = 100
	println(int(t.ToF()), int(Celsius(-40).ToF()), int(Fahrenheit(212).ToC()))
	println(int(t.ToF().ToC()))

	var l IntList
	for i := 1; i <= 5; i++ {
		l.Push(i)
	}
	println(l.Len(), l.Sum())
	l.Double()
	sum := l.Sum()
	p1 := l.Pop()
	p2 := l.Pop()
	println(sum, p1, p2, l.Len())
	println(IntList{4, 5, 6}.Sum())
	raw := []int{1, 1}
	println(IntList(raw).Sum())

	n := Name("gopher")
	println(n.Greet(), n.Len())
	n.Upper()
	println(string(n))

	s := Set{}
	s.Add("x")
	s.Add("y")
	println(s.Has("x"), s.Has("z"), len(s))

	inc := Op(func(x int) int { return x + 3 })
	println(inc.Twice(1), Op(func(x int) int { return x * x }).Twice(3))

	v := Vec3{1, 2, 3}
	println(v.Dot(v))
	v.Scale(2)
	println(v[0], v[1], v[2], v.Dot(Vec3{1, 1, 1}))

	var f Flag
	println(f.String(), Flag(true).String())

	var c Count = 5
	c.Bump()
	println(int(c), int(c.Next().Next()))
	cs := []Count{1, 2}
	cs[1].Bump()
	println(int(cs[1]))
}
