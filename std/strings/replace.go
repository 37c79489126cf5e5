package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use.
//
// At each position of the input, the first old string (in argument order)
// that matches there is replaced, and scanning continues after it; an
// empty old string matches at every byte position, but not twice in a row
// at the same one.
type Replacer struct {
	old, new []string
	hasEmpty bool
	emptyNew string
	// byFirst[c] lists, in argument order, the indices of the non-empty
	// old strings starting with byte c.
	byFirst [256][]int
}

// NewReplacer returns a new Replacer from old, new string pairs. It panics
// for an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{}
	for i := 0; i < len(oldnew); i += 2 {
		o, n := oldnew[i], oldnew[i+1]
		if o == "" {
			if !r.hasEmpty {
				r.hasEmpty = true
				r.emptyNew = n
			}
			r.old = append(r.old, o)
			r.new = append(r.new, n)
			continue
		}
		r.byFirst[o[0]] = append(r.byFirst[o[0]], len(r.old))
		r.old = append(r.old, o)
		r.new = append(r.new, n)
	}
	return r
}

// emptyIndex returns the argument index of the first empty old string.
func (r *Replacer) emptyIndex() int {
	for i, o := range r.old {
		if o == "" {
			return i
		}
	}
	return len(r.old)
}

// match returns the index of the pair to apply at s[i:], or -1. When
// skipEmpty is set the empty old string is not considered.
func (r *Replacer) match(s string, i int, skipEmpty bool) int {
	best := len(r.old)
	if r.hasEmpty && !skipEmpty {
		best = r.emptyIndex()
	}
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			if k >= best {
				break
			}
			o := r.old[k]
			if len(s)-i >= len(o) && s[i:i+len(o)] == o {
				best = k
				break
			}
		}
	}
	if best == len(r.old) {
		return -1
	}
	return best
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	changed := false
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s, i, prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		o := r.old[k]
		prevEmpty = o == ""
		if !changed {
			changed = true
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		b = append(b, r.new[k]...)
		i += len(o)
		last = i
	}
	if !changed {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
