// run

package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	name, off := t.Zone()
	fmt.Println(t, "|", y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(), iy, iw, name, off,
		t.Unix(), t.UnixMilli(), t.UnixMicro(), t.IsZero(), t.Location())
}

func main() {
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+1800)
	odd := time.FixedZone("", -(3*3600 + 25*60 + 7))
	times := []time.Time{
		{},
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 12, 30, 15, 999999999, est),
		time.Date(2023, 12, 31, 23, 59, 59, 1, ist),
		time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2019, 12, 30, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 1, 3, 0, 0, 0, 0, odd),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-400, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(1600, 2, 29, 1, 2, 3, 4, time.UTC),
		time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2100, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 13, 32, 25, 61, 61, 1e9+5, time.UTC),
		time.Date(2000, -1, -1, -1, -1, -1, -1, time.UTC),
		time.Date(2000, 0, 0, 0, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.Local),
		time.Unix(0, 0).UTC(),
		time.Unix(1700000000, 123456789).UTC(),
		time.Unix(-1, -1).UTC(),
		time.Unix(1, 3e9).UTC(),
		time.Unix(0, -1e9-1).UTC(),
		time.UnixMilli(-1).UTC(),
		time.UnixMilli(1700000000123).UTC(),
		time.UnixMicro(-1500001).UTC(),
		time.Unix(1<<40, 0).UTC(),
		time.Unix(-1<<40, 0).In(est),
	}
	for _, t := range times {
		show(t)
	}
	base := time.Date(2024, 1, 31, 10, 0, 0, 500, time.UTC)
	show(base.AddDate(0, 1, 0))
	show(base.AddDate(1, 1, 1))
	show(base.AddDate(-1, -13, -400))
	show(base.Add(36*time.Hour + 1))
	show(base.Add(-base.Sub(time.Time{})))
	show(base.In(est))
	show(base.In(est).UTC())
	show(base.Local())
	fmt.Println(base.Sub(time.Time{}), time.Time{}.Sub(base), base.Sub(base.Add(time.Hour)))
	fmt.Println(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)))
	a := time.Date(2024, 5, 5, 5, 5, 5, 5, time.UTC)
	b := a.In(ist)
	fmt.Println(a.Equal(b), a == b, a.Before(b), a.After(b), a.Compare(b), a.Compare(b.Add(1)), b.Add(1).Compare(a))
	fmt.Println(a.Before(a.Add(1)), a.After(a.Add(-1)), a.Equal(a.Add(1)))
	for _, d := range []time.Duration{0, -1, 1, time.Microsecond, 7 * time.Millisecond, time.Second, 3 * time.Second, time.Minute, 7 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1234567891011} {
		for _, t := range []time.Time{a, time.Date(2024, 5, 5, 5, 5, 5, 500000000, time.UTC), time.Date(-50, 1, 1, 12, 30, 30, 500000000, ist), time.Unix(-12345, 999999999).UTC()} {
			fmt.Println(d, t.Truncate(d), t.Round(d))
		}
	}
	for m := time.Month(-1); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%#v\n%#v\n%#v\n%v\n", a, b, time.Time{}, []time.Time{a})
	fmt.Println(time.UTC, time.Local, est, odd.String() == "", time.FixedZone("X", 1).String())
	for _, n := range []string{"", "UTC", "Local", "America/Nowhere", "../x"} {
		l, err := time.LoadLocation(n)
		fmt.Println(l, err)
	}
	var zl time.Location
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, &zl).Format(time.RFC1123+" "+time.RFC3339), zl.String() == "")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.Date(1, 1, 1, 1, 1, 1, 1, nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		a.In(nil)
	}()
}
