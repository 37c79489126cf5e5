//! gocl's SSA IR.
//!
//! A function is a list of blocks; each block has parameters (gocl uses block
//! parameters instead of phi nodes, as Cranelift does), a list of
//! instructions and one terminator. Values are machine words: the builder has
//! already split Go values into words (a string is a pointer and a length, see
//! docs/abi.md §1), so passes and the code generator see only scalars. Go
//! semantics that matter to later passes stay visible as dedicated operations:
//! bounds checks ([`Op::BoundsCheck`]), allocation ([`Op::CallRt`] of
//! `newobject`), calls to Go functions ([`Op::Call`]).

use std::fmt;

/// A machine type of an SSA value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
}

impl Ty {
    pub fn bits(self) -> u32 {
        match self {
            Ty::I8 => 8,
            Ty::I16 => 16,
            Ty::I32 | Ty::F32 => 32,
            Ty::I64 | Ty::F64 => 64,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, Ty::F32 | Ty::F64)
    }
}

/// An SSA value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub u32);

/// A basic block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Block(pub u32);

/// Integer and float binary operations. Integer ones wrap, as Go's do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Iadd,
    Isub,
    Imul,
    /// Signed division; the builder has excluded a zero divisor and
    /// `MinInt / -1` (which traps in hardware but wraps in Go).
    Sdiv,
    Udiv,
    Srem,
    Urem,
    Band,
    Bor,
    Bxor,
    /// Shifts by an amount already known to be below the width.
    Ishl,
    Sshr,
    Ushr,
    Fadd,
    Fsub,
    Fmul,
    Fdiv,
}

/// Unary operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Ineg,
    Bnot,
    Fneg,
}

/// Integer comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    Eq,
    Ne,
    Slt,
    Sle,
    Sgt,
    Sge,
    Ult,
    Ule,
    Ugt,
    Uge,
}

/// Float comparisons (ordered, except `Ne` which is true for NaN, as Go's `!=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FCond {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Conversions between machine types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    Sext,
    Uext,
    Trunc,
    /// Float to signed integer (Go leaves out-of-range results unspecified;
    /// gocl saturates, never traps).
    FtoS,
    FtoU,
    StoF,
    UtoF,
    Fpromote,
    Fdemote,
    /// Reinterprets the bits between a float and an integer of equal width.
    Bitcast,
}

/// Atomic read-modify-write operations ([`Op::AtomicRmw`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicOp {
    Add,
    Xchg,
    And,
    Or,
}

/// The kinds of bounds checks (docs/abi.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bounds {
    Index = 0,
    SliceAlen = 1,
    SliceAcap = 2,
    SliceB = 3,
    Slice3Acap = 5,
    Slice3B = 6,
    Slice3C = 7,
    /// Slice to array (pointer) conversion: array length <= slice length.
    Convert = 8,
}

/// Runtime entry points (docs/abi.md §2), called with the C convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rt {
    PrintInt,
    PrintUint,
    PrintFloat64,
    PrintFloat32,
    PrintComplex128,
    PrintComplex64,
    PrintBool,
    PrintString,
    PrintPointer,
    PrintSp,
    PrintNl,
    PrintLock,
    PrintUnlock,
    ConcatString2,
    CmpString,
    MemEqual,
    IntString,
    DecodeRune,
    PanicDivide,
    PanicShift,
    PanicMem,
    NewDeferFrame,
    DeferSeq,
    SetDefer,
    DeferProc,
    DeferPop,
    GoRecover,
    MakeMap,
    MapAccess1(MapKey),
    MapAccess2(MapKey),
    MapAssign(MapKey),
    MapDelete(MapKey),
    MapClear,
    MapIterInit,
    MapIterNext,
    GetItab,
    PanicDottype,
    PanicWrap,
    EfaceEq,
    GoPanic,
    NewObject,
    MoreStack,
    MakeSlice,
    GrowSlice,
    SliceByteToString,
    StringToSliceByte,
    SliceRuneToString,
    StringToSliceRune,
    Memmove,
    Memset,
    TypedMemmove,
    TypedMemclr,
    NewProc,
    MakeChan,
    ChanSend,
    ChanRecv1,
    ChanRecv2,
    CloseChan,
    SelectGo,
    Block,
    ChanLen,
    ChanCap,
}

