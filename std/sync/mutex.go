// Package sync provides basic synchronization primitives such as mutual
// exclusion locks, written for gocl over the runtime's semaphores
// (runtime_gocl.go).
package sync

import "sync/atomic"

// fatal reports an unrecoverable misuse of a lock as gc does: the program
// ends with "fatal error: MSG" (deferred calls do not run).
func fatal(msg string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value for a Mutex is an
// unlocked mutex. A Mutex must not be copied after first use.
//
// Like gc's, the mutex has two modes. Normally a woken waiter competes
// with newly arriving goroutines for the lock. A waiter that fails to get
// the lock for more than 1ms switches it to starvation mode, in which the
// unlocking goroutine hands the lock directly to the waiter at the front of
// the queue and new arrivals queue up behind. The mutex leaves starvation
// mode when the waiter that gets it is the last one or waited less than 1ms.
type Mutex struct {
	state int32
	sema  uint32
}

// Bits of Mutex.state; the rest counts the waiters.
const (
	mLocked      = 1
	mWoken       = 2 // a waiter has been woken and is trying to get the lock
	mStarving    = 4
	mWaiterOne   = 8 // one waiter
	mWaiterShift = 3

	starveAfterNs = 1000000
)

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mLocked) {
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	s := atomic.LoadInt32(&m.state)
	if s&(mLocked|mStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, s, s|mLocked)
}

func (m *Mutex) lockSlow() {
	var since int64 // when this goroutine started waiting (0: not yet)
	starving := false
	woken := false // this goroutine was woken by Unlock (it set mWoken)
	s := atomic.LoadInt32(&m.state)
	for {
		next := s
		// In starvation mode the lock goes to the queue, never to us.
		if s&mStarving == 0 {
			next |= mLocked
		}
		busy := s&(mLocked|mStarving) != 0
		if busy {
			next += mWaiterOne
		}
		// Only switch to starvation mode while the mutex is locked (an
		// Unlock must then hand it over).
		if starving && s&mLocked != 0 {
			next |= mStarving
		}
		if woken {
			next &^= mWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, s, next) {
			s = atomic.LoadInt32(&m.state)
			continue
		}
		if !busy {
			return // we took the unlocked mutex
		}
		// Queue up; a goroutine that has waited before goes to the front.
		requeue := since != 0
		if since == 0 {
			since = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, requeue, 1)
		if runtime_nanotime()-since > starveAfterNs {
			starving = true
		}
		s = atomic.LoadInt32(&m.state)
		if s&mStarving != 0 {
			// The lock was handed to us: it is still marked unlocked with
			// us counted as a waiter. Take it and leave the queue.
			delta := int32(mLocked - mWaiterOne)
			if !starving || s>>mWaiterShift == 1 {
				delta -= mStarving // back to normal mode
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		woken = true
	}
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to
// Unlock. A locked Mutex is not associated with a particular goroutine.
func (m *Mutex) Unlock() {
	s := atomic.AddInt32(&m.state, -mLocked)
	if s != 0 {
		m.unlockSlow(s)
	}
}

func (m *Mutex) unlockSlow(s int32) {
	if (s+mLocked)&mLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if s&mStarving != 0 {
		// Hand the lock to the first waiter, which runs next.
		runtime_Semrelease(&m.sema, true, 1)
		return
	}
	for {
		// Nobody to wake, or someone else already takes care of it (the
		// mutex got locked again, a waiter is awake, or it is starving).
		if s>>mWaiterShift == 0 || s&(mLocked|mWoken|mStarving) != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.state, s, (s-mWaiterOne)|mWoken) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
		s = atomic.LoadInt32(&m.state)
	}
}
