// run

// An inventory system mixing features: products in a map keyed by SKU,
// an Item interface with two implementations, typed errors with fields
// and sentinel wrapping, sorted reports formatted with width verbs,
// closures for pricing rules, and a deferred audit log.

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Item interface {
	SKU() string
	Price() Cents
	Describe() string
}

type Product struct {
	sku, name string
	price     Cents
	weightG   int
}

func (p Product) SKU() string      { return p.sku }
func (p Product) Price() Cents     { return p.price }
func (p Product) Describe() string { return fmt.Sprintf("%s (%dg)", p.name, p.weightG) }

type Bundle struct {
	sku      string
	items    []Item
	discount int // percent
}

func (b *Bundle) SKU() string { return b.sku }
func (b *Bundle) Price() Cents {
	var sum Cents
	for _, it := range b.items {
		sum += it.Price()
	}
	return sum * Cents(100-b.discount) / 100
}
func (b *Bundle) Describe() string {
	names := make([]string, len(b.items))
	for i, it := range b.items {
		names[i] = it.SKU()
	}
	return fmt.Sprintf("bundle[%s] -%d%%", strings.Join(names, "+"), b.discount)
}

var ErrNotFound = errors.New("not found")

type StockError struct {
	SKU        string
	Have, Want int
}

func (e StockError) Error() string {
	return fmt.Sprintf("sku %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

type Inventory struct {
	items map[string]Item
	stock map[string]int
	audit []string
}

func (inv *Inventory) Add(it Item, qty int) {
	inv.items[it.SKU()] = it
	inv.stock[it.SKU()] += qty
}

func (inv *Inventory) Take(sku string, qty int) (total Cents, err error) {
	defer func() {
		inv.audit = append(inv.audit, fmt.Sprintf("take %s x%d failed=%t %v", sku, qty, err != nil, total))
	}()
	it, ok := inv.items[sku]
	if !ok {
		return 0, fmt.Errorf("take %q: %w", sku, ErrNotFound)
	}
	if have := inv.stock[sku]; have < qty {
		return 0, StockError{sku, have, qty}
	}
	inv.stock[sku] -= qty
	return it.Price() * Cents(qty), nil
}

func main() {
	inv := &Inventory{items: map[string]Item{}, stock: map[string]int{}}
	pen := Product{"P-1", "pen", 199, 12}
	pad := Product{"P-2", "notepad", 450, 300}
	ink := Product{"P-3", "ink", 1299, 80}
	inv.Add(pen, 100)
	inv.Add(pad, 20)
	inv.Add(ink, 5)
	inv.Add(&Bundle{"B-1", []Item{pen, pad, ink}, 15}, 3)
	inv.Add(pen, 10)
	orderSKUs, orderQtys := []string{"P-1", "B-1", "P-3", "X-9", "B-1", "P-2"}, []int{30, 2, 9, 1, 2, 20}
	var revenue Cents
	for i, sku := range orderSKUs {
		t, err := inv.Take(sku, orderQtys[i])
		switch {
		case err == nil:
			revenue += t
			fmt.Printf("sold %-4s x%-3d = %9v\n", sku, orderQtys[i], t)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		default:
			se, _ := err.(StockError)
			fmt.Printf("stock: %v (short by %d)\n", err, se.Want-se.Have)
		}
	}
	fmt.Println("revenue:", revenue)
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	fmt.Printf("%-5s|%-28s|%9s|%5s\n", "SKU", "DESCRIPTION", "PRICE", "QTY")
	for _, s := range skus {
		it := inv.items[s]
		fmt.Printf("%-5s|%-28s|%9s|%5d\n", s, it.Describe(), it.Price(), inv.stock[s])
	}
	rules := []func(Cents) Cents{func(c Cents) Cents { return c * 110 / 100 }, func(c Cents) Cents { return c - c%50 }}
	for _, s := range skus {
		p := inv.items[s].Price()
		for _, r := range rules {
			p = r(p)
		}
		fmt.Print(s, "=", p, " ")
	}
	fmt.Println()
	fmt.Println(strings.Join(inv.audit, "\n"))
	fmt.Printf("%v %v %v %v %+v\n", Cents(-5), Cents(0), Cents(123456789), pen, StockError{"Z", 1, 2})
}
