// run

// Select loops passing pointers between goroutines over several channels
// (unbuffered and buffered, send and receive cases, default cases, nil
// channels to disable cases, closed channels, timeouts that never fire in
// time): values chosen by select are the only references to their
// objects while every goroutine allocates garbage and some collect.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"
)

type job struct {
	id   int
	kind string
	data []*int
}

type result struct {
	j   *job
	sum int
	by  string
}

func garbage(n int) {
	for i := 0; i < n; i++ {
		x := 0
		j := &job{-1, "poison", []*int{&x, &x}}
		j.data = append(j.data, &x)
	}
}

func mkJob(id int, kind string) *job {
	j := &job{id: id, kind: kind}
	for k := 0; k < 4; k++ {
		v := id*10 + k
		j.data = append(j.data, &v)
	}
	return j
}

func sumJob(j *job) int {
	if len(j.data) != 4 {
		return -1
	}
	s := 0
	for k, p := range j.data {
		if *p != j.id*10+k {
			return -1
		}
		s += *p
	}
	return s
}

func main() {
	const N = 3000
	fast := make(chan *job)      // unbuffered
	slow := make(chan *job, 16)  // buffered
	results := make(chan result) // unbuffered
	quit := make(chan struct{})

	// Two producers feed the two channels.
	go func() {
		for i := 0; i < N; i++ {
			fast <- mkJob(i, "fast")
			garbage(3)
		}
		close(fast)
	}()
	go func() {
		for i := 0; i < N; i++ {
			slow <- mkJob(N+i, "slow")
			garbage(3)
		}
		close(slow)
	}()

	// Three workers select over both inputs; a closed input is disabled
	// by setting it to nil.
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f, s := fast, slow
			name := "w" + strconv.Itoa(w)
			n := 0
			timeout := time.After(time.Hour)
			for f != nil || s != nil {
				var j *job
				var ok bool
				select {
				case j, ok = <-f:
					if !ok {
						f = nil
						continue
					}
				case j, ok = <-s:
					if !ok {
						s = nil
						continue
					}
				case <-timeout:
					return
				}
				garbage(10)
				n++
				if n%400 == 0 {
					runtime.GC()
				}
				// Send the result, polling a quit channel that never fires.
				r := result{j, sumJob(j), name}
				for sent := false; !sent; {
					select {
					case results <- r:
						sent = true
					case <-quit:
						return
					default:
						runtime.Gosched()
					}
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var all []result
	for r := range results {
		all = append(all, r)
		if len(all)%1000 == 0 {
			garbage(10000)
			runtime.GC()
		}
	}
	close(quit)
	garbage(50000)
	runtime.GC()
	sort.Slice(all, func(a, b int) bool { return all[a].j.id < all[b].j.id })
	bad, kinds := 0, map[string]int{}
	for i, r := range all {
		want := "fast"
		if i >= N {
			want = "slow"
		}
		if r.j.id != i || r.j.kind != want || r.sum != sumJob(r.j) || r.sum != i*40+6 || r.by == "" {
			bad++
		}
		kinds[r.j.kind]++
	}
	fmt.Println("results", len(all), "bad", bad, "fast", kinds["fast"], "slow", kinds["slow"])
}
