// run

package main

import (
	"fmt"
	"time"
)

func p(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Printf("%q %q: error %v\n", layout, value, err)
		if pe, ok := err.(*time.ParseError); ok {
			fmt.Printf("   %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
		return
	}
	name, off := t.Zone()
	fmt.Printf("%q %q: %v | %s %d %s %d\n", layout, value, t, name, off, t.Location(), t.UnixNano())
}

func main() {
	cases := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339, "2006-01-02T15:04:05-00:30"},
		{time.RFC3339, "2006-01-02T15:04:05.123456789Z"},
		{time.RFC3339, "2006-01-02T15:04:05,5+01:00"},
		{time.RFC3339, "2006-01-02T15:04:05+00:00"},
		{time.RFC3339, "2006-01-02T15:04:05"},
		{time.RFC3339, "2006-01-02 15:04:05Z"},
		{time.RFC3339, "2006-1-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T25:04:05Z"},
		{time.RFC3339, "2006-01-02T15:60:05Z"},
		{time.RFC3339, "2006-01-02T15:04:60Z"},
		{time.RFC3339, "2006-02-30T15:04:05Z"},
		{time.RFC3339, "2006-13-01T15:04:05Z"},
		{time.RFC3339, "2006-00-01T15:04:05Z"},
		{time.RFC3339, "2006-01-00T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+25:00"},
		{time.RFC3339, "2006-01-02T15:04:05+07:61"},
		{time.RFC3339, "2006-01-02T15:04:05Zjunk"},
		{time.RFC3339, "2006-01-02T15:04:05*07:00"},
		{time.RFC3339Nano, "2024-02-29T00:00:00.1Z"},
		{time.RFC3339Nano, "2023-02-29T00:00:00.1Z"},
		{time.RFC3339Nano, "2024-02-29T00:00:00.1234567891234Z"},
		{time.RFC3339Nano, "2024-02-29T00:00:00.Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT-11"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+30"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 +03"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 -1130"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ChST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 WITA"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 AEST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 AESX"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ABCDT"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ABCDEF"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 Ab"},
		{time.RFC1123, "mon, 02 JAN 2006 15:04:05 PST"},
		{time.RFC1123, "Xyz, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 +0000"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 MST"},
		{time.RFC850, "Monday, 02-Jan-70 15:04:05 MST"},
		{time.RFC850, "Monday, 02-Jan-68 15:04:05 MST"},
		{time.RFC850, "Monday, 02-Jan-69 15:04:05 MST"},
		{time.RFC822, "02 Jan 06 15:04 MST"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.ANSIC, "Mon Jan 12 15:04:05 2006"},
		{time.ANSIC, "Mon Jan 2 15:04:05 2006"},
		{time.ANSIC, "Mon   Jan    2    15:04:05    2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 MST 2006"},
		{time.RubyDate, "Mon Jan 02 15:04:05 -0700 2006"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:00PM"},
		{time.Kitchen, "13:00PM"},
		{time.Kitchen, "3:04pm"},
		{time.Kitchen, "3:04P"},
		{time.Stamp, "Feb  3 04:05:06"},
		{time.StampMilli, "Feb  3 04:05:06.123"},
		{time.StampMilli, "Feb  3 04:05:06.12"},
		{time.StampMilli, "Feb  3 04:05:06.1234"},
		{time.StampMicro, "Feb  3 04:05:06.123456"},
		{time.StampNano, "Feb  3 04:05:06.123456789"},
		{time.DateTime, "2024-03-04 05:06:07"},
		{time.DateTime, "2024-03-04 05:06:07.999"},
		{time.DateTime, "2024-03-04 05:06:07.999,5"},
		{time.DateOnly, "2024-03-04"},
		{time.DateOnly, "24-03-04"},
		{time.DateOnly, "2024-03-04 "},
		{time.DateOnly, ""},
		{time.TimeOnly, "23:59:59"},
		{time.TimeOnly, "24:00:00"},
		{"2006-002", "2024-060"},
		{"2006-002", "2023-060"},
		{"2006-002", "2023-366"},
		{"2006-002", "2024-366"},
		{"2006-002", "2024-000"},
		{"2006-002", "2024-60"},
		{"2006 __2", "2024  60"},
		{"2006 __2", "2024 366"},
		{"2006-01-02 002", "2024-03-01 061"},
		{"2006-01-02 002", "2024-03-02 061"},
		{"2006-01 002", "2024-02 061"},
		{"January 2, 2006", "march 9, 2021"},
		{"January 2, 2006", "Sept 9, 2021"},
		{"Jan _2 2006", "Dec 31 1999"},
		{"02/01/2006 15h04", "31/12/1999 23h59"},
		{"2006-01-02T15:04:05.000Z07:00", "2024-01-01T00:00:00.123-01:00"},
		{"2006-01-02T15:04:05.000Z07:00", "2024-01-01T00:00:00.12-01:00"},
		{"2006-01-02T15:04:05,000Z07:00", "2024-01-01T00:00:00.123-01:00"},
		{"15:04:05.999999999", "01:02:03"},
		{"15:04:05.999999999", "01:02:03.5"},
		{"15:04:05 .9", "01:02:03 x"},
		{"-07", "+05"},
		{"Z07", "Z"},
		{"Z07", "-03"},
		{"-070000", "+010203"},
		{"-07:00:00", "-01:02:03"},
		{"Z07:00:00", "Z"},
		{"Z0700", "+0000"},
		{"MST", "EST"},
		{"MST -0700", "EST -0500"},
		{"MST -0700", "UTC +0000"},
		{"-0700 MST", "+0000 UTC"},
		{"-0700 MST", "+0000 GMT"},
		{"-0700", "+0000"},
		{"2006", "abcd"},
		{"2006", "-123"},
		{"2006", "12345"},
		{"06", "7x"},
		{"1/2/06", "12/31/99"},
		{"3", "0"},
		{"03:04 PM", "00:30 AM"},
		{"_2", " 5"},
		{"_2", "5"},
		{"__2", "  5"},
		{"Monday", "tuesday"},
		{"Mon Jan 2", "Fri Feb 30"},
		{"", ""},
		{"", "x"},
		{"hello", "hello"},
		{"hello", "hallo"},
		{"2006 µ", "2024 µ"},
		{"2006 µ", "2024 \xff"},
	}
	for _, c := range cases {
		p(c[0], c[1])
	}
	est := time.FixedZone("EST", -5*3600)
	for _, v := range []string{"2024-01-02 03:04:05", "2024-01-02 03:04:05 -0500", "2024-01-02 03:04:05 +0100", "2024-01-02 03:04:05 EST", "2024-01-02 03:04:05 CET"} {
		l := "2006-01-02 15:04:05"
		if len(v) > len(l) {
			if v[len(v)-1] >= '0' && v[len(v)-1] <= '9' {
				l += " -0700"
			} else {
				l += " MST"
			}
		}
		t, err := time.ParseInLocation(l, v, est)
		fmt.Println(t, err, t.Location())
		t, err = time.ParseInLocation(l, v, time.UTC)
		fmt.Println(t, err, t.Location())
	}
}
