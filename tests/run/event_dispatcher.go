// run

// An event bus: handlers registered per topic in map[string][]Handler,
// Handler as a func type with a method, subscription tokens that
// unsubscribe via closures, wildcard topics, handlers that panic being
// isolated with recover, method values as handlers, and ordered output.

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload any
}

type Handler func(Event) error

func (h Handler) Safe(topic string) Handler {
	return func(e Event) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("handler for %s panicked: %v", topic, r)
			}
		}()
		return h(e)
	}
}

type sub struct {
	id int
	h  Handler
}

type Bus struct {
	subs   map[string][]sub
	nextID int
	errs   []error
}

func NewBus() *Bus { return &Bus{subs: map[string][]sub{}} }

func (b *Bus) Subscribe(topic string, h Handler) (unsubscribe func()) {
	b.nextID++
	id := b.nextID
	b.subs[topic] = append(b.subs[topic], sub{id, h.Safe(topic)})
	return func() {
		list := b.subs[topic]
		for i, s := range list {
			if s.id == id {
				b.subs[topic] = append(list[:i:i], list[i+1:]...)
				return
			}
		}
	}
}

func (b *Bus) Publish(topic string, payload any) int {
	e := Event{topic, payload}
	n := 0
	targets := []string{topic}
	if i := strings.IndexByte(topic, '.'); i >= 0 {
		targets = append(targets, topic[:i]+".*")
	}
	targets = append(targets, "*")
	for _, t := range targets {
		for _, s := range b.subs[t] {
			n++
			if err := s.h(e); err != nil {
				b.errs = append(b.errs, err)
			}
		}
	}
	return n
}

type Audit struct{ lines []string }

func (a *Audit) Record(e Event) error {
	a.lines = append(a.lines, fmt.Sprintf("%s=%v", e.Topic, e.Payload))
	return nil
}

var ErrRejected = errors.New("rejected")

func main() {
	bus := NewBus()
	audit := &Audit{}
	totals := map[string]int{}
	bus.Subscribe("*", audit.Record)
	unsubOrders := bus.Subscribe("order.created", func(e Event) error {
		amt, ok := e.Payload.(int)
		if !ok {
			return fmt.Errorf("order payload %T: %w", e.Payload, ErrRejected)
		}
		totals["orders"] += amt
		return nil
	})
	bus.Subscribe("order.*", func(e Event) error { totals["order-any"]++; return nil })
	bus.Subscribe("user.deleted", func(e Event) error {
		var m map[string]int
		m[e.Payload.(string)] = 1 // nil map write panics
		return nil
	})
	bus.Subscribe("math", func(e Event) error {
		d := e.Payload.(int)
		totals["math"] += 100 / d
		return nil
	})

	fmt.Println(bus.Publish("order.created", 250))
	fmt.Println(bus.Publish("order.created", "oops"))
	fmt.Println(bus.Publish("order.shipped", 1))
	fmt.Println(bus.Publish("user.deleted", "bob"))
	fmt.Println(bus.Publish("math", 4), bus.Publish("math", 0))
	unsubOrders()
	unsubOrders() // second call is a no-op
	fmt.Println(bus.Publish("order.created", 1000))
	fmt.Println(bus.Publish("nothing", nil))

	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-10s %d\n", k, totals[k])
	}
	fmt.Println(totals)
	for i, err := range bus.errs {
		fmt.Printf("err %d: %v (rejected=%t)\n", i, err, errors.Is(err, ErrRejected))
	}
	fmt.Println(strings.Join(audit.lines, "; "))
	topics := []string{}
	for t, s := range bus.subs {
		topics = append(topics, fmt.Sprintf("%s:%d", t, len(s)))
	}
	sort.Strings(topics)
	fmt.Println(topics, bus.nextID)
}
