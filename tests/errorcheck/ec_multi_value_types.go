// errorcheck

// The results of a multi-value call must be assignable one by one.

package main

func two() (int, string) { return 1, "a" }

func takeTwo(a, b int) {}

var pa, pb string = two() // ERROR "cannot use 1st function result \(value of type int\) as string value in multiple assignment"

func r1() (string, string) {
	return two() // ERROR "cannot use 1st function result \(value of type int\) as string value in return statement"
}

func main() {
	var a, b int = two() // ERROR "cannot use 2nd function result \(value of type string\) as int value in multiple assignment"
	var x, y int
	x, y = two() // ERROR "cannot use 2nd function result \(value of type string\) as int value in multiple assignment"
	takeTwo(two()) // ERROR "cannot use two\(\) \(value of type string\) as int value in argument to takeTwo"
	var s string
	x, s = two()
	println(a, b, x, y, s, pa, pb)
}
