// run

// Slices of slices: jagged [][]*T whose rows grow by append (reallocating
// and abandoning old backing arrays), [][][]string, [][4]*T, rows shared
// between grids (aliasing), rows that are sub-slices of one big backing
// array, and copy(). Verified after garbage and collections.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type cell struct {
	r, c int
	s    string
}

var sink [][]*cell

func churn(n int) {
	for i := 0; i < n; i++ {
		row := make([]*cell, 1+i%8)
		for j := range row {
			row[j] = &cell{-1, -1, "poison"}
		}
		if i%500 == 0 {
			sink = append(sink[:0], row)
		}
	}
	sink = nil
}

func mk(r, c int) *cell { return &cell{r, c, strconv.Itoa(r) + "," + strconv.Itoa(c)} }

func ok(p *cell, r, c int) bool {
	if p == nil || p.r != r || p.c != c {
		return false
	}
	comma := strings.IndexByte(p.s, ',')
	return comma > 0 && numIs(p.s[:comma], "", r) && numIs(p.s[comma:], ",", c)
}

// numIs reports whether s is prefix followed by the decimal form of v,
// without allocating (verification must not add garbage of its own).
func numIs(s, prefix string, v int) bool {
	if len(s) <= len(prefix) || s[:len(prefix)] != prefix {
		return false
	}
	s = s[len(prefix):]
	if v < 0 {
		if s[0] != '-' {
			return false
		}
		s, v = s[1:], -v
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] != byte('0'+v%10) {
			return false
		}
		v /= 10
	}
	return len(s) > 0 && v == 0
}

func main() {
	// Jagged grid, rows appended to one element at a time.
	grid := make([][]*cell, 300)
	for step := 0; step < 100; step++ {
		for r := range grid {
			if step < r%100+1 {
				grid[r] = append(grid[r], mk(r, len(grid[r])))
			}
		}
		if step%10 == 0 {
			churn(3000)
		}
	}
	// 3-level nested strings.
	cube := make([][][]string, 20)
	for i := range cube {
		cube[i] = make([][]string, 20)
		for j := range cube[i] {
			for k := 0; k < 10; k++ {
				cube[i][j] = append(cube[i][j], strconv.Itoa(i*10000+j*100+k))
			}
		}
	}
	// Slice of arrays of pointers.
	quads := make([][4]*cell, 2000)
	for i := range quads {
		for j := range quads[i] {
			quads[i][j] = mk(i, j)
		}
	}
	// Rows carved out of one backing array; only the rows reference it.
	backing := make([]*cell, 10000)
	for i := range backing {
		backing[i] = mk(-1, i)
	}
	carved := make([][]*cell, 100)
	for i := range carved {
		carved[i] = backing[i*100 : i*100+50 : i*100+100]
	}
	backing = nil
	// A second grid sharing every other row with the first.
	shared := make([][]*cell, len(grid))
	for r := range shared {
		if r%2 == 0 {
			shared[r] = grid[r]
		} else {
			shared[r] = make([]*cell, len(grid[r]))
			copy(shared[r], grid[r])
		}
	}

	grown := make([]int, len(grid))
	shift := 0
	for round := 0; round < 5; round++ {
		churn(10000)
		runtime.GC()
		bad, n := 0, 0
		for r, row := range grid {
			if len(row) != r%100+1+grown[r] {
				bad++
			}
			for c, p := range row {
				if !ok(p, r, c) || shared[r][c] != p {
					bad++
				}
				n++
			}
		}
		for i := range cube {
			for j := range cube[i] {
				for k, s := range cube[i][j] {
					if !numIs(s, "", i*10000+j*100+k) {
						bad++
					}
				}
			}
		}
		for i := range quads {
			for j, p := range quads[i] {
				if !ok(p, i, j) {
					bad++
				}
			}
		}
		for i, row := range carved {
			full := row[:cap(row)]
			for j, p := range full {
				if !ok(p, -1, (i+shift)*100+j) {
					bad++
				}
			}
		}
		fmt.Println("round", round, "bad", bad, "cells", n, len(cube), len(quads), len(carved))
		// Mutations: grow some rows (reallocation), copy some cube
		// planes, drop a carved row.
		for r := round; r < len(grid); r += 5 {
			grid[r] = append(grid[r][:len(grid[r]):len(grid[r])], mk(r, len(grid[r])))
			grown[r]++
			shared[r] = grid[r]
			if r%2 == 1 {
				shared[r] = append([]*cell(nil), grid[r]...)
			}
		}
		for i := round; i < len(cube); i += 4 {
			cube[i] = append([][]string(nil), cube[i]...)
		}
		// Drop the first row: carved[i] is now original row i+shift (the
		// dropped part of the backing array is still part of the same
		// object, kept alive by the other rows).
		carved = carved[1:]
		shift++
	}
}
