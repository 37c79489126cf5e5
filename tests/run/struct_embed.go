// run

// Embedded structs: promoted fields at several depths, shadowing by a
// shallower field, explicit access through the embedded type name,
// embedded pointer types, assignment through promoted fields, and
// literals that must name the embedded field.

package main

type Base struct {
	ID   int
	Name string
}

type Mid struct {
	Base
	Name  string // shadows Base.Name
	Level int
}

type Top struct {
	Mid
	Extra int
	ID    string // shadows Mid.Base.ID (depth 0 vs depth 2)
}

type Other struct {
	Level int
	Flag  bool
}

type Both struct {
	Mid
	Other // Level is ambiguous at depth 1; Flag is not
}

type WithPtr struct {
	*Base
	N int
}

type Num int

type HasNamed struct {
	Num
	Base
}

func main() {
	var m Mid
	m.ID = 7 // promoted from Base
	m.Name = "mid"
	m.Base.Name = "base"
	m.Level = 2
	println(m.ID, m.Name, m.Base.Name, m.Base.ID, m.Level)

	t := Top{Mid: Mid{Base: Base{ID: 1, Name: "b"}, Name: "m", Level: 3}, Extra: 4, ID: "top"}
	println(t.ID, t.Mid.ID, t.Mid.Base.ID, t.Base.ID)
	println(t.Name, t.Mid.Name, t.Base.Name, t.Level, t.Extra)
	t.Base.ID++
	t.Level *= 10
	t.Base.Name += "!"
	println(t.Mid.Base.ID, t.Mid.Level, t.Mid.Base.Name)

	// copying an embedded value
	b := t.Base
	b.ID = 100
	println(b.ID, t.Base.ID)
	t.Mid.Base = Base{ID: 55, Name: "new"}
	println(t.Base.ID, t.Base.Name, t.Name)

	// Flag unambiguous, Level must be qualified
	var bo Both
	bo.Flag = true
	bo.Mid.Level = 1
	bo.Other.Level = 2
	bo.ID = 9 // only in Mid.Base at depth 2
	println(bo.Flag, bo.Mid.Level, bo.Other.Level, bo.ID, bo.Base.ID)

	// embedded pointer
	shared := &Base{ID: 10, Name: "shared"}
	w1 := WithPtr{Base: shared, N: 1}
	w2 := WithPtr{shared, 2}
	w1.ID = 11
	println(w2.ID, shared.ID, w1.Name, w1.Base == w2.Base)
	w2.Base = &Base{ID: 20}
	println(w1.ID, w2.ID, w1.Base == w2.Base)
	var w3 WithPtr
	println(w3.Base == nil, w3.N)

	// embedded named non-struct type: field name is the type name
	h := HasNamed{Num: 5, Base: Base{ID: 6}}
	h.Num += 2
	println(h.Num, h.ID, int(h.Num)+h.ID)

	// comparison of structs with embedded fields
	a1 := Mid{Base: Base{1, "x"}, Name: "y", Level: 1}
	a2 := Mid{Base{1, "x"}, "y", 1}
	println(a1 == a2)
	a2.Base.Name = "z"
	println(a1 == a2)

	// slices of structs with embedded fields
	ms := []Mid{{Level: 1}, {Level: 2}}
	ms[0].ID = 3
	ms[1].Base.ID = 4
	println(ms[0].ID+ms[1].ID, ms[0].Level+ms[1].Level)
	pm := &ms[1]
	pm.ID = 40
	pm.Base.Name = "p"
	println(ms[1].ID, ms[1].Base.Name)
}
