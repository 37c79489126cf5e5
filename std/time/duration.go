package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count. The representation limits the largest representable
// duration to approximately 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
// Leading zero units are omitted. As a special case, durations less than
// one second format use a smaller unit (milli-, micro-, or nanoseconds) to
// ensure that the leading digit is non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	if d < 0 {
		u = -u
	}
	b := make([]byte, 0, 32)
	if d < 0 {
		b = append(b, '-')
	}
	switch {
	case u < uint64(Microsecond):
		b = appendUint(b, u, 0)
		b = append(b, "ns"...)
	case u < uint64(Millisecond):
		b = appendUint(b, u/1000, 0)
		b = appendFrac(b, u%1000, 3)
		b = append(b, "µs"...)
	case u < uint64(Second):
		b = appendUint(b, u/1000000, 0)
		b = appendFrac(b, u%1000000, 6)
		b = append(b, "ms"...)
	default:
		secs := u / 1000000000
		h, m, s := secs/3600, secs/60%60, secs%60
		if h > 0 {
			b = appendUint(b, h, 0)
			b = append(b, 'h')
		}
		if h > 0 || m > 0 {
			b = appendUint(b, m, 0)
			b = append(b, 'm')
		}
		b = appendUint(b, s, 0)
		b = appendFrac(b, u%1000000000, 9)
		b = append(b, 's')
	}
	return string(b)
}

// appendUint appends u in decimal, zero-padded to width digits.
func appendUint(b []byte, u uint64, width int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for u >= 10 {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	tmp[i] = byte('0' + u)
	for n := len(tmp) - i; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, tmp[i:]...)
}

// appendInt appends x in decimal (with a leading '-' when negative), its
// digits zero-padded to width.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	return appendUint(b, u, width)
}

// appendFrac appends "." and the digits digits of frac (< 10^digits),
// without trailing zeros; nothing when frac is zero.
func appendFrac(b []byte, frac uint64, digits int) []byte {
	if frac == 0 {
		return b
	}
	for frac%10 == 0 {
		frac /= 10
		digits--
	}
	b = append(b, '.')
	return appendUint(b, frac, digits)
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	whole := d / Second
	part := d % Second
	return float64(whole) + float64(part)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	part := d % Minute
	return float64(whole) + float64(part)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	part := d % Hour
	return float64(whole) + float64(part)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
// If m <= 0, Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y but avoids overflow, assuming x and
// y are both positive (Duration is signed).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m. The
// rounding behavior for halfway values is to round away from zero. If the
// result exceeds the maximum (or minimum) value that can be stored in a
// Duration, Round returns the maximum (or minimum) duration. If m <= 0,
// Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if down := d - m + r; down < d {
			return down
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if up := d + m - r; up > d {
		return up
	}
	return maxDuration
}

// Abs returns the absolute value of d. As a special case, the minimum
// Duration is converted to the maximum one.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

var unitNanos = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek small letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration string. A duration string is a possibly
// signed sequence of decimal numbers, each with optional fraction and a
// unit suffix, such as "300ms", "-1.5h" or "2h45m". Valid time units are
// "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	const limit = 1 << 63
	var total uint64
	for s != "" {
		// The integer part.
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		var whole uint64
		i := 0
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			if whole > limit/10 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
			whole = whole*10 + uint64(s[i]-'0')
			if whole > limit {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		digits := i > 0
		s = s[i:]
		// The fraction: digits that no longer fit are ignored.
		var frac uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			i = 0
			full := false
			for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
				if full {
					continue
				}
				if frac > (1<<63-1)/10 {
					full = true
					continue
				}
				f := frac*10 + uint64(s[i]-'0')
				if f > 1<<63 {
					full = true
					continue
				}
				frac = f
				scale *= 10
			}
			digits = digits || i > 0
			s = s[i:]
		}
		if !digits {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		// The unit.
		i = 0
		for ; i < len(s) && s[i] != '.' && !('0' <= s[i] && s[i] <= '9'); i++ {
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		name := s[:i]
		s = s[i:]
		unit, ok := unitNanos[name]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(name) + " in duration " + quote(orig))
		}
		if whole > limit/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		whole *= unit
		if frac > 0 {
			whole += uint64(float64(frac) * (float64(unit) / scale))
			if whole > limit {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		total += whole
		if total > limit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > limit-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(total), nil
}

// quote returns s in double quotes, with '"' and '\\' escaped and every
// byte of a non-ASCII or control character written as \xNN (as gc's time
// package quotes values in error messages).
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < ' ':
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}
