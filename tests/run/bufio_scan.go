// run

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type chunkReader struct {
	s     string
	chunk int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := min(r.chunk, len(p), len(r.s))
	copy(p, r.s[:n])
	r.s = r.s[n:]
	return n, nil
}

type failReader struct{ n int }

func (r *failReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errors.New("read failed")
	}
	r.n--
	p[0] = 'x'
	p[1] = '\n'
	return 2, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("one\ntwo\r\n\nthree"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err(), sc.Scan())

	sc = bufio.NewScanner(&chunkReader{"  the quick\tbrown\n fox  jumps\u00a0over\u2003 the lazy dog ", 3})
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Printf("%q %v\n", words, sc.Err())

	sc = bufio.NewScanner(strings.NewReader("aé\xff世"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("xyz"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	// Token too long, and Buffer.
	long := strings.Repeat("a", 100) + "\nshort\n"
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 200)
	for sc.Scan() {
		fmt.Println("token", len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("b", bufio.MaxScanTokenSize+1)))
	fmt.Println(sc.Scan(), sc.Err(), bufio.MaxScanTokenSize)

	// Read error.
	sc = bufio.NewScanner(&failReader{3})
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n, sc.Err())

	// Custom split: comma-separated, with ErrFinalToken.
	sc = bufio.NewScanner(strings.NewReader("a,b,STOP,c,d"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, data[:i], bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	// Empty final token via ErrFinalToken with an empty token.
	sc = bufio.NewScanner(strings.NewReader("x"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, []byte{}, bufio.ErrFinalToken
	})
	fmt.Println(sc.Scan(), len(sc.Bytes()), sc.Scan())
	sc = bufio.NewScanner(strings.NewReader("x"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, bufio.ErrFinalToken
	})
	fmt.Println(sc.Scan(), sc.Err())

	// Split errors.
	for _, adv := range []int{-1, 100} {
		sc = bufio.NewScanner(strings.NewReader("abc"))
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return adv, nil, nil })
		fmt.Println(sc.Scan(), sc.Err())
	}
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, errors.New("split says no") })
	fmt.Println(sc.Scan(), sc.Err())

	// Panics after Scan.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc.Buffer(nil, 10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc.Split(bufio.ScanWords)
	}()

	// Scanning a file line by line.
	dir, err := os.MkdirTemp("", "scan")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&sb, "line number %d of the file\n", i)
	}
	os.WriteFile(dir+"/lines.txt", []byte(sb.String()), 0644)
	f, err := os.Open(dir + "/lines.txt")
	if err != nil {
		panic(err)
	}
	sc = bufio.NewScanner(f)
	count, total := 0, 0
	var last string
	for sc.Scan() {
		count++
		total += len(sc.Text())
		last = sc.Text()
	}
	f.Close()
	fmt.Println(count, total, last, sc.Err())

	// Buffered file writes and reads back through bufio.Reader.
	f, _ = os.Create(dir + "/out.txt")
	bw := bufio.NewWriter(f)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(bw, "%d,", i*i)
	}
	bw.Flush()
	f.Close()
	f, _ = os.Open(dir + "/out.txt")
	br := bufio.NewReader(f)
	sum := 0
	fields := 0
	for {
		s, err := br.ReadString(',')
		if err != nil {
			fmt.Printf("rest %q %v\n", s, err)
			break
		}
		fields++
		sum += len(s)
	}
	f.Close()
	fmt.Println(fields, sum)
}
