package sync

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines without additional locking or coordination. The zero Map is
// empty and ready for use. A Map must not be copied after first use.
//
// gocl's Map is a plain map guarded by a Mutex; Range iterates over a
// snapshot taken when it starts.
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is
// present. The ok result indicates whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

// Clear deletes all the entries, resulting in an empty Map.
func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present. Otherwise,
// it stores and returns the given value. The loaded result is true if the
// value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	actual, loaded = m.m[key]
	if !loaded {
		if m.m == nil {
			m.m = make(map[any]any)
		}
		m.m[key] = value
		actual = value
	}
	m.mu.Unlock()
	return actual, loaded
}

// LoadAndDelete deletes the value for a key, returning the previous value
// if any. The loaded result reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
	}
	m.mu.Unlock()
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Swap swaps the value for a key and returns the previous value if any. The
// loaded result reports whether the key was present.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored
// in the map is equal to old. The old value must be of a comparable type.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	cur, ok := m.m[key]
	m.mu.Unlock()
	// Like gc, compare outside the lock (an incomparable old panics here
	// and leaves the map usable).
	if !ok || cur != old {
		return false
	}
	m.mu.Lock()
	cur, ok = m.m[key]
	swapped = ok && cur == old
	if swapped {
		m.m[key] = new
	}
	m.mu.Unlock()
	return swapped
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
// The old value must be of a comparable type. If there is no current value
// for key in the map, CompareAndDelete returns false (even if the old value
// is the nil interface value).
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	cur, ok := m.m[key]
	deleted = ok && cur == old
	if deleted {
		delete(m.m, key)
	}
	m.mu.Unlock()
	return deleted
}

// Range calls f sequentially for each key and value present in the map. If
// f returns false, range stops the iteration. Range works on a snapshot of
// the map taken when it starts, so f may modify the map.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			return
		}
	}
}
