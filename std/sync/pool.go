package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. A Pool must not be copied after first use.
//
// gocl's Pool never drops objects (there is no garbage collector to clear
// it). Like gc's with one P, it keeps the last object Put in a private slot
// when that is empty, and the others on a stack: Get returns the private
// object first, then the most recently stacked one.
type Pool struct {
	mu      Mutex
	private any
	shared  []any

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.private == nil {
		p.private = x
	} else {
		p.shared = append(p.shared, x)
	}
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller. If Get would otherwise return nil and p.New
// is non-nil, Get returns the result of calling p.New.
func (p *Pool) Get() any {
	p.mu.Lock()
	x := p.private
	p.private = nil
	if x == nil {
		if n := len(p.shared); n > 0 {
			x = p.shared[n-1]
			p.shared[n-1] = nil
			p.shared = p.shared[:n-1]
		}
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
