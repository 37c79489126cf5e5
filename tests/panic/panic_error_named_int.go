// run

// panic with a named integer type that implements error prints Error(),
// not the integer.

package main

type Errno int

func (e Errno) Error() string {
	switch e {
	case 2:
		return "no such file or directory"
	case 13:
		return "permission denied"
	}
	return "unknown errno"
}

func open(name string) Errno {
	if name == "secret" {
		return 13
	}
	return 0
}

func main() {
	for _, n := range []string{"a", "b", "secret"} {
		if e := open(n); e != 0 {
			panic(e)
		}
		println("opened", n)
	}
}
