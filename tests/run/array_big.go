// run

// Large arrays as locals, globals, parameters and results: [1000]int and
// bigger, sieve of Eratosthenes on a [10000]bool, copying large arrays,
// comparing them, and a struct containing a large array.

package main

var gbig [1000]int
var gsieve [10000]bool

type Big struct {
	hdr  int
	data [2048]int64
	tail int
}

func fillBig(b [1000]int) [1000]int {
	for i := range b {
		b[i] = i * 3
	}
	return b
}

func sumBig(b *[1000]int) int {
	s := 0
	for _, v := range b {
		s += v
	}
	return s
}

func mkBig(seed int) Big {
	var b Big
	b.hdr = seed
	for i := range b.data {
		b.data[i] = int64(i ^ seed)
	}
	b.tail = -seed
	return b
}

func main() {
	var local [1000]int
	for i := range local {
		local[i] = i
	}
	println(sumBig(&local))
	filled := fillBig(local)
	println(sumBig(&local), sumBig(&filled), filled[999])

	gbig = filled
	gbig[0] = 7
	println(gbig[0], filled[0], gbig[500])
	println(gbig == filled)
	gbig[0] = 0
	println(gbig == filled)

	// sieve
	count := 0
	for i := 2; i < len(gsieve); i++ {
		if !gsieve[i] {
			count++
			for j := i * i; j < len(gsieve); j += i {
				gsieve[j] = true
			}
		}
	}
	println(count)

	// local sieve
	var ls [10000]bool
	lc := 0
	for i := 2; i < len(ls); i++ {
		if !ls[i] {
			lc++
			for j := i * i; j < len(ls); j += i {
				ls[j] = true
			}
		}
	}
	println(lc, ls == gsieve)

	b1 := mkBig(5)
	b2 := b1
	b2.data[2047] = 0
	println(b1.hdr, b1.tail, b1.data[2047], b2.data[2047], b1 == b2)
	b2.data[2047] = b1.data[2047]
	println(b1 == b2)

	var x int64
	for _, v := range b1.data {
		x += v
	}
	println(x)

	// big 2D local
	var grid [100][100]int32
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = int32(i * j)
		}
	}
	var tr int64
	for i := range grid {
		tr += int64(grid[i][i])
	}
	println(tr, grid[99][98])

	// array of arrays copy in a loop
	var hist [10][1000]int
	for k := 0; k < 10; k++ {
		hist[k] = local
		hist[k][k] = -1
	}
	println(hist[3][3], hist[3][4], hist[9][9], local[9])
}