impl Rt {
    /// Symbol name.
    pub fn symbol(self) -> &'static str {
        match self {
            Rt::PrintInt => "runtime.printint",
            Rt::PrintUint => "runtime.printuint",
            Rt::PrintFloat64 => "runtime.printfloat64",
            Rt::PrintFloat32 => "runtime.printfloat32",
            Rt::PrintComplex128 => "runtime.printcomplex128",
            Rt::PrintComplex64 => "runtime.printcomplex64",
            Rt::PrintBool => "runtime.printbool",
            Rt::PrintString => "runtime.printstring",
            Rt::PrintPointer => "runtime.printpointer",
            Rt::PrintSp => "runtime.printsp",
            Rt::PrintNl => "runtime.printnl",
            Rt::PrintLock => "runtime.printlock",
            Rt::PrintUnlock => "runtime.printunlock",
            Rt::ConcatString2 => "runtime.concatstring2",
            Rt::CmpString => "runtime.cmpstring",
            Rt::MemEqual => "runtime.memequal",
            Rt::IntString => "runtime.intstring",
            Rt::DecodeRune => "runtime.decoderune",
            Rt::PanicDivide => "runtime.panicdivide",
            Rt::PanicShift => "runtime.panicshift",
            Rt::PanicMem => "runtime.panicmem",
            Rt::MakeMap => "runtime.makemap",
            Rt::NewDeferFrame => "runtime.newdeferframe",
            Rt::DeferSeq => "runtime.deferseq",
            Rt::SetDefer => "runtime.setdefer",
            Rt::DeferProc => "runtime.deferproc",
            Rt::DeferPop => "runtime.deferpop",
            Rt::GoRecover => "runtime.gorecover",
            Rt::MapClear => "runtime.mapclear",
            Rt::MapIterInit => "runtime.mapiterinit",
            Rt::MapIterNext => "runtime.mapiternext",
            Rt::MapAccess1(k) => match k {
                MapKey::Generic => "runtime.mapaccess1",
                MapKey::Fast32 => "runtime.mapaccess1_fast32",
                MapKey::Fast64 => "runtime.mapaccess1_fast64",
                MapKey::Str => "runtime.mapaccess1_faststr",
            },
            Rt::MapAccess2(k) => match k {
                MapKey::Generic => "runtime.mapaccess2",
                MapKey::Fast32 => "runtime.mapaccess2_fast32",
                MapKey::Fast64 => "runtime.mapaccess2_fast64",
                MapKey::Str => "runtime.mapaccess2_faststr",
            },
            Rt::MapAssign(k) => match k {
                MapKey::Generic => "runtime.mapassign",
                MapKey::Fast32 => "runtime.mapassign_fast32",
                MapKey::Fast64 => "runtime.mapassign_fast64",
                MapKey::Str => "runtime.mapassign_faststr",
            },
            Rt::MapDelete(k) => match k {
                MapKey::Generic => "runtime.mapdelete",
                MapKey::Fast32 => "runtime.mapdelete_fast32",
                MapKey::Fast64 => "runtime.mapdelete_fast64",
                MapKey::Str => "runtime.mapdelete_faststr",
            },
            Rt::GetItab => "runtime.getitab",
            Rt::PanicDottype => "runtime.panicdottype",
            Rt::PanicWrap => "runtime.panicwrap",
            Rt::EfaceEq => "runtime.efaceeq",
            Rt::GoPanic => "runtime.gopanic",
            Rt::NewObject => "runtime.newobject",
            Rt::MoreStack => "runtime.morestack",
            Rt::MakeSlice => "runtime.makeslice",
            Rt::GrowSlice => "runtime.growslice",
            Rt::SliceByteToString => "runtime.slicebytetostring",
            Rt::StringToSliceByte => "runtime.stringtoslicebyte",
            Rt::SliceRuneToString => "runtime.slicerunetostring",
            Rt::StringToSliceRune => "runtime.stringtoslicerune",
            Rt::Memmove => "memmove",
            Rt::Memset => "memset",
            Rt::TypedMemmove => "runtime.typedmemmove",
            Rt::TypedMemclr => "runtime.typedmemclr",
            Rt::NewProc => "runtime.newproc",
            Rt::MakeChan => "runtime.makechan",
            Rt::ChanSend => "runtime.chansend1",
            Rt::ChanRecv1 => "runtime.chanrecv1",
            Rt::ChanRecv2 => "runtime.chanrecv2",
            Rt::CloseChan => "runtime.closechan",
            Rt::SelectGo => "runtime.selectgo",
            Rt::Block => "runtime.block",
            Rt::ChanLen => "runtime.chanlen",
            Rt::ChanCap => "runtime.chancap",
        }
    }

    /// Parameter and result machine types.
    pub fn signature(self) -> (&'static [Ty], &'static [Ty]) {
        use Ty::*;
        match self {
            Rt::PrintInt | Rt::PrintUint | Rt::PrintPointer => (&[I64], &[]),
            Rt::PrintFloat64 => (&[F64], &[]),
            Rt::PrintFloat32 => (&[F32], &[]),
            Rt::PrintComplex128 => (&[F64, F64], &[]),
            Rt::PrintComplex64 => (&[F32, F32], &[]),
            Rt::PrintBool => (&[I8], &[]),
            Rt::PrintString => (&[I64, I64], &[]),
            Rt::PrintSp | Rt::PrintNl => (&[], &[]),
            Rt::PrintLock | Rt::PrintUnlock => (&[I64], &[]),
            Rt::ConcatString2 => (&[I64, I64, I64, I64, I64], &[I64, I64]),
            Rt::CmpString => (&[I64, I64, I64, I64], &[I64]),
            Rt::MemEqual => (&[I64, I64, I64], &[I8]),
            Rt::IntString => (&[I64, I64], &[I64, I64]),
            Rt::DecodeRune => (&[I64, I64, I64], &[I64, I64]),
            Rt::PanicDivide | Rt::PanicShift | Rt::MoreStack => (&[I64], &[]),
            Rt::GoPanic => (&[I64, I64, I64], &[]),
            Rt::PanicMem => (&[I64, I64], &[]),
            Rt::MakeMap => (&[I64, I64, I64], &[I64]),
            Rt::NewDeferFrame | Rt::SetDefer | Rt::DeferPop => (&[I64, I64], &[I64]),
            Rt::DeferSeq => (&[I64], &[I64]),
            Rt::DeferProc => (&[I64, I64, I64, I64], &[]),
            Rt::GoRecover => (&[I64], &[I64, I64]),
            Rt::MapClear => (&[I64, I64, I64], &[]),
            Rt::MapIterInit => (&[I64, I64, I64], &[I64]),
            Rt::MapIterNext => (&[I64, I64], &[]),
            Rt::MapAccess1(k) | Rt::MapAssign(k) => (k.params(), &[I64]),
            Rt::MapAccess2(k) => (k.params(), &[I64, I64]),
            Rt::MapDelete(k) => (k.params(), &[]),
            Rt::GetItab => (&[I64, I64, I64, I8], &[I64]),
            Rt::PanicDottype => (&[I64, I64, I64, I64], &[]),
            Rt::PanicWrap => (&[I64, I64, I64], &[]),
            Rt::EfaceEq => (&[I64, I64, I64, I64], &[I8]),
            Rt::NewObject => (&[I64, I64], &[I64]),
            Rt::MakeSlice => (&[I64, I64, I64, I64], &[I64]),
            Rt::GrowSlice => (&[I64, I64, I64, I64, I64, I64], &[I64, I64]),
            Rt::SliceByteToString
            | Rt::StringToSliceByte
            | Rt::SliceRuneToString
            | Rt::StringToSliceRune => (&[I64, I64, I64], &[I64, I64]),
            Rt::Memmove => (&[I64, I64, I64], &[I64]),
            Rt::Memset => (&[I64, I32, I64], &[I64]),
            Rt::TypedMemmove => (&[I64, I64, I64], &[]),
            Rt::TypedMemclr => (&[I64, I64], &[]),
            Rt::NewProc | Rt::CloseChan => (&[I64, I64], &[]),
            Rt::MakeChan => (&[I64, I64, I64], &[I64]),
            Rt::ChanSend | Rt::ChanRecv1 => (&[I64, I64, I64], &[]),
            Rt::ChanRecv2 => (&[I64, I64, I64], &[I8]),
            Rt::SelectGo => (&[I64, I64, I64, I8], &[I64, I64]),
            Rt::Block => (&[I64], &[]),
            Rt::ChanLen | Rt::ChanCap => (&[I64, I64], &[I64]),
        }
    }

    /// Whether the call never returns.
    pub fn noreturn(self) -> bool {
        matches!(
            self,
            Rt::PanicDivide
                | Rt::PanicShift
                | Rt::GoPanic
                | Rt::PanicMem
                | Rt::PanicDottype
                | Rt::PanicWrap
                | Rt::Block
        )
    }
}

