package sync

import "sync/atomic"

// A RWMutex is a reader/writer mutual exclusion lock. The lock can be held
// by an arbitrary number of readers or a single writer. The zero value for
// a RWMutex is an unlocked mutex. A RWMutex must not be copied after first
// use. A blocked Lock call excludes new readers from acquiring the lock.
type RWMutex struct {
	w         Mutex  // held by a writer (and by a writer waiting for readers)
	writerSem uint32 // the writer waits here for the readers to leave
	readerSem uint32 // readers wait here for the writer to finish
	readers   int32  // active readers; minus maxReaders while a writer is in
	departing int32  // readers the waiting writer still waits for
}

const maxReaders = 1 << 30

// RLock locks rw for reading. It should not be used for recursive read
// locking.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readers, 1) < 0 {
		// A writer holds or waits for the lock.
		runtime_SemacquireMutex(&rw.readerSem, false, 0)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		n := atomic.LoadInt32(&rw.readers)
		if n < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readers, n, n+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call. It is a run-time error if rw is not
// locked for reading on entry to RUnlock.
func (rw *RWMutex) RUnlock() {
	n := atomic.AddInt32(&rw.readers, -1)
	if n >= 0 {
		return
	}
	if n+1 == 0 || n+1 == -maxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer waits: the last departing reader lets it in.
	if atomic.AddInt32(&rw.departing, -1) == 0 {
		runtime_Semrelease(&rw.writerSem, false, 1)
	}
}

// Lock locks rw for writing. If the lock is already locked for reading or
// writing, Lock blocks until the lock is available.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// Announce the writer to new readers, then wait for the active ones.
	active := atomic.AddInt32(&rw.readers, -maxReaders) + maxReaders
	if active != 0 && atomic.AddInt32(&rw.departing, active) != 0 {
		runtime_SemacquireMutex(&rw.writerSem, false, 0)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readers, 0, -maxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing. It is a run-time error if rw is not
// locked for writing on entry to Unlock.
func (rw *RWMutex) Unlock() {
	waiting := atomic.AddInt32(&rw.readers, maxReaders)
	if waiting >= maxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// Let in the readers that queued up behind the writer.
	for i := int32(0); i < waiting; i++ {
		runtime_Semrelease(&rw.readerSem, false, 0)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker interface that implements the Lock and Unlock
// methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return rlocker{rw}
}

// rlocker is the RLocker of an RWMutex. (gc's is a *rlocker converted from
// the *RWMutex; gocl does not yet convert between pointer types whose base
// types share an underlying type.)
type rlocker struct{ rw *RWMutex }

func (r rlocker) Lock()   { r.rw.RLock() }
func (r rlocker) Unlock() { r.rw.RUnlock() }
