// errorcheck

// Argument counts and types in calls of variadic functions.

package main

func sum(base int, xs ...int) int { return base + len(xs) }

func join(sep string, parts ...string) string { return sep }

func two() (int, int) { return 1, 2 }

func main() {
	sum() // ERROR "not enough arguments in call to sum\s+have \(\)\s+want \(int, \.\.\.int\)"
	sum(1, 2, 3)
	sum(1, "a") // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to sum"
	xs := []int{1}
	sum(xs...) // ERROR "not enough arguments in call to sum\s+have \(\[\]int\.\.\.\)\s+want \(int, \.\.\.int\)"
	sum(1, 2, xs...) // ERROR "too many arguments in call to sum\s+have \(number, number, \[\]int\.\.\.\)\s+want \(int, \.\.\.int\)"
	join(",", xs...) // ERROR "cannot use xs \(variable of type \[\]int\) as \[\]string value in argument to join"
	sum(two())
	join(two()) // ERROR "cannot use two\(\) \(value of type int\) as string value in argument to join"
}
