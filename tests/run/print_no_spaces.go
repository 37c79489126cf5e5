// run

// print writes its operands without separators or a trailing newline;
// println separates with spaces and ends with a newline.

package main

func main() {
	print("a", "b", "c")
	print("\n")
	print(1, 2, 3, "\n")
	print("x=", 10, " y=", -20, "\n")
	print(true, false, "\n")
	print(1.5, 2.5, "\n")
	print(int8(-1), uint8(1), "\n")
	print()
	print("", "", "\n")
	print(complex(1, 1), "|", 'r', "\n")

	for i := 0; i < 5; i++ {
		print(i)
		if i < 4 {
			print(",")
		}
	}
	print("\n")

	println("a", "b", "c")
	println(1, 2, 3)
	println("x=", 10)
	println("no", "trailing", "space")
	println("")
	println("", "")
	print("end without newline, then println: ")
	println("ok")
	var f float64 = 1e100
	print(f, " ", -f, "\n")
	s := "multi"
	print(s, s, s)
	println()
	print("last line without newline")
}
