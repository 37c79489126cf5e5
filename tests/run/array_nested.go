// run

// Arrays of arrays: matrix multiplication, transposition, identity,
// row copies versus row pointers, len of inner arrays, and 3D arrays.

package main

type Mat [3][3]int

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Mat) Mat {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func identity() (m Mat) {
	for i := range m {
		m[i][i] = 1
	}
	return
}

func show(m Mat) {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				print(" ")
			}
			print(v)
		}
		println()
	}
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	show(mul(a, identity()))
	println(mul(a, identity()) == a)
	show(transpose(a))
	show(mul(a, transpose(a)))
	println(a[0][2], len(a), len(a[0]))

	row := a[1]
	row[0] = 40
	println(a[1][0], row[0])
	rp := &a[1]
	rp[0] = 41
	println(a[1][0])

	a[2] = [3]int{0, 0, 0}
	show(a)

	var cube [2][3][4]int
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = i*100 + j*10 + k
			}
		}
	}
	println(cube[1][2][3], cube[0][1][2], len(cube), len(cube[0]), len(cube[0][0]))
	total := 0
	for _, plane := range cube {
		for _, line := range plane {
			for _, v := range line {
				total += v
			}
		}
	}
	println(total)
	plane := cube[1]
	plane[0][0] = -1
	println(cube[1][0][0], plane[0][0])

	// jagged: slice of arrays
	js := make([][2]string, 0)
	js = append(js, [2]string{"a", "b"}, [2]string{"c", "d"})
	js[1][0] = "C"
	println(js[0][1], js[1][0], len(js))

	// array of slices: inner slices shared by copies
	var as [2][]int
	as[0] = []int{1, 2}
	as[1] = []int{3}
	cp := as
	cp[0][0] = 100
	cp[1] = append(cp[1], 4)
	println(as[0][0], len(as[1]), len(cp[1]))
}
