//! Go types, interned in a [`TypeTable`] and named by [`TypeId`].
//!
//! Structural types are hash-consed, so two spellings of `[]int` get the same
//! id and identity is id equality. Named (defined) types are unique per
//! declaration; their underlying type is filled in after the declaration's
//! right-hand side has been resolved, which allows recursive types.

use std::collections::HashMap;

/// An interned type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// The predeclared basic types and the untyped constant kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    /// The type of an erroneous expression; suppresses follow-on errors.
    Invalid,
}

impl Basic {
    /// The name gc prints.
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            Invalid => "invalid type",
        }
    }

    pub fn is_untyped(self) -> bool {
        use Basic::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(
            self,
            Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex
        )
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    /// Size in bytes (64-bit targets).
    pub fn size(self) -> u64 {
        use Basic::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 | String => 16,
            _ => 8,
        }
    }

    /// Go's `reflect.Kind` number (docs/abi.md §6).
    pub fn kind(self) -> u8 {
        use Basic::*;
        match self {
            Bool => 1,
            Int => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
            Float32 => 13,
            Float64 => 14,
            Complex64 => 15,
            Complex128 => 16,
            String => 24,
            UnsafePointer => 26,
            _ => 0,
        }
    }
}

/// The structure of a type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Basic(Basic),
    /// A defined type; its underlying type lives in [`NamedInfo`].
    Named(u32),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    /// Parameters, results, variadic.
    Func(Vec<TypeId>, Vec<TypeId>, bool),
    /// The type of a multi-valued call.
    Tuple(Vec<TypeId>),
    /// An alias name for another type (`byte`, `rune`, `type A = B`): the
    /// same type in every respect but its spelling in messages.
    Alias(String, TypeId),
    /// A struct type with its fields in declaration order.
    Struct(Vec<Field>),
    /// A map type: key and element.
    Map(TypeId, TypeId),
    /// A channel type: direction (1 receive-only, 2 send-only, 3 both, as
    /// the descriptors number them) and element.
    Chan(u8, TypeId),
    /// An interface type: its method set (embedded interfaces flattened),
    /// sorted by name.
    Interface(Vec<IMethod>),
}

/// A method of an interface type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IMethod {
    pub name: String,
    /// The signature (a function type).
    pub sig: TypeId,
}

/// A field of a struct type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    /// The field name; for an embedded field, the type's name.
    pub name: String,
    pub typ: TypeId,
    pub embedded: bool,
    /// The tag, unquoted (empty when there is none).
    pub tag: String,
}

/// A method declared on a defined type.
#[derive(Clone, Debug)]
pub struct MethodInfo {
    pub name: String,
    /// Whether the receiver is `*T` (else `T`).
    pub ptr_recv: bool,
    /// The signature without the receiver (filled when resolved).
    pub sig: Option<TypeId>,
    /// The function's symbol, `main.T.M` or `main.(*T).M`.
    pub sym: String,
}

/// What the table knows about a defined type.
#[derive(Clone, Debug)]
pub struct NamedInfo {
    /// Qualified name as `%T` prints it (`main.T`).
    pub name: String,
    /// Filled in once the declaration is resolved; `None` while resolving.
    pub underlying: Option<TypeId>,
    /// Declared methods, in source order.
    pub methods: Vec<MethodInfo>,
    /// For a type declared inside a function, a number that makes its
    /// symbols unique (0 for package-level types).
    pub local: u32,
}

