// run

package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"January Jan 1 01 Monday Mon 2 _2 02 __2 002 15 3 03 4 04 5 05 2006 06 PM pm MST",
		"Z0700 Z070000 Z07 Z07:00 Z07:00:00 -0700 -070000 -07 -07:00 -07:00:00",
		".0 .00 .000 .0000 .00000 .000000 .0000000 .00000000 .000000000 .0000000000",
		".9 .99 .999 .9999 .99999 .999999 .9999999 .99999999 .999999999 .9999999999",
		",0 ,000 ,999 ,999999999 05.000 05,999 .09 .90 .000x .9991",
		"Janx Jan2 January2 Monx Mon2 Monday2 MSTx Jana Mona _2006 __2006 _20 2006x 20066 1515 0102 0007 00002",
		"PMpm AMam Pm pM P M 3PM 3pm", "", "no elements here!", "µ 日本 2006年01月02日",
		"-07:0 Z07:0 -070 Z0 -0 Z",
	}
	zones := []*time.Location{time.UTC, time.FixedZone("CET", 3600), time.FixedZone("", -(7*3600 + 30*60 + 15)),
		time.FixedZone("", 0), time.FixedZone("+03", 3*3600), time.Local}
	times := []time.Time{
		time.Date(2006, 1, 2, 15, 4, 5, 123456789, time.UTC),
		time.Date(2009, 11, 10, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 7, 9, 12, 1, 9, 100000000, time.UTC),
		time.Date(5, 10, 19, 23, 59, 59, 1000, time.UTC),
		time.Date(-42, 12, 31, 1, 0, 0, 120, time.UTC),
		time.Date(12345, 4, 1, 11, 0, 0, 999999999, time.UTC),
		time.Date(2024, 12, 30, 0, 30, 0, 0, time.UTC),
	}
	for _, tm := range times {
		for _, z := range zones {
			t := tm.In(z)
			fmt.Println(t)
			for _, l := range layouts {
				fmt.Printf("  %q\n", t.Format(l))
			}
		}
	}
	b := []byte("prefix:")
	b = times[0].AppendFormat(b, time.RFC3339Nano)
	fmt.Println(string(b))
	fmt.Println(time.Time{}.Format(time.RFC3339), time.Time{}.String())
	fmt.Println(time.Unix(1<<62, 0).UTC(), time.Unix(-1<<62, 0).UTC(), time.Time{}.Add(-time.Hour))
}
