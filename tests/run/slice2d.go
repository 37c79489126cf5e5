// run

// Two-dimensional slices and arrays: jagged slices (Pascal's triangle),
// a grid built with make per row, transposition, spiral traversal, a
// flood fill on [][]byte, Conway's life on fixed-size arrays (value copies),
// and copying rows (deep vs shallow).

package main

import (
	"fmt"
	"strings"
)

func pascal(n int) [][]int {
	t := make([][]int, n)
	for i := range t {
		t[i] = make([]int, i+1)
		t[i][0], t[i][i] = 1, 1
		for j := 1; j < i; j++ {
			t[i][j] = t[i-1][j-1] + t[i-1][j]
		}
	}
	return t
}

func spiral(m [][]int) []int {
	var out []int
	if len(m) == 0 {
		return out
	}
	top, bot, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bot; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				out = append(out, m[bot][j])
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func fill(g [][]byte, r, c int, from, to byte) int {
	if r < 0 || r >= len(g) || c < 0 || c >= len(g[r]) || g[r][c] != from {
		return 0
	}
	g[r][c] = to
	return 1 + fill(g, r+1, c, from, to) + fill(g, r-1, c, from, to) + fill(g, r, c+1, from, to) + fill(g, r, c-1, from, to)
}

const N = 6

type Board [N][N]bool

func (b Board) Step() Board {
	var nb Board
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			n := 0
			for di := -1; di <= 1; di++ {
				for dj := -1; dj <= 1; dj++ {
					if (di != 0 || dj != 0) && b[(i+di+N)%N][(j+dj+N)%N] {
						n++
					}
				}
			}
			nb[i][j] = n == 3 || n == 2 && b[i][j]
		}
	}
	return nb
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	for _, row := range pascal(7) {
		fmt.Println(row)
	}
	m := make([][]int, 4)
	for i := range m {
		m[i] = make([]int, 5)
		for j := range m[i] {
			m[i][j] = i*5 + j
		}
	}
	fmt.Println(spiral(m))
	tr := make([][]int, len(m[0]))
	for j := range tr {
		tr[j] = make([]int, len(m))
		for i := range m {
			tr[j][i] = m[i][j]
		}
	}
	fmt.Println(tr, len(tr), len(tr[0]))
	fmt.Println(spiral([][]int{{1}}), spiral([][]int{{1, 2, 3}}), spiral([][]int{{1}, {2}, {3}}))
	g := [][]byte{[]byte("..##."), []byte(".#..."), []byte("##.#."), []byte("....#")}
	n := fill(g, 0, 0, '.', 'o')
	fmt.Printf("%s\n", g)
	fmt.Println("filled", n)
	var b Board
	b[0][1], b[1][2], b[2][0], b[2][1], b[2][2] = true, true, true, true, true
	start := b
	for i := 0; i < 4; i++ {
		b = b.Step()
	}
	fmt.Print(start, "--\n", b)
	fmt.Println(start == b, start.Step().Step().Step().Step() == b)
	shallow := make([][]int, len(m))
	copy(shallow, m)
	deep := make([][]int, len(m))
	for i := range m {
		deep[i] = append([]int(nil), m[i]...)
	}
	m[0][0] = 99
	fmt.Println(shallow[0][0], deep[0][0])
	var arr [3][4]int
	arr2 := arr
	arr2[1][2] = 7
	fmt.Println(arr, arr2, arr == arr2, len(arr[0]))
	jag := [][]string{{"a"}, {}, nil, {"b", "c"}}
	fmt.Printf("%v %q %d\n", jag, jag, len(jag[2]))
}
