// run

// Go 1.22 per-iteration loop variables: the copy at the end of each
// iteration carries modifications to the next, and post statements see
// the updated copy. Also shadowing of loop variables.

package main

func main() {
	// modification inside the body is carried to the next iteration
	for i := 0; i < 20; i++ {
		print(i, " ")
		i += 3
	}
	println()

	// several loop variables
	for i, j := 0, 100; i < j; i, j = i*2+1, j/2 {
		println(i, j)
		j -= 1
	}

	// loop variable updated inside nested loop
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				i++
			}
		}
		println("outer i", i)
	}

	// shadowing the loop variable
	for i := 0; i < 3; i++ {
		i := i * 100
		print(i, " ")
	}
	println()

	// loop variable visible only in the loop
	i := "outer"
	for i := 0; i < 1; i++ {
		println("inner", i)
	}
	println(i)

	// condition using values computed in the body
	sum := 0
	for k := 1; sum < 50; k++ {
		sum += k * k
		println("k", k, "sum", sum)
	}

	// range loop variables are per-iteration too
	for idx, r := range "abc" {
		r -= 32
		idx *= 2
		println(idx, string(r))
	}
}