/// How a map operation passes its key (docs/abi.md §8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MapKey {
    /// A pointer to the key.
    Generic,
    /// A 4-byte key by value.
    Fast32,
    /// An 8-byte key by value.
    Fast64,
    /// A string key as pointer and length.
    Str,
}

impl MapKey {
    /// Parameters of a keyed map entry point: g, map type, map, key.
    fn params(self) -> &'static [Ty] {
        use Ty::*;
        match self {
            MapKey::Generic | MapKey::Fast64 => &[I64, I64, I64, I64],
            MapKey::Fast32 => &[I64, I64, I64, I32],
            MapKey::Str => &[I64, I64, I64, I64, I64],
        }
    }
}

/// A read-only data object the function refers to (string bytes, type descriptors).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DataRef {
    /// Bytes of a string constant.
    Str(Vec<u8>),
    /// A named symbol (a package variable or a type descriptor).
    Sym(String),
    /// A type descriptor for an object of 8-byte slots, one flag per slot
    /// telling whether it holds a pointer.
    Words(Vec<bool>),
    /// A static closure object for the named function (which takes the
    /// closure context): one word, the function's code address.
    FuncVal(String),
}

/// An operation producing zero or more values.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Iconst(Ty, i64),
    F32const(u32),
    F64const(u64),
    Bin(BinOp, Value, Value),
    Un(UnOp, Value),
    Icmp(Cond, Value, Value),
    Fcmp(FCond, Value, Value),
    Conv(Conv, Ty, Value),
    /// `cond ? a : b`
    Select(Value, Value, Value),
    /// Address of a data object.
    Addr(DataRef),
    Load(Ty, Value, i32),
    Store(Value, i32, Value),
    /// A store of a pointer word to memory that may be in the heap: while
    /// the collector marks, the write barrier shades the word's old value
    /// and the new one first (docs/abi.md §13).
    StoreWb(Value, i32, Value),
    /// The write barrier of `StoreWb` alone, for a store made otherwise
    /// (an atomic one).
    WriteBarrier(Value, i32, Value),
    /// The atomic operations (sync/atomic): sequentially consistent
    /// accesses of an aligned word at an address already checked for nil.
    /// They order every other memory access around them, so a pass must
    /// never remove, merge or move them or memory accesses across them.
    ///
    /// Loads a `Ty` from the address.
    AtomicLoad(Ty, Value),
    /// Stores the value (second operand) at the address (first).
    AtomicStore(Value, Value),
    /// `*addr = *addr OP x` (address first); yields the old value.
    AtomicRmw(AtomicOp, Value, Value),
    /// If `*addr == expected` stores `new` (operands: address, expected,
    /// new); yields the old value either way.
    AtomicCas(Value, Value, Value),
    /// Call a Go function (Tail convention, `g` first).
    Call(String, Vec<Value>),
    /// Call a Go function through a code pointer (first operand); the
    /// arguments start with `g` and the closure context.
    CallIndirect(Value, Vec<Value>),
    /// The code address of a Go function.
    FuncAddr(String),
    /// The address of stack slot `n` of the frame.
    StackAddr(u32),
    /// Call a C-convention function of the runtime by symbol (a bodyless
    /// std function): arguments and results as the instruction's values.
    CallC(String, Vec<Value>),
    /// Call a runtime entry point.
    CallRt(Rt, Vec<Value>),
    /// Panics with a bounds error unless `x < y` (unsigned), with gc's message
    /// for the kind; `signed` says whether `x` is a signed Go integer.
    BoundsCheck(Bounds, bool, Value, Value),
    /// The function's `g` parameter.
    G,
}

