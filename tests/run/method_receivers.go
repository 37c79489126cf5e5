// run

// Value and pointer receivers: value receivers get a copy, pointer
// receivers mutate; calling pointer methods on addressable values
// (auto &), value methods through pointers (auto *), on slice elements,
// on struct fields, on map values (value methods only), and chaining.

package main

type Counter struct {
	n    int
	name string
}

func (c Counter) Get() int            { return c.n }
func (c Counter) IncCopy() int        { c.n++; return c.n }
func (c *Counter) Inc()               { c.n++ }
func (c *Counter) Add(k int) *Counter { c.n += k; return c }
func (c Counter) Named(s string) Counter {
	c.name = s
	return c
}
func (c *Counter) Reset() { *c = Counter{name: c.name} }

type Pair struct {
	A, B Counter
}

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Inc()
	println(c.Get(), c.IncCopy(), c.Get())

	p := &c
	p.Inc()
	println(p.Get(), (*p).Get(), c.n)

	p.Add(10).Add(100).Inc()
	println(c.n)

	d := c.Named("d")
	println(c.name == "", d.name, d.n)

	// method on slice elements (addressable)
	cs := make([]Counter, 3)
	for i := range cs {
		for j := 0; j <= i; j++ {
			cs[i].Inc()
		}
	}
	println(cs[0].Get(), cs[1].Get(), cs[2].Get())

	// range value is a copy
	for _, x := range cs {
		x.Inc()
	}
	println(cs[0].n)

	// array elements and fields
	var arr [2]Counter
	arr[1].Add(5)
	println(arr[0].Get(), arr[1].Get())
	var pr Pair
	pr.A.Inc()
	pr.B.Add(3).Inc()
	println(pr.A.n, pr.B.n)
	pp := &pr
	pp.B.Inc()
	println(pr.B.Get())

	// map values are not addressable: value method ok, pointer via temp
	m := map[string]Counter{"a": {n: 1}}
	println(m["a"].Get(), m["a"].IncCopy(), m["missing"].Get())
	tmp := m["a"]
	tmp.Inc()
	m["a"] = tmp
	println(m["a"].n)

	// map of pointers: pointer methods work
	mp := map[string]*Counter{"x": {n: 7}}
	mp["x"].Inc()
	println(mp["x"].Get())

	// value method on a composite literal and on a function result
	println(Counter{n: 9}.Get(), mk().Get(), mk().IncCopy())
	(&Counter{n: 4}).Inc()

	c.Reset()
	println(c.n, c.name == "")
	d.Reset()
	println(d.n, d.name)
}

func mk() Counter { return Counter{n: 20} }
