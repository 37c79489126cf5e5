//! Type descriptors (abi.md section 6).
//!
//! The compiler emits one read-only `Type` per Go type, under the symbol
//! `type:T` (`type:int`, `type:main.T`). Allocation receives the descriptor of
//! the object's type, and an `any` is a `*Type` and a pointer to the value.

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

/// A type descriptor, laid out exactly as abi.md section 6 says (56 bytes).
#[repr(C)]
#[derive(Debug)]
pub struct Type {
    /// Size of a value in bytes.
    pub size: u64,
    /// Length of the prefix of a value that can hold pointers (0: none).
    pub ptrdata: u64,
    /// Hash of the type, for type switches and maps.
    pub hash: u32,
    /// Flags; bit 0 ([`TFLAG_NAMED`]) marks a named type.
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
    /// Kind-specific data (element type, fields, methods); null today.
    pub extra: *const u8,
}

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
}

#[cfg(test)]
mod tests {
    use super::Type;
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
        assert_eq!(size_of::<Type>(), 56);
    }
}
