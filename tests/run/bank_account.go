// run

// A bank account simulation: an Account interface with two implementations,
// sentinel errors (errors.New), wrapped errors (fmt.Errorf with %w),
// errors.Is through wrap chains, errors.Unwrap, a custom error type with
// fields, and a transaction log printed with fmt.

package main

import (
	"errors"
	"fmt"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrFrozen       = errors.New("account frozen")
	ErrInvalid      = errors.New("invalid amount")
)

type LimitError struct {
	Limit, Requested int
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("limit %d exceeded by request of %d", e.Limit, e.Requested)
}

type Account interface {
	Deposit(amount int) error
	Withdraw(amount int) error
	Balance() int
	Owner() string
}

type Checking struct {
	owner   string
	balance int
	frozen  bool
	log     []string
}

func (c *Checking) Deposit(amount int) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %d to %s: %w", amount, c.owner, ErrInvalid)
	}
	if c.frozen {
		return fmt.Errorf("deposit to %s: %w", c.owner, ErrFrozen)
	}
	c.balance += amount
	c.log = append(c.log, fmt.Sprintf("+%d", amount))
	return nil
}

func (c *Checking) Withdraw(amount int) error {
	if c.frozen {
		return fmt.Errorf("withdraw from %s: %w", c.owner, ErrFrozen)
	}
	if amount > c.balance {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", amount, c.owner, c.balance, ErrInsufficient)
	}
	c.balance -= amount
	c.log = append(c.log, fmt.Sprintf("-%d", amount))
	return nil
}

func (c *Checking) Balance() int  { return c.balance }
func (c *Checking) Owner() string { return c.owner }

type Savings struct {
	Checking
	limit int
}

func (s *Savings) Withdraw(amount int) error {
	if amount > s.limit {
		return fmt.Errorf("savings of %s: %w", s.owner, &LimitError{s.limit, amount})
	}
	return s.Checking.Withdraw(amount)
}

func transfer(from, to Account, amount int) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	if err := to.Deposit(amount); err != nil {
		return fmt.Errorf("transfer deposit failed: %w", err)
	}
	return nil
}

func describe(err error) {
	if err == nil {
		fmt.Println("  ok")
		return
	}
	fmt.Println("  error:", err)
	fmt.Printf("  is insufficient=%t frozen=%t invalid=%t\n",
		errors.Is(err, ErrInsufficient), errors.Is(err, ErrFrozen), errors.Is(err, ErrInvalid))
	for e := err; e != nil; e = errors.Unwrap(e) {
		if le, ok := e.(*LimitError); ok {
			fmt.Printf("  limit error: limit=%d requested=%d\n", le.Limit, le.Requested)
		}
	}
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println("  chain depth:", depth)
}

func main() {
	alice := &Checking{owner: "alice"}
	bob := &Savings{Checking: Checking{owner: "bob"}, limit: 50}
	accounts := []Account{alice, bob}

	describe(alice.Deposit(100))
	describe(bob.Deposit(200))
	describe(alice.Deposit(-5))
	describe(transfer(alice, bob, 30))
	describe(transfer(alice, bob, 500))
	describe(transfer(bob, alice, 75))
	describe(transfer(bob, alice, 40))
	bob.frozen = true
	describe(transfer(alice, bob, 10))
	describe(bob.Withdraw(1))

	for _, a := range accounts {
		fmt.Printf("%-6s balance=%4d\n", a.Owner(), a.Balance())
	}
	fmt.Println("alice log:", alice.log)
	fmt.Println("bob log:", bob.log)
	fmt.Printf("%v\n", errors.Unwrap(ErrFrozen) == nil)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrInvalid))
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrInvalid)
	notWrapped := fmt.Errorf("plain: %v", ErrInvalid)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrInvalid), errors.Unwrap(notWrapped) == nil)
}
