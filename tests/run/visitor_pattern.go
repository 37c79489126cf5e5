// run

// The visitor pattern over a small document tree: Node interface with
// Accept(Visitor), several visitors (word counter, HTML renderer with
// strings.Builder and depth tracking, outline collector), double dispatch
// through interface methods, and pointer-receiver visitors accumulating
// state.

package main

import (
	"fmt"
	"strings"
)

type Visitor interface {
	VisitDoc(*Doc)
	VisitHeading(*Heading)
	VisitPara(*Para)
	VisitList(*List)
}

type Node interface{ Accept(Visitor) }

type Doc struct {
	Title    string
	Children []Node
}
type Heading struct {
	Level int
	Text  string
}
type Para struct{ Text string }
type List struct {
	Ordered bool
	Items   []Node
}

func (d *Doc) Accept(v Visitor)     { v.VisitDoc(d) }
func (h *Heading) Accept(v Visitor) { v.VisitHeading(h) }
func (p *Para) Accept(v Visitor)    { v.VisitPara(p) }
func (l *List) Accept(v Visitor)    { v.VisitList(l) }

type WordCounter struct {
	words  int
	byKind map[string]int
}

func (w *WordCounter) add(kind, s string) {
	n := len(strings.Fields(s))
	w.words += n
	w.byKind[kind] += n
}
func (w *WordCounter) VisitDoc(d *Doc) {
	w.add("title", d.Title)
	for _, c := range d.Children {
		c.Accept(w)
	}
}
func (w *WordCounter) VisitHeading(h *Heading) { w.add("heading", h.Text) }
func (w *WordCounter) VisitPara(p *Para)       { w.add("para", p.Text) }
func (w *WordCounter) VisitList(l *List) {
	for _, it := range l.Items {
		it.Accept(w)
	}
}

type HTML struct {
	sb    strings.Builder
	depth int
}

func (h *HTML) line(format string, args ...any) {
	h.sb.WriteString(strings.Repeat("  ", h.depth))
	fmt.Fprintf(&h.sb, format, args...)
	h.sb.WriteByte('\n')
}
func (h *HTML) VisitDoc(d *Doc) {
	h.line("<h1>%s</h1>", d.Title)
	for _, c := range d.Children {
		c.Accept(h)
	}
}
func (h *HTML) VisitHeading(x *Heading) { h.line("<h%d>%s</h%d>", x.Level+1, x.Text, x.Level+1) }
func (h *HTML) VisitPara(p *Para)       { h.line("<p>%s</p>", strings.ReplaceAll(p.Text, "&", "&amp;")) }
func (h *HTML) VisitList(l *List) {
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	h.line("<%s>", tag)
	h.depth++
	for _, it := range l.Items {
		it.Accept(h)
	}
	h.depth--
	h.line("</%s>", tag)
}

type Outline struct {
	entries []string
	counter [4]int
}

func (o *Outline) VisitDoc(d *Doc) {
	for _, c := range d.Children {
		c.Accept(o)
	}
}
func (o *Outline) VisitHeading(h *Heading) {
	o.counter[h.Level]++
	for i := h.Level + 1; i < len(o.counter); i++ {
		o.counter[i] = 0
	}
	nums := make([]string, 0, h.Level)
	for i := 1; i <= h.Level; i++ {
		nums = append(nums, fmt.Sprint(o.counter[i]))
	}
	o.entries = append(o.entries, strings.Join(nums, ".")+" "+h.Text)
}
func (o *Outline) VisitPara(*Para) {}
func (o *Outline) VisitList(l *List) {
	for _, it := range l.Items {
		it.Accept(o)
	}
}

func main() {
	doc := &Doc{"Go Compilers", []Node{
		&Heading{1, "Introduction"},
		&Para{"Compilers translate source & produce code."},
		&Heading{2, "History"},
		&Para{"It started long ago."},
		&List{false, []Node{&Para{"gc"}, &Para{"gccgo and llgo"}, &List{true, []Node{&Para{"nested one"}, &Heading{3, "Deep heading"}}}}},
		&Heading{2, "Design"},
		&Heading{1, "Conclusion"},
		&Para{"The end."},
	}}
	wc := &WordCounter{byKind: map[string]int{}}
	doc.Accept(wc)
	fmt.Println(wc.words, wc.byKind)
	h := &HTML{}
	doc.Accept(h)
	fmt.Print(h.sb.String())
	o := &Outline{}
	doc.Accept(o)
	fmt.Println(strings.Join(o.entries, " | "), o.counter)
	fmt.Printf("%T %T %T\n", Visitor(wc), Visitor(h), Visitor(o))
	fmt.Printf("%+v %v\n", *doc.Children[0].(*Heading), doc.Children[4].(*List).Items[2].(*List).Ordered)
}
