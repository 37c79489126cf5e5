package sort

import "reflect"

// lessSwap sorts a slice through reflect's Swapper and a less function.
type lessSwap struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (l *lessSwap) Len() int           { return l.n }
func (l *lessSwap) Less(i, j int) bool { return l.less(i, j) }
func (l *lessSwap) Swap(i, j int)      { l.swap(i, j) }

// Slice sorts the slice x given the less function (not stable).
func Slice(x any, less func(i, j int) bool) {
	Sort(&lessSwap{reflect.ValueOf(x).Len(), less, reflect.Swapper(x)})
}

// SliceStable sorts the slice x given the less function, keeping equal
// elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	Stable(&lessSwap{reflect.ValueOf(x).Len(), less, reflect.Swapper(x)})
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := reflect.ValueOf(x).Len()
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
