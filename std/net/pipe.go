package net

import (
	"internal/poll"
	"io"
	"sync"
	"time"
)

// deadlineSignal is a channel that is closed when a deadline passes.
type deadlineSignal struct {
	mu    sync.Mutex
	timer *time.Timer
	ch    chan struct{} // closed once the deadline has passed
}

func newDeadlineSignal() *deadlineSignal {
	return &deadlineSignal{ch: make(chan struct{})}
}

func closedChan(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// set arms the signal for t (the zero time disarms it; a past time
// fires it now).
func (d *deadlineSignal) set(t time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		if !d.timer.Stop() {
			<-d.ch // the timer fired: wait until its function closed ch
		}
		d.timer = nil
	}
	expired := closedChan(d.ch)
	if t.IsZero() {
		if expired {
			d.ch = make(chan struct{})
		}
		return
	}
	if dur := time.Until(t); dur > 0 {
		if expired {
			d.ch = make(chan struct{})
		}
		ch := d.ch
		d.timer = time.AfterFunc(dur, func() { close(ch) })
		return
	}
	if !expired {
		close(d.ch)
	}
}

// wait returns the channel that is closed at the deadline.
func (d *deadlineSignal) wait() chan struct{} {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.ch
}

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "pipe" }

// pipeEnd is one end of a Pipe. A Write hands its bytes to the other
// end's Reads (through in), which report how much they took (through
// out); nothing is buffered.
type pipeEnd struct {
	wmu sync.Mutex // one Write at a time

	readIn   chan []byte // the peer's writes arrive here
	readOut  chan int    // how much of them we took
	writeIn  chan []byte // our writes go here
	writeOut chan int    // how much the peer took

	closeOnce sync.Once
	closed    chan struct{} // this end is closed
	peerGone  chan struct{} // the other end is closed

	rdl *deadlineSignal
	wdl *deadlineSignal
}

// Pipe creates a synchronous, in-memory, full duplex network connection;
// both ends implement the Conn interface. Reads on one end are matched
// with writes on the other, copying data directly between the two; there
// is no internal buffering.
func Pipe() (Conn, Conn) {
	ab := make(chan []byte)
	abn := make(chan int)
	ba := make(chan []byte)
	ban := make(chan int)
	aClosed := make(chan struct{})
	bClosed := make(chan struct{})
	a := &pipeEnd{
		readIn: ba, readOut: ban, writeIn: ab, writeOut: abn,
		closed: aClosed, peerGone: bClosed,
		rdl: newDeadlineSignal(), wdl: newDeadlineSignal(),
	}
	b := &pipeEnd{
		readIn: ab, readOut: abn, writeIn: ba, writeOut: ban,
		closed: bClosed, peerGone: aClosed,
		rdl: newDeadlineSignal(), wdl: newDeadlineSignal(),
	}
	return a, b
}

func (*pipeEnd) LocalAddr() Addr  { return pipeAddr{} }
func (*pipeEnd) RemoteAddr() Addr { return pipeAddr{} }

func (p *pipeEnd) Read(b []byte) (int, error) {
	n, err := p.read(b)
	if err != nil && err != io.EOF && err != io.ErrClosedPipe {
		err = &OpError{Op: "read", Net: "pipe", Err: err}
	}
	return n, err
}

func (p *pipeEnd) read(b []byte) (int, error) {
	switch {
	case closedChan(p.closed):
		return 0, io.ErrClosedPipe
	case closedChan(p.peerGone):
		return 0, io.EOF
	case closedChan(p.rdl.wait()):
		return 0, poll.ErrDeadlineExceeded
	}
	select {
	case data := <-p.readIn:
		n := copy(b, data)
		p.readOut <- n
		return n, nil
	case <-p.closed:
		return 0, io.ErrClosedPipe
	case <-p.peerGone:
		return 0, io.EOF
	case <-p.rdl.wait():
		return 0, poll.ErrDeadlineExceeded
	}
}

func (p *pipeEnd) Write(b []byte) (int, error) {
	n, err := p.write(b)
	if err != nil && err != io.ErrClosedPipe {
		err = &OpError{Op: "write", Net: "pipe", Err: err}
	}
	return n, err
}

func (p *pipeEnd) write(b []byte) (n int, err error) {
	switch {
	case closedChan(p.closed):
		return 0, io.ErrClosedPipe
	case closedChan(p.peerGone):
		return 0, io.ErrClosedPipe
	case closedChan(p.wdl.wait()):
		return 0, poll.ErrDeadlineExceeded
	}
	p.wmu.Lock()
	defer p.wmu.Unlock()
	first := true
	for first || len(b) > 0 {
		first = false
		select {
		case p.writeIn <- b:
			k := <-p.writeOut
			b = b[k:]
			n += k
		case <-p.closed:
			return n, io.ErrClosedPipe
		case <-p.peerGone:
			return n, io.ErrClosedPipe
		case <-p.wdl.wait():
			return n, poll.ErrDeadlineExceeded
		}
	}
	return n, nil
}

func (p *pipeEnd) SetDeadline(t time.Time) error {
	if closedChan(p.closed) || closedChan(p.peerGone) {
		return io.ErrClosedPipe
	}
	p.rdl.set(t)
	p.wdl.set(t)
	return nil
}

func (p *pipeEnd) SetReadDeadline(t time.Time) error {
	if closedChan(p.closed) || closedChan(p.peerGone) {
		return io.ErrClosedPipe
	}
	p.rdl.set(t)
	return nil
}

func (p *pipeEnd) SetWriteDeadline(t time.Time) error {
	if closedChan(p.closed) || closedChan(p.peerGone) {
		return io.ErrClosedPipe
	}
	p.wdl.set(t)
	return nil
}

func (p *pipeEnd) Close() error {
	p.closeOnce.Do(func() { close(p.closed) })
	return nil
}
