package reflect

// Memory access the compiler provides (std/README.md, "Bodyless
// functions"). An address that may point into the heap is an addr (a
// *byte), so that the collector sees it; type descriptors and itabs are
// static data and stay uintptrs. A pointer word read from memory becomes
// an addr at once: fromAddr(uintptr(load64(p))), with no call between.

// addr is a memory address the collector keeps alive.
type addr = *byte

func efaceWords(i any) (t uintptr, d addr)
func makeEface(t uintptr, d addr) any
func load8(p addr) uint8
func load16(p addr) uint16
func load32(p addr) uint32
func load64(p addr) uint64
func loadString(p addr) string
func store64(p addr, v uint64)
func newObject(t uintptr) addr
func memmove(dst, src addr, n uintptr)
func mapIterInit(t uintptr, m addr) addr
func mapIterNext(it addr)
func getitab(inter, typ uintptr) uintptr

// add returns p+off.
func add(p addr, off uintptr) addr

// addrOf returns p's address as an integer.
func addrOf(p addr) uintptr

// fromAddr returns the address u; only for addresses that are not in the
// heap (type descriptors) or a pointer word just loaded from memory.
func fromAddr(u uintptr) addr
