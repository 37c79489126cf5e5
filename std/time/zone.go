package time

import "errors"

// A Location maps time instants to the zone in use at that time. gocl has
// no time zone database: every Location is a fixed zone (one abbreviation
// and one offset from UTC).
type Location struct {
	name   string
	zone   string // abbreviation, such as "CET"
	offset int    // seconds east of UTC
	fixed  bool   // made by FixedZone (a zero Location acts as UTC)
}

var utcLoc = Location{name: "UTC", zone: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", zone: "UTC"}

// Local represents the system's local time zone. gocl does not read the
// system's zone information: Local is UTC (zone abbreviation "UTC", offset
// 0) under the name "Local", which is what go reports on a system whose
// /etc/localtime is UTC.
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset, fixed: true}
}

// LoadLocation returns the Location with the given name: "" or "UTC" gives
// UTC, "Local" gives Local. gocl has no time zone database, so any other
// name is an unknown time zone.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errors.New("time: invalid location name")
	}
	return nil, errors.New("unknown time zone " + name)
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}
