// run

// defer and recover: deferred closures changing named results, deferred
// arguments evaluated at the defer, recovering runtime errors and custom
// values, LIFO order in loops; ends with an unrecovered error value.

package main

func a() (r int) {
	defer func() { r *= 2 }()
	defer println("deferred in a", r)
	r = 5
	return r + 1
}

func safeDiv(x, y int) (q int, err string) {
	defer func() {
		if e := recover(); e != nil {
			err = e.(error).Error()
		}
	}()
	return x / y, ""
}

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

func nested() {
	defer func() {
		r := recover()
		println("recovered:", r.(string))
	}()
	for i := 0; i < 3; i++ {
		defer println("loop defer", i)
	}
	panic("boom")
}

func main() {
	println(a())
	println(safeDiv(7, 2))
	println(safeDiv(7, 0))
	nested()
	println(recover() == nil)
	func() {
		defer func() {
			println(recover().(E).msg)
		}()
		panic(E{"custom"})
	}()
	var arr []int
	func() {
		defer func() { println(recover().(error).Error()) }()
		_ = arr[5]
	}()
	defer println("main deferred")
	panic(E{"final"})
}
