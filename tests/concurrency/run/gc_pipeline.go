// run

// Producer/consumer pipelines passing pointers through unbuffered and
// buffered channels: a generator, a fan-out of transformers, a fan-in
// merger and a collector, with every stage allocating garbage and some
// collecting. Messages in flight are referenced only by channel buffers,
// blocked senders, and the stages' stacks. Results are sorted and checked.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type msg struct {
	seq   int
	body  string
	parts []*part
	trail []string
}

type part struct {
	k int
	s string
}

func garbage(n int) {
	for i := 0; i < n; i++ {
		m := &msg{seq: -1, body: "poison", parts: []*part{{-1, "p"}}}
		m.trail = append(m.trail, m.body)
	}
}

func ok(m *msg) bool {
	if !numIs(m.body, "body-", m.seq) || len(m.parts) != 3 {
		return false
	}
	for i, p := range m.parts {
		if p.k != m.seq*3+i || p.s != strconv.Itoa(p.k) {
			return false
		}
	}
	return true
}

func gen(n int, out chan<- *msg) {
	for i := 0; i < n; i++ {
		m := &msg{seq: i, body: "body-" + strconv.Itoa(i)}
		for j := 0; j < 3; j++ {
			m.parts = append(m.parts, &part{i*3 + j, strconv.Itoa(i*3 + j)})
		}
		out <- m
		garbage(5)
	}
	close(out)
}

func stage(name string, in <-chan *msg, out chan<- *msg, wg *sync.WaitGroup) {
	defer wg.Done()
	k := 0
	for m := range in {
		if !ok(m) {
			m.trail = append(m.trail, "BAD@"+name)
		}
		m.trail = append(m.trail, name)
		// Replace the parts with fresh copies: the old ones are garbage.
		fresh := make([]*part, len(m.parts))
		for i, p := range m.parts {
			fresh[i] = &part{p.k, strings.Clone(p.s)}
		}
		m.parts = fresh
		garbage(10)
		k++
		if k%500 == 0 {
			runtime.GC()
		}
		out <- m
	}
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
	const N = 4000
	src := make(chan *msg)     // unbuffered
	mid := make(chan *msg, 64) // buffered
	last := make(chan *msg, 7) // small buffer
	final := make(chan *msg)   // unbuffered
	go gen(N, src)

	var wg1, wg2 sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg1.Add(1)
		go stage("A"+strconv.Itoa(w), src, mid, &wg1)
	}
	for w := 0; w < 3; w++ {
		wg2.Add(1)
		go stage("B"+strconv.Itoa(w), mid, last, &wg2)
	}
	go func() { wg1.Wait(); close(mid) }()
	go func() { wg2.Wait(); close(last) }()
	// A relay through a select loop into the unbuffered final channel.
	go func() {
		for m := range last {
			select {
			case final <- m:
			}
		}
		close(final)
	}()

	var got []*msg
	for m := range final {
		got = append(got, m)
		if len(got)%1000 == 0 {
			garbage(5000)
			runtime.GC()
		}
	}
	garbage(50000)
	runtime.GC()
	sort.Slice(got, func(i, j int) bool { return got[i].seq < got[j].seq })
	bad, stagesA, stagesB := 0, map[string]int{}, map[string]int{}
	for i, m := range got {
		if m.seq != i || !ok(m) || len(m.trail) != 2 || m.trail[0][0] != 'A' || m.trail[1][0] != 'B' {
			bad++
			continue
		}
		stagesA[m.trail[0]]++
		stagesB[m.trail[1]]++
	}
	sumA, sumB := 0, 0
	for _, c := range stagesA {
		sumA += c
	}
	for _, c := range stagesB {
		sumB += c
	}
	fmt.Println("received", len(got), "bad", bad, "via A", sumA, len(stagesA) <= 4, "via B", sumB, len(stagesB) <= 3)
}
