package shape

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int       { return r.W * r.H }
func (r Rect) String() string  { return fmt.Sprintf("Rect(%dx%d)", r.W, r.H) }

type Shape interface{ Area() int }