/// The interning table of all types of a compilation.
pub struct TypeTable {
    kinds: Vec<TypeKind>,
    /// The predeclared aliases.
    byte: TypeId,
    rune: TypeId,
    dedup: HashMap<TypeKind, TypeId>,
    named: Vec<NamedInfo>,
    /// The qualifier of the package being compiled (`main.`), which
    /// messages leave out.
    pub local: String,
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

/// Every basic type in the order of their fixed ids.
const BASICS: [Basic; 26] = [
    Basic::Bool,
    Basic::Int,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Uint,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uintptr,
    Basic::Float32,
    Basic::Float64,
    Basic::Complex64,
    Basic::Complex128,
    Basic::String,
    Basic::UnsafePointer,
    Basic::UntypedBool,
    Basic::UntypedInt,
    Basic::UntypedRune,
    Basic::UntypedFloat,
    Basic::UntypedComplex,
    Basic::UntypedString,
    Basic::UntypedNil,
    Basic::Invalid,
];

impl TypeTable {
    /// A table holding the basic types at fixed ids (see [`TypeTable::basic`]).
    pub fn new() -> Self {
        let mut t = TypeTable {
            kinds: Vec::new(),
            byte: TypeId(0),
            rune: TypeId(0),
            dedup: HashMap::new(),
            named: Vec::new(),
            local: "main.".into(),
        };
        for b in BASICS {
            t.intern(TypeKind::Basic(b));
        }
        let (u8t, i32t) = (t.basic(Basic::Uint8), t.basic(Basic::Int32));
        t.byte = t.intern(TypeKind::Alias("byte".into(), u8t));
        t.rune = t.intern(TypeKind::Alias("rune".into(), i32t));
        t
    }

    /// The predeclared `byte` and `rune`.
    pub fn byte(&self) -> TypeId {
        self.byte
    }
    pub fn rune(&self) -> TypeId {
        self.rune
    }

    /// The type an alias stands for (the type itself for all others).
    pub fn canonical(&self, mut t: TypeId) -> TypeId {
        while let TypeKind::Alias(_, target) = &self.kinds[t.0 as usize] {
            t = *target;
        }
        t
    }

    /// Type identity (spec: "Type identity"); aliases are their targets.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.canonical(a) == self.canonical(b)
    }

    /// An alias of `target` named `name`.
    pub fn alias(&mut self, name: String, target: TypeId) -> TypeId {
        self.intern(TypeKind::Alias(name, target))
    }

    /// The id of a basic type.
    pub fn basic(&self, b: Basic) -> TypeId {
        TypeId(BASICS.iter().position(|&x| x == b).unwrap_or(0) as u32)
    }

    /// The id of a structural type, creating it on first use.
    pub fn intern(&mut self, k: TypeKind) -> TypeId {
        // Composite types are built from canonical parts, so that `[]byte`
        // and `[]uint8` are one type.
        let c = |t: &TypeId| self.canonical(*t);
        let k = match k {
            TypeKind::Pointer(e) => TypeKind::Pointer(c(&e)),
            TypeKind::Slice(e) => TypeKind::Slice(c(&e)),
            TypeKind::Array(n, e) => TypeKind::Array(n, c(&e)),
            TypeKind::Func(p, r, v) => {
                TypeKind::Func(p.iter().map(c).collect(), r.iter().map(c).collect(), v)
            }
            TypeKind::Map(k, v) => TypeKind::Map(c(&k), c(&v)),
            TypeKind::Chan(d, e) => TypeKind::Chan(d, c(&e)),
            TypeKind::Interface(ms) => TypeKind::Interface(
                ms.into_iter()
                    .map(|m| IMethod {
                        sig: c(&m.sig),
                        ..m
                    })
                    .collect(),
            ),
            TypeKind::Struct(fs) => TypeKind::Struct(
                fs.into_iter()
                    .map(|f| Field {
                        typ: c(&f.typ),
                        ..f
                    })
                    .collect(),
            ),
            other => other,
        };
        if let Some(&id) = self.dedup.get(&k) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(k.clone());
        self.dedup.insert(k, id);
        id
    }

    /// The id of a structural type if it exists already.
    pub fn lookup(&self, k: &TypeKind) -> Option<TypeId> {
        self.dedup.get(k).copied()
    }

    /// A new defined type whose underlying type is set later.
    pub fn new_named(&mut self, name: String) -> TypeId {
        let n = self.named.len() as u32;
        self.named.push(NamedInfo {
            name,
            underlying: None,
            methods: Vec::new(),
            local: 0,
        });
        self.intern(TypeKind::Named(n))
    }

    pub fn set_underlying(&mut self, named: TypeId, u: TypeId) {
        if let TypeKind::Named(n) = self.kinds[named.0 as usize] {
            let u = self.underlying(u);
            self.named[n as usize].underlying = Some(u);
        }
    }

