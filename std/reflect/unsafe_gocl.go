package reflect

// Memory access the compiler provides (std/README.md, "Bodyless
// functions"); addresses are plain uintptrs here.

func efaceWords(i any) (t, d uintptr)
func makeEface(t, d uintptr) any
func load8(p uintptr) uint8
func load16(p uintptr) uint16
func load32(p uintptr) uint32
func load64(p uintptr) uint64
func loadString(p uintptr) string
func store64(p uintptr, v uint64)
func newObject(t uintptr) uintptr
func memmove(dst, src, n uintptr)
func mapIterInit(t, m uintptr) uintptr
func mapIterNext(it uintptr)
func getitab(inter, typ uintptr) uintptr
