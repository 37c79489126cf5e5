//! Type descriptors (abi.md section 6), layout v2.
//!
//! The compiler emits one read-only `Type` per Go type, under the symbol
//! `type:T` (`type:int`, `type:main.T`). Allocation receives the descriptor of
//! the object's type; hashing and equality ([`crate::alg`]) and maps
//! ([`crate::map`]) are driven by it; interface values carry it (or an
//! [`Itab`] that points to it) in their first word.
//!
//! Identical types have one descriptor: the runtime compares dynamic types
//! of interfaces by address.
//!
//! Every field's offset is fixed by the ABI; the layout test at the bottom
//! checks them against abi.md.

/// Go's `reflect.Kind` numbering, stored in [`Type::kind`].
#[allow(missing_docs)]
pub mod kind {
    pub const INVALID: u8 = 0;
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const INT8: u8 = 3;
    pub const INT16: u8 = 4;
    pub const INT32: u8 = 5;
    pub const INT64: u8 = 6;
    pub const UINT: u8 = 7;
    pub const UINT8: u8 = 8;
    pub const UINT16: u8 = 9;
    pub const UINT32: u8 = 10;
    pub const UINT64: u8 = 11;
    pub const UINTPTR: u8 = 12;
    pub const FLOAT32: u8 = 13;
    pub const FLOAT64: u8 = 14;
    pub const COMPLEX64: u8 = 15;
    pub const COMPLEX128: u8 = 16;
    pub const ARRAY: u8 = 17;
    pub const CHAN: u8 = 18;
    pub const FUNC: u8 = 19;
    pub const INTERFACE: u8 = 20;
    pub const MAP: u8 = 21;
    pub const POINTER: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const STRING: u8 = 24;
    pub const STRUCT: u8 = 25;
    pub const UNSAFE_POINTER: u8 = 26;
}

/// [`Type::tflag`] bit: the type is a named (defined) type.
pub const TFLAG_NAMED: u8 = 1;
/// [`Type::tflag`] bit: `==` is a byte comparison over `size` bytes and the
/// hash is a hash of those bytes (booleans, integers, pointers, channels,
/// `unsafe.Pointer`, and arrays and structs made only of such, with no
/// padding and no blank fields).
pub const TFLAG_REGULAR_MEMORY: u8 = 2;
/// [`Type::tflag`] bit: `==` is legal on the type (it may still panic at
/// run time when an interface inside holds an uncomparable value).
pub const TFLAG_COMPARABLE: u8 = 4;
/// [`Type::tflag`] bit: an interface holding a value of this type stores
/// the value itself in its data word (pointers, maps, channels, funcs,
/// `unsafe.Pointer`, and structs and arrays whose only content is one of
/// those); otherwise the data word points to a copy of the value.
pub const TFLAG_DIRECT_IFACE: u8 = 8;
/// [`Type::tflag`] bit reserved for later use (embedded-field metadata).
pub const TFLAG_RESERVED: u8 = 16;

/// A type descriptor, laid out exactly as abi.md section 6 says (72 bytes).
#[repr(C)]
#[derive(Debug)]
pub struct Type {
    /// Size of a value in bytes.
    pub size: u64,
    /// Length of the prefix of a value that can hold pointers (0: none).
    pub ptrdata: u64,
    /// Hash of the type, for type switches and maps.
    pub hash: u32,
    /// Flags: [`TFLAG_NAMED`], [`TFLAG_REGULAR_MEMORY`],
    /// [`TFLAG_COMPARABLE`], [`TFLAG_DIRECT_IFACE`].
    pub tflag: u8,
    /// Alignment of a value.
    pub align: u8,
    /// Alignment of a value used as a struct field.
    pub field_align: u8,
    /// The `reflect.Kind` (see [`kind`]).
    pub kind: u8,
    /// Pointer bitmap, one bit per word of the `ptrdata` prefix, LSB first.
    pub gcdata: *const u8,
    /// The type's name as `%T` prints it (`int`, `main.T`, `[]int`).
    pub name_ptr: *const u8,
    /// Length of the name in bytes.
    pub name_len: u64,
    /// Kind-specific data: `*const Type` for pointers and slices, else a
    /// pointer to [`ArrayInfo`], [`ChanInfo`], [`MapInfo`], [`StructInfo`],
    /// [`InterfaceInfo`] or [`FuncInfo`]; null for the other kinds.
    pub extra: *const u8,
    /// The type's method set, sorted by name (see [`Method`]).
    pub methods: *const Method,
    /// Number of entries at `methods`.
    pub nmethods: u64,
}

