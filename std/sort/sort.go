// Package sort is gocl's implementation of Go's sort package: sorting of
// slices and user-defined collections, and binary search.
//
// Sort is an introsort (quicksort with median-of-three or ninther pivots,
// insertion sort for short ranges and heapsort when recursion gets too
// deep), O(n log n) in the worst case. Like Go's pdqsort it uses only
// insertion sort for 12 or fewer elements, so short inputs come out in the
// same (stable) order as with Go; for longer inputs the relative order of
// equal elements can differ from Go's. Stable is insertion sort on blocks
// followed by in-place stable merging; its result is fully determined.
//
// Slice, SliceStable and SliceIsSorted are not provided: they need to swap
// elements of a slice of any type, which requires reflection.
package sort

// An implementation of Interface can be sorted by the routines in this
// package, which refer to elements by integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j; it must describe a strict weak ordering.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. It
// makes one call to data.Len and O(n*log(n)) calls to Less and Swap. The
// sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	limit := 0
	for m := n; m > 0; m >>= 1 {
		limit++
	}
	introSort(data, 0, n, 2*limit)
}

const insertionLimit = 12

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// introSort sorts data[a:b]; depth counts down the allowed partitioning
// levels before switching to heapsort.
func introSort(data Interface, a, b, depth int) {
	for b-a > insertionLimit {
		if depth == 0 {
			heapSort(data, a, b)
			return
		}
		depth--
		p := partition(data, a, b)
		// Recurse into the smaller side, loop on the larger.
		if p-a < b-p {
			introSort(data, a, p, depth)
			a = p + 1
		} else {
			introSort(data, p+1, b, depth)
			b = p
		}
	}
	insertionSort(data, a, b)
}

// median3 orders the elements at i, j, k so that data[j] is their median.
func median3(data Interface, i, j, k int) {
	if data.Less(j, i) {
		data.Swap(i, j)
	}
	if data.Less(k, j) {
		data.Swap(j, k)
		if data.Less(j, i) {
			data.Swap(i, j)
		}
	}
}

// partition picks a pivot, moves it to a and partitions data[a:b] around
// it, returning the pivot's final index.
func partition(data Interface, a, b int) int {
	m := int(uint(a+b) >> 1)
	if b-a > 40 {
		// Tukey's ninther for larger ranges.
		s := (b - a) / 8
		median3(data, a, a+s, a+2*s)
		median3(data, m-s, m, m+s)
		median3(data, b-1-2*s, b-1-s, b-1)
		median3(data, a+s, m, b-1-s)
	} else {
		median3(data, a, m, b-1)
	}
	data.Swap(a, m)
	// Hoare-style scan with the pivot at a; elements equal to the pivot
	// are spread over both sides, which keeps equal keys balanced.
	i, j := a+1, b-1
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(a, j)
	return j
}

// siftDown restores the heap property below root in the heap data[lo:hi]
// (indexes relative to first).
func siftDown(data Interface, root, hi, first int) {
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// Stable sorts data in ascending order as determined by the Less method,
// keeping equal elements in their original order. It makes one call to
// data.Len, O(n*log(n)) calls to Less and O(n*log(n)*log(n)) calls to Swap.
func Stable(data Interface) {
	n := data.Len()
	const blockSize = 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a, b = b, b+blockSize
	}
	insertionSort(data, a, n)
	for size := blockSize; size < n; size *= 2 {
		for lo := 0; lo+size < n; lo += 2 * size {
			hi := lo + 2*size
			if hi > n {
				hi = n
			}
			merge(data, lo, lo+size, hi)
		}
	}
}

// merge merges the sorted runs data[a:m] and data[m:b] stably in place:
// split the longer run at its middle, find the matching split point of the
// other run by binary search, rotate the middle parts into place and
// recurse on both halves.
func merge(data Interface, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if m-a == 1 {
		// Insert data[a] into data[m:b]: it goes before the first
		// element that is not less than it.
		i := m
		for i < b && data.Less(i, a) {
			i++
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] into data[a:m] after all elements not greater.
		i := m
		for i > a && data.Less(m, i-1) {
			i--
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	var c1, c2 int // split points in the left and right runs
	if m-a >= b-m {
		c1 = int(uint(a+m) >> 1)
		// First index in [m, b) whose element is not less than data[c1].
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, c1) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		c2 = lo
	} else {
		c2 = int(uint(m+b) >> 1)
		// First index in [a, m) whose element is greater than data[c2].
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(c2, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		c1 = lo
	}
	rotate(data, c1, m, c2)
	nm := c1 + (c2 - m)
	merge(data, a, c1, nm)
	merge(data, nm, c2, b)
}

// swapRange swaps the blocks data[a:a+n] and data[b:b+n].
func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// rotate exchanges the adjacent blocks data[a:m] and data[m:b] by
// repeatedly swapping the shorter block into place.
func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j && i > 0 && j > 0 {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	if i == j && i > 0 {
		swapRange(data, m-i, m, i)
	}
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of
	// another Interface implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// IntSlice attaches the methods of Interface to []int, sorting in
// increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Float64Slice implements Interface for a []float64, sorting in increasing
// order, with not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j]: NaNs first.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

func isNaN(f float64) bool { return f != f }

// StringSlice attaches the methods of Interface to []string, sorting in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether the slice x is sorted in increasing
// order, with NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }
