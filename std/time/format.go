package time

// Predefined layouts for Time.Format and time.Parse. The reference time
// used in these layouts is the specific time stamp
//
//	01/02 03:04:05PM '06 -0700
//
// (January 2, 15:04:05, 2006, in time zone seven hours west of GMT).
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// The layout elements. A fractional-second element also carries its digit
// count (bits 8-15) and its separator, '.' or ',' (bits 16-23).
const (
	elNone                  = iota
	elLongMonth             // "January"
	elMonth                 // "Jan"
	elNumMonth              // "1"
	elZeroMonth             // "01"
	elLongWeekDay           // "Monday"
	elWeekDay               // "Mon"
	elDay                   // "2"
	elUnderDay              // "_2"
	elZeroDay               // "02"
	elUnderYearDay          // "__2"
	elZeroYearDay           // "002"
	elHour                  // "15"
	elHour12                // "3"
	elZeroHour12            // "03"
	elMinute                // "4"
	elZeroMinute            // "04"
	elSecond                // "5"
	elZeroSecond            // "05"
	elLongYear              // "2006"
	elYear                  // "06"
	elPM                    // "PM"
	elpm                    // "pm"
	elTZ                    // "MST"
	elISO8601TZ             // "Z0700"
	elISO8601SecondsTZ      // "Z070000"
	elISO8601ShortTZ        // "Z07"
	elISO8601ColonTZ        // "Z07:00"
	elISO8601ColonSecondsTZ // "Z07:00:00"
	elNumTZ                 // "-0700"
	elNumSecondsTZ          // "-070000"
	elNumShortTZ            // "-07"
	elNumColonTZ            // "-07:00"
	elNumColonSecondsTZ     // "-07:00:00"
	elFracSecond0           // ".0", ".00", ...: exactly that many digits
	elFracSecond9           // ".9", ".99", ...: trailing zeros omitted

	elKindMask = 0xff
)

func elFrac(kind, digits int, sep byte) int {
	return kind | digits<<8 | int(sep)<<16
}

func fracDigits(el int) int { return el >> 8 & 0xff }
func fracSep(el int) byte   { return byte(el >> 16) }

// The two-digit elements starting with '0', indexed by the second digit.
var zeroElements = [...]int{elZeroMonth, elZeroDay, elZeroHour12, elZeroMinute, elZeroSecond, elYear}

// The zone elements, longest spellings first so that prefixes lose.
var numZoneElements = []struct {
	text string
	el   int
}{
	{"Z07:00:00", elISO8601ColonSecondsTZ},
	{"-07:00:00", elNumColonSecondsTZ},
	{"Z070000", elISO8601SecondsTZ},
	{"-070000", elNumSecondsTZ},
	{"Z07:00", elISO8601ColonTZ},
	{"-07:00", elNumColonTZ},
	{"Z0700", elISO8601TZ},
	{"-0700", elNumTZ},
	{"Z07", elISO8601ShortTZ},
	{"-07", elNumShortTZ},
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func startsLower(s string) bool { return s != "" && 'a' <= s[0] && s[0] <= 'z' }

func isDigitAt(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

// nextElement finds the first layout element in layout and returns the
// literal text before it, the element and the text after it (el is elNone
// when there is none).
func nextElement(layout string) (prefix string, el int, suffix string) {
	for i := 0; i < len(layout); i++ {
		rest := layout[i:]
		n := 0 // length of the element found at i
		switch c := layout[i]; c {
		case 'J':
			if hasPrefix(rest, "January") {
				el, n = elLongMonth, 7
			} else if hasPrefix(rest, "Jan") && !startsLower(rest[3:]) {
				el, n = elMonth, 3
			}
		case 'M':
			if hasPrefix(rest, "Monday") {
				el, n = elLongWeekDay, 6
			} else if hasPrefix(rest, "Mon") && !startsLower(rest[3:]) {
				el, n = elWeekDay, 3
			} else if hasPrefix(rest, "MST") {
				el, n = elTZ, 3
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				el, n = zeroElements[rest[1]-'1'], 2
			} else if hasPrefix(rest, "002") {
				el, n = elZeroYearDay, 3
			}
		case '1':
			if hasPrefix(rest, "15") {
				el, n = elHour, 2
			} else {
				el, n = elNumMonth, 1
			}
		case '2':
			if hasPrefix(rest, "2006") {
				el, n = elLongYear, 4
			} else {
				el, n = elDay, 1
			}
		case '_':
			if hasPrefix(rest, "_2006") {
				// A literal underscore before the year.
				return layout[:i+1], elLongYear, layout[i+5:]
			} else if hasPrefix(rest, "_2") {
				el, n = elUnderDay, 2
			} else if hasPrefix(rest, "__2") {
				el, n = elUnderYearDay, 3
			}
		case '3':
			el, n = elHour12, 1
		case '4':
			el, n = elMinute, 1
		case '5':
			el, n = elSecond, 1
		case 'P':
			if hasPrefix(rest, "PM") {
				el, n = elPM, 2
			}
		case 'p':
			if hasPrefix(rest, "pm") {
				el, n = elpm, 2
			}
		case '-', 'Z':
			for _, z := range numZoneElements {
				if hasPrefix(rest, z.text) {
					el, n = z.el, len(z.text)
					break
				}
			}
		case '.', ',':
			// A run of one repeated digit, 0 or 9, not followed by
			// another digit.
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				j := 1
				for j < len(rest) && rest[j] == rest[1] {
					j++
				}
				if !isDigitAt(rest, j) {
					kind := elFracSecond0
					if rest[1] == '9' {
						kind = elFracSecond9
					}
					el, n = elFrac(kind, j-1, c), j
				}
			}
		}
		if n > 0 {
			return layout[:i], el, layout[i+n:]
		}
	}
	return layout, elNone, ""
}

// String returns the time formatted using the format string
//
//	"2006-01-02 15:04:05.999999999 -0700 MST"
//
// If the time has a monotonic clock reading, the returned string includes
// a final field "m=±<value>", where value is the monotonic clock reading
// formatted as a decimal number of seconds.
func (t Time) String() string {
	b := t.AppendFormat(make([]byte, 0, 64), "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m = -m
		}
		b = append(b, " m="...)
		b = append(b, sign)
		b = appendUint(b, m/1e9, 0)
		b = append(b, '.')
		b = appendUint(b, m%1e9, 9)
	}
	return string(b)
}

