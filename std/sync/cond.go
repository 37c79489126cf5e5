package sync

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event. Each Cond has an
// associated Locker L, which must be held when changing the condition and
// when calling the Wait method. A Cond must not be copied after first use.
type Cond struct {
	// L is held while observing or changing the condition.
	L Locker

	list notifyList
	self *Cond // detects copies: set to the Cond's address on first use
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine. After later resuming execution, Wait locks c.L before
// returning. Wait cannot return unless awoken by Broadcast or Signal.
func (c *Cond) Wait() {
	c.checkCopy()
	ticket := c.list.add()
	c.L.Unlock()
	c.list.wait(ticket)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.checkCopy()
	c.list.notifyOne()
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.checkCopy()
	c.list.notifyAll()
}

func (c *Cond) checkCopy() {
	if c.self == c {
		return
	}
	if c.self == nil {
		c.self = c
		return
	}
	panic("sync.Cond is copied")
}

// notifyList is a ticket-based list of waiters: Wait takes a ticket before
// unlocking L, so a Signal that happens between the Unlock and the wait is
// not lost (the waiter finds its ticket already notified).
type notifyList struct {
	mu     Mutex
	next   uint32 // the ticket the next Wait gets
	notify uint32 // tickets below this one have been notified
	head   *condWaiter
	tail   *condWaiter
}

type condWaiter struct {
	ticket uint32
	sema   uint32
	next   *condWaiter
}

// before reports whether ticket a comes before ticket b (with wrap-around).
func before(a, b uint32) bool {
	return int32(a-b) < 0
}

func (l *notifyList) add() uint32 {
	l.mu.Lock()
	t := l.next
	l.next++
	l.mu.Unlock()
	return t
}

func (l *notifyList) wait(ticket uint32) {
	l.mu.Lock()
	if before(ticket, l.notify) {
		l.mu.Unlock()
		return
	}
	w := &condWaiter{ticket: ticket}
	if l.tail == nil {
		l.head = w
	} else {
		l.tail.next = w
	}
	l.tail = w
	l.mu.Unlock()
	runtime_Semacquire(&w.sema)
}

func (l *notifyList) notifyOne() {
	l.mu.Lock()
	if l.notify == l.next {
		l.mu.Unlock()
		return
	}
	t := l.notify
	l.notify++
	var prev *condWaiter
	for w := l.head; w != nil; w = w.next {
		if w.ticket == t {
			if prev == nil {
				l.head = w.next
			} else {
				prev.next = w.next
			}
			if l.tail == w {
				l.tail = prev
			}
			w.next = nil
			l.mu.Unlock()
			runtime_Semrelease(&w.sema, false, 1)
			return
		}
		prev = w
	}
	// The waiter with ticket t has not queued yet; it will see that its
	// ticket was notified and not block.
	l.mu.Unlock()
}

func (l *notifyList) notifyAll() {
	l.mu.Lock()
	if l.notify == l.next {
		l.mu.Unlock()
		return
	}
	w := l.head
	l.head, l.tail = nil, nil
	l.notify = l.next
	l.mu.Unlock()
	for w != nil {
		next := w.next
		w.next = nil
		runtime_Semrelease(&w.sema, false, 1)
		w = next
	}
}
