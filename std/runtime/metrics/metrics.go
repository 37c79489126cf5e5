// Package metrics reads the runtime's metrics by name, as gc's
// runtime/metrics does, for the metrics gocl's runtime keeps: collector
// cycles, heap goal, heap object bytes and counts, allocation and free
// totals, memory classes, goroutines and GOMAXPROCS, and GC pauses. The
// values come from runtime.ReadMemStats; the pause histogram covers the
// last 256 pauses (the ones MemStats keeps).
package metrics

import (
	"math"
	"runtime"
)

// ValueKind is the kind of a metric's value.
type ValueKind int

const (
	KindBad ValueKind = iota
	KindUint64
	KindFloat64
	KindFloat64Histogram
)

// Description describes a supported metric.
type Description struct {
	Name        string
	Description string
	Kind        ValueKind
	Cumulative  bool
}

// Float64Histogram is a distribution: Counts[i] values fell in
// [Buckets[i], Buckets[i+1]).
type Float64Histogram struct {
	Counts  []uint64
	Buckets []float64
}

// Value is a metric's value; Kind says which accessor applies.
type Value struct {
	kind ValueKind
	u    uint64
	f    float64
	h    *Float64Histogram
}

// Kind returns the value's kind (KindBad for an unknown metric).
func (v Value) Kind() ValueKind { return v.kind }

// Uint64 returns a KindUint64 value; it panics for any other kind.
func (v Value) Uint64() uint64 {
	if v.kind != KindUint64 {
		panic("called Uint64 on non-uint64 metric value")
	}
	return v.u
}

// Float64 returns a KindFloat64 value; it panics for any other kind.
func (v Value) Float64() float64 {
	if v.kind != KindFloat64 {
		panic("called Float64 on non-float64 metric value")
	}
	return v.f
}

// Float64Histogram returns a KindFloat64Histogram value; it panics for
// any other kind.
func (v Value) Float64Histogram() *Float64Histogram {
	if v.kind != KindFloat64Histogram {
		panic("called Float64Histogram on non-Float64Histogram metric value")
	}
	return v.h
}

// Sample names a metric to read and receives its value.
type Sample struct {
	Name  string
	Value Value
}

type metric struct {
	desc Description
	read func(m *runtime.MemStats) Value
}

func u64(v uint64) Value { return Value{kind: KindUint64, u: v} }

func metricList() []metric {
	return []metric{
		{Description{"/gc/cycles/automatic:gc-cycles", "Collections the runtime started on its own.", KindUint64, true},
			func(m *runtime.MemStats) Value { return u64(uint64(m.NumGC - m.NumForcedGC)) }},
		{Description{"/gc/cycles/forced:gc-cycles", "Collections the program asked for (runtime.GC).", KindUint64, true},
			func(m *runtime.MemStats) Value { return u64(uint64(m.NumForcedGC)) }},
		{Description{"/gc/cycles/total:gc-cycles", "All completed collections.", KindUint64, true},
			func(m *runtime.MemStats) Value { return u64(uint64(m.NumGC)) }},
		{Description{"/gc/heap/allocs:bytes", "Bytes of heap objects allocated so far.", KindUint64, true},
			func(m *runtime.MemStats) Value { return u64(m.TotalAlloc) }},
		{Description{"/gc/heap/allocs:objects", "Heap objects allocated so far.", KindUint64, true},
			func(m *runtime.MemStats) Value { return u64(m.Mallocs) }},
		{Description{"/gc/heap/frees:bytes", "Bytes of heap objects freed so far.", KindUint64, true},
			func(m *runtime.MemStats) Value { return u64(m.TotalAlloc - m.HeapAlloc) }},
		{Description{"/gc/heap/frees:objects", "Heap objects freed so far.", KindUint64, true},
			func(m *runtime.MemStats) Value { return u64(m.Frees) }},
		{Description{"/gc/heap/goal:bytes", "Heap size at which the next collection starts.", KindUint64, false},
			func(m *runtime.MemStats) Value { return u64(m.NextGC) }},
		{Description{"/gc/heap/objects:objects", "Heap objects allocated and not yet freed.", KindUint64, false},
			func(m *runtime.MemStats) Value { return u64(m.HeapObjects) }},
		{Description{"/gc/pauses:seconds", "Distribution of stop-the-world pauses (the last 256).", KindFloat64Histogram, true},
			pauses},
		{Description{"/memory/classes/heap/free:bytes", "Free heap memory still mapped and resident.", KindUint64, false},
			func(m *runtime.MemStats) Value { return u64(m.HeapIdle - m.HeapReleased) }},
		{Description{"/memory/classes/heap/objects:bytes", "Bytes of heap objects allocated and not yet freed.", KindUint64, false},
			func(m *runtime.MemStats) Value { return u64(m.HeapAlloc) }},
		{Description{"/memory/classes/heap/released:bytes", "Free heap memory returned to the operating system.", KindUint64, false},
			func(m *runtime.MemStats) Value { return u64(m.HeapReleased) }},
		{Description{"/memory/classes/total:bytes", "All memory the runtime has mapped.", KindUint64, false},
			func(m *runtime.MemStats) Value { return u64(m.Sys) }},
		{Description{"/sched/gomaxprocs:threads", "The current GOMAXPROCS setting.", KindUint64, false},
			func(m *runtime.MemStats) Value { return u64(uint64(runtime.GOMAXPROCS(0))) }},
		{Description{"/sched/goroutines:goroutines", "Goroutines that exist.", KindUint64, false},
			func(m *runtime.MemStats) Value { return u64(uint64(runtime.NumGoroutine())) }},
	}
}

// pauses builds the pause histogram: a bucket below 1µs, then buckets
// doubling from 1µs to about 17 s, then one up to +Inf.
func pauses(m *runtime.MemStats) Value {
	const n = 26
	h := &Float64Histogram{Counts: make([]uint64, n), Buckets: make([]float64, n+1)}
	h.Buckets[0] = 0
	b := 1e-6
	for i := 1; i < n; i++ {
		h.Buckets[i] = b
		b *= 2
	}
	h.Buckets[n] = math.Inf(1)
	count := int(m.NumGC)
	if count > len(m.PauseNs) {
		count = len(m.PauseNs)
	}
	for k := 0; k < count; k++ {
		s := float64(m.PauseNs[(int(m.NumGC)-1-k+len(m.PauseNs))%len(m.PauseNs)]) / 1e9
		i := 0
		for i < n-1 && s >= h.Buckets[i+1] {
			i++
		}
		h.Counts[i]++
	}
	return Value{kind: KindFloat64Histogram, h: h}
}

// All describes every supported metric, sorted by name.
func All() []Description {
	ms := metricList()
	out := make([]Description, len(ms))
	for i, m := range ms {
		out[i] = m.desc
	}
	return out
}

// Read fills in each sample's value; an unsupported name gets a KindBad
// value.
func Read(samples []Sample) {
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	ms := metricList()
	for i := range samples {
		samples[i].Value = Value{}
		for _, m := range ms {
			if m.desc.Name == samples[i].Name {
				samples[i].Value = m.read(&st)
				break
			}
		}
	}
}
