// run

// Re-panicking: a deferred function that recovers and panics again with
// a new value, panics inside deferred functions while panicking
// (the newest panic wins), recovery in an outer frame after several
// frames unwound with their defers run in order.

package main

func level3() {
	defer println("level3 defer")
	panic("from level3")
}

func level2() {
	defer println("level2 defer")
	level3()
	println("not reached")
}

func level1() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "level1 recovered: " + r.(string)
		}
	}()
	level2()
	return "normal"
}

func rethrow() (out string) {
	defer func() {
		r := recover()
		out = "outer got " + r.(string)
	}()
	func() {
		defer func() {
			r := recover()
			panic("wrapped(" + r.(string) + ")")
		}()
		panic("original")
	}()
	return "unreachable"
}

func panicInDefer() (out string) {
	defer func() {
		r := recover()
		out = "recovered " + r.(string)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func deferOrderDuringPanic() (log string) {
	defer func() {
		recover()
		log += " [recovered]"
	}()
	defer func() { log += " d2" }()
	defer func() { log += " d1" }()
	log = "start"
	panic("x")
}

func recoverThenContinue() int {
	total := 0
	for i := 0; i < 5; i++ {
		func() {
			defer func() {
				if recover() != nil {
					total += 100
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			total += i
		}()
	}
	return total
}

func panicNilPtrErr() (s string) {
	defer func() {
		r := recover()
		if e, ok := r.(interface{ Error() string }); ok {
			s = e.Error()
		}
	}()
	var p *struct{ x int }
	return string(rune('0' + p.x))
}

func main() {
	println(level1())
	println(rethrow())
	println(panicInDefer())
	println(deferOrderDuringPanic())
	println(recoverThenContinue())
	println(panicNilPtrErr())
}
