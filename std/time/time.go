// Package time provides functionality for measuring and displaying time,
// written for gocl from the Go documentation and go1.27's observed
// behaviour. The calendrical calculations always assume a Gregorian
// calendar, with no leap seconds.
//
// gocl's differences from go: only UTC, Local and fixed zones
// (FixedZone) exist (no time zone database; Local is UTC under the name
// "Local"), and timer channels have capacity 1 (see sleep.go).
package time

// A Time represents an instant in time with nanosecond precision. The zero
// value of type Time is January 1, year 1, 00:00:00.000000000 UTC.
//
// Besides the wall clock reading, a Time returned by Now carries a
// monotonic clock reading, which Sub, Since, Until, Before, After, Equal
// and Compare use when both operands have one.
type Time struct {
	sec     int64     // seconds since January 1, year 1 00:00:00 UTC
	nsec    int32     // nanoseconds within the second, [0, 999999999]
	hasMono bool      // mono is valid
	mono    int64     // monotonic reading: runtimeNano() - startNano
	loc     *Location // nil means UTC
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay

	// Seconds from January 1, year 1 to January 1, 1970 (the Unix epoch).
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal

	// Times whose wall clock lies in [January 1, 1885, that + 2^33 s) keep
	// their monotonic reading (gc packs them into 33 bits; gocl behaves
	// alike so that Add and the m= suffix of String match).
	monoWallStart int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
	monoWallLen   int64 = 1 << 33
)

