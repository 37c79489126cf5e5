// run

// Slices of basic types: make, append (growth printed only for slices
// that escape to a package variable, as gc's stack buffers differ),
// indexing, slicing with two and three indices, copy, clear, range,
// nil slices, conversions with strings, literals with keys.

package main

var keep [][]int

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func reverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func squares(n int) []int {
	var out []int
	for i := range n {
		out = append(out, i*i)
	}
	keep = append(keep, out)
	return out
}

func main() {
	var s []int
	println(s == nil, len(s), cap(s), sum(s))
	s = squares(20)
	println(len(s), cap(s), sum(s), s[3], s[len(s)-1])
	t := s[2:5]
	t[0] = -1
	println(s[2], len(t), cap(t))
	u := s[1:3:4]
	println(len(u), cap(u), u[1])
	u = append(u, 99)
	println(s[3], len(u), cap(u))
	b := []byte("héllo")
	println(len(b), cap(b), string(b[1:3]), string(b))
	b[0] = 'H'
	println(string(b))
	r := []rune("héllo, 世界")
	println(len(r), cap(r), string(r), r[1], string(r[7:]))
	names := []string{"a", "bb", "ccc"}
	reverse(names)
	for i, n := range names {
		println(i, n)
	}
	m := make([]int, 3, 10)
	println(len(m), cap(m), m[0])
	n := copy(m, s)
	println(n, m[0], m[1], m[2])
	m = append(m, s[:4]...)
	println(len(m), cap(m), m[len(m)-1])
	grid := [][]int{{1, 2}, {3, 4, 5}, nil}
	println(len(grid), len(grid[1]), grid[1][2], grid[2] == nil)
	bs := append([]byte("ab"), "cd"...)
	println(string(bs))
	clear(m)
	println(m[0], m[5], len(m))
	sparse := []string{5: "five", 2: "two", "three"}
	println(len(sparse), sparse[2], sparse[3], sparse[5], sparse[0] == "")
	var total int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] *= 10
			total += grid[i][j]
		}
	}
	println(total)
	m[1]++
	m[2] += 5
	println(m[1], m[2])
	println(copy(bs, "xyz"), string(bs))
}
