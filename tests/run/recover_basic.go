// run

// panic and recover: recover returns nil when not panicking and when not
// called directly by a deferred function; recover in a deferred func
// stops the panic and the function returns normally with its named
// results; panic values of various types recovered and printed; code
// after the panic does not run; recover only once.

package main

type MyErr struct{ code int }

func (e MyErr) Error() string { return "myerr " + string(rune('0'+e.code)) }

func safe(f func()) (recovered any) {
	defer func() {
		if r := recover(); r != nil {
			recovered = r
		}
	}()
	f()
	return "no panic"
}

func helper() any { return recover() }

func indirect() (r any) {
	defer func() {
		r = helper() // not called directly by the deferred func: nil
		if r == nil {
			r = recover() // this one works
		}
	}()
	panic("indirect")
}

func withResult() (n int, s string) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			s = "recovered: " + r.(string)
		}
	}()
	n = 10
	panic("boom")
}

func twice() {
	defer func() {
		r1 := recover()
		r2 := recover()
		println("first", r1.(string), "second nil:", r2 == nil)
	}()
	panic("once")
}

func main() {
	println(recover() == nil)
	r := safe(func() {})
	println(r.(string))

	r = safe(func() { panic("a string") })
	println(r.(string))
	r = safe(func() { panic(42) })
	println(r.(int))
	r = safe(func() { panic(MyErr{7}) })
	println(r.(MyErr).Error(), r.(interface{ Error() string }).Error())
	r = safe(func() { panic(3.5) })
	_, isFloat := r.(float64)
	println(isFloat)
	r = safe(func() {
		panic([]int{1, 2, 3})
	})
	println(len(r.([]int)))

	ran := false
	safe(func() {
		panic("stop")
		ran = true
	})
	println(ran)

	println(indirect().(string))
	n, s := withResult()
	println(n, s)
	twice()

	// deferred functions still run before recovery by an outer frame
	r = safe(func() {
		defer println("inner defer runs")
		panic("outer recovers")
	})
	println(r.(string))

	// nested safe calls: inner recovers, outer sees normal completion
	r = safe(func() {
		inner := safe(func() { panic("deep") })
		println("inner got", inner.(string))
	})
	println(r.(string))

	// panic with a custom struct pointer
	type info struct{ where string }
	r = safe(func() { panic(&info{"here"}) })
	println(r.(*info).where)
}
