// run

// math functions printed with %.6f and %g: Sqrt, Pow, Exp, Log family,
// trig and inverse trig, hyperbolics, Floor/Ceil/Trunc/Round/RoundToEven,
// Mod/Remainder, Hypot, Cbrt, Inf/NaN handling, Max/Min, Abs, Copysign,
// Signbit, Float64bits round trips, and a Newton's method square root.

package main

import (
	"fmt"
	"math"
)

func newtonSqrt(x float64) (float64, int) {
	z, iters := x/2, 0
	for math.Abs(z*z-x) > 1e-12 && iters < 100 {
		z -= (z*z - x) / (2 * z)
		iters++
	}
	return z, iters
}

func main() {
	for _, x := range []float64{0, 0.5, 1, 2, 10, 100.25} {
		fmt.Printf("x=%-6g sqrt=%.6f cbrt=%.6f exp=%.6f log=%.6f log2=%.6f log10=%.6f\n",
			x, math.Sqrt(x), math.Cbrt(x), math.Exp(x/10), math.Log(x), math.Log2(x), math.Log10(x))
	}
	for _, deg := range []float64{0, 30, 45, 60, 90, 180, 270} {
		rad := deg * math.Pi / 180
		fmt.Printf("%3.0f° sin=%9.6f cos=%9.6f tan=%.6e\n", deg, math.Sin(rad), math.Cos(rad), math.Tan(rad))
	}
	fmt.Printf("asin=%.6f acos=%.6f atan=%.6f atan2=%.6f %.6f\n", math.Asin(0.5), math.Acos(0.5), math.Atan(1), math.Atan2(1, -1), math.Atan2(-0.0, -1))
	fmt.Printf("sinh=%.6f cosh=%.6f tanh=%.6f\n", math.Sinh(1), math.Cosh(1), math.Tanh(0.5))
	fmt.Printf("pow: %.6f %.6f %.6f %g %g %g\n", math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -3), math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Pow(-2, 3))
	for _, x := range []float64{2.5, 3.5, -2.5, -0.4, 1.49999, -7.9} {
		fmt.Printf("%5g: floor=%g ceil=%g trunc=%g round=%g even=%g\n", x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	fmt.Printf("mod=%.6f %.6f rem=%.6f %.6f\n", math.Mod(7.5, 2), math.Mod(-7.5, 2), math.Remainder(7.5, 2), math.Remainder(-7.5, 2))
	fmt.Printf("hypot=%.6f abs=%g copysign=%g %g\n", math.Hypot(3, 4), math.Abs(-3.25), math.Copysign(3, -1), math.Copysign(-2, 1))
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(inf, ninf, nan, inf+ninf, inf*0, -inf, 1/inf)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(ninf, 0), math.IsNaN(nan), nan == nan, nan != nan, nan < 1, math.IsNaN(math.Sqrt(-1)))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(nan, 1), math.Min(-0.0, 0), math.Max(inf, 1))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Signbit(1))
	bits := math.Float64bits(1.5)
	fmt.Printf("%#x %g %#x %g\n", bits, math.Float64frombits(bits), math.Float32bits(0.1), math.Float32frombits(0x3f800000))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8, math.SmallestNonzeroFloat64 > 0, float32(math.MaxFloat32))
	for _, x := range []float64{2, 9, 1e6, 0.0001} {
		r, it := newtonSqrt(x)
		fmt.Printf("newton(%g)=%.9f iters=%d diff=%.1e\n", x, r, it, math.Abs(r-math.Sqrt(x)))
	}
	frac, exp := math.Frexp(12.0)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, math.Ldexp(0.75, 4), ip, fp)
	var sum float64
	for i := 1; i <= 1000; i++ {
		sum += 1 / float64(i*i)
	}
	fmt.Printf("basel=%.6f pi^2/6=%.6f\n", sum, math.Pi*math.Pi/6)
	fmt.Printf("expm1=%.9f log1p=%.9f gamma-free\n", math.Expm1(1e-5), math.Log1p(1e-5))
	fmt.Println(int(math.Floor(-0.5)), int64(math.Round(2.5e9)), uint8(math.Trunc(255.9)))
}
