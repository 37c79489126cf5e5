// run

// An expression evaluator: an AST built from interface nodes, evaluation
// and simplification through type switches, String methods printing the
// tree, errors for unknown variables and division by zero.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Expr interface {
	String() string
}

type Num float64
type Var string
type Binary struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

func (n Num) String() string { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) String() string { return string(v) }
func (b *Binary) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}
func (n Neg) String() string { return "-" + n.X.String() }

var ErrDivZero = errors.New("division by zero")

func eval(e Expr, env map[string]float64) (float64, error) {
	switch e := e.(type) {
	case Num:
		return float64(e), nil
	case Var:
		v, ok := env[string(e)]
		if !ok {
			return 0, fmt.Errorf("unknown variable %q", string(e))
		}
		return v, nil
	case Neg:
		x, err := eval(e.X, env)
		return -x, err
	case *Binary:
		l, err := eval(e.L, env)
		if err != nil {
			return 0, err
		}
		r, err := eval(e.R, env)
		if err != nil {
			return 0, err
		}
		switch e.Op {
		case '+':
			return l + r, nil
		case '-':
			return l - r, nil
		case '*':
			return l * r, nil
		case '/':
			if r == 0 {
				return 0, fmt.Errorf("eval %v: %w", e, ErrDivZero)
			}
			return l / r, nil
		}
		return 0, fmt.Errorf("bad op %c", e.Op)
	default:
		return 0, fmt.Errorf("unknown node %T", e)
	}
}

func simplify(e Expr) Expr {
	switch e := e.(type) {
	case *Binary:
		l, r := simplify(e.L), simplify(e.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		if lok && rok {
			if v, err := eval(&Binary{e.Op, ln, rn}, nil); err == nil {
				return Num(v)
			}
		}
		if e.Op == '*' && (lok && ln == 0 || rok && rn == 0) {
			return Num(0)
		}
		if e.Op == '*' && rok && rn == 1 {
			return l
		}
		if e.Op == '+' && lok && ln == 0 {
			return r
		}
		return &Binary{e.Op, l, r}
	case Neg:
		if n, ok := simplify(e.X).(Num); ok {
			return -n
		}
		return Neg{simplify(e.X)}
	}
	return e
}

func bin(op byte, l, r Expr) Expr { return &Binary{op, l, r} }

type Bogus struct{}

func (Bogus) String() string { return "?" }

func main() {
	env := map[string]float64{"x": 3, "y": 4.5, "zero": 0}
	exprs := []Expr{
		Num(42),
		Var("x"),
		bin('+', Var("x"), Num(2)),
		bin('*', bin('+', Num(1), Num(2)), bin('-', Var("y"), Num(0.5))),
		bin('/', Num(1), Var("zero")),
		bin('/', Num(7), Num(2)),
		Neg{bin('*', Var("x"), Var("x"))},
		bin('+', Var("w"), Num(1)),
		bin('*', Var("x"), bin('-', Num(3), Num(3))),
		bin('+', bin('*', Num(0), Var("q")), bin('*', Var("y"), Num(1))),
		Neg{Neg{Num(2.25)}},
		bin('%', Num(1), Num(2)),
		bin('+', Bogus{}, Num(1)),
	}
	for i, e := range exprs {
		v, err := eval(e, env)
		s := simplify(e)
		fmt.Printf("%2d %-28s => ", i, e)
		if err != nil {
			fmt.Printf("error: %v (divzero=%t)", err, errors.Is(err, ErrDivZero))
		} else {
			fmt.Printf("%g", v)
		}
		fmt.Printf(" | simplified %v (%T)\n", s, s)
	}
}
