// Package poll supports non-blocking I/O on file descriptors with polling:
// a read or write that would block parks the goroutine in the runtime's
// poller until the descriptor is ready, its deadline passes or it is
// closed. Used by net and os.
package poll

import (
	"errors"
	"io"
	"syscall"
	"time"
)

// errNetClosing is the type of ErrNetClosing.
type errNetClosing struct{}

func (e errNetClosing) Error() string   { return "use of closed network connection" }
func (e errNetClosing) Timeout() bool   { return false }
func (e errNetClosing) Temporary() bool { return false }

// ErrNetClosing is returned when a network descriptor is used after it has
// been closed (net.ErrClosed).
var ErrNetClosing = errNetClosing{}

// ErrFileClosing is returned when a file descriptor is used after it has
// been closed.
var ErrFileClosing = errors.New("use of closed file")

// ErrNoDeadline is returned when a deadline is set on a descriptor that
// does not support deadlines.
var ErrNoDeadline = errors.New("file type does not support deadline")

// ErrNotPollable is returned when the descriptor cannot be polled.
var ErrNotPollable = errors.New("not pollable")

// DeadlineExceededError is returned for an expired deadline.
type DeadlineExceededError struct{}

func (e *DeadlineExceededError) Error() string   { return "i/o timeout" }
func (e *DeadlineExceededError) Timeout() bool   { return true }
func (e *DeadlineExceededError) Temporary() bool { return true }

// ErrDeadlineExceeded is returned for an expired deadline
// (os.ErrDeadlineExceeded is the same value).
var ErrDeadlineExceeded error = &DeadlineExceededError{}

func errClosing(isFile bool) error {
	if isFile {
		return ErrFileClosing
	}
	return ErrNetClosing
}

// Poll results of runtime_pollReset / runtime_pollWait.
const (
	pollOK      = 0
	pollClosing = 1
	pollTimeout = 2
)

// maxRW is the largest read or write handed to the kernel at once on a
// stream, as in go.
const maxRW = 1 << 30

// FD is a file descriptor. net and os wrap it.
type FD struct {
	// fdmu counts the references and holds the read and write locks
	// (one reader and one writer at a time).
	fdmu     fdMutex
	csema    uint32 // released once the descriptor is destroyed
	closeErr error

	// Sysfd is the system file descriptor; immutable until Close.
	Sysfd int

	pd       uintptr
	pollable bool

	// IsStream: a streaming descriptor (not a packet one).
	IsStream bool
	// ZeroReadIsEOF: a read of 0 bytes (of a non-empty buffer) is io.EOF.
	ZeroReadIsEOF bool

	isFile bool
	isSock bool // writes use send(MSG_NOSIGNAL): no SIGPIPE
}

// Init registers fd with the poller when pollable (fd must already be
// non-blocking). net is "file" for files, or a network name.
func (fd *FD) Init(net string, pollable bool) error {
	fd.isFile = net == "file"
	fd.isSock = !fd.isFile && net != ""
	if !pollable {
		return nil
	}
	pd, errno := runtime_pollOpen(uintptr(fd.Sysfd))
	if errno != 0 {
		return syscall.Errno(errno)
	}
	fd.pd = pd
	fd.pollable = true
	return nil
}

func (fd *FD) incref() error {
	if !fd.fdmu.incref() {
		return errClosing(fd.isFile)
	}
	return nil
}

func (fd *FD) decref() {
	if fd.fdmu.decref() {
		fd.destroy()
	}
}

// destroy runs once, when the descriptor is closing and unused.
func (fd *FD) destroy() {
	if fd.pollable {
		runtime_pollClose(fd.pd)
		fd.pollable = false
	}
	fd.closeErr = closeFD(fd.Sysfd)
	fd.Sysfd = -1
	runtime_Semrelease(&fd.csema)
}

func (fd *FD) readLock() error {
	if !fd.fdmu.rwlock(true) {
		return errClosing(fd.isFile)
	}
	return nil
}

func (fd *FD) readUnlock() {
	if fd.fdmu.rwunlock(true) {
		fd.destroy()
	}
}

