// run

// Arrays and slices of structs: modifying via index, via pointer to
// element, append growing and keeping values, sorting a slice of structs
// by hand, slices of structs containing slices, and filtering.

package main

type Item struct {
	Name  string
	Qty   int
	Price int
	Tags  []string
}

type Inventory struct {
	Items []Item
	Total int
}

func (inv *Inventory) Add(it Item) {
	inv.Items = append(inv.Items, it)
	inv.Total += it.Qty * it.Price
}

func sortByPrice(items []Item) {
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && items[j].Price < items[j-1].Price; j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
}

func restock(items []Item, n int) {
	for i := range items {
		items[i].Qty += n
	}
}

func restockCopy(items [4]Item, n int) [4]Item {
	for i := range items {
		items[i].Qty += n
	}
	return items
}

func main() {
	var inv Inventory
	inv.Add(Item{Name: "apple", Qty: 3, Price: 5})
	inv.Add(Item{Name: "pear", Qty: 1, Price: 9})
	inv.Add(Item{Name: "fig", Qty: 10, Price: 2, Tags: []string{"dried"}})
	inv.Add(Item{Name: "kiwi", Qty: 4, Price: 3})
	println(len(inv.Items), inv.Total)

	sortByPrice(inv.Items)
	for _, it := range inv.Items {
		println(it.Name, it.Qty, it.Price, len(it.Tags))
	}

	restock(inv.Items, 2)
	println(inv.Items[0].Qty, inv.Items[3].Qty)

	inv.Items[0].Tags = append(inv.Items[0].Tags, "sweet")
	inv.Items[1].Tags = append(inv.Items[1].Tags, "green", "fuzzy")
	for i := range inv.Items {
		it := &inv.Items[i]
		it.Price *= 2
		print(it.Name, ":")
		for _, t := range it.Tags {
			print(" ", t)
		}
		println()
	}
	println(inv.Items[2].Price)

	var arr [4]Item
	copy(arr[:], inv.Items)
	arr2 := restockCopy(arr, 100)
	println(arr[0].Qty, arr2[0].Qty, arr2[3].Qty)

	// filter into a new slice, original untouched
	var cheap []Item
	for _, it := range inv.Items {
		if it.Price < 10 {
			cheap = append(cheap, it)
		}
	}
	println(len(cheap))
	cheap[0].Name = "changed"
	println(inv.Items[0].Name, cheap[0].Name)

	// in-place filter sharing the backing array
	keep := inv.Items[:0]
	for _, it := range inv.Items {
		if it.Qty > 3 {
			keep = append(keep, it)
		}
	}
	println(len(keep), keep[0].Name, inv.Items[0].Name)

	// 2D: slice of slices of structs
	grid := make([][]Item, 3)
	for i := range grid {
		grid[i] = make([]Item, i+1)
		for j := range grid[i] {
			grid[i][j].Qty = i * j
		}
	}
	sum := 0
	for _, row := range grid {
		for _, c := range row {
			sum += c.Qty
		}
	}
	println(sum, len(grid[2]))

	// struct slice element assignment from function result
	inv.Items[1] = Item{Name: "replaced"}
	println(inv.Items[1].Name, inv.Items[1].Qty, inv.Items[1].Tags == nil)
}