    /// The structure of a type (of its target, for an alias).
    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[self.canonical(t).0 as usize]
    }

    /// Whether `t`'s underlying type is known (false for a defined type
    /// whose declaration is still being resolved).
    pub fn underlying_known(&self, t: TypeId) -> bool {
        match self.kinds[self.canonical(t).0 as usize] {
            TypeKind::Named(n) => self.named[n as usize].underlying.is_some(),
            _ => true,
        }
    }

    /// The underlying type: itself for all but defined types.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        let t = self.canonical(t);
        match self.kinds[t.0 as usize] {
            TypeKind::Named(n) => self.named[n as usize]
                .underlying
                .unwrap_or(self.basic(Basic::Invalid)),
            _ => t,
        }
    }

    /// The basic kind of the underlying type, if it is basic.
    pub fn basic_of(&self, t: TypeId) -> Option<Basic> {
        match self.kinds[self.underlying(t).0 as usize] {
            TypeKind::Basic(b) => Some(b),
            _ => None,
        }
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named(_))
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(b) if b.is_untyped())
    }

    /// Whether `t` is the invalid type (or a defined type whose
    /// declaration failed; one still being resolved is not invalid).
    pub fn is_invalid(&self, t: TypeId) -> bool {
        match *self.kind(t) {
            TypeKind::Named(n) => {
                self.named[n as usize].underlying == Some(self.basic(Basic::Invalid))
            }
            _ => self.basic_of(t) == Some(Basic::Invalid),
        }
    }

    fn basic_pred(&self, t: TypeId, f: fn(Basic) -> bool) -> bool {
        self.basic_of(t).is_some_and(f)
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_integer)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_unsigned)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_float)
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_complex)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_numeric)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_string)
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_boolean)
    }

    /// The element type of a slice type (through names).
    pub fn slice_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.kind(self.underlying(t)) {
            TypeKind::Slice(e) => Some(*e),
            _ => None,
        }
    }

    /// Whether `nil` is a value of the type.
    pub fn nillable(&self, t: TypeId) -> bool {
        matches!(
            self.kind(self.underlying(t)),
            TypeKind::Slice(_)
                | TypeKind::Pointer(_)
                | TypeKind::Func(..)
                | TypeKind::Interface(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
        ) || self.basic_of(t) == Some(Basic::UnsafePointer)
    }

    /// Key and element types of a map type (through names).
    pub fn map_of(&self, t: TypeId) -> Option<(TypeId, TypeId)> {
        match self.kind(self.underlying(t)) {
            TypeKind::Map(k, v) => Some((*k, *v)),
            _ => None,
        }
    }

    /// Direction bits (1: receive, 2: send) and element of a channel type.
    pub fn chan_of(&self, t: TypeId) -> Option<(u8, TypeId)> {
        match self.kind(self.underlying(t)) {
            TypeKind::Chan(d, e) => Some((*d, *e)),
            _ => None,
        }
    }

    /// The methods of an interface type (through names).
    pub fn interface_methods(&self, t: TypeId) -> Option<&[IMethod]> {
        match self.kind(self.underlying(t)) {
            TypeKind::Interface(ms) => Some(ms),
            _ => None,
        }
    }

    /// Whether `t` is an interface type.
    pub fn is_interface(&self, t: TypeId) -> bool {
        self.interface_methods(t).is_some()
    }

    /// The element type of a pointer type (through names).
    pub fn pointer_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.kind(self.underlying(t)) {
            TypeKind::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    /// The fields of a struct type (through names).
    pub fn struct_fields(&self, t: TypeId) -> Option<&[Field]> {
        match self.kind(self.underlying(t)) {
            TypeKind::Struct(fs) => Some(fs),
            _ => None,
        }
    }

    /// Length and element type of an array type (through names).
    pub fn array_of(&self, t: TypeId) -> Option<(u64, TypeId)> {
        match self.kind(self.underlying(t)) {
            TypeKind::Array(n, e) => Some((*n, *e)),
            _ => None,
        }
    }

    /// Mutable access to a defined type's information.
    pub fn named_info_mut(&mut self, t: TypeId) -> Option<&mut NamedInfo> {
        match *self.kind(t) {
            TypeKind::Named(n) => Some(&mut self.named[n as usize]),
            _ => None,
        }
    }

    /// Name of a defined type.
    pub fn named_info(&self, t: TypeId) -> Option<&NamedInfo> {
        match *self.kind(t) {
            TypeKind::Named(n) => Some(&self.named[n as usize]),
            _ => None,
        }
    }

    /// The default type of an untyped constant kind (`int` for untyped int ...).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match *self.kind(t) {
            TypeKind::Basic(Basic::UntypedRune) => self.rune,
            TypeKind::Basic(b) => self.basic(match b {
                Basic::UntypedBool => Basic::Bool,
                Basic::UntypedInt => Basic::Int,
                Basic::UntypedFloat => Basic::Float64,
                Basic::UntypedComplex => Basic::Complex128,
                Basic::UntypedString => Basic::String,
                other => other,
            }),
            _ => t,
        }
    }

    /// The type as gc spells it in compile errors: types of the package
    /// being compiled are unqualified (`T`, not `main.T`).
    pub fn name(&self, t: TypeId) -> String {
        self.spell(t, false)
    }

    /// The type as `%T` and the runtime print it (`main.T`).
    pub fn qualified_name(&self, t: TypeId) -> String {
        self.spell_mode(t, true, false)
    }

    /// The type's name for symbols: as [`Self::qualified_name`], with types
    /// declared inside functions made unique (`main.T·2`), as gc does.
    pub fn symbol_name(&self, t: TypeId) -> String {
        self.spell_mode(t, true, true)
    }

    fn spell(&self, t: TypeId, qualify: bool) -> String {
        self.spell_mode(t, qualify, false)
    }

    fn spell_mode(&self, t: TypeId, qualify: bool, sym: bool) -> String {
        let name = |t: TypeId| self.spell_mode(t, qualify, sym);
        match &self.kinds[t.0 as usize] {
            TypeKind::Basic(b) => b.name().to_string(),
            TypeKind::Named(n) if sym && self.named[*n as usize].local > 0 => {
                let ni = &self.named[*n as usize];
                format!("{}·{}", ni.name, ni.local)
            }
            TypeKind::Named(n) => {
                let full = &self.named[*n as usize].name;
                match full.strip_prefix(self.local.as_str()) {
                    Some(short) if !qualify => short.to_string(),
                    _ => full.clone(),
                }
            }
            TypeKind::Pointer(e) => format!("*{}", name(*e)),
            TypeKind::Slice(e) => format!("[]{}", name(*e)),
            TypeKind::Array(n, e) => format!("[{}]{}", n, name(*e)),
            TypeKind::Func(p, r, variadic) => {
                let mut s = String::from("func(");
                for (i, &pt) in p.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    if *variadic && i + 1 == p.len() {
                        s.push_str("...");
                        let elem = match self.kind(pt) {
                            TypeKind::Slice(e) => *e,
                            _ => pt,
                        };
                        s.push_str(&name(elem));
                    } else {
                        s.push_str(&name(pt));
                    }
                }
                s.push(')');
                match r.len() {
                    0 => {}
                    1 => {
                        s.push(' ');
                        s.push_str(&name(r[0]));
                    }
                    _ => {
                        s.push_str(" (");
                        let names: Vec<String> = r.iter().map(|&x| name(x)).collect();
                        s.push_str(&names.join(", "));
                        s.push(')');
                    }
                }
                s
            }
            TypeKind::Tuple(ts) => {
                let names: Vec<String> = ts.iter().map(|&x| name(x)).collect();
                format!("({})", names.join(", "))
            }
            TypeKind::Map(k, v) => format!("map[{}]{}", name(*k), name(*v)),
            TypeKind::Chan(d, e) => {
                let en = name(*e);
                match d {
                    1 => format!("<-chan {}", en),
                    2 => format!("chan<- {}", en),
                    // `chan (<-chan int)` needs the parentheses.
                    _ if en.starts_with("<-chan") => format!("chan ({})", en),
                    _ => format!("chan {}", en),
                }
            }
            TypeKind::Interface(ms) => {
                if ms.is_empty() {
                    return if qualify { "interface {}" } else { "any" }.to_string();
                }
                let parts: Vec<String> = ms
                    .iter()
                    .map(|m| {
                        let sig = name(m.sig);
                        format!("{}{}", m.name, sig.strip_prefix("func").unwrap_or(&sig))
                    })
                    .collect();
                if qualify {
                    format!("interface {{ {} }}", parts.join("; "))
                } else {
                    format!("interface{{{}}}", parts.join("; "))
                }
            }
            // gc's messages write `struct{a int}`, %T `struct { a int }`.
            TypeKind::Struct(fs) => {
                let parts: Vec<String> = fs
                    .iter()
                    .map(|f| {
                        let mut p = if f.embedded {
                            name(f.typ)
                        } else {
                            format!("{} {}", f.name, name(f.typ))
                        };
                        if !f.tag.is_empty() {
                            p.push(' ');
                            p.push_str(&crate::syntax::literal::quote(&f.tag));
                        }
                        p
                    })
                    .collect();
                if qualify {
                    if parts.is_empty() {
                        "struct {}".to_string()
                    } else {
                        format!("struct {{ {} }}", parts.join("; "))
                    }
                } else {
                    format!("struct{{{}}}", parts.join("; "))
                }
            }
            // %T prints an alias by its target (`uint8`, not `byte`).
            TypeKind::Alias(n, target) => {
                if qualify {
                    name(*target)
                } else {
                    n.clone()
                }
            }
        }
    }

    /// Size in bytes of a value of the type (gc's layout on 64-bit targets).
    pub fn size(&self, t: TypeId) -> u64 {
        match self.kind(self.underlying(t)) {
            TypeKind::Basic(b) => b.size(),
            TypeKind::Pointer(_) | TypeKind::Func(..) | TypeKind::Map(..) | TypeKind::Chan(..) => 8,
            TypeKind::Slice(_) => 24,
            TypeKind::Interface(_) => 16,
            TypeKind::Array(n, e) => n.saturating_mul(self.size(*e)),
            TypeKind::Struct(_) => self.struct_layout(t).1,
            TypeKind::Named(_) | TypeKind::Tuple(_) | TypeKind::Alias(..) => 0,
        }
    }

    /// Alignment in bytes of a value of the type.
    pub fn align(&self, t: TypeId) -> u64 {
        match self.kind(self.underlying(t)) {
            TypeKind::Basic(Basic::Complex64) => 4,
            TypeKind::Basic(b) => b.size().clamp(1, 8),
            TypeKind::Array(_, e) => self.align(*e),
            TypeKind::Struct(fs) => fs.iter().map(|f| self.align(f.typ)).max().unwrap_or(1),
            _ => 8,
        }
    }

    /// Field offsets and total size of a struct type. As gc does, a struct
    /// that ends in a zero-size field (and is not itself empty) gets one
    /// byte of padding, so that a pointer to that field stays inside it.
    pub fn struct_layout(&self, t: TypeId) -> (Vec<u64>, u64) {
        let Some(fs) = self.struct_fields(t) else {
            return (Vec::new(), 0);
        };
        let mut off = 0u64;
        let mut offs = Vec::with_capacity(fs.len());
        for f in fs {
            let a = self.align(f.typ);
            off = off.div_ceil(a) * a;
            offs.push(off);
            off = off.saturating_add(self.size(f.typ));
        }
        if off > 0 && fs.last().is_some_and(|f| self.size(f.typ) == 0) {
            off += 1;
        }
        let a = self.align(t);
        (offs, off.div_ceil(a) * a)
    }

    /// Whether values of the type may be compared with `==`.
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.kind(self.underlying(t)) {
            TypeKind::Basic(b) => *b != Basic::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(..) => true,
            TypeKind::Array(_, e) => self.comparable(*e),
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable(f.typ)),
            TypeKind::Interface(_) => true,
            _ => false,
        }
    }
}
