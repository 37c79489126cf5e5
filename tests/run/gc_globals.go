// run

// Objects whose only reference is a package-level variable: pointers,
// slices, maps, interfaces, strings, arrays of pointers, structs with
// pointer fields, funcs (closures), channels, and globals initialized by
// initializer expressions and init().

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type node struct {
	v    int
	next *node
	s    string
}

func chain(n, base int) *node {
	var h *node
	for i := n - 1; i >= 0; i-- {
		h = &node{base + i, h, "n" + strconv.Itoa(base+i)}
	}
	return h
}

func sumChain(h *node, base int) (int, int) {
	t, bad, i := 0, 0, 0
	for ; h != nil; h = h.next {
		if h.v != base+i || !numIs(h.s, "n", base+i) {
			bad++
		}
		t += h.v
		i++
	}
	return t, bad + 0*i
}

type config struct {
	flag  bool
	small int8
	head  *node
	names []string
	idx   map[string]*node
}

var (
	gPtr    *node
	gSlice  []*node
	gMap    map[int]*node
	gIface  interface{}
	gErr    error
	gStr    string
	gArr    [100]*node
	gStruct config
	gFunc   func() int
	gChan   chan *node
	gBytes  []byte
	gInit   = chain(200, 5000) // initializer expression
	gInit2  *node
	gMatrix [4][8]*node
	gStrs   [16]string
)

func init() {
	gInit2 = chain(150, 6000)
}

var junk []*node

func churn(n int) {
	for i := 0; i < n; i++ {
		x := &node{-1, nil, "poison"}
		x.next = x
		if i%100 == 0 {
			junk = append(junk[:0], x, x, x)
		}
		_ = strings.Repeat("q", 3+i%30)
	}
	junk = nil
}

func setup() {
	gPtr = chain(300, 0)
	for i := 0; i < 500; i++ {
		gSlice = append(gSlice, &node{i, nil, "n" + strconv.Itoa(i)})
	}
	gMap = map[int]*node{}
	for i := 0; i < 500; i++ {
		gMap[i] = chain(3, i*10)
	}
	gIface = chain(100, 1000)
	gErr = fmt.Errorf("err %d", 42)
	gStr = strings.Repeat("global-", 100) + strconv.Itoa(7)
	for i := range gArr {
		gArr[i] = chain(2, i*2)
	}
	gStruct = config{true, -3, chain(50, 2000), nil, map[string]*node{}}
	for i := 0; i < 50; i++ {
		gStruct.names = append(gStruct.names, "name"+strconv.Itoa(i))
		gStruct.idx["name"+strconv.Itoa(i)] = &node{i, nil, "n" + strconv.Itoa(i)}
	}
	captured := chain(80, 3000)
	gFunc = func() int { t, b := sumChain(captured, 3000); return t - 1000000*b }
	gChan = make(chan *node, 10)
	for i := 0; i < 10; i++ {
		gChan <- chain(5, 4000+i*5)
	}
	gBytes = []byte(strings.Repeat("0123456789", 5000))
	for i := range gMatrix {
		for j := range gMatrix[i] {
			gMatrix[i][j] = &node{i*8 + j, nil, "n" + strconv.Itoa(i*8+j)}
		}
	}
	for i := range gStrs {
		gStrs[i] = strconv.Itoa(i) + "-" + strings.Repeat("s", i)
	}
}

func verify(round int) {
	bad := 0
	var out []int
	add := func(t, b int) { out = append(out, t); bad += b }
	add(sumChain(gPtr, 0))
	t := 0
	for i, n := range gSlice {
		if n.v != i || !numIs(n.s, "n", i) {
			bad++
		}
		t += n.v
	}
	out = append(out, t)
	t = 0
	for i := 0; i < 500; i++ {
		s, b := sumChain(gMap[i], i*10)
		t += s
		bad += b
	}
	out = append(out, t)
	add(sumChain(gIface.(*node), 1000))
	if gErr.Error() != "err 42" {
		bad++
	}
	if len(gStr) != 701 || !strings.HasSuffix(gStr, "-7") || strings.Count(gStr, "global-") != 100 {
		bad++
	}
	t = 0
	for i, n := range gArr {
		s, b := sumChain(n, i*2)
		t += s
		bad += b
	}
	out = append(out, t)
	if !gStruct.flag || gStruct.small != -3 || len(gStruct.names) != 50 || len(gStruct.idx) != 50 {
		bad++
	}
	add(sumChain(gStruct.head, 2000))
	for i, nm := range gStruct.names {
		if !numIs(nm, "name", i) || gStruct.idx[nm].v != i || !numIs(gStruct.idx[nm].s, "n", i) {
			bad++
		}
	}
	out = append(out, gFunc())
	// Rotate the channel: receive one, check, send it back.
	t = 0
	for i := 0; i < 10; i++ {
		n := <-gChan
		s, b := sumChain(n, n.v)
		if n.v != 4000+((i+round*10)%10)*5 {
			bad++
		}
		t += s
		bad += b
		gChan <- n
	}
	out = append(out, t)
	for i, c := range gBytes {
		if c != byte('0'+i%10) {
			bad++
		}
	}
	add(sumChain(gInit, 5000))
	add(sumChain(gInit2, 6000))
	for i := range gMatrix {
		for j, n := range gMatrix[i] {
			if n.v != i*8+j || !numIs(n.s, "n", i*8+j) {
				bad++
			}
		}
	}
	for i, s := range gStrs {
		if s != strconv.Itoa(i)+"-"+strings.Repeat("s", i) {
			bad++
		}
	}
	fmt.Println("round", round, "bad", bad, out)
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
	setup()
	for round := 0; round < 5; round++ {
		churn(50000)
		runtime.GC()
		verify(round)
		// Overwrite some globals: the old values become garbage.
		gPtr = chain(300, 0)
		gIface = chain(100, 1000)
		gStr = strings.Repeat("global-", 100) + strconv.Itoa(7)
		gArr[round] = chain(2, round*2)
		gSlice = append([]*node(nil), gSlice...)
	}
}
