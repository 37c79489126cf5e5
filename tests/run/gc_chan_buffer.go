// run

// Objects whose only reference is a buffered channel's buffer: pointers,
// structs with pointers, strings, slices, interfaces, and channels held in
// other channels' buffers. The ring buffer wraps around while garbage is
// allocated.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type msg struct {
	seq  int
	body string
	refs []*msg
}

type env struct {
	from *msg
	n    int
	to   string
}

var sink *msg

func churn(n int) {
	for i := 0; i < n; i++ {
		m := &msg{seq: -1, body: "poison", refs: []*msg{nil, nil}}
		m.refs[0] = m
		if i%1111 == 0 {
			sink = m
		}
	}
	sink = nil
}

func mk(i int) *msg {
	m := &msg{seq: i, body: "body" + strconv.Itoa(i)}
	m.refs = []*msg{{seq: i * 2, body: "r"}}
	return m
}

func ok(m *msg, i int) bool {
	return m != nil && m.seq == i && numIs(m.body, "body", i) && len(m.refs) == 1 && m.refs[0].seq == i*2 && m.refs[0].body == "r"
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
	const C = 512
	cp := make(chan *msg, C)
	ce := make(chan env, C)
	cs := make(chan string, C)
	cb := make(chan []int, C)
	ci := make(chan interface{}, C)
	cc := make(chan chan *msg, 16)

	for i := 0; i < C; i++ {
		cp <- mk(i)
		ce <- env{mk(i), i, "to" + strconv.Itoa(i)}
		cs <- strings.Repeat("s", i%20) + strconv.Itoa(i)
		b := make([]int, 10)
		for j := range b {
			b[j] = i + j
		}
		cb <- b
		if i%2 == 0 {
			ci <- mk(i)
		} else {
			ci <- "i" + strconv.Itoa(i)
		}
	}
	for k := 0; k < 16; k++ {
		c := make(chan *msg, 8)
		for j := 0; j < 8; j++ {
			c <- mk(k*8 + j)
		}
		cc <- c
	}

	next := [5]int{} // next expected value at the head of each channel
	for round := 0; round < 6; round++ {
		churn(40000)
		runtime.GC()
		bad := 0
		// Rotate each channel by 100 + round: receive, check, resend a
		// fresh copy so the buffer wraps around.
		for k := 0; k < 100+round; k++ {
			i := next[0]
			if m := <-cp; !ok(m, i) {
				bad++
			}
			cp <- mk(i)
			next[0] = (i + 1) % C

			i = next[1]
			e := <-ce
			if !ok(e.from, i) || e.n != i || !numIs(e.to, "to", i) {
				bad++
			}
			ce <- env{mk(i), i, "to" + strconv.Itoa(i)}
			next[1] = (i + 1) % C

			i = next[2]
			if s := <-cs; s != strings.Repeat("s", i%20)+strconv.Itoa(i) {
				bad++
			}
			cs <- strings.Repeat("s", i%20) + strconv.Itoa(i)
			next[2] = (i + 1) % C

			i = next[3]
			b := <-cb
			for j := range b {
				if b[j] != i+j {
					bad++
				}
			}
			cb <- b
			next[3] = (i + 1) % C

			i = next[4]
			x := <-ci
			if i%2 == 0 {
				if m, isM := x.(*msg); !isM || !ok(m, i) {
					bad++
				}
			} else if s, isS := x.(string); !isS || !numIs(s, "i", i) {
				bad++
			}
			ci <- x
			next[4] = (i + 1) % C
			if k%20 == 0 {
				churn(1000)
			}
		}
		// Channels inside a channel.
		for k := 0; k < 16; k++ {
			c := <-cc
			base := -1
			for j := 0; j < 8; j++ {
				m := <-c
				if base < 0 {
					base = m.seq - m.seq%8
				}
				if m.seq-base != (j+round)%8 || !ok(m, m.seq) {
					bad++
				}
				c <- m
			}
			// Rotate the inner ring by one more element.
			c <- <-c
			cc <- c
		}
		fmt.Println("round", round, "bad", bad, len(cp), len(ce), len(cs), len(cb), len(ci), len(cc), next)
	}
	// Drain everything at the end.
	churn(20000)
	runtime.GC()
	close(cp)
	t := 0
	for m := range cp {
		t += m.seq + m.refs[0].seq
	}
	fmt.Println("drained", t)
}