// GoString implements fmt.GoStringer and formats t to be printed in Go
// source code.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := make([]byte, 0, 70)
	b = append(b, "time.Date("...)
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	b = append(b, month.String()...)
	for _, v := range []int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, ", time.UTC"...)
	case Local:
		b = append(b, ", time.Local"...)
	default:
		b = append(b, ", time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// Format returns a textual representation of the time value formatted
// according to the layout defined by the argument.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is like Format but appends the textual representation to b
// and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	sec, name, offset := t.local()
	days, secOfDay := floorDiv(sec, secondsPerDay)
	// The date is computed on first use.
	haveDate := false
	var year int64
	var month Month
	var day, yday int
	hour := int(secOfDay / secondsPerHour)
	min := int(secOfDay / secondsPerMinute % 60)
	second := int(secOfDay % 60)
	for layout != "" {
		prefix, el, suffix := nextElement(layout)
		b = append(b, prefix...)
		if el == elNone {
			break
		}
		layout = suffix
		kind := el & elKindMask
		switch kind {
		case elLongYear, elYear, elMonth, elLongMonth, elNumMonth, elZeroMonth,
			elDay, elUnderDay, elZeroDay, elUnderYearDay, elZeroYearDay:
			if !haveDate {
				year, month, day, yday = civil(days)
				haveDate = true
			}
		}
		switch kind {
		case elYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, int(y%100), 2)
		case elLongYear:
			b = appendInt(b, int(year), 4)
		case elMonth:
			b = append(b, month.String()[:3]...)
		case elLongMonth:
			b = append(b, month.String()...)
		case elNumMonth:
			b = appendInt(b, int(month), 0)
		case elZeroMonth:
			b = appendInt(b, int(month), 2)
		case elWeekDay:
			b = append(b, weekdayOf(days).String()[:3]...)
		case elLongWeekDay:
			b = append(b, weekdayOf(days).String()...)
		case elDay:
			b = appendInt(b, day, 0)
		case elUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elZeroDay:
			b = appendInt(b, day, 2)
		case elUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elZeroYearDay:
			b = appendInt(b, yday, 3)
		case elHour:
			b = appendInt(b, hour, 2)
		case elHour12, elZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			if kind == elHour12 {
				b = appendInt(b, h, 0)
			} else {
				b = appendInt(b, h, 2)
			}
		case elMinute:
			b = appendInt(b, min, 0)
		case elZeroMinute:
			b = appendInt(b, min, 2)
		case elSecond:
			b = appendInt(b, second, 0)
		case elZeroSecond:
			b = appendInt(b, second, 2)
		case elPM, elpm:
			s := "AM"
			if hour >= 12 {
				s = "PM"
			}
			if kind == elpm {
				s = "am"
				if hour >= 12 {
					s = "pm"
				}
			}
			b = append(b, s...)
		case elISO8601TZ, elISO8601ColonTZ, elISO8601SecondsTZ, elISO8601ShortTZ,
			elISO8601ColonSecondsTZ, elNumTZ, elNumColonTZ, elNumSecondsTZ,
			elNumShortTZ, elNumColonSecondsTZ:
			b = appendZone(b, kind, offset)
		case elTZ:
			if name != "" {
				b = append(b, name...)
			} else {
				b = appendZone(b, elNumTZ, offset)
			}
		case elFracSecond0, elFracSecond9:
			b = appendNanos(b, int(t.nsec), el)
		}
	}
	return b
}

// appendZone appends the zone offset (seconds east of UTC) as the numeric
// zone element kind.
func appendZone(b []byte, kind int, offset int) []byte {
	iso := kind >= elISO8601TZ && kind <= elISO8601ColonSecondsTZ
	if iso && offset == 0 {
		return append(b, 'Z')
	}
	colon, minutes, seconds := false, true, false
	switch kind {
	case elISO8601ColonTZ, elNumColonTZ:
		colon = true
	case elISO8601ColonSecondsTZ, elNumColonSecondsTZ:
		colon, seconds = true, true
	case elISO8601SecondsTZ, elNumSecondsTZ:
		seconds = true
	case elISO8601ShortTZ, elNumShortTZ:
		minutes = false
	}
	if offset < 0 {
		b = append(b, '-')
		offset = -offset
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, offset/3600, 2)
	if minutes {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset/60%60, 2)
	}
	if seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset%60, 2)
	}
	return b
}

// appendNanos appends the fraction of a second nanos as the fractional
// element el.
func appendNanos(b []byte, nanos int, el int) []byte {
	trim := el&elKindMask == elFracSecond9
	n := fracDigits(el)
	if n > 9 {
		n = 9
	}
	if trim && nanos == 0 {
		return b
	}
	start := len(b)
	b = append(b, fracSep(el))
	b = appendInt(b, nanos, 9)
	b = b[:start+1+n]
	if trim {
		for len(b) > start+1 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) == start+1 {
			b = b[:start]
		}
	}
	return b
}

// A ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}
