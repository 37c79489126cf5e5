// run

// Calendar arithmetic without the time package: a Date struct with
// methods, typed Weekday and Month constants with String methods via
// arrays, leap years, day-of-year, days-between via a day-number
// conversion and back, adding days, month calendars printed with %3d,
// comparison and sorting of dates (sort.Sort), and validation errors.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Month int
type Weekday int

const (
	January Month = iota + 1
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var dayNames = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (m Month) String() string {
	if m < January || m > December {
		return fmt.Sprintf("Month(%d)", int(m))
	}
	return monthNames[m]
}
func (d Weekday) String() string { return dayNames[d] }

type Date struct {
	Y int
	M Month
	D int
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m Month) int {
	switch m {
	case February:
		if isLeap(y) {
			return 29
		}
		return 28
	case April, June, September, November:
		return 30
	}
	return 31
}

func New(y int, m Month, d int) (Date, error) {
	if m < January || m > December {
		return Date{}, fmt.Errorf("invalid month %v", m)
	}
	if d < 1 || d > daysIn(y, m) {
		return Date{}, fmt.Errorf("invalid day %d for %v %d", d, m, y)
	}
	return Date{y, m, d}, nil
}

// Days since 0000-03-01 style epoch (civil-from-days algorithm).
func (d Date) Num() int {
	y, m := d.Y, int(d.M)
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.D - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func FromNum(z int) Date {
	z += 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{y, Month(m), d}
}

func (d Date) Weekday() Weekday   { return Weekday(((d.Num() % 7) + 7 + 4) % 7) }
func (d Date) AddDays(n int) Date { return FromNum(d.Num() + n) }
func (d Date) Before(o Date) bool { return d.Num() < o.Num() }
func (d Date) String() string     { return fmt.Sprintf("%04d-%02d-%02d", d.Y, int(d.M), d.D) }
func (d Date) YearDay() int       { return d.Num() - Date{d.Y, January, 1}.Num() + 1 }

type byDate []Date

func (b byDate) Len() int           { return len(b) }
func (b byDate) Less(i, j int) bool { return b[i].Before(b[j]) }
func (b byDate) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func calendar(y int, m Month) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v %d\n", m, y)
	for _, n := range dayNames {
		sb.WriteString(n[:2] + " ")
	}
	sb.WriteString("\n")
	first := Date{y, m, 1}.Weekday()
	sb.WriteString(strings.Repeat("   ", int(first)))
	for d := 1; d <= daysIn(y, m); d++ {
		fmt.Fprintf(&sb, "%2d ", d)
		if (int(first)+d)%7 == 0 {
			sb.WriteString("\n")
		}
	}
	return strings.TrimRight(sb.String(), " \n") + "\n"
}

func main() {
	for _, y := range []int{1900, 2000, 2023, 2024, 2100} {
		fmt.Print(y, ":", isLeap(y), " ")
	}
	fmt.Println()
	epoch := Date{1970, January, 1}
	fmt.Println(epoch, epoch.Num(), epoch.Weekday(), FromNum(0))
	for _, d := range []Date{{2000, February, 29}, {2024, July, 4}, {1969, July, 20}, {2038, January, 19}, {1, January, 1}} {
		fmt.Printf("%v %-3v day#%-6d yday=%3d back=%v\n", d, d.Weekday(), d.Num(), d.YearDay(), FromNum(d.Num()))
	}
	ok := true
	for n := -719000; n < 800000 && ok; n += 997 {
		ok = FromNum(n).Num() == n
	}
	fmt.Println("roundtrip ok:", ok)
	d := Date{2024, February, 27}
	for i := 0; i < 4; i++ {
		fmt.Print(d.AddDays(i), " ")
	}
	fmt.Println(d.AddDays(365), d.AddDays(-366))
	fmt.Println(Date{2025, January, 1}.Num()-Date{2024, January, 1}.Num(), Date{2024, December, 25}.Num()-Date{2024, July, 4}.Num())
	for _, t := range [][3]int{{2023, 2, 29}, {2024, 2, 29}, {2024, 13, 1}, {2024, 4, 31}, {2024, 0, 10}} {
		dt, err := New(t[0], Month(t[1]), t[2])
		fmt.Printf("%v %v\n", dt, err)
	}
	fmt.Print(calendar(2024, February))
	fmt.Print(calendar(2023, October))
	dates := []Date{{2024, March, 1}, {1999, December, 31}, {2024, February, 29}, {2000, January, 1}}
	sort.Sort(byDate(dates))
	fmt.Println(dates)
	fmt.Printf("%v %d %s %+v\n", March, March, Weekday(6), Date{2024, May, 5})
}
