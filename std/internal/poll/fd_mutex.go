package poll

import "sync/atomic"

// fdMutex guards an FD's lifetime and serialises its readers and its
// writers with one atomic word, so that a read or write costs two atomic
// updates (lock with a reference, unlock dropping it) instead of a mutex
// round trip for the reference count and another for the lock.
//
// state:
//
//	bit 0        the descriptor is closing (no new references or locks)
//	bit 1        the read lock is held
//	bit 2        the write lock is held
//	bits 3-22    references (each lock holder holds one too)
//	bits 23-42   goroutines waiting for the read lock
//	bits 43-62   goroutines waiting for the write lock
//
// A waiter parks on rsema or wsema; an unlock that finds waiters takes
// one off the count and releases the semaphore, and the woken goroutine
// tries again. Closing wakes every waiter, which then fails.
type fdMutex struct {
	state uint64
	rsema uint32
	wsema uint32
}

const (
	mutexClosed  = 1 << 0
	mutexRLock   = 1 << 1
	mutexWLock   = 1 << 2
	mutexRef     = 1 << 3
	mutexRefMask = (1<<20 - 1) << 3
	mutexRWait   = 1 << 23
	mutexRMask   = (1<<20 - 1) << 23
	mutexWWait   = 1 << 43
	mutexWMask   = (1<<20 - 1) << 43
)

const overflowMsg = "too many concurrent operations on a single file or socket (max 1048575)"

// incref adds a reference; false if the descriptor is closing.
func (mu *fdMutex) incref() bool {
	for {
		old := atomic.LoadUint64(&mu.state)
		if old&mutexClosed != 0 {
			return false
		}
		next := old + mutexRef
		if next&mutexRefMask == 0 {
			panic(overflowMsg)
		}
		if atomic.CompareAndSwapUint64(&mu.state, old, next) {
			return true
		}
	}
}

// increfAndClose marks the descriptor closing and adds a reference; it
// wakes every goroutine waiting for a lock. False if it was closing
// already.
func (mu *fdMutex) increfAndClose() bool {
	for {
		old := atomic.LoadUint64(&mu.state)
		if old&mutexClosed != 0 {
			return false
		}
		next := (old | mutexClosed) + mutexRef
		if next&mutexRefMask == 0 {
			panic(overflowMsg)
		}
		next &^= mutexRMask | mutexWMask
		if atomic.CompareAndSwapUint64(&mu.state, old, next) {
			for n := (old & mutexRMask) / mutexRWait; n > 0; n-- {
				runtime_Semrelease(&mu.rsema)
			}
			for n := (old & mutexWMask) / mutexWWait; n > 0; n-- {
				runtime_Semrelease(&mu.wsema)
			}
			return true
		}
	}
}

// decref drops a reference; true if it was the last of a closing
// descriptor, which the caller then destroys.
func (mu *fdMutex) decref() bool {
	for {
		old := atomic.LoadUint64(&mu.state)
		if old&mutexRefMask == 0 {
			panic("inconsistent poll.fdMutex")
		}
		next := old - mutexRef
		if atomic.CompareAndSwapUint64(&mu.state, old, next) {
			return next&(mutexClosed|mutexRefMask) == mutexClosed
		}
	}
}

// side returns the state bits and the semaphore of the read (read) or
// write lock: its held bit, one waiter, the waiter count's mask.
func (mu *fdMutex) side(read bool) (bit, wait, mask uint64, sema *uint32) {
	if read {
		return mutexRLock, mutexRWait, mutexRMask, &mu.rsema
	}
	return mutexWLock, mutexWWait, mutexWMask, &mu.wsema
}

// rwlock takes the read (read) or write lock, with a reference; false if
// the descriptor is closing.
func (mu *fdMutex) rwlock(read bool) bool {
	bit, wait, mask, sema := mu.side(read)
	for {
		old := atomic.LoadUint64(&mu.state)
		if old&mutexClosed != 0 {
			return false
		}
		var next uint64
		if old&bit == 0 {
			next = (old | bit) + mutexRef
			if next&mutexRefMask == 0 {
				panic(overflowMsg)
			}
		} else {
			next = old + wait
			if next&mask == 0 {
				panic(overflowMsg)
			}
		}
		if atomic.CompareAndSwapUint64(&mu.state, old, next) {
			if old&bit == 0 {
				return true
			}
			runtime_Semacquire(sema)
		}
	}
}

// rwunlock releases the lock rwlock took and its reference, waking one
// waiter; true if that was the last reference of a closing descriptor.
func (mu *fdMutex) rwunlock(read bool) bool {
	bit, wait, mask, sema := mu.side(read)
	for {
		old := atomic.LoadUint64(&mu.state)
		if old&bit == 0 || old&mutexRefMask == 0 {
			panic("inconsistent poll.fdMutex")
		}
		next := (old &^ bit) - mutexRef
		if old&mask != 0 {
			next -= wait
		}
		if atomic.CompareAndSwapUint64(&mu.state, old, next) {
			if old&mask != 0 {
				runtime_Semrelease(sema)
			}
			return next&(mutexClosed|mutexRefMask) == mutexClosed
		}
	}
}

// runtime_Semacquire waits until *sema > 0 and decrements it; provided by
// the runtime (runtime/src/sema.rs).
func runtime_Semacquire(sema *uint32)

// runtime_Semrelease increments *sema and wakes one waiter.
func runtime_Semrelease(sema *uint32)
