// A large live heap under churn: a map[int]*node of 512K entries keeps
// about 1 GB live (each entry is a 48-byte node pointing to a 112-byte
// leaf of int64s and a 1792-byte []byte, plus the map's own storage), then
// 600K entries are replaced at pseudo-random keys while short-lived garbage
// (an 8 KB buffer every 4th step, 64 bytes otherwise) is allocated
// alongside: about 2.5 GB allocated after the map is built, so under
// GOGC=100 a few collections each have to mark the whole map. Prints the
// map size and a checksum.
package main

import "fmt"

const (
	entries  = 1 << 19
	replaces = 600_000
	bufLen   = 1792
)

type leaf struct{ v [14]int64 }

type node struct {
	key  int
	gen  int
	leaf *leaf
	buf  []byte
}

func newNode(key, gen int) *node {
	l := &leaf{}
	l.v[0] = int64(key)
	l.v[13] = int64(gen)
	b := make([]byte, bufLen)
	b[0] = byte(key)
	b[bufLen-1] = byte(gen)
	return &node{key: key, gen: gen, leaf: l, buf: b}
}

func (n *node) check() uint64 {
	return uint64(n.leaf.v[0]+n.leaf.v[13]) + uint64(n.buf[0]) + uint64(n.buf[bufLen-1]) + uint64(n.gen)
}

var sink []byte

func main() {
	m := make(map[int]*node)
	for k := 0; k < entries; k++ {
		m[k] = newNode(k, 0)
	}

	var sum uint64
	x := uint64(88172645463325252)
	for i := 1; i <= replaces; i++ {
		// xorshift64
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		k := int(x % entries)
		old := m[k]
		sum += old.check()
		m[k] = newNode(k, i)
		// Short-lived garbage: an 8 KB buffer every 4th step, a small one otherwise.
		var g []byte
		if i&3 == 0 {
			g = make([]byte, 8192)
		} else {
			g = make([]byte, 64)
		}
		g[i&63] = byte(i)
		sink = g
		sum += uint64(sink[i&63])
	}
	for k := 0; k < entries; k += 512 {
		sum += m[k].check()
	}
	fmt.Println("entries:", len(m), "checksum:", sum)
}
