// run

// Copy-on-write snapshots published through atomic.Value (Store, and a
// CompareAndSwap loop on a second Value): writers build fresh immutable snapshots and Store them
// (old ones become garbage once readers drop them); readers Load and
// verify snapshots while everyone allocates and collects. A sync.Map
// holds the only references to its values, updated concurrently.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

type snapshot struct {
	version int
	names   []string
	index   map[string]*entry
	owner   *entry
}

type entry struct {
	key string
	val int
}

func build(version int) *snapshot {
	s := &snapshot{version: version, index: map[string]*entry{}}
	for i := 0; i < 50; i++ {
		k := "k" + strconv.Itoa(i)
		s.names = append(s.names, k)
		s.index[k] = &entry{k, version*1000 + i}
	}
	s.owner = &entry{"owner", version}
	return s
}

func valid(s *snapshot) bool {
	if s == nil || len(s.names) != 50 || len(s.index) != 50 || s.owner.key != "owner" || s.owner.val != s.version {
		return false
	}
	for i, k := range s.names {
		e := s.index[k]
		if !numIs(k, "k", i) || e == nil || e.key != k || e.val != s.version*1000+i {
			return false
		}
	}
	return true
}

func garbage(n int) {
	for i := 0; i < n; i++ {
		e := &entry{"poison", -1}
		_ = &snapshot{version: -1, owner: e}
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
	var av atomic.Value
	var ap atomic.Value // always holds a *snapshot; updated by CAS
	av.Store(build(0))
	ap.Store(build(0))
	var sm sync.Map
	var bad atomic.Int64
	var maxSeenV, maxSeenP atomic.Int64

	const writers, readers, versions = 2, 4, 300
	var wg sync.WaitGroup
	var nextV atomic.Int64
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v := int(nextV.Add(1))
				if v > versions {
					return
				}
				// Publish only newer versions (CAS loop).
				s := build(v)
				for {
					old := ap.Load().(*snapshot)
					if old.version >= v || ap.CompareAndSwap(old, s) {
						break
					}
				}
				av.Store(build(v))
				sm.Store(v%40, &entry{"m" + strconv.Itoa(v%40), v % 40})
				garbage(100)
				if v%50 == 0 {
					runtime.GC()
				}
			}
		}()
	}
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 400; k++ {
				s := av.Load().(*snapshot)
				p := ap.Load().(*snapshot)
				garbage(20) // the loaded snapshots must survive this
				if !valid(s) || !valid(p) {
					bad.Add(1)
				}
				for {
					m := maxSeenP.Load()
					if int64(p.version) <= m || maxSeenP.CompareAndSwap(m, int64(p.version)) {
						break
					}
				}
				for {
					m := maxSeenV.Load()
					if int64(s.version) <= m || maxSeenV.CompareAndSwap(m, int64(s.version)) {
						break
					}
				}
				if v, ok := sm.Load(k % 40); ok {
					e := v.(*entry)
					if !numIs(e.key, "m", k%40) || e.val != k%40 {
						bad.Add(1)
					}
				}
				if k%100 == 0 {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	garbage(50000)
	runtime.GC()
	final := ap.Load().(*snapshot)
	n := 0
	sm.Range(func(k, v any) bool {
		e := v.(*entry)
		if e.val != k.(int) || !numIs(e.key, "m", k.(int)) {
			bad.Add(1)
		}
		n++
		return true
	})
	fmt.Println("bad", bad.Load(), "final pointer version", final.version, valid(final))
	fmt.Println("value valid", valid(av.Load().(*snapshot)), "syncmap entries", n)
	fmt.Println("seen versions within range", maxSeenV.Load() <= versions, maxSeenP.Load() <= versions)
}
