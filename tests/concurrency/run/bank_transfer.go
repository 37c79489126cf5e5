// run

// Concurrent transfers between accounts with per-account mutexes taken in
// a fixed order (no deadlock); the total balance is conserved.

package main

import (
	"fmt"
	"sync"
)

type Account struct {
	id      int
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int) bool {
	if from == to {
		return false
	}
	first, second := from, to
	if second.id < first.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	accounts := make([]*Account, 10)
	for i := range accounts {
		accounts[i] = &Account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok, failed := 0, 0
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seed := uint32(g*7919 + 1)
			for i := 0; i < 2000; i++ {
				seed = seed*1664525 + 1013904223
				a := int(seed>>8) % len(accounts)
				seed = seed*1664525 + 1013904223
				b := int(seed>>8) % len(accounts)
				seed = seed*1664525 + 1013904223
				amt := int(seed>>8)%300 + 1
				r := transfer(accounts[a], accounts[b], amt)
				mu.Lock()
				if r {
					ok++
				} else {
					failed++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	negative := 0
	for _, a := range accounts {
		total += a.balance
		if a.balance < 0 {
			negative++
		}
	}
	fmt.Println("total", total, "negative", negative, "attempts", ok+failed)
}
