// run

// Struct embedding: promoted fields and methods through several levels,
// embedded pointers, shadowing of promoted names by outer fields/methods,
// embedded interfaces, interface satisfaction via promoted methods, and
// printing of embedded structs with %v, %+v and %#v.

package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int)  { t.Updated = now }
func (t Timestamps) Age(now int) int { return now - t.Created }

type User struct {
	Base
	Timestamps
	Email string
}

func (u User) Kind() string { return "user" }

type Admin struct {
	*User
	Level int
	Name  string // shadows User.Base.Name
}

type Logger interface{ Log(string) string }

type prefixLogger struct{ prefix string }

func (p prefixLogger) Log(s string) string { return p.prefix + s }

type Service struct {
	Logger
	name string
}

type Describer interface {
	Describe() string
	Kind() string
}

func main() {
	u := User{Base{1, "ann"}, Timestamps{100, 100}, "ann@example.com"}
	fmt.Printf("%v\n%+v\n%#v\n", u, u, u)
	fmt.Println(u.ID, u.Name, u.Created, u.Base.Name, u.Describe(), u.Kind(), u.Base.Kind())
	u.Rename("anne")
	u.Touch(150)
	fmt.Println(u.Name, u.Updated, u.Age(180), u.Timestamps.Age(200))

	a := Admin{User: &u, Level: 3, Name: "root"}
	fmt.Println(a.Name, a.User.Name, a.Base.Name, a.ID, a.Kind(), a.Describe())
	a.Rename("annie") // through the pointer: changes u
	a.Touch(300)
	fmt.Println(u.Name, u.Updated, a.Updated)
	fmt.Printf("%+v\n", *a.User)
	fmt.Printf("%v %+v\n", a.Level, a.Timestamps)

	var ds []Describer = []Describer{u, a, &u, Base{9, "nine"}}
	for i, d := range ds {
		fmt.Printf("%d %T %s %s\n", i, d, d.Describe(), d.Kind())
	}

	s := Service{prefixLogger{"[svc] "}, "api"}
	fmt.Println(s.Log("started"), s.Logger.Log(s.name))
	fmt.Printf("%+v %v\n", s, s)
	var l Logger = s
	fmt.Println(l.Log("via iface"))
	s2 := Service{name: "nolog"}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(s2.Log("x"))
	}()

	type Point struct{ X, Y int }
	type Circle struct {
		Point
		R int
	}
	type Wheel struct {
		Circle
		Spokes int
	}
	w := Wheel{Circle{Point{8, 8}, 5}, 20}
	w.X = 42
	w.Circle.Point.Y = 7
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	w2 := w
	w2.R = 6
	fmt.Println(w == w2, w.Circle.Point == w2.Point, w.R, w2.R)
	pu := &User{Email: "x"}
	pu.ID = 5
	fmt.Printf("%+v %v\n", pu, pu.Describe())
}