/// [`Type::extra`] of an array type.
#[repr(C)]
#[derive(Debug)]
pub struct ArrayInfo {
    /// Element type.
    pub elem: *const Type,
    /// Number of elements.
    pub len: u64,
}

/// [`Type::extra`] of a channel type.
#[repr(C)]
#[derive(Debug)]
pub struct ChanInfo {
    /// Element type.
    pub elem: *const Type,
    /// Direction: 1 receive-only, 2 send-only, 3 both.
    pub dir: u64,
}

/// [`Type::extra`] of a map type.
#[repr(C)]
#[derive(Debug)]
pub struct MapInfo {
    /// Key type.
    pub key: *const Type,
    /// Element (value) type.
    pub elem: *const Type,
}

/// [`Type::extra`] of a struct type.
#[repr(C)]
#[derive(Debug)]
pub struct StructInfo {
    /// The fields in declaration order.
    pub fields: *const Field,
    /// Number of fields.
    pub nfields: u64,
    /// Package path qualifying unexported field names.
    pub pkgpath_ptr: *const u8,
    /// Length of the package path.
    pub pkgpath_len: u64,
}

/// One struct field (56 bytes).
#[repr(C)]
#[derive(Debug)]
pub struct Field {
    /// Field name; blank fields are named `_`.
    pub name_ptr: *const u8,
    /// Length of the name.
    pub name_len: u64,
    /// Field type.
    pub typ: *const Type,
    /// Byte offset of the field in the struct.
    pub offset: u64,
    /// 1 for an embedded field, else 0.
    pub embedded: u64,
    /// The tag string.
    pub tag_ptr: *const u8,
    /// Length of the tag.
    pub tag_len: u64,
}

/// [`Type::extra`] of an interface type.
#[repr(C)]
#[derive(Debug)]
pub struct InterfaceInfo {
    /// The interface's methods, sorted by name.
    pub methods: *const IMethod,
    /// Number of methods; 0 for an empty interface (`any`), whose values
    /// are (`*Type`, data) instead of (`*Itab`, data).
    pub n: u64,
    /// Package path qualifying unexported method names.
    pub pkgpath_ptr: *const u8,
    /// Length of the package path.
    pub pkgpath_len: u64,
}

/// One method of an interface type.
#[repr(C)]
#[derive(Debug)]
pub struct IMethod {
    /// Method name (`pkgpath.name` when unexported).
    pub name_ptr: *const u8,
    /// Length of the name.
    pub name_len: u64,
    /// The method's func type, without receiver.
    pub typ: *const Type,
}

/// [`Type::extra`] of a func type.
#[repr(C)]
#[derive(Debug)]
pub struct FuncInfo {
    /// Parameter types.
    pub params: *const *const Type,
    /// Number of parameters.
    pub nparams: u64,
    /// Result types.
    pub results: *const *const Type,
    /// Number of results.
    pub nresults: u64,
    /// 1 if the last parameter is `...T`, else 0.
    pub variadic: u64,
}

/// One entry of a type's method set ([`Type::methods`]).
#[repr(C)]
#[derive(Debug)]
pub struct Method {
    /// Method name; unexported names are stored as `pkgpath.name`, so they
    /// never match across packages.
    pub name_ptr: *const u8,
    /// Length of the name.
    pub name_len: u64,
    /// The method's func type, without receiver.
    pub mtyp: *const Type,
    /// Code of the method as called through an interface: its receiver is
    /// the interface's data word.
    pub ifn: *const u8,
}

