// run

// State after recovery: partial updates made before a panic remain
// visible (maps, slices, pointers, named results), deferred cleanup
// runs in order, a loop that recovers from panics per item continues
// with the next, and a panicking method leaves its receiver modified.

package main

type Account struct {
	balance int
	log     []string
}

func (a *Account) Withdraw(n int) {
	a.log = append(a.log, "try")
	if n > a.balance {
		panic("insufficient funds")
	}
	a.balance -= n
	a.log = append(a.log, "ok")
}

func safeWithdraw(a *Account, n int) (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(string)
			a.log = append(a.log, "recovered")
		}
	}()
	a.Withdraw(n)
	return "none"
}

func process(items []int) (done []int, failed int) {
	for _, it := range items {
		func() {
			defer func() {
				if recover() != nil {
					failed++
				}
			}()
			done = append(done, 100/it)
		}()
	}
	return
}

func partial(m map[string]int) (n int) {
	defer func() { recover() }()
	for _, k := range []string{"a", "b", "c", "d"} {
		if k == "c" {
			var nilMap map[string]int
			nilMap[k] = 1
		}
		m[k] = len(k)
		n++
	}
	return n
}

func main() {
	acct := &Account{balance: 100}
	w30 := safeWithdraw(acct, 30)
	println(w30, acct.balance)
	w500 := safeWithdraw(acct, 500)
	println(w500, acct.balance)
	w70 := safeWithdraw(acct, 70)
	println(w70, acct.balance)
	for _, l := range acct.log {
		print(l, " ")
	}
	println()

	done, failed := process([]int{1, 0, 5, 0, 20})
	println(len(done), failed)
	for _, d := range done {
		print(d, " ")
	}
	println()

	m := map[string]int{}
	n := partial(m)
	println(n, len(m), m["a"], m["b"], m["c"])

	// slice modified before panic
	s := []int{1, 2, 3}
	func() {
		defer func() { recover() }()
		for i := 0; i <= len(s); i++ {
			s[i] *= 10
		}
	}()
	println(s[0], s[1], s[2])

	// defers run in order even though the function panicked
	var order []string
	func() {
		defer func() { recover(); order = append(order, "recover") }()
		defer func() { order = append(order, "cleanup2") }()
		defer func() { order = append(order, "cleanup1") }()
		order = append(order, "work")
		panic("x")
	}()
	for _, o := range order {
		print(o, " ")
	}
	println()
}