func (fd *FD) writeLock() error {
	if !fd.fdmu.rwlock(false) {
		return errClosing(fd.isFile)
	}
	return nil
}

func (fd *FD) writeUnlock() {
	if fd.fdmu.rwunlock(false) {
		fd.destroy()
	}
}

// Close closes the descriptor: blocked readers and writers wake with
// ErrNetClosing (ErrFileClosing for files), and Close returns once none
// uses it any more and it is closed.
func (fd *FD) Close() error {
	if !fd.fdmu.increfAndClose() {
		return errClosing(fd.isFile)
	}
	if fd.pollable {
		runtime_pollUnblock(fd.pd)
	}
	fd.decref()
	runtime_Semacquire(&fd.csema)
	return fd.closeErr
}

func (fd *FD) convertErr(res int) error {
	switch res {
	case pollOK:
		return nil
	case pollClosing:
		return errClosing(fd.isFile)
	case pollTimeout:
		return ErrDeadlineExceeded
	}
	return errors.New("internal/poll: unexpected poll result")
}

func (fd *FD) prepare(mode int) error {
	if !fd.pollable {
		return nil
	}
	return fd.convertErr(runtime_pollReset(fd.pd, mode))
}

func (fd *FD) wait(mode int) error {
	if !fd.pollable {
		return errors.New("waiting for unsupported file type")
	}
	return fd.convertErr(runtime_pollWait(fd.pd, mode))
}

func (fd *FD) eofError(n int, err error) error {
	if n == 0 && err == nil && fd.ZeroReadIsEOF {
		return io.EOF
	}
	return err
}

// Read implements io.Reader.
func (fd *FD) Read(p []byte) (int, error) {
	if err := fd.readLock(); err != nil {
		return 0, err
	}
	// No defer on this path, the hottest of every network program: a
	// deferred call costs gocl two allocations (nothing here panics).
	n, err := fd.read(p)
	fd.readUnlock()
	return n, err
}

func (fd *FD) read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if err := fd.prepare('r'); err != nil {
		return 0, err
	}
	if fd.IsStream && len(p) > maxRW {
		p = p[:maxRW]
	}
	for {
		n, err := sysRead(fd.Sysfd, p)
		if err != nil {
			n = 0
			if err == syscall.EINTR {
				continue
			}
			if err == syscall.EAGAIN && fd.pollable {
				if err = fd.wait('r'); err == nil {
					continue
				}
			}
		}
		return n, fd.eofError(n, err)
	}
}

// Write implements io.Writer: it writes all of p unless an error occurs.
func (fd *FD) Write(p []byte) (int, error) {
	if err := fd.writeLock(); err != nil {
		return 0, err
	}
	// No defer, as in Read.
	n, err := fd.write(p)
	fd.writeUnlock()
	return n, err
}

func (fd *FD) write(p []byte) (int, error) {
	if err := fd.prepare('w'); err != nil {
		return 0, err
	}
	nn := 0
	for {
		max := len(p)
		if fd.IsStream && max-nn > maxRW {
			max = nn + maxRW
		}
		var n int
		var err error
		if fd.isSock {
			n, err = Sendto(fd.Sysfd, p[nn:max], MSG_NOSIGNAL, nil)
		} else {
			n, err = sysWrite(fd.Sysfd, p[nn:max])
		}
		if n > 0 {
			nn += n
		}
		if nn == len(p) {
			return nn, err
		}
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN && fd.pollable {
			if err = fd.wait('w'); err == nil {
				continue
			}
		}
		if err != nil {
			return nn, err
		}
		if n == 0 {
			return nn, io.ErrUnexpectedEOF
		}
	}
}

