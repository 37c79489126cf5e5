// Package fmtsort orders the entries of a map for printing, so that fmt
// (and other printers) produce deterministic output.
//
// Keys compare as follows: integers, floats and strings by value (NaN
// before every other float), complex numbers by real then imaginary part,
// false before true, pointers and channels by address, structs and arrays
// element by element, and interface values first by the dynamic type (nil
// first) and then by value.
package fmtsort

import "reflect"

// KeyValue is one map entry.
type KeyValue struct {
	Key, Value reflect.Value
}

// SortedMap is a map's entries in key order.
type SortedMap []KeyValue

// Sort returns the entries of the map m in key order (nil when m is not a
// map). Entries with equal keys (NaNs) keep their iteration order.
func Sort(m reflect.Value) SortedMap {
	if m.Kind() != reflect.Map {
		return nil
	}
	var entries SortedMap
	it := m.MapRange()
	for it.Next() {
		entries = append(entries, KeyValue{Key: it.Key(), Value: it.Value()})
	}
	if len(entries) > 1 {
		tmp := make(SortedMap, len(entries))
		mergeSort(entries, tmp)
	}
	return entries
}

// mergeSort sorts s stably, using tmp (of the same length) as scratch.
func mergeSort(s, tmp SortedMap) {
	n := len(s)
	if n <= 8 {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && compare(s[j].Key, s[j-1].Key) < 0; j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
		return
	}
	mid := n / 2
	mergeSort(s[:mid], tmp[:mid])
	mergeSort(s[mid:], tmp[mid:])
	i, j, k := 0, mid, 0
	for i < mid && j < n {
		if compare(s[j].Key, s[i].Key) < 0 {
			tmp[k] = s[j]
			j++
		} else {
			tmp[k] = s[i]
			i++
		}
		k++
	}
	for i < mid {
		tmp[k] = s[i]
		i++
		k++
	}
	for j < n {
		tmp[k] = s[j]
		j++
		k++
	}
	copy(s, tmp[:n])
}

func cmpInt(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func cmpUint(a, b uint64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// cmpFloat orders floats with NaN first.
func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	}
	aNaN, bNaN := a != a, b != b
	switch {
	case aNaN && !bNaN:
		return -1
	case bNaN && !aNaN:
		return 1
	}
	return 0
}

// compare returns -1, 0 or 1 as a sorts before, equal to or after b. Both
// must have the same type.
func compare(a, b reflect.Value) int {
	if a.Kind() != b.Kind() {
		return -1
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmpInt(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmpUint(a.Uint(), b.Uint())
	case reflect.String:
		x, y := a.String(), b.String()
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	case reflect.Float32, reflect.Float64:
		return cmpFloat(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := cmpFloat(real(x), real(y)); c != 0 {
			return c
		}
		return cmpFloat(imag(x), imag(y))
	case reflect.Bool:
		x, y := a.Bool(), b.Bool()
		if x == y {
			return 0
		}
		if y {
			return -1
		}
		return 1
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmpUint(uint64(a.Pointer()), uint64(b.Pointer()))
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		an, bn := a.IsNil(), b.IsNil()
		if an || bn {
			if an && bn {
				return 0
			}
			if an {
				return -1
			}
			return 1
		}
		x, y := a.Elem(), b.Elem()
		// Order by dynamic type first (by its name: gocl has no stable
		// type descriptor addresses to order by), then by value.
		tx, ty := x.Type().String(), y.Type().String()
		if tx < ty {
			return -1
		}
		if tx > ty {
			return 1
		}
		return compare(x, y)
	}
	panic("bad type in compare: " + a.Type().String())
}