/// One instruction: an operation and the values it defines.
#[derive(Clone, Debug)]
pub struct Inst {
    pub op: Op,
    pub results: Vec<Value>,
    /// Source position (file byte offset) for `-S` and panics; 0 if unknown.
    pub pos: u32,
}

/// How a block ends.
#[derive(Clone, Debug)]
pub enum Term {
    Jump(Block, Vec<Value>),
    Brif(Value, Block, Vec<Value>, Block, Vec<Value>),
    Return(Vec<Value>),
    /// After a call that does not return.
    Unreachable,
}

/// A basic block.
#[derive(Clone, Debug, Default)]
pub struct BlockData {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    pub term: Option<Term>,
}

/// A function in SSA form.
#[derive(Clone, Debug)]
pub struct Func {
    pub name: String,
    /// Machine types of the Go parameters (after `g`) and results.
    pub params: Vec<Ty>,
    pub results: Vec<Ty>,
    pub blocks: Vec<BlockData>,
    /// Type of each value.
    pub value_types: Vec<Ty>,
    /// Values that hold pointers (for stack maps).
    pub pointers: Vec<bool>,
    /// File index of the function's source.
    pub file: u32,
    /// Byte offset of the function's declaration.
    pub pos: u32,
    /// Stack slots of the frame: (size, alignment) in bytes.
    pub slots: Vec<(u32, u32)>,
    /// For each slot, which of its words may hold pointers (the collector
    /// scans them at every call of the function; codegen zeroes them on
    /// entry).
    pub slot_ptrs: Vec<Vec<bool>>,
}

