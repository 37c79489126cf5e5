// run

// A matrix type with value and pointer receiver methods: construction,
// multiplication, transpose, identity, equality, a String method used by
// fmt, error returns for shape mismatches, and in-place scaling.

package main

import (
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) T() *Matrix {
	r := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m *Matrix) Scale(f float64) *Matrix {
	for i := range m.data {
		m.data[i] *= f
	}
	return m
}

func (m Matrix) Equal(o Matrix) bool {
	if m.rows != o.rows || m.cols != o.cols {
		return false
	}
	for i, v := range m.data {
		if o.data[i] != v {
			return false
		}
	}
	return true
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%6.2f", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func (m *Matrix) Trace() (t float64) {
	for i := 0; i < m.rows && i < m.cols; i++ {
		t += m.At(i, i)
	}
	return
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Print("a=\n", a, "b=\n", b)
	c, err := a.Mul(b)
	fmt.Print("a*b=\n", c)
	fmt.Println("err:", err, "trace:", c.Trace())
	_, err = a.Mul(a)
	fmt.Println("err:", err)
	fmt.Print("a^T=\n", a.T())
	fmt.Println("T(T(a)) == a:", a.T().T().Equal(*a), "a == b:", a.Equal(*b))
	id := Identity(3)
	ai, _ := a.Mul(id)
	fmt.Println("a*I == a:", ai.Equal(*a))
	fmt.Print("scaled=\n", a.Scale(0.5).Scale(3))
	fmt.Printf("dims %dx%d, len=%d\n", a.rows, a.cols, len(a.data))
	p := New(2, 2, 1, 1, 1, 0)
	f := Identity(2)
	for i := 0; i < 10; i++ {
		f, _ = f.Mul(p)
	}
	fmt.Print("fib^10=\n", f)
	fmt.Printf("%v|%s", Identity(1), New(1, 2, -1.5, 1e3))
	var nilm *Matrix
	fmt.Println(nilm == nil, fmt.Sprintf("%T", nilm))
}
