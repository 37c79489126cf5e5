// errorcheck

// Returned values must be assignable to the result types.

package main

type Celsius float64

func one() int { return 1 }

func r1() int {
	return "a" // ERROR "cannot use .a. \(untyped string constant\) as int value in return statement"
}

func r2() (int, int) {
	return 1, 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in return statement \(truncated\)"
}

func r3() uint8 {
	return 256 // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in return statement \(overflows\)"
}

func r4(f float64) Celsius {
	return f // ERROR "cannot use f \(variable of type float64\) as Celsius value in return statement"
}

func r5() (s string) {
	return one() // ERROR "cannot use one\(\) \(value of type int\) as string value in return statement"
}

func main() {
	println(r1(), r3(), r4(1), r5())
	println(r2())
}
