package time

// lookupName matches one of names (ASCII case-insensitively) at the start
// of s and returns its index and the rest of s.
func lookupName(names []string, s string) (int, string, bool) {
	for i, n := range names {
		if len(s) >= len(n) && equalFold(s[:len(n)], n) {
			return i, s[len(n):], true
		}
	}
	return -1, s, false
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x != y {
			x |= 0x20
			y |= 0x20
			if x != y || x < 'a' || x > 'z' {
				return false
			}
		}
	}
	return true
}

// getNum parses a one- or two-digit number at the start of s; with fixed,
// exactly two digits are required.
func getNum(s string, fixed bool) (int, string, bool) {
	if !isDigitAt(s, 0) {
		return 0, s, false
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, false
		}
		return int(s[0] - '0'), s[1:], true
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
}

// getNum3 parses a one- to three-digit number; with fixed, exactly three
// digits are required.
func getNum3(s string, fixed bool) (int, string, bool) {
	n, i := 0, 0
	for ; i < 3 && isDigitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, false
	}
	return n, s[i:], true
}

// atoi parses a decimal integer with an optional sign.
func atoi(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		if n > (1<<62)/10 {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skipLiteral removes the literal text prefix from the start of value; a
// run of spaces in prefix matches any run of spaces (at least one, unless
// value is exhausted).
func skipLiteral(value, prefix string) (string, bool) {
	for prefix != "" {
		if prefix[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, false
			}
			prefix = trimSpaces(prefix)
			value = trimSpaces(value)
			continue
		}
		if value == "" || value[0] != prefix[0] {
			return value, false
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, true
}

// parseNanos parses the fraction of a second at the start of value: a
// '.' or ',' followed by the digits up to value[n] (at most 9 are used).
func parseNanos(value string, n int) (ns int, rangeErr string, ok bool) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", false
	}
	if n > 10 {
		n = 10
	}
	ns, ok = atoi(value[1:n])
	if !ok {
		return 0, "", false
	}
	if ns < 0 {
		return 0, "fractional second", true
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", true
}

// Parse parses a formatted string and returns the time value it
// represents. See the documentation for the constant called Layout to see
// how to represent the format. Elements omitted from the layout are
// assumed to be zero or, when zero is impossible, one. In the absence of a
// time zone indicator, Parse returns a time in UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but differs in two important ways. First,
// in the absence of time zone information, Parse interprets a time as
// UTC; ParseInLocation interprets the time as in the given location.
// Second, when given a zone offset or abbreviation, Parse tries to match
// it against the Local location; ParseInLocation uses the given location.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	var (
		year       int
		month      = -1
		day        = -1
		yday       = -1
		hour       int
		min        int
		sec        int
		nsec       int
		pmSet      bool
		amSet      bool
		utc        bool
		zoneOffset = -1
		zoneName   string
		rangeErr   string
	)
	for {
		prefix, el, suffix := nextElement(layout)
		elText := layout[len(prefix) : len(layout)-len(suffix)]
		var ok bool
		value, ok = skipLiteral(value, prefix)
		if !ok {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if el == elNone {
			if value != "" {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		hold := value
		ok = true
		switch kind := el & elKindMask; kind {
		case elYear:
			if len(value) < 2 {
				ok = false
				break
			}
			p := value[:2]
			value = value[2:]
			year, ok = atoi(p)
			if !ok {
				value = hold
			} else if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				ok = false
				break
			}
			p := value[:4]
			value = value[4:]
			year, ok = atoi(p)
		case elMonth, elLongMonth:
			names := shortMonthNames
			if kind == elLongMonth {
				names = longMonthNames
			}
			month, value, ok = lookupName(names, value)
			if ok && month >= 0 {
				month++
			}
		case elNumMonth, elZeroMonth:
			month, value, ok = getNum(value, kind == elZeroMonth)
			if ok && (month <= 0 || month > 12) {
				rangeErr = "month"
			}
		case elWeekDay, elLongWeekDay:
			names := shortDayNames
			if kind == elLongWeekDay {
				names = longDayNames
			}
			_, value, ok = lookupName(names, value)
		case elDay, elUnderDay, elZeroDay:
			if kind == elUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			// Any one- or two-digit day is accepted here; the date is
			// validated at the end.
			day, value, ok = getNum(value, kind == elZeroDay)
		case elUnderYearDay, elZeroYearDay:
			for i := 0; i < 2; i++ {
				if kind == elUnderYearDay && value != "" && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, ok = getNum3(value, kind == elZeroYearDay)
		case elHour:
			hour, value, ok = getNum(value, false)
			if hour < 0 || hour >= 24 {
				rangeErr = "hour"
			}
		case elHour12, elZeroHour12:
			hour, value, ok = getNum(value, kind == elZeroHour12)
			if hour < 0 || hour > 12 {
				rangeErr = "hour"
			}
		case elMinute, elZeroMinute:
			min, value, ok = getNum(value, kind == elZeroMinute)
			if min < 0 || min >= 60 {
				rangeErr = "minute"
			}
		case elSecond, elZeroSecond:
			sec, value, ok = getNum(value, kind == elZeroSecond)
			if !ok {
				break
			}
			if sec < 0 || sec >= 60 {
				rangeErr = "second"
				break
			}
			// A fraction of a second right after the seconds, when the
			// layout has no fractional element next, is parsed too.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				_, next, _ := nextElement(layout)
				if k := next & elKindMask; k == elFracSecond0 || k == elFracSecond9 {
					break
				}
				n := 2
				for isDigitAt(value, n) {
					n++
				}
				nsec, rangeErr, ok = parseNanos(value, n)
				value = value[n:]
			}
		case elPM, elpm:
			if len(value) < 2 {
				ok = false
				break
			}
			p := value[:2]
			value = value[2:]
			am, pm := "AM", "PM"
			if kind == elpm {
				am, pm = "am", "pm"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				ok = false
			}
		case elISO8601TZ, elISO8601ColonTZ, elISO8601SecondsTZ, elISO8601ShortTZ,
			elISO8601ColonSecondsTZ, elNumTZ, elNumColonTZ, elNumSecondsTZ,
			elNumShortTZ, elNumColonSecondsTZ:
			iso := kind >= elISO8601TZ && kind <= elISO8601ColonSecondsTZ
			if iso && value != "" && value[0] == 'Z' {
				value = value[1:]
				utc = true
				break
			}
			var off int
			var rerr string
			off, rerr, value, ok = parseOffset(kind, value)
			if ok {
				zoneOffset = off
				if rerr != "" {
					rangeErr = rerr
				}
			}
		case elTZ:
			// Does it look like a time zone?
			if len(value) >= 3 && value[:3] == "UTC" {
				value = value[3:]
				utc = true
				break
			}
			n, found := zoneNameLen(value)
			if !found {
				ok = false
				break
			}
			zoneName, value = value[:n], value[n:]
		case elFracSecond0:
			// Exactly as many digits as the layout has.
			n := 1 + fracDigits(el)
			if len(value) < n {
				ok = false
				break
			}
			nsec, rangeErr, ok = parseNanos(value, n)
			value = value[n:]
		case elFracSecond9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || !isDigitAt(value, 1) {
				// The fractional second is optional.
				break
			}
			i := 1
			for isDigitAt(value, i) {
				i++
			}
			nsec, rangeErr, ok = parseNanos(value, i)
			value = value[i:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, elText, value, ": " + rangeErr + " out of range"}
		}
		if !ok {
			return Time{}, &ParseError{alayout, avalue, elText, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	// A day of the year gives the month and day, which must agree with
	// any given ones.
	if yday >= 0 {
		if yday < 1 || yday > 365 && !(yday == 366 && isLeap(int64(year))) {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		d := daysFromCivil(int64(year), 1, 1) + int64(yday) - 1
		_, m, dd, _ := civil(d)
		if month >= 0 && month != int(m) {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = int(m)
		if day >= 0 && day != dd {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = dd
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}

	// Validate the day of the month.
	if day < 1 || day > daysIn(Month(month), int64(year)) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}

	if utc {
		return Date(year, Month(month), day, hour, min, sec, nsec, UTC), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		// Use the local zone when it has the same offset (and name).
		_, lname, loff := t.In(local).local()
		if loff == zoneOffset && (zoneName == "" || lname == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		_, lname, loff := t.In(local).local()
		if lname == zoneName {
			t.addSec(-int64(loff))
			t.setLoc(local)
			return t, nil
		}
		// An unknown zone: its offset is unknown (zero), except for
		// "GMT+h".
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}

// parseOffset parses a numeric zone offset of the given element kind at
// the start of value and returns it in seconds east of UTC, with the name
// of a field that is out of range, if any.
func parseOffset(kind int, value string) (off int, rangeErr string, rest string, ok bool) {
	var sign, hh, mm, ss string
	switch kind {
	case elISO8601ColonTZ, elNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return 0, "", value, false
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[4:6], "00", value[6:]
	case elISO8601ShortTZ, elNumShortTZ:
		if len(value) < 3 {
			return 0, "", value, false
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], "00", "00", value[3:]
	case elISO8601ColonSecondsTZ, elNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return 0, "", value, false
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case elISO8601SecondsTZ, elNumSecondsTZ:
		if len(value) < 7 {
			return 0, "", value, false
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return 0, "", value, false
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[3:5], "00", value[5:]
	}
	h, _, ok1 := getNum(hh, true)
	m, _, ok2 := getNum(mm, true)
	s, _, ok3 := getNum(ss, true)
	if !ok1 || !ok2 || !ok3 {
		return 0, "", value, false
	}
	// Offsets of 24 hours or 60 minutes or seconds are accepted.
	if h > 24 {
		rangeErr = "time zone offset hour"
	}
	if m > 60 {
		rangeErr = "time zone offset minute"
	}
	if s > 60 {
		rangeErr = "time zone offset second"
	}
	off = (h*60+m)*60 + s
	switch sign[0] {
	case '+':
	case '-':
		off = -off
	default:
		return 0, "", value, false
	}
	return off, rangeErr, rest, true
}

// zoneNameLen reports the length of the time zone abbreviation at the
// start of value, if it looks like one: three to five upper-case letters
// (four or five ending in T, or special names), or GMT with an offset, or
// a numeric +hh/-hh offset.
func zoneNameLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	// Special 4-letter names without a T.
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + gmtOffsetLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedOffsetLen(value)
		return n, n > 0
	}
	upper := 0
	for upper < len(value) && upper < 6 && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 0, 1, 2, 6:
		return 0, false
	case 5: // Must end in T to match.
		if value[4] == 'T' {
			return 5, true
		}
	case 4: // Must end in T, except one special case.
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 3:
		return 3, true
	}
	return 0, false
}

// gmtOffsetLen returns the length of a "+h" or "-h" hour offset after
// "GMT" (zero if there is none or it is out of range).
func gmtOffsetLen(s string) int {
	if s == "" || (s[0] != '+' && s[0] != '-') {
		return 0
	}
	return signedOffsetLen(s)
}

// signedOffsetLen returns the length of a signed hour offset "+h" or "-hh"
// (hours in [-23, 23]), or 0.
func signedOffsetLen(s string) int {
	i := 1
	for isDigitAt(s, i) {
		i++
	}
	if i == 1 {
		return 0
	}
	n, ok := atoi(s[1:i])
	if !ok || n > 23 {
		return 0
	}
	return i
}