impl Func {
    pub fn entry(&self) -> Block {
        Block(0)
    }

    pub fn ty(&self, v: Value) -> Ty {
        self.value_types[v.0 as usize]
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}", self.0)
    }
}

impl fmt::Display for Block {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "b{}", self.0)
    }
}

fn list(vs: &[Value]) -> String {
    vs.iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for Func {
    /// The textual dump printed by `gocl build -d ssa`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "func {}({:?}) {:?}",
            self.name, self.params, self.results
        )?;
        for (i, b) in self.blocks.iter().enumerate() {
            let params: Vec<String> = b
                .params
                .iter()
                .map(|v| format!("{}:{:?}", v, self.ty(*v)))
                .collect();
            writeln!(f, "  b{}({}):", i, params.join(", "))?;
            for inst in &b.insts {
                write!(f, "    ")?;
                if !inst.results.is_empty() {
                    write!(f, "{} = ", list(&inst.results))?;
                }
                match &inst.op {
                    Op::Iconst(t, c) => write!(f, "iconst.{:?} {}", t, c)?,
                    Op::F32const(b) => write!(f, "f32const {}", f32::from_bits(*b))?,
                    Op::F64const(b) => write!(f, "f64const {}", f64::from_bits(*b))?,
                    Op::Bin(op, a, b) => write!(f, "{:?} {}, {}", op, a, b)?,
                    Op::Un(op, a) => write!(f, "{:?} {}", op, a)?,
                    Op::Icmp(c, a, b) => write!(f, "icmp.{:?} {}, {}", c, a, b)?,
                    Op::Fcmp(c, a, b) => write!(f, "fcmp.{:?} {}, {}", c, a, b)?,
                    Op::Conv(c, t, a) => write!(f, "{:?}.{:?} {}", c, t, a)?,
                    Op::Select(c, a, b) => write!(f, "select {}, {}, {}", c, a, b)?,
                    Op::Addr(DataRef::Str(s)) => {
                        write!(f, "addr {:?}", String::from_utf8_lossy(s))?
                    }
                    Op::Addr(DataRef::Sym(s)) => write!(f, "addr {}", s)?,
                    Op::Addr(DataRef::FuncVal(s)) => write!(f, "addr funcval {}", s)?,
                    Op::Addr(DataRef::Words(w)) => write!(f, "addr words {:?}", w)?,
                    Op::CallIndirect(c, args) => write!(f, "call_indirect {}({})", c, list(args))?,
                    Op::FuncAddr(n) => write!(f, "funcaddr {}", n)?,
                    Op::StackAddr(n) => write!(f, "stackaddr slot{}", n)?,
                    Op::CallC(n, args) => write!(f, "callc {}({})", n, list(args))?,
                    Op::Load(t, a, o) => write!(f, "load.{:?} {}+{}", t, a, o)?,
                    Op::Store(a, o, v) => write!(f, "store {}+{}, {}", a, o, v)?,
                    Op::StoreWb(a, o, v) => write!(f, "store_wb {}+{}, {}", a, o, v)?,
                    Op::WriteBarrier(a, o, v) => write!(f, "write_barrier {}+{}, {}", a, o, v)?,
                    Op::AtomicLoad(t, a) => write!(f, "atomic_load.{:?} {}", t, a)?,
                    Op::AtomicStore(a, v) => write!(f, "atomic_store {}, {}", a, v)?,
                    Op::AtomicRmw(op, a, x) => write!(f, "atomic_rmw.{:?} {}, {}", op, a, x)?,
                    Op::AtomicCas(a, e, n) => write!(f, "atomic_cas {}, {}, {}", a, e, n)?,
                    Op::Call(n, args) => write!(f, "call {}({})", n, list(args))?,
                    Op::CallRt(r, args) => write!(f, "callrt {}({})", r.symbol(), list(args))?,
                    Op::BoundsCheck(k, s, x, y) => write!(
                        f,
                        "boundscheck.{:?}{} {}, {}",
                        k,
                        if *s { ".signed" } else { "" },
                        x,
                        y
                    )?,
                    Op::G => write!(f, "g")?,
                }
                writeln!(f)?;
            }
            match &b.term {
                Some(Term::Jump(t, args)) => writeln!(f, "    jump {}({})", t, list(args))?,
                Some(Term::Brif(c, t, ta, e, ea)) => writeln!(
                    f,
                    "    brif {}, {}({}), {}({})",
                    c,
                    t,
                    list(ta),
                    e,
                    list(ea)
                )?,
                Some(Term::Return(vs)) => writeln!(f, "    return {}", list(vs))?,
                Some(Term::Unreachable) => writeln!(f, "    unreachable")?,
                None => writeln!(f, "    <no terminator>")?,
            }
        }
        Ok(())
    }
}
