// run

// Package initialization follows references through method calls,
// method values and method expressions, not only plain functions.

package main

import "fmt"

type Reg struct{ name string }

func (r Reg) Base() int    { return base }
func (r *Reg) Double() int { return doubled }
func (r Reg) Sum(x int) int { return x + extra }

var viaMethod = Reg{"a"}.Base() + 1
var viaPtrMethod = (&Reg{"b"}).Double() * 2
var viaMethodValue = Reg{}.Sum
var viaMethodExpr = Reg.Sum(Reg{}, 100)
var viaValueCall = viaMethodValue(5)

var base = seed(10)
var doubled = base * 2
var extra = seed(7)

var order []string

func seed(n int) int {
	order = append(order, fmt.Sprint("seed ", n))
	return n
}

func main() {
	fmt.Println(viaMethod, viaPtrMethod, viaMethodExpr, viaValueCall)
	fmt.Println(order)
}
