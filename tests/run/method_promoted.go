// run

// Promoted methods through embedding: value embedding promotes value
// methods to T and pointer methods to *T (callable on addressable T);
// pointer embedding promotes both; outer methods shadow inner ones;
// promoted methods satisfy interfaces; depth rules for methods.

package main

type Logger struct {
	prefix string
	lines  int
}

func (l Logger) Prefix() string { return l.prefix }
func (l *Logger) Log(s string) {
	l.lines++
	println(l.prefix + s)
}
func (l Logger) Describe() string { return "logger" }

type Service struct {
	Logger
	name string
}

func (s Service) Describe() string { return "service " + s.name + " / " + s.Logger.Describe() }

type PService struct {
	*Logger
	id int
}

type Deep struct {
	Service
}

type Describer interface{ Describe() string }
type LogIface interface{ Log(string) }

type A struct{}
type B struct{}

func (A) Hello() string { return "A" }
func (B) Hello() string { return "B" }

type AB struct {
	A
	B
}

func (AB) Hello() string { return "AB wins" } // resolves ambiguity

type Inner struct{ v int }

func (i Inner) V() int { return i.v }

type L1 struct{ Inner }
type L2 struct {
	L1
	v int
}

func main() {
	s := Service{Logger: Logger{prefix: "[svc] "}, name: "api"}
	s.Log("start") // (&s.Logger).Log
	s.Log("again")
	println(s.lines, s.Logger.lines, s.Prefix())
	println(s.Describe())
	println(s.Logger.Describe())

	// *Service has Log in its method set; Service value does not
	var li LogIface = &s
	li.Log("via iface")
	println(s.lines)

	ps := PService{Logger: &Logger{prefix: "[p] "}, id: 1}
	ps.Log("x")
	var li2 LogIface = ps // PService value has Log via *Logger
	li2.Log("y")
	println(ps.lines, ps.Describe())
	cp := ps
	cp.Log("z") // shares the Logger
	println(ps.lines)

	d := Deep{s}
	d.Log("deep")
	println(d.lines, s.lines, d.Describe())
	var ds Describer = d
	println(ds.Describe())

	var ab AB
	println(ab.Hello(), ab.A.Hello(), ab.B.Hello())

	l2 := L2{L1{Inner{5}}, 9}
	println(l2.V(), l2.v, l2.Inner.v)

	// method value through promotion binds the embedded receiver
	f := s.Log
	f("bound")
	println(s.lines)
	g := s.Prefix
	s.prefix = "changed"
	println(g())
}
