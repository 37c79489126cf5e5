// run

// runtime/metrics: the collector's cycle count, heap goal and object
// bytes, the pause histogram, an unknown name, and All's descriptions.

package main

import (
	"fmt"
	"runtime"
	"runtime/metrics"
)

var sink [][]byte

func main() {
	for i := 0; i < 1000; i++ {
		sink = append(sink, make([]byte, 1024))
	}
	runtime.GC()
	runtime.GC()
	s := []metrics.Sample{
		{Name: "/gc/cycles/total:gc-cycles"},
		{Name: "/gc/cycles/forced:gc-cycles"},
		{Name: "/gc/heap/goal:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/pauses:seconds"},
		{Name: "/sched/goroutines:goroutines"},
		{Name: "/no/such:metric"},
	}
	metrics.Read(s)
	fmt.Println("cycles", s[0].Value.Kind() == metrics.KindUint64, s[0].Value.Uint64() >= 2)
	fmt.Println("forced", s[1].Value.Uint64() >= 2)
	goal, objs := s[2].Value.Uint64(), s[3].Value.Uint64()
	fmt.Println("goal >= objects > 1MB:", goal >= objs, objs > 1<<20)
	h := s[4].Value.Float64Histogram()
	var n uint64
	for _, c := range h.Counts {
		n += c
	}
	fmt.Println("pauses", n >= 2, len(h.Buckets) == len(h.Counts)+1, h.Buckets[0] <= 0)
	fmt.Println("goroutines", s[5].Value.Uint64() >= 1)
	fmt.Println("unknown", s[6].Value.Kind() == metrics.KindBad)
	want := map[string]metrics.ValueKind{
		"/gc/cycles/total:gc-cycles":         metrics.KindUint64,
		"/gc/heap/goal:bytes":                metrics.KindUint64,
		"/memory/classes/heap/objects:bytes": metrics.KindUint64,
		"/gc/pauses:seconds":                 metrics.KindFloat64Histogram,
	}
	found := 0
	for _, d := range metrics.All() {
		if k, ok := want[d.Name]; ok && k == d.Kind {
			found++
		}
	}
	fmt.Println("described", found)
	defer func() { fmt.Println("recovered:", recover()) }()
	s[6].Value.Uint64()
}
