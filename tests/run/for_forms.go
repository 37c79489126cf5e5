// run

// Every for statement form: three-clause, condition-only, infinite with
// break, empty clauses, range over integers and strings, post statements
// with assignments and multiple variables.

package main

func main() {
	// three-clause
	s := 0
	for i := 0; i < 10; i++ {
		s += i
	}
	println("three-clause", s)

	// condition only
	n := 1
	for n < 1000 {
		n *= 3
	}
	println("cond", n)

	// infinite with break
	c := 0
	for {
		c++
		if c == 7 {
			break
		}
	}
	println("infinite", c)

	// empty init and post (not gofmt-clean on purpose)
	k := 5
	for ; k > 0; {
		k -= 2
	}
	println("empty clauses", k)

	// init only
	for j := 3; ; {
		println("init only", j)
		break
	}

	// post only
	m := 0
	for ; ; m++ {
		if m == 4 {
			break
		}
	}
	println("post only", m)

	// multiple variables, parallel assignment in post
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		println("ij", i, j)
	}

	// continue in three-clause still runs post
	odd := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	println("odd sum", odd)

	// range over int with and without variable
	cnt := 0
	for range 4 {
		cnt++
	}
	println("range int", cnt)
	for i := range 3 {
		print(i, " ")
	}
	println()
	var lim int64 = 3
	for i := range lim {
		println("typed range", i, i*1e10)
	}
	var u8 uint8 = 3
	for i := range u8 {
		println("uint8 range", i+254)
	}
	for i := range 0 {
		println("never", i)
	}
	for i := range -5 {
		println("never", i)
	}

	// range over string
	for i, r := range "añb" {
		println("range string", i, r)
	}
	for i := range "xyz" {
		print(i)
	}
	println()

	// nested loops with shared counter
	total := 0
	for a := 0; a < 5; a++ {
		for b := a; b < 5; b++ {
			total++
		}
	}
	println("nested", total)

	// loop with float counter
	for f := 0.0; f < 1; f += 0.25 {
		print(f, " ")
	}
	println()
	// countdown with unsigned
	for u := uint(3); u > 0; u-- {
		print(u)
	}
	println()
	// assigning to the loop variable inside the body
	for i := 0; i < 10; i++ {
		if i == 2 {
			i += 5
		}
		print(i, " ")
	}
	println()
}
