// run

// UTF-8 encoding and decoding by hand with byte operations, checked
// against the language's string(rune) conversion and range loop.

package main

// table holds every byte value once, so table[b:b+1] is a one-byte string.
const table = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	"\x20\x21\x22\x23\x24\x25\x26\x27\x28\x29\x2a\x2b\x2c\x2d\x2e\x2f" +
	"\x30\x31\x32\x33\x34\x35\x36\x37\x38\x39\x3a\x3b\x3c\x3d\x3e\x3f" +
	"\x40\x41\x42\x43\x44\x45\x46\x47\x48\x49\x4a\x4b\x4c\x4d\x4e\x4f" +
	"\x50\x51\x52\x53\x54\x55\x56\x57\x58\x59\x5a\x5b\x5c\x5d\x5e\x5f" +
	"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f" +
	"\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7a\x7b\x7c\x7d\x7e\x7f" +
	"\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f" +
	"\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f" +
	"\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf" +
	"\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf" +
	"\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf" +
	"\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf" +
	"\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef" +
	"\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff"

func byteStr(b byte) string {
	return table[b : int(b)+1]
}

func encode(r rune) string {
	switch {
	case r < 0x80:
		return byteStr(byte(r))
	case r < 0x800:
		return byteStr(byte(0xC0|r>>6)) + byteStr(byte(0x80|r&0x3F))
	case r < 0x10000:
		return byteStr(byte(0xE0|r>>12)) + byteStr(byte(0x80|r>>6&0x3F)) + byteStr(byte(0x80|r&0x3F))
	default:
		return byteStr(byte(0xF0|r>>18)) + byteStr(byte(0x80|r>>12&0x3F)) + byteStr(byte(0x80|r>>6&0x3F)) + byteStr(byte(0x80|r&0x3F))
	}
}

func decode(s string) (r rune, size int) {
	b0 := s[0]
	switch {
	case b0 < 0x80:
		return rune(b0), 1
	case b0&0xE0 == 0xC0:
		return rune(b0&0x1F)<<6 | rune(s[1]&0x3F), 2
	case b0&0xF0 == 0xE0:
		return rune(b0&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return rune(b0&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
}

func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		_, size := decode(s[i:])
		i += size
	}
	return n
}

func main() {
	ok := true
	for i := 0; i < 256; i++ {
		if len(byteStr(byte(i))) != 1 || byteStr(byte(i))[0] != byte(i) {
			println("bad table entry", i)
			ok = false
		}
	}
	println("table ok:", ok, len(table))
	for _, r := range "aé€𝄞世界" {
		e := encode(r)
		d, n := decode(e)
		println(r, len(e), e == string(r), d == r, n)
	}
	mismatch, checked := 0, 0
	for r := rune(0); r < 0x110000; r += 13 {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		checked++
		if encode(r) != string(r) {
			mismatch++
		}
		if d, _ := decode(string(r)); d != r {
			mismatch++
		}
	}
	println("checked:", checked, "mismatches:", mismatch)
	s := "Grüße, 世界!"
	for i := 0; i < len(s); {
		r, n := decode(s[i:])
		print(r, ":", n, " ")
		i += n
	}
	println()
	println(runeCount(s), len(s))
}
