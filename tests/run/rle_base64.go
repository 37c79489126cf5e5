// run

// Hand-written encoders over bytes and strings: run-length encoding and
// decoding with strconv, a base64 encoder/decoder (standard alphabet with
// padding) on byte slices with bit shifting, hex dump formatting with
// %02x and %-*s, multi-value calls passed to fmt.Println, and round trip
// checks on binary data.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func rle(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func unrle(s string) (string, error) {
	var sb strings.Builder
	n := 0
	digits := false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			digits = true
			continue
		}
		if !digits {
			return "", fmt.Errorf("missing count before %q", r)
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n, digits = 0, false
	}
	if digits {
		return "", errors.New("trailing count")
	}
	return sb.String(), nil
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func b64encode(src []byte) string {
	out := make([]byte, 0, (len(src)+2)/3*4)
	for i := 0; i < len(src); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], src[i:])
		v := uint32(chunk[0])<<16 | uint32(chunk[1])<<8 | uint32(chunk[2])
		for k := 0; k < 4; k++ {
			if k <= n {
				out = append(out, alphabet[v>>(18-6*k)&0x3F])
			} else {
				out = append(out, '=')
			}
		}
	}
	return string(out)
}

func b64decode(s string) ([]byte, error) {
	if len(s)%4 != 0 {
		return nil, fmt.Errorf("bad length %d", len(s))
	}
	var rev [256]int8
	for i := range rev {
		rev[i] = -1
	}
	for i := 0; i < len(alphabet); i++ {
		rev[alphabet[i]] = int8(i)
	}
	var out []byte
	for i := 0; i < len(s); i += 4 {
		var v uint32
		pad := 0
		for k := 0; k < 4; k++ {
			c := s[i+k]
			if c == '=' {
				pad++
				v <<= 6
				continue
			}
			d := rev[c]
			if d < 0 || pad > 0 {
				return nil, fmt.Errorf("bad char %q at %d", c, i+k)
			}
			v = v<<6 | uint32(d)
		}
		b := []byte{byte(v >> 16), byte(v >> 8), byte(v)}
		out = append(out, b[:3-pad]...)
	}
	return out, nil
}

func hexdump(data []byte) {
	for off := 0; off < len(data); off += 8 {
		end := min(off+8, len(data))
		var hex []string
		for _, c := range data[off:end] {
			hex = append(hex, fmt.Sprintf("%02x", c))
		}
		ascii := strings.Map(func(r rune) rune {
			if r < 32 || r > 126 {
				return '.'
			}
			return r
		}, string(data[off:end]))
		fmt.Printf("%04x  %-*s |%s|\n", off, 8*3-1, strings.Join(hex, " "), ascii)
	}
}

func main() {
	for _, s := range []string{"aaabccddddd", "", "abc", "ééé日日x", "zzzzzzzzzzzz"} {
		e := rle(s)
		d, err := unrle(e)
		fmt.Printf("%q -> %q -> ok=%t %v\n", s, e, d == s, err)
	}
	fmt.Println(unrle("a3"))
	fmt.Println(unrle("3a4"))
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."} {
		enc := b64encode([]byte(s))
		dec, err := b64decode(enc)
		fmt.Printf("%-30q %-40s %t %v\n", s, enc, string(dec) == s, err)
	}
	fmt.Println(b64decode("abc"))
	fmt.Println(b64decode("ab=c"))
	fmt.Println(b64decode("a*bc"))
	bin := make([]byte, 256)
	for i := range bin {
		bin[i] = byte(i * 7)
	}
	enc := b64encode(bin)
	dec, _ := b64decode(enc)
	fmt.Println(len(enc), enc[:24], string(dec) == string(bin), dec[255], enc[len(enc)-4:])
	hexdump([]byte("Hello, gocl!\x00\x01\xff tail"))
}
