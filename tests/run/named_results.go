// run

// Named results: zero initialization, bare returns, assignment before
// return and shadowing in inner scopes.

package main

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zeros() (i int, f float64, s string, b bool, r rune, u uint8) {
	return
}

func counter(n int) (count int) {
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			count++
		}
	}
	return
}

func explicit() (a, b int) {
	a = 1
	b = 2
	return b, a // explicit values override
}

func early(n int) (res string, ok bool) {
	if n < 0 {
		return "negative", false
	}
	res = "non-negative"
	if n == 0 {
		return
	}
	res += " and positive"
	ok = true
	return
}

func factorial(n uint64) (result uint64) {
	result = 1
	for ; n > 1; n-- {
		result *= n
	}
	return
}

func digits(n int) (count, sum int) {
	if n < 0 {
		n = -n
	}
	for {
		count++
		sum += n % 10
		n /= 10
		if n == 0 {
			break
		}
	}
	return
}

func inner() (v int) {
	v = 10
	{
		v := 20 // shadows the result
		v++
		_ = v
	}
	return
}

func modifyParam(p int) (q int) {
	p *= 2
	q = p + 1
	return
}

func underscore() (_ int, second string) {
	second = "only second"
	return
}

func main() {
	println(split(17))
	println(split(100))
	println(zeros())
	println(counter(10), counter(0))
	println(explicit())
	println(early(-1))
	println(early(0))
	println(early(5))
	println(factorial(20), factorial(0), factorial(21))
	println(digits(987654321))
	println(digits(-5))
	println(inner())
	println(modifyParam(21))
	println(underscore())
}