/// The first word of a non-empty interface value: the interface type, the
/// dynamic type and the method table (abi.md section 6). `fun` holds
/// `n` code pointers in the order of the interface's sorted methods; only
/// its first entry is declared here.
#[repr(C)]
#[derive(Debug)]
pub struct Itab {
    /// The interface type.
    pub inter: *const Type,
    /// The dynamic (concrete) type.
    pub typ: *const Type,
    /// Copy of `typ.hash`, for type switches.
    pub hash: u32,
    /// Padding to the word boundary.
    pub pad: u32,
    /// The first method's code pointer (more follow).
    pub fun: [*const u8; 1],
}

/// A `Type` that the runtime itself defines as a `static` (descriptors of
/// its internal heap objects). Descriptors are never written after
/// creation, so sharing them between threads is safe.
#[repr(transparent)]
pub struct StaticType(pub Type);

// SAFETY: a `StaticType` is immutable and its pointers refer to immutable
// statics, so shared access from any thread is sound.
unsafe impl Sync for StaticType {}

/// `string`, for the string arrays the runtime makes (`os.Args`).
pub static STRING_TYPE: StaticType = StaticType(Type {
    size: 16,
    ptrdata: 8,
    hash: 0,
    tflag: 0,
    align: 8,
    field_align: 8,
    kind: kind::STRING,
    gcdata: [1u8].as_ptr(),
    name_ptr: b"string".as_ptr(),
    name_len: 6,
    extra: core::ptr::null(),
    methods: core::ptr::null(),
    nmethods: 0,
});

impl Type {
    /// The type's name as `%T` prints it (empty if the compiler gave none).
    pub fn name(&self) -> &[u8] {
        if self.name_ptr.is_null() || self.name_len == 0 {
            return &[];
        }
        // SAFETY: the compiler emits `name_ptr`/`name_len` as a read-only
        // byte string that lives as long as the program.
        unsafe { core::slice::from_raw_parts(self.name_ptr, self.name_len as usize) }
    }

    /// True for the predeclared types (`int`, `string`, `uint8`...), whose
    /// names carry no package qualifier, as opposed to `main.T` defined
    /// from them.
    pub fn is_predeclared(&self) -> bool {
        !self.name().contains(&b'.')
    }

    /// True if `tflag` has all the bits of `flag`.
    #[inline(always)]
    pub fn has(&self, flag: u8) -> bool {
        self.tflag & flag == flag
    }

    /// The element type of a pointer, slice, array, channel or map type.
    ///
    /// # Safety
    /// `extra` must be what abi.md section 6 says for the kind.
    pub unsafe fn elem(&self) -> *const Type {
        // SAFETY: the caller guarantees `extra` matches the kind.
        unsafe {
            match self.kind {
                kind::POINTER | kind::SLICE => self.extra as *const Type,
                kind::ARRAY => (*(self.extra as *const ArrayInfo)).elem,
                kind::CHAN => (*(self.extra as *const ChanInfo)).elem,
                kind::MAP => (*(self.extra as *const MapInfo)).elem,
                _ => core::ptr::null(),
            }
        }
    }

    /// True if the bit for word `i` of the `ptrdata` prefix is set in the
    /// pointer bitmap.
    ///
    /// # Safety
    /// `i < ptrdata / 8` and `gcdata` must hold that many bits.
    pub unsafe fn is_pointer_word(&self, i: u64) -> bool {
        // SAFETY: the caller guarantees the bitmap covers bit `i`.
        unsafe { *self.gcdata.add((i / 8) as usize) >> (i % 8) & 1 != 0 }
    }
}

impl Field {
    /// The field's name (`_` for blank fields).
    pub fn name(&self) -> &[u8] {
        if self.name_ptr.is_null() || self.name_len == 0 {
            return &[];
        }
        // SAFETY: the compiler emits names as read-only byte strings that
        // live as long as the program.
        unsafe { core::slice::from_raw_parts(self.name_ptr, self.name_len as usize) }
    }

