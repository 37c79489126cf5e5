// run

// Constant declarations with iota: implicit repetition, skipped values,
// expressions, typed iota constants and multiple iotas per line.

package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota // skip zero
	KB = 1 << (10 * iota)
	MB
	GB
	TB
	PB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = iota * iota
	x1
	x2 = "str"
	x3
	x4 = iota + 100
	x5
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const single = iota

const (
	first = iota
	second
)

func dayName(d Weekday) string {
	switch d {
	case Sunday:
		return "Sunday"
	case Monday:
		return "Monday"
	case Tuesday:
		return "Tuesday"
	case Wednesday:
		return "Wednesday"
	case Thursday:
		return "Thursday"
	case Friday:
		return "Friday"
	case Saturday:
		return "Saturday"
	}
	return "unknown"
}

func main() {
	for d := Sunday; d <= Saturday; d++ {
		println(d, dayName(d))
	}
	println(dayName(Weekday(9)))
	println(KB, MB, GB, TB, PB)
	println(a, b, c, d, e, f)
	println(x0, x1, x2, x3, x4, x5)
	println(bit0, mask0, bit1, mask1, bit3, mask3)
	println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC|FlagD)
	var fl Flags = FlagB | FlagD
	println(fl&FlagB != 0, fl&FlagC != 0, fl&^FlagB)
	println(single, first, second)
	const local = iota
	println(local)
	const (
		p = iota + 'a'
		q
		r
	)
	println(p, q, r, string(rune(q)))
}
