// run

package main

import (
	"fmt"
	"strings"
	"time"
)

func hasMono(t time.Time) bool { return strings.Contains(t.String(), " m=") }

func main() {
	t := time.Now()
	fmt.Println(hasMono(t), hasMono(t.Round(0)), hasMono(t.Truncate(time.Second)), hasMono(t.UTC()),
		hasMono(t.In(time.FixedZone("X", 60))), hasMono(t.Local()), hasMono(t.Add(time.Hour)),
		hasMono(t.AddDate(0, 0, 1)), hasMono(t.Add(250*365*24*time.Hour)), hasMono(time.Unix(t.Unix(), 0)))
	fmt.Println(t.Location(), t.Round(0).Location())
	u := t.Add(90 * time.Minute)
	fmt.Println(u.Sub(t), t.Sub(u), u.After(t), t.Before(u), t.Compare(u), u.Compare(t), t.Compare(t))
	// The monotonic clock is used when both have it: moving the wall clock
	// alone (via Round(0) then re-adding) differs.
	w := t.Round(0).Add(time.Second)
	fmt.Println(w.Sub(t), w.After(t), t.Equal(t.Round(0)), t == t.Round(0), t.Equal(t.UTC()))
	d := time.Since(t)
	fmt.Println(d >= 0, d < time.Minute, time.Until(u) > 89*time.Minute, time.Until(t) <= 0)
	s := t.String()
	i := strings.Index(s, " m=+")
	fmt.Println(i > 0, len(s[i+4:]) >= 11, s[len(s)-10] == '.')
	fmt.Println(t.Year() >= 2023, t.Location() == time.Local, time.Now().Sub(t) >= 0, !time.Now().Before(t))
	// Sub saturates.
	far := time.Date(2400, 1, 1, 0, 0, 0, 0, time.UTC)
	near := time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(near), near.Sub(far), far.Sub(far))
	fmt.Println(time.Date(2400, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Now().Round(0)) > 0)
}
