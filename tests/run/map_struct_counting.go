// run

// Maps used for algorithms: memoized recursion with struct keys (grid
// paths), two-sum with a value->index map, grouping anagrams by a
// sorted-letters key, and a frequency-of-frequencies count.

package main

type cell struct{ r, c int }

var memo = map[cell]int{}

func paths(r, c int) int {
	if r == 0 || c == 0 {
		return 1
	}
	k := cell{r, c}
	if v, ok := memo[k]; ok {
		return v
	}
	v := paths(r-1, c) + paths(r, c-1)
	memo[k] = v
	return v
}

func twoSum(xs []int, target int) (int, int) {
	idx := map[int]int{}
	for i, x := range xs {
		if j, ok := idx[target-x]; ok {
			return j, i
		}
		idx[x] = i
	}
	return -1, -1
}

func sortKey(s string) string {
	b := []byte(s)
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j] < b[j-1]; j-- {
			b[j], b[j-1] = b[j-1], b[j]
		}
	}
	return string(b)
}

func main() {
	p2, p10, p16 := paths(2, 2), paths(10, 10), paths(16, 16)
	println(p2, p10, p16, len(memo))

	i, j := twoSum([]int{2, 7, 11, 15}, 9)
	println(i, j)
	i, j = twoSum([]int{3, 2, 4}, 6)
	println(i, j)
	i, j = twoSum([]int{1, 2}, 10)
	println(i, j)

	groups := map[string][]string{}
	for _, w := range []string{"eat", "tea", "tan", "ate", "nat", "bat"} {
		k := sortKey(w)
		groups[k] = append(groups[k], w)
	}
	println(len(groups), len(groups["aet"]), groups["aet"][2], len(groups["ant"]), groups["abt"][0])

	freq := map[int]int{}
	for _, x := range []int{1, 1, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5} {
		freq[x]++
	}
	ff := map[int]int{}
	for _, c := range freq {
		ff[c]++
	}
	println(len(freq), ff[1], ff[2], ff[3], ff[4])
}
