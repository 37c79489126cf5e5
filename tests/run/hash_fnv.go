// run

// FNV-1a and djb2 hashes of strings with uint32/uint64 wrapping
// multiplication, and a simple hash-quality check.

package main

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(s[i])
	}
	return h
}

func murmurMix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}

func main() {
	words := "the quick brown fox jumps over the lazy dog"
	start := 0
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			w := words[start:i]
			println(w, fnv32(w), fnv64(w), djb2(w))
			start = i + 1
		}
	}
	println(fnv32(""), fnv64(""), djb2(""))
	println(fnv64(words), fnv32(words))
	// bucket distribution of the numbers 0..999 as strings
	var b0, b1, b2, b3 int
	for n := 0; n < 1000; n++ {
		s := ""
		m := n
		for {
			s = string(rune('0'+m%10)) + s
			m /= 10
			if m == 0 {
				break
			}
		}
		switch fnv32(s) % 4 {
		case 0:
			b0++
		case 1:
			b1++
		case 2:
			b2++
		default:
			b3++
		}
	}
	println("buckets", b0, b1, b2, b3, b0+b1+b2+b3)
	for k := uint64(0); k < 4; k++ {
		println(murmurMix(k), murmurMix(k)>>60)
	}
}