// startNano is the monotonic reading at program start, minus one, so that
// every monotonic reading is positive.
var startNano int64 = runtimeNano() - 1

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
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

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var shortMonthNames = []string{
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + string(appendUint(nil, uint64(m), 0)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
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

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

var shortDayNames = []string{
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + string(appendUint(nil, uint64(d), 0)) + ")"
}

// floorDiv returns a/b rounded toward negative infinity and the
// (non-negative) remainder, for b > 0.
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// daysFromCivil returns the number of days from January 1, year 1 to the
// given date of the proleptic Gregorian calendar (month 1..12, day 1..31
// within the month or beyond it, counting on).
func daysFromCivil(year int64, month int, day int64) int64 {
	// Count in years starting March 1, so the leap day ends the year.
	if month <= 2 {
		year--
	}
	era, yoe := floorDiv(year, 400)
	mp := int64(month+9) % 12 // March = 0
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	// 306 days from March 1, year 0 to January 1, year 1.
	return era*146097 + doe - 306
}

// civil returns the date that lies days days after January 1, year 1, and
// the day of the year (1-based).
func civil(days int64) (year int64, month Month, day int, yday int) {
	era, doe := floorDiv(days+306, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	year = era*400 + yoe
	if mp < 10 {
		month = Month(mp + 3)
	} else {
		month = Month(mp - 9)
		year++
	}
	// Day of the year: days since March 1 plus January and February.
	if month >= March {
		yday = int(doy) - 306 + 1 + 365
		if isLeap(year) {
			yday++
		}
	} else {
		yday = int(doy) - 306 + 1
	}
	return year, month, day, yday
}

func isLeap(year int64) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in month m of year.
func daysIn(m Month, year int64) int {
	switch m {
	case February:
		if isLeap(year) {
			return 29
		}
		return 28
	case April, June, September, November:
		return 30
	}
	return 31
}

// local returns t's wall clock as seconds since January 1, year 1 in its
// location, with the zone's name and offset.
func (t Time) local() (sec int64, name string, offset int) {
	l := t.loc
	if l == nil || !l.fixed && l.zone == "" {
		return t.sec, "UTC", 0
	}
	return t.sec + int64(l.offset), l.zone, l.offset
}

func (t Time) days() (days, secOfDay int64) {
	sec, _, _ := t.local()
	return floorDiv(sec, secondsPerDay)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	y, m, dd, _ := civil(d)
	return int(y), m, dd
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	return weekdayOf(d)
}

// weekdayOf returns the weekday of the day days after January 1, year 1
// (a Monday).
func weekdayOf(days int64) Weekday {
	_, w := floorDiv(days+1, 7)
	return Weekday(w)
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53. Jan 01 to Jan 03 of year n might belong to
// week 52 or 53 of year n-1, and Dec 29 to Dec 31 might belong to week 1
// of year n+1.
func (t Time) ISOWeek() (year, week int) {
	d, _ := t.days()
	// The week belongs to the year of its Thursday.
	fromMonday := (int64(weekdayOf(d)) + 6) % 7
	y, _, _, yday := civil(d - fromMonday + 3)
	return int(y), (yday-1)/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return int(s / secondsPerHour), int(s / secondsPerMinute % 60), int(s % 60)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the
// range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in
// the range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// YearDay returns the day of the year specified by t, in the range [1,365]
// for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	d, _ := t.days()
	_, _, _, yday := civil(d)
	return yday
}

// IsZero reports whether t represents the zero time instant, January 1,
// year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare compares the time instant t with u. If t is before u, it returns
// -1; if t is after u, it returns +1; if they're the same, it returns 0.
func (t Time) Compare(u Time) int {
	var a, b, c, d int64
	if t.hasMono && u.hasMono {
		a, b = t.mono, u.mono
	} else {
		a, b, c, d = t.sec, u.sec, int64(t.nsec), int64(u.nsec)
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	case c < d:
		return -1
	case c > d:
		return +1
	}
	return 0
}

// Equal reports whether t and u represent the same time instant. Two times
// can be equal even if they are in different locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// stripMono drops t's monotonic clock reading.
func (t *Time) stripMono() {
	t.hasMono = false
	t.mono = 0
}

// addSec adds d seconds to t's wall clock, saturating on overflow; a
// monotonic reading is kept only while the wall clock stays in the range
// gc can pack with it.
func (t *Time) addSec(d int64) {
	sum := t.sec + d
	if (sum > t.sec) == (d > 0) {
		t.sec = sum
	} else if d > 0 {
		t.sec = 1<<63 - 1
	} else {
		t.sec = -(1<<63 - 1)
	}
	if t.hasMono {
		if w := t.sec - monoWallStart; w < 0 || w >= monoWallLen {
			t.stripMono()
		}
	}
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.nsec = nsec
	t.addSec(dsec)
	if t.hasMono {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			t.stripMono() // the monotonic reading overflowed
		} else {
			t.mono = m
		}
	}
	return t
}

// subMono returns the duration t-u between two monotonic readings,
// saturated to the Duration range.
func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// Sub returns the duration t-u. If the result exceeds the maximum (or
// minimum) value that can be stored in a Duration, the maximum (or minimum)
// duration will be returned.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// Since returns the time elapsed since t. It is shorthand for
// time.Now().Sub(t).
func Since(t Time) Duration {
	if t.hasMono {
		return subMono(runtimeNano()-startNano, t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	if t.hasMono {
		return subMono(t.mono, runtimeNano()-startNano)
	}
	return t.Sub(Now())
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t. AddDate normalizes its result in the same
// way that Date does, so, for example, adding one month to October 31
// yields December 1, the normalized form for November 31.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec := walltime()
	mono := runtimeNano() - startNano
	t := Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
	if w := t.sec - monoWallStart; w >= 0 && w < monoWallLen {
		t.hasMono = true
		t.mono = mono
	}
	return t
}

// UTC returns t with the location set to UTC. In, Local and UTC strip
// the monotonic clock reading.
func (t Time) UTC() Time {
	t.setLoc(UTC)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same time instant, but with the
// copy's location information set to loc for display purposes. In panics
// if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// setLoc sets t's location; like go's In, Local and UTC, it strips the
// monotonic clock reading.
func (t *Time) setLoc(loc *Location) {
	t.stripMono()
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning the
// abbreviated name of the zone (such as "CET") and its offset in seconds
// east of UTC.
func (t Time) Zone() (name string, offset int) {
	_, name, offset = t.local()
	return name, offset
}

// ZoneBounds returns the bounds of the time zone in effect at time t. gocl
// has only fixed zones, which have no bounds: both results are zero Times.
func (t Time) ZoneBounds() (start, end Time) {
	return Time{}, Time{}
}

// IsDST reports whether the time in the configured location is in Daylight
// Savings Time (never, with gocl's fixed zones).
func (t Time) IsDST() bool { return false }

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec + internalToUnix }

// UnixMilli returns t as a Unix time, the number of milliseconds elapsed
// since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as a Unix time, the number of microseconds elapsed
// since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as a Unix time, the number of nanoseconds elapsed
// since January 1, 1970 UTC. The result is undefined if the Unix time in
// nanoseconds cannot be represented by an int64.
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC. It is valid to
// pass nsec outside the range [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		var q int64
		q, nsec = floorDiv(nsec, 1e9)
		sec += q
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// normalize moves whole multiples of base from lo into hi, leaving lo in
// [0, base).
func normalize(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to
//
//	yyyy-mm-dd hh:mm:ss + nsec nanoseconds
//
// in the appropriate zone for that time in the given location. The month,
// day, hour, min, sec, and nsec values may be outside their usual ranges
// and will be normalized during the conversion. Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = normalize(year, m, 12)
	sec, nsec = normalize(sec, nsec, 1e9)
	min, sec = normalize(min, sec, 60)
	hour, min = normalize(hour, min, 60)
	day, hour = normalize(day, hour, 24)

	days := daysFromCivil(int64(year), m+1, 1) + int64(day) - 1
	abs := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	t := Time{sec: abs - int64(loc.offset), nsec: int32(nsec)}
	t.setLoc(loc)
	return t
}

// remainder returns t mod d, for d > 0, counting from the zero time
// (negative times round toward the past).
func remainder(t Time, d Duration) Duration {
	sec, nsec := t.sec, int64(t.nsec)
	neg := sec < 0
	if neg {
		// |t| as (sec, nsec) with nsec in [0, 1e9).
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	var r uint64
	switch {
	case d%Second == 0:
		r = uint64(sec)%uint64(d/Second)*1e9 + uint64(nsec)
	case d < Second && Second%d == 0:
		r = uint64(nsec) % uint64(d)
	default:
		// 128-bit sec*1e9 + nsec, reduced modulo d.
		hi, lo := mul64(uint64(sec), 1e9)
		lo2 := lo + uint64(nsec)
		if lo2 < lo {
			hi++
		}
		r = rem128(hi, lo2, uint64(d))
	}
	if neg && r != 0 {
		r = uint64(d) - r
	}
	return Duration(r)
}

// mul64 returns the 128-bit product of x and y.
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t&mask32 + x0*y1
	hi = x1*y1 + t>>32 + w1>>32
	return hi, x * y
}

// rem128 returns (hi<<64 | lo) mod d, for d > 0, by shift and subtract.
func rem128(hi, lo, d uint64) uint64 {
	var r uint64
	for i := 127; i >= 0; i-- {
		var bit uint64
		if i >= 64 {
			bit = hi >> uint(i-64) & 1
		} else {
			bit = lo >> uint(i) & 1
		}
		carry := r >> 63
		r = r<<1 | bit
		if carry != 0 || r >= d {
			r -= d
		}
	}
	return r
}

// Truncate returns the result of rounding t down to a multiple of d (since
// the zero time). If d <= 0, Truncate returns t stripped of any monotonic
// clock reading but otherwise unchanged.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-remainder(t, d))
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time). The rounding behavior for halfway values is to
// round up. If d <= 0, Round returns t stripped of any monotonic clock
// reading but otherwise unchanged.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
