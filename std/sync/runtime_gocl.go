package sync

// Provided by gocl's runtime (std/README.md, "sync"): semaphores that park
// and wake goroutines, and the monotonic clock.

// runtime_Semacquire waits until *s > 0 and then decrements it.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for a Mutex; lifo queues
// the waiter at the front of the wait queue.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and wakes one waiter; handoff makes the
// woken goroutine run next.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// runtime_nanotime returns the monotonic clock in nanoseconds.
func runtime_nanotime() int64
