// run

// errors.As through wrapped errors, sort.Slice and sort.SliceStable.

package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type person struct {
	name string
	age  int
}

func main() {
	err := fmt.Errorf("outer: %w", &MyErr{42})
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("found", me.Code)
	}
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe))
	var e2 error
	fmt.Println(errors.As(err, &e2), e2)
	people := []person{{"bob", 31}, {"alice", 23}, {"carol", 35}, {"dave", 23}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	xs := []string{"pear", "apple", "fig", "banana"}
	sort.Slice(xs, func(i, j int) bool { return len(xs[i]) < len(xs[j]) || len(xs[i]) == len(xs[j]) && xs[i] < xs[j] })
	fmt.Println(xs, sort.SliceIsSorted(xs, func(i, j int) bool { return len(xs[i]) < len(xs[j]) }))
}
