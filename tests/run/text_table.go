// run

// Text report formatting: a table renderer computing column widths with
// utf8.RuneCountInString, left/right alignment via %-*s and %*s, numeric
// columns with %*.*f, separators built with strings.Repeat, a totals row,
// and a histogram bar chart scaled to a fixed width.

package main

import (
	"fmt"
	"os"
	"strings"
	"unicode/utf8"
)

type Row struct {
	City    string
	Country string
	Pop     float64 // millions
	Area    int     // km²
}

type Align int

const (
	Left Align = iota
	Right
)

func render(headers []string, aligns []Align, rows [][]string) string {
	widths := make([]int, len(headers))
	for i, h := range headers {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if n := utf8.RuneCountInString(c); n > widths[i] {
				widths[i] = n
			}
		}
	}
	var sb strings.Builder
	sep := "+"
	for _, w := range widths {
		sep += strings.Repeat("-", w+2) + "+"
	}
	line := func(cells []string) {
		sb.WriteString("|")
		for i, c := range cells {
			pad := widths[i] - utf8.RuneCountInString(c)
			if aligns[i] == Left {
				fmt.Fprintf(&sb, " %s%s |", c, strings.Repeat(" ", pad))
			} else {
				fmt.Fprintf(&sb, " %s%s |", strings.Repeat(" ", pad), c)
			}
		}
		sb.WriteString("\n")
	}
	sb.WriteString(sep + "\n")
	line(headers)
	sb.WriteString(strings.ReplaceAll(sep, "-", "=") + "\n")
	for _, r := range rows {
		line(r)
	}
	sb.WriteString(sep + "\n")
	return sb.String()
}

func main() {
	data := []Row{
		{"Tokyo", "Japan", 37.4, 2194},
		{"São Paulo", "Brazil", 22.04, 1521},
		{"Zürich", "Switzerland", 0.42, 88},
		{"Kraków", "Poland", 0.78, 327},
		{"Lagos", "Nigeria", 15.4, 1171},
	}
	var rows [][]string
	var totalPop float64
	totalArea := 0
	for _, d := range data {
		rows = append(rows, []string{d.City, d.Country, fmt.Sprintf("%.2f", d.Pop), fmt.Sprint(d.Area), fmt.Sprintf("%.1f", d.Pop*1e6/float64(d.Area))})
		totalPop += d.Pop
		totalArea += d.Area
	}
	rows = append(rows, []string{"TOTAL", "", fmt.Sprintf("%.2f", totalPop), fmt.Sprint(totalArea), ""})
	fmt.Print(render([]string{"City", "Country", "Pop (M)", "Area km²", "Density"}, []Align{Left, Left, Right, Right, Right}, rows))

	// Same data using fmt's own width handling (byte-based for %s with non-ASCII).
	for _, d := range data {
		fmt.Fprintf(os.Stdout, "%-*s|%*s|%*.*f|\n", 12, d.City, 12, d.Country, 8, 3, d.Pop)
	}

	max := 0.0
	for _, d := range data {
		if d.Pop > max {
			max = d.Pop
		}
	}
	const width = 30
	for _, d := range data {
		n := int(d.Pop / max * width)
		fmt.Printf("%-10s %s%s %5.1f%%\n", d.City+strings.Repeat(" ", 10-utf8.RuneCountInString(d.City)), strings.Repeat("█", n), strings.Repeat("·", width-n), d.Pop/totalPop*100)
	}
	fmt.Printf("[%6.2f] [%-8.3f] [%+.0f] [%08.2f] [% 6.1f]\n", totalPop, totalPop, totalPop, -totalPop, totalPop)
	fmt.Printf("%s\n", strings.Repeat("=", 20))
	fmt.Println(render([]string{"k"}, []Align{Right}, nil))
}