// Accept accepts a connection: the new descriptor (non-blocking,
// close-on-exec), the peer's raw socket address, and on failure the name
// of the failing system call.
func (fd *FD) Accept() (int, []byte, string, error) {
	if err := fd.readLock(); err != nil {
		return -1, nil, "", err
	}
	defer fd.readUnlock()
	if err := fd.prepare('r'); err != nil {
		return -1, nil, "", err
	}
	for {
		s, rsa, err := Accept4(fd.Sysfd, SOCK_NONBLOCK|SOCK_CLOEXEC)
		if err == nil {
			return s, rsa, "", nil
		}
		switch err {
		case syscall.EINTR, syscall.ECONNABORTED:
			continue
		case syscall.EAGAIN:
			if fd.pollable {
				if err = fd.wait('r'); err == nil {
					continue
				}
			}
		}
		return -1, nil, "accept4", err
	}
}

// ReadFrom receives one packet into p: its length and the sender's raw
// socket address.
func (fd *FD) ReadFrom(p []byte) (int, []byte, error) {
	if err := fd.readLock(); err != nil {
		return 0, nil, err
	}
	defer fd.readUnlock()
	if err := fd.prepare('r'); err != nil {
		return 0, nil, err
	}
	for {
		n, sa, err := Recvfrom(fd.Sysfd, p, 0)
		if err != nil {
			n = 0
			if err == syscall.EINTR {
				continue
			}
			if err == syscall.EAGAIN && fd.pollable {
				if err = fd.wait('r'); err == nil {
					continue
				}
			}
		}
		return n, sa, fd.eofError(n, err)
	}
}

// WriteTo sends p as one packet to the raw socket address sa (nil: the
// connected peer).
func (fd *FD) WriteTo(p []byte, sa []byte) (int, error) {
	if err := fd.writeLock(); err != nil {
		return 0, err
	}
	defer fd.writeUnlock()
	if err := fd.prepare('w'); err != nil {
		return 0, err
	}
	for {
		n, err := Sendto(fd.Sysfd, p, MSG_NOSIGNAL, sa)
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN && fd.pollable {
			if err = fd.wait('w'); err == nil {
				continue
			}
		}
		if err != nil {
			return 0, err
		}
		return n, nil
	}
}

// WaitWrite waits until the descriptor is writable (a non-blocking
// connect completing), honouring the write deadline.
func (fd *FD) WaitWrite() error {
	if err := fd.writeLock(); err != nil {
		return err
	}
	defer fd.writeUnlock()
	if err := fd.prepare('w'); err != nil {
		return err
	}
	return fd.wait('w')
}

// Shutdown shuts down the read (SHUT_RD), write (SHUT_WR) or both sides.
func (fd *FD) Shutdown(how int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	return Shutdown(fd.Sysfd, how)
}

// SetsockoptInt sets an integer socket option.
func (fd *FD) SetsockoptInt(level, name, arg int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	return SetsockoptInt(fd.Sysfd, level, name, arg)
}

// GetsockoptInt reads an integer socket option.
func (fd *FD) GetsockoptInt(level, name int) (int, error) {
	if err := fd.incref(); err != nil {
		return 0, err
	}
	defer fd.decref()
	return GetsockoptInt(fd.Sysfd, level, name)
}

// SetsockoptLinger sets SO_LINGER.
func (fd *FD) SetsockoptLinger(onoff, secs int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	return SetsockoptLinger(fd.Sysfd, onoff, secs)
}

// SetDeadline sets the read and write deadlines (the zero time: none).
func (fd *FD) SetDeadline(t time.Time) error {
	return fd.setDeadline(t, 'r'+'w')
}

// SetReadDeadline sets the read deadline.
func (fd *FD) SetReadDeadline(t time.Time) error {
	return fd.setDeadline(t, 'r')
}

// SetWriteDeadline sets the write deadline.
func (fd *FD) SetWriteDeadline(t time.Time) error {
	return fd.setDeadline(t, 'w')
}

func (fd *FD) setDeadline(t time.Time, mode int) error {
	var d int64
	if !t.IsZero() {
		rel := int64(time.Until(t))
		if rel <= 0 {
			d = 1 // in the past: expired now
		} else {
			d = runtimeNano() + rel
			if d <= 0 {
				d = 1<<63 - 1
			}
		}
	}
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	if !fd.pollable {
		return ErrNoDeadline
	}
	runtime_pollSetDeadline(fd.pd, d, mode)
	return nil
}
