// run

// Converting a slice to an array type longer than the slice panics.

package main

func first4(s []byte) [4]byte {
	return [4]byte(s)
}

func main() {
	a := first4([]byte("hello"))
	println(string(a[:]))
	b := first4([]byte("hi"))
	println(string(b[:]))
}
