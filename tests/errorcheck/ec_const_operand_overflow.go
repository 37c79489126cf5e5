// errorcheck

// An untyped constant operand is converted to the other operand's type
// and must fit in it.

package main

func main() {
	var x uint8 = 255
	var i8 int8 = -1
	println(x + 256) // ERROR "256 \(untyped int constant\) overflows uint8"
	println(x == 300) // ERROR "300 \(untyped int constant\) overflows uint8"
	println(i8 < -129) // ERROR "-129 \(untyped int constant\) overflows int8"
	x += 1000 // ERROR "1000 \(untyped int constant\) overflows uint8"
	println(x * 2.5) // ERROR "2.5 \(untyped float constant\) truncated to uint8"
	println(i8 - 'é') // ERROR "'é' \(untyped rune constant 233\) overflows int8"
}
