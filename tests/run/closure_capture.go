// run

// Closures capture variables by reference: mutations inside and outside
// are shared, several closures share one variable, captured parameters,
// captured variables outliving their scope, and captures of arrays,
// structs and slices (the variable, not a copy).

package main

func counterPair() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func capParam(x int) func() int {
	return func() int {
		x *= 2
		return x
	}
}

type S struct{ a, b int }

func main() {
	x := 1
	f := func() { x += 10 }
	f()
	f()
	println(x)
	x = 100
	f()
	println(x)

	inc, get := counterPair()
	inc()
	inc()
	println(get())
	inc2, get2 := counterPair()
	inc2()
	println(get(), get2())

	d := capParam(3)
	println(d(), d(), d())
	d2 := capParam(1)
	println(d2(), d())

	// captured array is the variable itself
	arr := [3]int{1, 2, 3}
	setArr := func(i, v int) { arr[i] = v }
	setArr(0, 100)
	println(arr[0])
	arr = [3]int{7, 8, 9}
	readArr := func() int { return arr[0] + arr[1] + arr[2] }
	println(readArr())

	// captured struct
	s := S{1, 2}
	sw := func() { s.a, s.b = s.b, s.a }
	sw()
	println(s.a, s.b)
	s = S{5, 6}
	sw()
	println(s.a, s.b)

	// captured slice variable: reassigning is visible
	sl := []int{1}
	appendIt := func(v int) { sl = append(sl, v) }
	appendIt(2)
	appendIt(3)
	println(len(sl), sl[2])

	// nested closures share the outermost variable
	total := 0
	outer := func() func() {
		total++
		return func() { total += 100 }
	}
	in := outer()
	in()
	in()
	outer()
	println(total)

	// closure assigned in a block, variable declared in the block
	var later func() int
	{
		hidden := 42
		later = func() int { hidden++; return hidden }
	}
	println(later(), later())

	// capture of a variable that is later shadowed
	y := 1
	g := func() int { return y }
	{
		y := 2
		_ = y
	}
	y = 3
	println(g())

	// string capture
	msg := "a"
	add := func(t string) { msg += t }
	for _, t := range []string{"b", "c", "d"} {
		add(t)
	}
	println(msg)
}