    /// True for a blank (`_`) field, which `==` and hashing skip.
    pub fn is_blank(&self) -> bool {
        self.name() == b"_"
    }
}

/// Descriptors built by hand for unit tests: the compiler's output for a
/// few types, enough to drive hashing, equality and maps.
#[cfg(test)]
pub mod test_types {
    use super::*;
    use std::boxed::Box;
    use std::vec::Vec;

    /// A descriptor with everything null but the given fields.
    pub fn basic(k: u8, size: u64, align: u8, tflag: u8, name: &'static str) -> Type {
        Type {
            size,
            ptrdata: 0,
            hash: (name.len() as u32).wrapping_mul(0x9e37_79b9) ^ k as u32,
            tflag,
            align,
            field_align: align,
            kind: k,
            gcdata: core::ptr::null(),
            name_ptr: name.as_ptr(),
            name_len: name.len() as u64,
            extra: core::ptr::null(),
            methods: core::ptr::null(),
            nmethods: 0,
        }
    }

    /// Moves `v` to the heap for the rest of the test process.
    pub fn leak<T>(v: T) -> &'static T {
        Box::leak(Box::new(v))
    }

    /// A pointer bitmap with the given words set.
    fn bitmap(words: &[u64]) -> *const u8 {
        let n = words.iter().max().map_or(0, |&w| w as usize / 8 + 1);
        let mut b = std::vec![0u8; n.max(1)];
        for &w in words {
            b[w as usize / 8] |= 1 << (w % 8);
        }
        Box::leak(b.into_boxed_slice()).as_ptr()
    }

    /// Regular-memory integers, hashable and comparable.
    pub fn int() -> &'static Type {
        leak(basic(
            kind::INT,
            8,
            8,
            TFLAG_REGULAR_MEMORY | TFLAG_COMPARABLE,
            "int",
        ))
    }

    /// `int32`.
    pub fn int32() -> &'static Type {
        leak(basic(
            kind::INT32,
            4,
            4,
            TFLAG_REGULAR_MEMORY | TFLAG_COMPARABLE,
            "int32",
        ))
    }

    /// `uint8`.
    pub fn uint8() -> &'static Type {
        leak(basic(
            kind::UINT8,
            1,
            1,
            TFLAG_REGULAR_MEMORY | TFLAG_COMPARABLE,
            "uint8",
        ))
    }

    /// `string`: two words, the first a pointer.
    pub fn string() -> &'static Type {
        let mut t = basic(kind::STRING, 16, 8, TFLAG_COMPARABLE, "string");
        t.ptrdata = 8;
        t.gcdata = bitmap(&[0]);
        leak(t)
    }

    /// `float64`.
    pub fn float64() -> &'static Type {
        leak(basic(kind::FLOAT64, 8, 8, TFLAG_COMPARABLE, "float64"))
    }

    /// `float32`.
    pub fn float32() -> &'static Type {
        leak(basic(kind::FLOAT32, 4, 4, TFLAG_COMPARABLE, "float32"))
    }

    /// `complex128`.
    pub fn complex128() -> &'static Type {
        leak(basic(
            kind::COMPLEX128,
            16,
            8,
            TFLAG_COMPARABLE,
            "complex128",
        ))
    }

    /// `*T` for an element type: pointer-shaped, so direct in interfaces.
    pub fn pointer(elem: &'static Type, name: &'static str) -> &'static Type {
        let mut t = basic(
            kind::POINTER,
            8,
            8,
            TFLAG_REGULAR_MEMORY | TFLAG_COMPARABLE | TFLAG_DIRECT_IFACE,
            name,
        );
        t.ptrdata = 8;
        t.gcdata = bitmap(&[0]);
        t.extra = elem as *const Type as *const u8;
        leak(t)
    }

    /// `[]T`: not comparable.
    pub fn slice(elem: &'static Type, name: &'static str) -> &'static Type {
        let mut t = basic(kind::SLICE, 24, 8, 0, name);
        t.ptrdata = 8;
        t.gcdata = bitmap(&[0]);
        t.extra = elem as *const Type as *const u8;
        leak(t)
    }

    /// `[n]T` with the flags derived from the element.
    pub fn array(elem: &'static Type, len: u64, name: &'static str) -> &'static Type {
        let mut t = basic(
            kind::ARRAY,
            elem.size * len,
            elem.align,
            elem.tflag & (TFLAG_REGULAR_MEMORY | TFLAG_COMPARABLE),
            name,
        );
        let mut words = Vec::new();
        for i in 0..len {
            for w in 0..elem.ptrdata / 8 {
                // SAFETY: `w` is within the element's bitmap.
                if unsafe { elem.is_pointer_word(w) } {
                    words.push(i * elem.size / 8 + w);
                }
            }
        }
        if let Some(&last) = words.last() {
            t.ptrdata = (last + 1) * 8;
            t.gcdata = bitmap(&words);
        }
        t.extra = leak(ArrayInfo { elem, len }) as *const ArrayInfo as *const u8;
        leak(t)
    }

    /// A struct with the given (name, type) fields laid out as gc does;
    /// regular memory when every field is and there is no padding or blank
    /// field.
    pub fn structure(
        fields: &[(&'static str, &'static Type)],
        name: &'static str,
    ) -> &'static Type {
        let mut off = 0u64;
        let mut align = 1u8;
        let mut regular = true;
        let mut comparable = true;
        let mut out = Vec::new();
        let mut words = Vec::new();
        for &(fname, ft) in fields {
            let a = ft.field_align.max(1) as u64;
            if !off.is_multiple_of(a) {
                regular = false;
                off = off.div_ceil(a) * a;
            }
            align = align.max(ft.field_align);
            regular &= ft.has(TFLAG_REGULAR_MEMORY) && fname != "_";
            comparable &= ft.has(TFLAG_COMPARABLE);
            for w in 0..ft.ptrdata / 8 {
                // SAFETY: `w` is within the field type's bitmap.
                if unsafe { ft.is_pointer_word(w) } {
                    words.push(off / 8 + w);
                }
            }
            out.push(Field {
                name_ptr: fname.as_ptr(),
                name_len: fname.len() as u64,
                typ: ft,
                offset: off,
                embedded: 0,
                tag_ptr: core::ptr::null(),
                tag_len: 0,
            });
            off += ft.size;
        }
        let size = off.div_ceil(align as u64) * align as u64;
        regular &= size == off;
        let mut flags = 0;
        if comparable {
            flags |= TFLAG_COMPARABLE;
            if regular {
                flags |= TFLAG_REGULAR_MEMORY;
            }
        }
        let mut t = basic(kind::STRUCT, size, align, flags, name);
        if let Some(&last) = words.last() {
            t.ptrdata = (last + 1) * 8;
            t.gcdata = bitmap(&words);
        }
        let n = out.len() as u64;
        t.extra = leak(StructInfo {
            fields: Box::leak(out.into_boxed_slice()).as_ptr(),
            nfields: n,
            pkgpath_ptr: "main".as_ptr(),
            pkgpath_len: 4,
        }) as *const StructInfo as *const u8;
        leak(t)
    }

    /// An interface type with `n` methods (only the count matters to the
    /// runtime's hashing and equality).
    pub fn interface(n: u64, name: &'static str) -> &'static Type {
        let mut t = basic(kind::INTERFACE, 16, 8, TFLAG_COMPARABLE, name);
        t.ptrdata = 16;
        t.gcdata = bitmap(&[0, 1]);
        t.extra = leak(InterfaceInfo {
            methods: core::ptr::null(),
            n,
            pkgpath_ptr: core::ptr::null(),
            pkgpath_len: 0,
        }) as *const InterfaceInfo as *const u8;
        leak(t)
    }

    /// `map[K]V`.
    pub fn map(key: &'static Type, elem: &'static Type, name: &'static str) -> &'static Type {
        let mut t = basic(kind::MAP, 8, 8, TFLAG_DIRECT_IFACE, name);
        t.ptrdata = 8;
        t.gcdata = bitmap(&[0]);
        t.extra = leak(MapInfo { key, elem }) as *const MapInfo as *const u8;
        leak(t)
    }

    /// An itab for `typ` in the interface `inter`.
    pub fn itab(inter: &'static Type, typ: &'static Type) -> &'static Itab {
        leak(Itab {
            inter,
            typ,
            hash: typ.hash,
            pad: 0,
            fun: [core::ptr::null()],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{offset_of, size_of};

    #[test]
    fn layout_matches_abi() {
        assert_eq!(offset_of!(Type, size), 0);
        assert_eq!(offset_of!(Type, ptrdata), 8);
        assert_eq!(offset_of!(Type, hash), 16);
        assert_eq!(offset_of!(Type, tflag), 20);
        assert_eq!(offset_of!(Type, align), 21);
        assert_eq!(offset_of!(Type, field_align), 22);
        assert_eq!(offset_of!(Type, kind), 23);
        assert_eq!(offset_of!(Type, gcdata), 24);
        assert_eq!(offset_of!(Type, name_ptr), 32);
        assert_eq!(offset_of!(Type, name_len), 40);
        assert_eq!(offset_of!(Type, extra), 48);
        assert_eq!(offset_of!(Type, methods), 56);
        assert_eq!(offset_of!(Type, nmethods), 64);
        assert_eq!(size_of::<Type>(), 72);
    }

    #[test]
    fn extra_layouts_match_abi() {
        assert_eq!(size_of::<ArrayInfo>(), 16);
        assert_eq!(offset_of!(ChanInfo, dir), 8);
        assert_eq!(size_of::<ChanInfo>(), 16);
        assert_eq!(offset_of!(MapInfo, elem), 8);
        assert_eq!(size_of::<MapInfo>(), 16);
        assert_eq!(offset_of!(StructInfo, nfields), 8);
        assert_eq!(offset_of!(StructInfo, pkgpath_len), 24);
        assert_eq!(size_of::<StructInfo>(), 32);
        assert_eq!(offset_of!(Field, typ), 16);
        assert_eq!(offset_of!(Field, offset), 24);
        assert_eq!(offset_of!(Field, embedded), 32);
        assert_eq!(offset_of!(Field, tag_ptr), 40);
        assert_eq!(size_of::<Field>(), 56);
        assert_eq!(offset_of!(InterfaceInfo, n), 8);
        assert_eq!(size_of::<InterfaceInfo>(), 32);
        assert_eq!(offset_of!(IMethod, typ), 16);
        assert_eq!(size_of::<IMethod>(), 24);
        assert_eq!(offset_of!(FuncInfo, results), 16);
        assert_eq!(offset_of!(FuncInfo, variadic), 32);
        assert_eq!(size_of::<FuncInfo>(), 40);
        assert_eq!(offset_of!(Method, mtyp), 16);
        assert_eq!(offset_of!(Method, ifn), 24);
        assert_eq!(size_of::<Method>(), 32);
        assert_eq!(offset_of!(Itab, typ), 8);
        assert_eq!(offset_of!(Itab, hash), 16);
        assert_eq!(offset_of!(Itab, fun), 24);
    }

    #[test]
    fn test_descriptors_follow_gc_layout() {
        use test_types::*;
        let s = structure(&[("a", int()), ("s", string())], "main.S");
        assert_eq!((s.size, s.ptrdata), (24, 16));
        assert!(s.has(TFLAG_COMPARABLE) && !s.has(TFLAG_REGULAR_MEMORY));
        // SAFETY: word 1 is within the bitmap.
        assert!(unsafe { s.is_pointer_word(1) && !s.is_pointer_word(0) });
        let padded = structure(&[("b", uint8()), ("i", int())], "main.P");
        assert_eq!(padded.size, 16);
        assert!(!padded.has(TFLAG_REGULAR_MEMORY));
        let a = array(string(), 2, "[2]string");
        assert_eq!((a.size, a.ptrdata), (32, 24));
    }
}
