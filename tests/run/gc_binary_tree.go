// run

// Binary trees: the binary-trees benchmark pattern (a long-lived tree
// plus many short-lived trees of varying depth), and a binary search tree
// of 2e4 keys with inserts and deletes that rewire pointers while garbage
// is allocated. Checksums verify every tree after collections.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type tree struct {
	left, right *tree
	item        int
}

func bottomUp(item, depth int) *tree {
	if depth <= 0 {
		return &tree{item: item}
	}
	return &tree{bottomUp(2*item-1, depth-1), bottomUp(2*item, depth-1), item}
}

func (t *tree) check() int {
	if t.left == nil {
		return t.item
	}
	return t.item + t.left.check() - t.right.check()
}

func (t *tree) count() int {
	if t == nil {
		return 0
	}
	return 1 + t.left.count() + t.right.count()
}

type bst struct {
	key         int
	val         string
	left, right *bst
}

func insert(t *bst, k int, v string) *bst {
	if t == nil {
		return &bst{key: k, val: v}
	}
	if k < t.key {
		t.left = insert(t.left, k, v)
	} else if k > t.key {
		t.right = insert(t.right, k, v)
	} else {
		t.val = v
	}
	return t
}

func remove(t *bst, k int) *bst {
	if t == nil {
		return nil
	}
	if k < t.key {
		t.left = remove(t.left, k)
	} else if k > t.key {
		t.right = remove(t.right, k)
	} else {
		if t.left == nil {
			return t.right
		}
		if t.right == nil {
			return t.left
		}
		m := t.right
		for m.left != nil {
			m = m.left
		}
		// Replace t with a fresh node: t becomes garbage.
		return &bst{key: m.key, val: m.val, left: t.left, right: remove(t.right, m.key)}
	}
	return t
}

func walk(t *bst, f func(*bst)) {
	if t != nil {
		walk(t.left, f)
		f(t)
		walk(t.right, f)
	}
}

// numIs reports whether s is prefix followed by the decimal form of v,
// without allocating (verification must not add garbage of its own).
func numIs(s, prefix string, v int) bool {
	if len(s) <= len(prefix) || s[:len(prefix)] != prefix {
		return false
	}
	s = s[len(prefix):]
	if v < 0 {
		if s[0] != '-' {
			return false
		}
		s, v = s[1:], -v
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] != byte('0'+v%10) {
			return false
		}
		v /= 10
	}
	return len(s) > 0 && v == 0
}

func main() {
	const maxDepth = 12
	longLived := bottomUp(0, maxDepth)
	for depth := 4; depth <= maxDepth; depth += 2 {
		iters := 1 << (maxDepth - depth + 1)
		if iters > 1024 {
			iters = 1024
		}
		chk := 0
		for i := 1; i <= iters; i++ {
			chk += bottomUp(i, depth).check() + bottomUp(-i, depth).check()
		}
		runtime.GC()
		fmt.Println(iters*2, "trees of depth", depth, "check", chk)
	}
	fmt.Println("long lived", longLived.count(), longLived.check())

	// BST with 2e4 keys in pseudo-random order.
	var root *bst
	x := uint32(12345)
	keys := make([]int, 0, 20000)
	for len(keys) < 20000 {
		x = x*1103515245 + 12345
		k := int(x>>4) % 1000000
		keys = append(keys, k)
		root = insert(root, k, "v"+strconv.Itoa(k))
	}
	present := map[int]bool{}
	for _, k := range keys {
		present[k] = true
	}
	verify := func(tag string) {
		n, sum, prev, ordered, vals := 0, 0, -1, true, true
		walk(root, func(t *bst) {
			n++
			sum += t.key
			if t.key <= prev {
				ordered = false
			}
			if !numIs(t.val, "v", t.key) {
				vals = false
			}
			prev = t.key
		})
		want := 0
		for k := range present {
			want += k
		}
		fmt.Println(tag, n, len(present), sum == want, ordered, vals)
	}
	verify("bst")
	for round := 0; round < 4; round++ {
		// Delete a quarter of the keys, then insert new ones; build some
		// garbage trees in between.
		for i := round; i < len(keys); i += 4 {
			root = remove(root, keys[i])
			delete(present, keys[i])
			if i%4000 == round {
				_ = bottomUp(i, 10)
			}
		}
		runtime.GC()
		verify("deleted" + strconv.Itoa(round))
		for i := round; i < len(keys); i += 4 {
			k := keys[i] + 1000000*(round+1)
			root = insert(root, k, "v"+strconv.Itoa(k))
			present[k] = true
			if i%4000 == round {
				_ = bottomUp(i, 10)
			}
		}
		runtime.GC()
		verify("inserted" + strconv.Itoa(round))
	}
	fmt.Println("long lived again", longLived.count(), longLived.check())
}
