//! Lowering of the typed AST to SSA.
//!
//! Go values are split into machine words here (docs/abi.md §1): every
//! expression lowers to a `Vec<Value>` of its words, every local variable to
//! one builder [`Var`] per word. Go's run-time checks become explicit
//! operations or branches to panic calls: bounds checks, division by zero,
//! negative shift counts; integer arithmetic wraps at the type's width.

use std::collections::{BTreeSet, HashMap};

use super::builder::{Builder, Var};
use super::ir::{
    self, BinOp as B, Block, Bounds, Cond, Conv, DataRef, FCond, Func, Op, Rt, Term, Ty, Value,
};
use crate::syntax::ast::{self, BinOp, Expr, ExprKind, Spec, Stmt, StmtKind, UnOp};
use crate::types::check::{Builtin, FuncInfo, Info, ObjId, ObjKind};
use crate::types::constant::{rat_to_f32, rat_to_f64, Const};
use crate::types::ty::{Basic, TypeId, TypeKind};

/// The SSA of a whole package.
pub struct Package {
    pub funcs: Vec<Func>,
    /// Package variables: symbol, size in bytes, and which words hold
    /// pointers.
    pub globals: Vec<(String, u64, Vec<bool>)>,
    /// Types whose descriptors the code refers to.
    pub type_descs: BTreeSet<TypeId>,
    /// Itabs the code refers to: (concrete type, interface).
    pub itabs: BTreeSet<(TypeId, TypeId)>,
    /// The package initializers, in the order the program runs them.
    pub inits: Vec<String>,
}

/// Lowers every function of a checked package, plus the package's `init`.
pub fn lower_package(info: &Info) -> Result<Package, String> {
    let mut type_descs = BTreeSet::new();
    let mut itabs = BTreeSet::new();
    let mut funcs = Vec::new();
    let mut wrappers = BTreeSet::new();
    let mut method_values = std::collections::BTreeMap::new();
    for fi in &info.funcs {
        if fi.decl.body.is_none() {
            continue;
        }
        let closure = fi.captures.is_some();
        let mut l = Lowerer::new(info, &fi.symbol, fi.file, fi.decl.span.lo, &fi.typ, closure);
        l.function(fi);
        type_descs.extend(l.type_descs.iter().copied());
        itabs.extend(l.itabs.iter().copied());
        wrappers.extend(l.wrappers.iter().cloned());
        method_values.extend(l.method_values.iter().map(|(k, v)| (k.clone(), *v)));
        funcs.extend(std::mem::take(&mut l.extra_funcs));
        funcs.push(l.b.finish());
    }
    // Each package's initializer: variables in dependency order, then its
    // init functions.
    let mut init_syms = Vec::new();
    for pi in &info.pkgs {
        let sym = format!("{}.init", pi.path);
        init_syms.push(sym.clone());
        let mut l = Lowerer::new_raw(info, sym, Vec::new(), Vec::new(), 0, 0);
        for init in &pi.init_order {
            l.file = init.file;
            l.b.pos = init.rhs.span.lo;
            let vals = l.expr_multi(&init.rhs);
            if init.lhs.len() == 1 {
                let t = info.objs[init.lhs[0] as usize].typ;
                let rt = l.ty_of(&init.rhs);
                let v = l.convert_words(vals, rt, t);
                l.store_global(init.lhs[0], &v);
            } else {
                // Each result converts to its variable's type
                // (`var a, b any = x.(bool)`).
                let mut off = 0;
                for (&o, rt) in init.lhs.iter().zip(l.tuple_types(&init.rhs)) {
                    let n = l.words(rt).len();
                    let part = vals[off..off + n].to_vec();
                    off += n;
                    let v = l.assign_conv(part, rt, info.objs[o as usize].typ);
                    l.store_global(o, &v);
                }
            }
        }
        for sym in &pi.init_funcs {
            let g = l.g;
            l.b.inst(Op::Call(sym.clone(), vec![g]), &[]);
        }
        l.b.terminate(Term::Return(Vec::new()));
        type_descs.extend(l.type_descs.iter().copied());
        itabs.extend(l.itabs.iter().copied());
        wrappers.extend(l.wrappers.iter().cloned());
        method_values.extend(l.method_values.iter().map(|(k, v)| (k.clone(), *v)));
        funcs.extend(std::mem::take(&mut l.extra_funcs));
        funcs.push(l.b.finish());
    }
    for (_, id) in method_values {
        let (f, descs) = iface::method_value_func(info, id);
        type_descs.extend(descs);
        funcs.push(f);
    }
    // Functions used as values are called through a closure context they
    // do not take: each gets a wrapper that drops it.
    for (sym, ft) in wrappers {
        // The wrapper shares the function's position (for its line table).
        let (file, pos) = funcs
            .iter()
            .find(|f| f.name == sym)
            .map_or((0, 0), |f| (f.file, f.pos));
        let mut l = Lowerer::new(info, &format!("{}.fv", sym), file, pos, &ft, true);
        let entry = l.b.func.entry();
        let g = l.g;
        let mut args = vec![g];
        // The closure context it drops, then the function's parameters.
        l.b.append_param(entry, Ty::I64, false);
        let TypeKind::Func(params, _, _) = info.tys.kind(ft) else {
            unreachable!("a function value's type is a function type")
        };
        for &t in params {
            args.extend(l.append_typed_param(entry, t));
        }
        debug_assert_eq!(args.len(), l.b.func.params.len());
        let rw = l.b.func.results.clone();
        let rs = l.b.inst(Op::Call(sym.clone(), args), &rw);
        l.b.terminate(Term::Return(rs));
        type_descs.extend(l.type_descs.iter().copied());
        itabs.extend(l.itabs.iter().copied());
        funcs.push(l.b.finish());
    }
    let mut globals = Vec::new();
    for &g in &info.globals {
        let o = &info.objs[g as usize];
        globals.push((
            global_symbol(info, g),
            info.tys.size(o.typ).max(1),
            crate::ssa::layout::ptr_mask(info, o.typ),
        ));
    }
    let mut ime: Vec<_> = info.iface_method_exprs.iter().collect();
    ime.sort_by(|a, b| a.0.cmp(b.0));
    for (sym, &(it, index, sig)) in ime {
        funcs.push(iface::iface_method_expr_func(info, sym, it, index, sig));
    }
    let itab_types: Vec<TypeId> = itabs.iter().map(|&(t, _)| t).collect();
    funcs.extend(iface::wrappers(info, &itab_types));
    funcs.extend(bodyless_bodies(info, &funcs));
    // The runtime refers to the run-time error types' descriptors.
    type_descs.extend(info.runtime_errors.iter().copied());
    Ok(Package {
        funcs,
        globals,
        type_descs,
        itabs,
        inits: init_syms,
    })
}

/// Bodies for the bodyless std functions that `funcs` call other than
/// directly (a deferred call, `go`, a func value's wrapper), where the
/// intrinsic cannot be expanded at the call: each is its intrinsic over its
/// parameters.
fn bodyless_bodies(info: &Info, funcs: &[Func]) -> Vec<Func> {
    let defined: std::collections::HashSet<&str> = funcs.iter().map(|f| f.name.as_str()).collect();
    let mut needed = BTreeSet::new();
    for inst in funcs.iter().flat_map(|f| &f.blocks).flat_map(|b| &b.insts) {
        if let Op::Call(sym, _) | Op::FuncAddr(sym) = &inst.op {
            if info.bodyless.contains(sym) && !defined.contains(sym.as_str()) {
                needed.insert(sym.clone());
            }
        }
    }
    let mut out = Vec::new();
    for fi in info.funcs.iter().filter(|fi| needed.contains(&fi.symbol)) {
        let TypeKind::Func(params, results, _) = info.tys.kind(fi.typ) else {
            continue;
        };
        let mut l = Lowerer::new(info, &fi.symbol, fi.file, fi.decl.span.lo, &fi.typ, false);
        if !l.out_words.is_empty() {
            continue; // results through a buffer: no such function exists
        }
        let entry = l.b.func.entry();
        let mut vals = Vec::new();
        for &t in params {
            vals.extend(l.append_typed_param(entry, t));
        }
        let rs = l.intrinsic_words(&fi.symbol, vals, results, false);
        l.b.terminate(Term::Return(rs));
        out.push(l.b.finish());
    }
    out
}

/// Symbol of a package variable (`_` variables get unique names).
pub fn global_symbol(info: &Info, id: ObjId) -> String {
    let o = &info.objs[id as usize];
    let pkg = &info.pkg_paths[o.pkg as usize];
    if o.name == "_" {
        format!("{}._.{}", pkg, id)
    } else {
        format!("{}.{}", pkg, o.name)
    }
}

/// Symbol of a package-level function object.
pub fn func_symbol(info: &Info, id: ObjId) -> String {
    let o = &info.objs[id as usize];
    format!("{}.{}", info.pkg_paths[o.pkg as usize], o.name)
}

/// Targets of `break` and `continue` for one enclosing statement.
struct Target {
    label: Option<String>,
    brk: Block,
    cont: Option<Block>,
}

struct Lowerer<'a> {
    info: &'a Info,
    b: Builder,
    g: Value,
    file: u32,
    vars: HashMap<ObjId, Local>,
    results: Vec<ObjId>,
    /// Result words returned through a buffer (see [`results_in_memory`]).
    out_words: Vec<Ty>,
    /// The result buffer parameter, when `out_words` is not empty.
    out_ptr: Option<Value>,
    targets: Vec<Target>,
    labels: HashMap<String, Block>,
    /// Label of the statement being lowered (set by a labeled statement).
    pending_label: Option<String>,
    /// Body block of the next case clause, for `fallthrough`.
    fallthrough_to: Option<Block>,
    type_descs: BTreeSet<TypeId>,
    /// Functions used as values (symbol and type): they need wrappers.
    wrappers: BTreeSet<(String, TypeId)>,
    /// Itabs the code refers to.
    itabs: BTreeSet<(TypeId, TypeId)>,
    /// Variables kept in memory beyond `addr_taken` (results of functions
    /// with `defer`).
    force_mem: std::collections::HashSet<ObjId>,
    /// The state of a function with `defer`.
    defer: Option<defers::DeferState>,
    /// `go` statements lowered so far (names their wrappers).
    go_count: u32,
    /// Bytes of stack slots given to locals so far.
    frame_bytes: u64,
    /// Functions generated while lowering this one (deferred-call closures).
    extra_funcs: Vec<Func>,
    /// Method values created, by closure function (generated once each).
    method_values: std::collections::BTreeMap<String, ast::ExprId>,
}

/// Most integer and float result words a function returns in registers;
/// the rest of the calling convention (docs/abi.md §1) returns results
/// through a heap buffer instead. Cranelift's `Tail` on arm64 returns at
/// most 6 integer words (x2-x7); the same limit holds on both arches so a
/// program compiles alike for each.
const MAX_INT_RESULTS: usize = 6;
const MAX_FLOAT_RESULTS: usize = 8;

/// Whether results with these words travel through a result buffer.
pub fn results_in_memory(words: &[Ty]) -> bool {
    let ints = words.iter().filter(|w| !w.is_float()).count();
    let floats = words.len() - ints;
    ints > MAX_INT_RESULTS || floats > MAX_FLOAT_RESULTS
}

use super::layout::{is_mem_type, mem_leaves};
pub use super::layout::{is_pointer_word, type_words};

mod aggr;
mod chans;
mod defers;
mod finalizer;
mod iface;
mod maps;
use aggr::Loc;

/// What a call calls.
enum Callee {
    /// A func value (closure object; its code is loaded at the call).
    Value(Value),
    /// A Go function by symbol.
    Direct(String),
    /// A code pointer (a func value's).
    Indirect(Value),
}

/// Where an assignment stores.
enum Place {
    /// Nothing (`_`).
    Blank,
    /// A variable.
    Var(ObjId),
    /// Memory at an address, holding a value of the type.
    Mem(Value, TypeId),
    /// Part of an SSA variable (a field of a struct variable): the words
    /// from the given index on, of the given type.
    VarPart(ObjId, usize, TypeId),
    /// A map element: map, key words and the map's type.
    MapIndex(Value, Vec<Value>, TypeId),
}

/// Where a local variable lives.
#[derive(Clone)]
enum Local {
    /// One SSA variable per word.
    Ssa(Vec<Var>),
    /// In memory (its address is taken, or its type is a memory type);
    /// the SSA variable holds the address.
    Mem(Var),
}

impl<'a> Lowerer<'a> {
    /// A lowerer for a function of type `typ`; `closure` adds the closure
    /// context parameter (after `g`).
    fn new(info: &'a Info, sym: &str, file: u32, pos: u32, typ: &TypeId, closure: bool) -> Self {
        let (mut params, results): (Vec<Ty>, Vec<Ty>) = match info.tys.kind(*typ) {
            TypeKind::Func(p, r, _) => (
                p.iter().flat_map(|&t| type_words(info, t)).collect(),
                r.iter().flat_map(|&t| type_words(info, t)).collect(),
            ),
            _ => (Vec::new(), Vec::new()),
        };
        if closure {
            params.insert(0, Ty::I64);
        }
        Self::from_words(info, sym.to_string(), params, results, file, pos)
    }

    /// A lowerer for a function with these parameter and result words
    /// (results too many for registers go through a buffer).
    fn from_words(
        info: &'a Info,
        sym: String,
        mut params: Vec<Ty>,
        results: Vec<Ty>,
        file: u32,
        pos: u32,
    ) -> Self {
        if results_in_memory(&results) {
            // The caller passes a heap buffer for the results, last.
            params.push(Ty::I64);
            let mut l = Self::new_raw(info, sym, params, Vec::new(), file, pos);
            l.out_words = results;
            return l;
        }
        Self::new_raw(info, sym, params, results, file, pos)
    }

    fn new_raw(
        info: &'a Info,
        sym: String,
        params: Vec<Ty>,
        results: Vec<Ty>,
        file: u32,
        pos: u32,
    ) -> Self {
        let mut b = Builder::new(sym, params, results, file, pos);
        let g = b.inst1(Op::G, Ty::I64);
        Lowerer {
            info,
            b,
            g,
            file,
            vars: HashMap::new(),
            results: Vec::new(),
            out_words: Vec::new(),
            out_ptr: None,
            targets: Vec::new(),
            labels: HashMap::new(),
            pending_label: None,
            fallthrough_to: None,
            type_descs: BTreeSet::new(),
            wrappers: BTreeSet::new(),
            itabs: BTreeSet::new(),
            method_values: std::collections::BTreeMap::new(),
            force_mem: std::collections::HashSet::new(),
            defer: None,
            go_count: 0,
            frame_bytes: 0,
            extra_funcs: Vec::new(),
        }
    }

    fn words(&self, t: TypeId) -> Vec<Ty> {
        type_words(self.info, t)
    }

    fn ty_of(&self, e: &Expr) -> TypeId {
        *self
            .info
            .types
            .get(&e.id)
            .unwrap_or(&self.info.tys.basic(Basic::Invalid))
    }

    fn basic(&self, t: TypeId) -> Basic {
        self.info.tys.basic_of(t).unwrap_or(Basic::Invalid)
    }

    fn function(&mut self, fi: &FuncInfo) {
        // Entry block parameters: the closure context, then the Go
        // parameters' words.
        let entry = self.b.func.entry();
        if let Some(caps) = &fi.captures {
            let ctx = self.b.append_param(entry, Ty::I64, true);
            for (k, &o) in caps.iter().enumerate() {
                let cell = self
                    .b
                    .inst1(Op::Load(Ty::I64, ctx, 8 * (k as i32 + 1)), Ty::I64);
                self.b.mark_ptr(cell);
                let v = self.b.declare_var(Ty::I64, true);
                self.b.def_var(v, cell);
                self.vars.insert(o, Local::Mem(v));
            }
        }
        for &p in &fi.params {
            let t = self.info.objs[p as usize].typ;
            let vals = self.append_typed_param(entry, t);
            self.new_local(p, &vals);
        }
        if !self.out_words.is_empty() {
            let p = self.b.append_param(entry, Ty::I64, true);
            self.out_ptr = Some(p);
        }
        let with_defer = fi
            .decl
            .body
            .as_ref()
            .is_some_and(|b| defers::has_defer(&b.stmts));
        let light_defer =
            with_defer && !self.defers_may_recover(&fi.decl.body.as_ref().unwrap().stmts);
        if with_defer && !light_defer {
            // A recovered panic resumes at the exit block, which then
            // returns what the results' cells hold.
            self.force_mem.extend(fi.results.iter().copied());
        }
        for &r in &fi.results {
            self.new_local(r, &[]);
        }
        self.results = fi.results.clone();
        if light_defer {
            self.defer_setup_light(&fi.results);
        } else if with_defer {
            self.defer_setup(&fi.results);
        }
        if let Some(body) = &fi.decl.body {
            self.stmts(&body.stmts);
            if !self.b.is_filled() {
                self.b.pos = body.rbrace.lo;
                self.ret_named();
            }
        }
        self.defer_finish();
    }

    /// Whether word `i` of type `t` is a pointer (string data pointers).
    fn is_ptr_word(&self, t: TypeId, i: usize) -> bool {
        is_pointer_word(self.info, t, i)
    }

    /// Appends the words of a parameter of type `t` to `entry`, its
    /// pointer words marked. Every function, wrappers included, must mark
    /// them: a parameter may stay in a register across the preemption
    /// check, and the collector sees only what has a stack map entry.
    fn append_typed_param(&mut self, entry: Block, t: TypeId) -> Vec<Value> {
        let words = self.words(t);
        words
            .into_iter()
            .enumerate()
            .map(|(i, w)| {
                let ptr = w == Ty::I64 && self.is_ptr_word(t, i);
                self.b.append_param(entry, w, ptr)
            })
            .collect()
    }

    /// Loads a value of type `t` from memory. A memory type's value is
    /// its address: the result aliases the memory (see [`Self::own`]).
    fn load(&mut self, addr: Value, t: TypeId) -> Vec<Value> {
        if is_mem_type(self.info, t) {
            return vec![addr];
        }
        let mut out = Vec::new();
        for l in mem_leaves(self.info, t) {
            let v = self.b.inst1(Op::Load(l.ty, addr, l.off), l.ty);
            if l.ptr {
                self.b.mark_ptr(v);
            }
            out.push(v);
        }
        out
    }

    /// Stores a value of type `t` to memory.
    fn store(&mut self, addr: Value, t: TypeId, vals: &[Value]) {
        if is_mem_type(self.info, t) {
            self.copy_mem(addr, vals[0], t);
            return;
        }
        for (&v, l) in vals.iter().zip(mem_leaves(self.info, t)) {
            self.b.store_word(addr, l.off, v, l.ptr);
        }
    }

    /// The place an assignable expression denotes; index operands are
    /// evaluated (and bounds-checked) here, once.
    fn place(&mut self, x: &Expr) -> Place {
        match &*x.kind {
            ExprKind::Ident(id) if id.name == "_" => Place::Blank,
            ExprKind::Paren(inner) => self.place(inner),
            ExprKind::Ident(_) | ExprKind::Selector(..) if self.is_named_ref(x) => {
                match self.obj_of(x) {
                    Some(o) => Place::Var(o),
                    None => Place::Blank,
                }
            }
            ExprKind::Index(m, k) if self.info.tys.map_of(self.ty_of(m)).is_some() => {
                let (mv, key, mt) = self.map_place(m, &k[0]);
                Place::MapIndex(mv, key, mt)
            }
            _ => {
                let t = self.ty_of(x);
                let loc = self.locate(x);
                if let Loc::Deref(..) = loc {
                    let a = self.finish(&loc).unwrap();
                    return Place::Mem(a, t);
                }
                match loc {
                    Loc::Addr(a) => Place::Mem(a, t),
                    Loc::Deref(..) => unreachable!(),
                    Loc::VarPart(o, start) => Place::VarPart(o, start, t),
                    Loc::Words(_) => Place::Blank,
                }
            }
        }
    }

    fn read_place(&mut self, p: &Place) -> Vec<Value> {
        match p {
            Place::Blank => Vec::new(),
            Place::Var(o) => self.read_var(*o),
            Place::Mem(a, t) => self.load(*a, *t),
            Place::VarPart(o, start, t) => {
                let n = self.words(*t).len();
                let all = self.read_var(*o);
                all[*start..*start + n].to_vec()
            }
            Place::MapIndex(m, key, mt) => self.map_read(*m, key, *mt),
        }
    }

    fn write_place(&mut self, p: &Place, vals: &[Value]) {
        match p {
            Place::Blank => {}
            Place::Var(o) => self.write_var(*o, vals),
            Place::Mem(a, t) => self.store(*a, *t, vals),
            Place::VarPart(o, start, _) => {
                if let Some(Local::Ssa(vs)) = self.vars.get(o).cloned() {
                    for (v, &val) in vs[*start..].iter().zip(vals) {
                        self.b.def_var(*v, val);
                    }
                }
            }
            Place::MapIndex(m, key, mt) => {
                let vt = self.info.tys.map_of(*mt).unwrap().1;
                let a = self.map_assign_addr(*m, key, *mt);
                self.store(a, vt, vals);
            }
        }
    }

    /// The address of `s[i]` for a slice `s`, after the bounds check.
    fn elem_addr(&mut self, s: &Expr, i: &Expr) -> Value {
        let st = self.ty_of(s);
        let et = self.info.tys.slice_elem(st).unwrap_or(st);
        let sv = self.expr(s);
        let iv = self.index_i64(i);
        let signed = !self.info.tys.is_unsigned(self.ty_of(i));
        self.b
            .inst(Op::BoundsCheck(Bounds::Index, signed, iv, sv[1]), &[]);
        self.offset_addr(sv[0], iv, et)
    }

    /// `base + i * sizeof(et)`.
    fn offset_addr(&mut self, base: Value, i: Value, et: TypeId) -> Value {
        let size = self.info.tys.size(et) as i64;
        let off = if size == 1 {
            i
        } else {
            let sz = self.iconst(Ty::I64, size);
            self.b.inst1(Op::Bin(B::Imul, i, sz), Ty::I64)
        };
        let a = self.b.inst1(Op::Bin(B::Iadd, base, off), Ty::I64);
        self.b.mark_ptr(a);
        a
    }

    /// A stack slot for local `o` of memory type `t`, when nothing can
    /// refer to the variable after its function returns: its address is
    /// never taken and it is not captured (values of memory types are
    /// copied wherever they are bound, so no reference to the slot
    /// survives the expression that reads it). At most 16 KiB per frame:
    /// the largest frame sizes every goroutine's guard area (abi.md §4).
    fn frame_cell(&mut self, o: ObjId, t: TypeId) -> Option<Value> {
        const FRAME_LIMIT: u64 = 16 << 10;
        if !is_mem_type(self.info, t)
            || self.info.addr_taken.contains(&o)
            || self.force_mem.contains(&o)
        {
            return None;
        }
        let size = self.info.tys.size(t);
        if self.frame_bytes + size > FRAME_LIMIT {
            return None;
        }
        self.frame_bytes += size;
        let align = self.info.tys.align(t).max(8) as u32;
        let ptrs = crate::ssa::layout::ptr_mask(self.info, t);
        let slot = self.b.stack_slot(size as u32, align, ptrs);
        Some(self.b.inst1(Op::StackAddr(slot), Ty::I64))
    }

    /// Zeroes memory of type `t` at `a`.
    fn zero_mem(&mut self, a: Value, t: TypeId) {
        let size = self.info.tys.size(t) as i64;
        if size <= 128 && size % 8 == 0 {
            let z = self.iconst(Ty::I64, 0);
            let mask = crate::ssa::layout::ptr_mask(self.info, t);
            for off in (0..size).step_by(8) {
                let ptr = mask.get(off as usize / 8) == Some(&true);
                self.b.store_word(a, off as i32, z, ptr);
            }
            return;
        }
        if crate::ssa::layout::has_pointers(self.info, t) && !self.b.is_stack_addr(a) {
            // The barrier shades the pointers the clear overwrites.
            let n = self.iconst(Ty::I64, size);
            self.b.inst(Op::CallRt(Rt::TypedMemclr, vec![a, n]), &[]);
            return;
        }
        let z = self.iconst(Ty::I32, 0);
        let n = self.iconst(Ty::I64, size);
        self.b
            .inst(Op::CallRt(Rt::Memset, vec![a, z, n]), &[Ty::I64]);
    }

    /// Whether local `o` lives in memory.
    fn in_memory(&self, o: ObjId) -> bool {
        let t = self.info.objs[o as usize].typ;
        is_mem_type(self.info, t)
            || self.info.addr_taken.contains(&o)
            || self.force_mem.contains(&o)
    }

    /// Declares local `o` with initial value `vals` (zero if empty).
    fn new_local(&mut self, o: ObjId, vals: &[Value]) {
        let t = self.info.objs[o as usize].typ;
        if self.in_memory(o) {
            let cell = match self.frame_cell(o, t) {
                Some(a) => {
                    if vals.is_empty() {
                        self.zero_mem(a, t);
                    }
                    a
                }
                None => self.alloc(t),
            };
            if !vals.is_empty() {
                self.store(cell, t, vals);
            }
            // A redeclaration (next loop iteration) reuses the SSA variable
            // so that blocks joining the iterations see the new cell.
            let v = match self.vars.get(&o) {
                Some(Local::Mem(v)) => *v,
                _ => self.b.declare_var(Ty::I64, true),
            };
            self.b.def_var(v, cell);
            self.vars.insert(o, Local::Mem(v));
            return;
        }
        let ws = self.words(t);
        let vals = if vals.is_empty() {
            self.zero(t)
        } else {
            vals.to_vec()
        };
        let mut vs = Vec::new();
        for (i, &w) in ws.iter().enumerate() {
            let ptr = self.is_ptr_word(t, i);
            let v = self.b.declare_var(w, ptr);
            if let Some(&val) = vals.get(i) {
                self.b.def_var(v, val);
            }
            vs.push(v);
        }
        self.vars.insert(o, Local::Ssa(vs));
    }

    fn ret_named(&mut self) {
        if self.defer.is_some() {
            self.defer_return(None);
            return;
        }
        let mut vals = Vec::new();
        for r in self.results.clone() {
            let t = self.info.objs[r as usize].typ;
            let v = self.read_var(r);
            vals.extend(self.own(t, v));
        }
        self.ret_words(vals);
    }

    /// Returns result words, in registers or through the result buffer.
    fn ret_words(&mut self, vals: Vec<Value>) {
        if self.defer.is_some() {
            self.defer_return(Some(vals));
            return;
        }
        self.defer_exit_return(vals);
    }

    /// Returns result words from the function (registers or buffer).
    fn defer_exit_return(&mut self, vals: Vec<Value>) {
        if let Some(p) = self.out_ptr {
            // A heap buffer: pointer words need the write barrier, and
            // which words are pointers is not known here (shading a
            // non-pointer word is harmless).
            for (i, v) in vals.into_iter().enumerate() {
                let word = self.b.func.ty(v) == Ty::I64;
                self.b.store_word(p, (i * 8) as i32, v, word);
            }
            self.b.terminate(Term::Return(Vec::new()));
            return;
        }
        self.b.terminate(Term::Return(vals));
    }

    // ---- constants ----

    fn iconst(&mut self, ty: Ty, v: i64) -> Value {
        self.b.inst1(Op::Iconst(ty, v), ty)
    }

    fn const_words(&mut self, c: &Const, t: TypeId) -> Vec<Value> {
        let t = if self.info.tys.is_untyped(t) {
            self.info.tys.default_type(t)
        } else {
            t
        };
        let ws = self.words(t);
        match c {
            Const::Bool(b) => vec![self.iconst(Ty::I8, *b as i64)],
            Const::String(s) => self.string_const(s),
            _ => {
                let b = self.basic(t);
                if b.is_complex() {
                    let (re, im) = c.to_complex().unwrap_or_default();
                    if b == Basic::Complex64 {
                        let (r, i) = (rat_to_f32(&re), rat_to_f32(&im));
                        vec![
                            self.b.inst1(Op::F32const(r.to_bits()), Ty::F32),
                            self.b.inst1(Op::F32const(i.to_bits()), Ty::F32),
                        ]
                    } else {
                        let (r, i) = (rat_to_f64(&re), rat_to_f64(&im));
                        vec![
                            self.b.inst1(Op::F64const(r.to_bits()), Ty::F64),
                            self.b.inst1(Op::F64const(i.to_bits()), Ty::F64),
                        ]
                    }
                } else if b.is_float() {
                    let r = c.to_rat().unwrap_or_default();
                    if b == Basic::Float32 {
                        vec![self
                            .b
                            .inst1(Op::F32const(rat_to_f32(&r).to_bits()), Ty::F32)]
                    } else {
                        vec![self
                            .b
                            .inst1(Op::F64const(rat_to_f64(&r).to_bits()), Ty::F64)]
                    }
                } else {
                    let i = c.to_int().unwrap_or_default();
                    let bits = ws.first().map(|w| w.bits()).unwrap_or(64);
                    let v = crate::types::constant::int_wrap(&i, bits, !b.is_unsigned());
                    vec![self.iconst(ws.first().copied().unwrap_or(Ty::I64), v)]
                }
            }
        }
    }

    fn string_const(&mut self, s: &[u8]) -> Vec<Value> {
        if s.is_empty() {
            let z = self.iconst(Ty::I64, 0);
            let l = self.iconst(Ty::I64, 0);
            return vec![z, l];
        }
        let p = self.b.inst1(Op::Addr(DataRef::Str(s.to_vec())), Ty::I64);
        self.b.mark_ptr(p);
        let l = self.iconst(Ty::I64, s.len() as i64);
        vec![p, l]
    }

    fn zero(&mut self, t: TypeId) -> Vec<Value> {
        if is_mem_type(self.info, t) {
            return vec![self.alloc(t)];
        }
        self.words(t)
            .into_iter()
            .map(|w| match w {
                Ty::F32 => self.b.inst1(Op::F32const(0), Ty::F32),
                Ty::F64 => self.b.inst1(Op::F64const(0), Ty::F64),
                w => self.iconst(w, 0),
            })
            .collect()
    }

    // ---- variables ----

    fn obj_of(&self, e: &Expr) -> Option<ObjId> {
        self.info.uses.get(&e.id).copied()
    }

    /// Whether `e` is an identifier or a qualified identifier (`pkg.Name`)
    /// denoting an object (a selector of a field or method is not).
    fn is_named_ref(&self, e: &Expr) -> bool {
        match &*e.kind {
            ExprKind::Ident(_) => true,
            ExprKind::Selector(..) => self.info.uses.contains_key(&e.id),
            _ => false,
        }
    }

    fn def_of(&self, id: &ast::Ident) -> Option<ObjId> {
        self.info.defs.get(&(self.file, id.span.lo)).copied()
    }

    fn global_addr(&mut self, o: ObjId) -> Value {
        let sym = global_symbol(self.info, o);
        let a = self.b.inst1(Op::Addr(DataRef::Sym(sym)), Ty::I64);
        self.b.mark_ptr(a);
        a
    }

    fn load_global(&mut self, o: ObjId) -> Vec<Value> {
        let t = self.info.objs[o as usize].typ;
        let a = self.global_addr(o);
        self.load(a, t)
    }

    fn store_global(&mut self, o: ObjId, vals: &[Value]) {
        let t = self.info.objs[o as usize].typ;
        let a = self.global_addr(o);
        self.store(a, t, vals);
    }

    fn read_var(&mut self, o: ObjId) -> Vec<Value> {
        if let ObjKind::Var { global: true } = self.info.objs[o as usize].kind {
            return self.load_global(o);
        }
        let t = self.info.objs[o as usize].typ;
        match self.vars.get(&o).cloned() {
            Some(Local::Ssa(vs)) => vs.into_iter().map(|v| self.b.use_var(v)).collect(),
            Some(Local::Mem(v)) => {
                let a = self.b.use_var(v);
                self.load(a, t)
            }
            None => self.zero(t),
        }
    }

    fn write_var(&mut self, o: ObjId, vals: &[Value]) {
        if let ObjKind::Var { global: true } = self.info.objs[o as usize].kind {
            self.store_global(o, vals);
            return;
        }
        if self.info.objs[o as usize].name == "_" {
            return;
        }
        let t = self.info.objs[o as usize].typ;
        match self.vars.get(&o).cloned() {
            Some(Local::Ssa(vs)) => {
                for (v, &val) in vs.iter().zip(vals) {
                    self.b.def_var(*v, val);
                }
            }
            Some(Local::Mem(v)) => {
                let a = self.b.use_var(v);
                self.store(a, t, vals);
            }
            None => self.new_local(o, vals),
        }
    }

    // ---- statements ----

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn label_block(&mut self, name: &str) -> Block {
        if let Some(&b) = self.labels.get(name) {
            return b;
        }
        let b = self.b.create_block();
        self.labels.insert(name.to_string(), b);
        b
    }

    fn stmt(&mut self, s: &Stmt) {
        self.b.pos = s.span.lo;
        let label = self.pending_label.take();
        match &*s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Labeled(l, inner) => {
                // A label starts a new block so that goto can reach it.
                let blk = self.label_block(&l.name);
                self.b.jump(blk);
                self.b.switch_to(blk);
                self.pending_label = Some(l.name.clone());
                self.stmt(inner);
                self.pending_label = None;
            }
            StmtKind::Expr(e) => {
                self.expr_multi(e);
            }
            StmtKind::IncDec(x, inc) => {
                let t = self.ty_of(x);
                let p = self.place(x);
                let cur = self.read_place(&p);
                let one = self.const_words(&Const::int(1), t);
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                let v = self.arith(op, t, &cur, &one);
                self.write_place(&p, &v);
            }
            StmtKind::Assign {
                lhs,
                rhs,
                op,
                define,
            } => self.assign(lhs, rhs, *op, *define),
            StmtKind::Return(vals) => self.ret(vals),
            StmtKind::Break(l) => {
                let t = self.find_target(l.as_ref().map(|x| x.name.as_str()), false);
                if let Some(b) = t {
                    self.b.jump(b);
                }
            }
            StmtKind::Continue(l) => {
                let t = self.find_target(l.as_ref().map(|x| x.name.as_str()), true);
                if let Some(b) = t {
                    self.b.jump(b);
                }
            }
            StmtKind::Goto(l) => {
                let b = self.label_block(&l.name);
                self.b.jump(b);
            }
            StmtKind::Fallthrough => {
                if let Some(b) = self.fallthrough_to {
                    self.b.jump(b);
                }
            }
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let (tb, eb, done) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.cond_branch(cond, tb, eb);
                self.b.seal(tb);
                self.b.seal(eb);
                self.b.switch_to(tb);
                self.stmts(&then.stmts);
                if !self.b.is_filled() {
                    self.b.jump(done);
                }
                self.b.switch_to(eb);
                if let Some(e) = els {
                    self.stmt(e);
                }
                if !self.b.is_filled() {
                    self.b.jump(done);
                }
                self.b.seal(done);
                self.b.switch_to(done);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let (header, bodyb, postb, exit) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.b.jump(header);
                self.b.switch_to(header);
                match cond {
                    Some(c) => self.cond_branch(c, bodyb, exit),
                    None => self.b.jump(bodyb),
                }
                self.b.seal(bodyb);
                self.b.switch_to(bodyb);
                self.loop_body(label, exit, postb, body);
                // Go 1.22: each iteration has its own loop variables; a
                // variable in memory (captured, or its address taken) is
                // copied to a fresh one before the post statement.
                for o in self.loop_vars(init.as_ref()) {
                    if self.in_memory(o) {
                        let cur = self.read_var(o);
                        self.new_local(o, &cur);
                    }
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.b.jump(header);
                self.b.seal(header);
                self.b.seal(exit);
                self.b.switch_to(exit);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } if self.info.tys.map_of(self.ty_of(x)).is_some() => {
                self.range_map(key.as_ref(), value.as_ref(), *define, x, body, label)
            }
            StmtKind::Range {
                key,
                define,
                x,
                body,
                ..
            } if self.info.tys.chan_of(self.ty_of(x)).is_some() => {
                self.range_chan(key.as_ref(), *define, x, body, label)
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range(key.as_ref(), value.as_ref(), *define, x, body, label),
            StmtKind::Switch {
                init, tag, cases, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.switch(tag.as_ref(), cases, label);
            }
            StmtKind::Defer(call) => self.defer_stmt(strip(call)),
            StmtKind::Go(call) => self.go_stmt(strip(call)),
            StmtKind::Send(ch, v) => self.chan_send(ch, v),
            StmtKind::Select(clauses) => self.select(clauses, label),
            StmtKind::TypeSwitch { init, x, cases, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.type_switch(x, cases, label);
            }
        }
    }

    /// A loop body: `break` goes to `exit`, `continue` and falling off the
    /// end to `postb`, where lowering continues.
    fn loop_body(&mut self, label: Option<String>, exit: Block, postb: Block, body: &ast::Block) {
        self.targets.push(Target {
            label,
            brk: exit,
            cont: Some(postb),
        });
        self.stmts(&body.stmts);
        self.targets.pop();
        if !self.b.is_filled() {
            self.b.jump(postb);
        }
        self.b.seal(postb);
        self.b.switch_to(postb);
    }

    /// The variables a `for` statement's init statement declares.
    fn loop_vars(&self, init: Option<&Stmt>) -> Vec<ObjId> {
        let Some(init) = init else {
            return Vec::new();
        };
        match &*init.kind {
            StmtKind::Assign {
                lhs, define: true, ..
            } => lhs
                .iter()
                .filter_map(|x| match &*x.kind {
                    ExprKind::Ident(id) if id.name != "_" => self.def_of(id),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    fn find_target(&self, label: Option<&str>, cont: bool) -> Option<Block> {
        for t in self.targets.iter().rev() {
            let matches = match label {
                Some(l) => t.label.as_deref() == Some(l),
                None => !cont || t.cont.is_some(),
            };
            if matches {
                return if cont { t.cont } else { Some(t.brk) };
            }
        }
        None
    }

    fn local_decl(&mut self, g: &ast::GenDecl) {
        if g.kind != ast::GenKind::Var {
            return;
        }
        for s in &g.specs {
            let Spec::Value(v) = s else { continue };
            let objs: Vec<Option<ObjId>> = v.names.iter().map(|n| self.def_of(n)).collect();
            if v.values.is_empty() {
                // No values: new_local zeroes the variable in place (a
                // zero aggregate made first would be a heap object copied
                // in).
                for o in objs.into_iter().flatten() {
                    self.new_local(o, &[]);
                }
            } else if v.values.len() == 1 && v.names.len() > 1 {
                self.bind_multi(&objs, &v.values[0]);
            } else {
                let mut all = Vec::new();
                for (e, o) in v.values.iter().zip(&objs) {
                    let vals = self.expr(e);
                    let vals = match o {
                        Some(o) => {
                            let t = self.info.objs[*o as usize].typ;
                            let rt = self.ty_of(e);
                            self.convert_words(vals, rt, t)
                        }
                        None => vals,
                    };
                    all.push(vals);
                }
                for (o, vals) in objs.iter().zip(all) {
                    if let Some(o) = o {
                        self.new_local(*o, &vals);
                    }
                }
            }
        }
    }

    /// `var a, b T = f()`: each result converted to its variable's type
    /// (blank names skip theirs).
    fn bind_multi(&mut self, objs: &[Option<ObjId>], e: &Expr) {
        let parts = self.tuple_parts(e);
        for (o, (part, from)) in objs.iter().zip(parts) {
            if let Some(o) = o {
                let t = self.info.objs[*o as usize].typ;
                let part = self.assign_conv(part, from, t);
                self.new_local(*o, &part);
            }
        }
    }

    /// The values of a multi-value expression with their types.
    fn tuple_parts(&mut self, e: &Expr) -> Vec<(Vec<Value>, TypeId)> {
        let vals = self.expr_multi(e);
        let mut off = 0;
        self.tuple_types(e)
            .into_iter()
            .map(|t| {
                let n = self.words(t).len();
                let part = vals[off..off + n].to_vec();
                off += n;
                (part, t)
            })
            .collect()
    }

    /// A value of type `from` assigned to a variable of type `to`: boxed
    /// when `to` is an interface (the checker records implicit conversions
    /// for single values only).
    fn assign_conv(&mut self, vals: Vec<Value>, from: TypeId, to: TypeId) -> Vec<Value> {
        if self.info.tys.is_interface(to) && !self.info.tys.is_untyped(from) {
            self.convert_to_iface(vals, from, to)
        } else {
            vals
        }
    }

    /// Values assigned to a variable of type `to` from an expression of type
    /// `from` need no conversion for the supported types (identical words).
    fn convert_words(&mut self, vals: Vec<Value>, _from: TypeId, _to: TypeId) -> Vec<Value> {
        vals
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr], op: Option<BinOp>, define: bool) {
        if let Some(op) = op {
            let t = self.ty_of(&lhs[0]);
            let p = self.place(&lhs[0]);
            let cur = self.read_place(&p);
            let r = self.expr(&rhs[0]);
            let v = if matches!(op, BinOp::Shl | BinOp::Shr) {
                let rt = self.ty_of(&rhs[0]);
                self.shift(op, t, cur[0], rt, r[0])
            } else {
                self.arith(op, t, &cur, &r)
            };
            self.write_place(&p, &v);
            return;
        }
        if rhs.len() == 1 && lhs.len() > 1 {
            let places: Vec<Option<Place>> = if define {
                Vec::new()
            } else {
                lhs.iter().map(|x| Some(self.place(x))).collect()
            };
            let parts = self.tuple_parts(&rhs[0]);
            for (k, (x, (part, from))) in lhs.iter().zip(parts).enumerate() {
                if is_blank(x) {
                    continue;
                }
                let to = self.lhs_type(x, define);
                let part = self.assign_conv(part, from, to);
                match places.get(k) {
                    Some(Some(p)) => self.write_place(p, &part),
                    _ => self.assign_or_define(x, &part, define),
                }
            }
            return;
        }
        if !define {
            // Spec: index operands on the left and the right-hand sides are
            // evaluated first, then the assignments happen left to right.
            let places: Vec<Place> = lhs.iter().map(|x| self.place(x)).collect();
            let mut vals: Vec<Vec<Value>> = rhs.iter().map(|e| self.expr(e)).collect();
            if lhs.len() > 1 {
                // An assignment must not change a value still to be assigned.
                for (v, e) in vals.iter_mut().zip(rhs) {
                    // The type after any implicit conversion to an interface.
                    let t = match self.info.implicit.get(&e.id) {
                        Some(&to) => to,
                        None => self.ty_of(e),
                    };
                    *v = self.own(t, std::mem::take(v));
                }
            }
            for (p, v) in places.iter().zip(vals) {
                self.write_place(p, &v);
            }
            return;
        }
        // All right-hand sides are evaluated before any assignment.
        let vals: Vec<Vec<Value>> = rhs.iter().map(|e| self.expr(e)).collect();
        for (x, v) in lhs.iter().zip(vals) {
            self.assign_or_define(x, &v, define);
        }
    }

    /// The result types of a multi-value expression.
    fn tuple_types(&self, e: &Expr) -> Vec<TypeId> {
        if self.info.comma_ok.contains(&strip(e).id) {
            return vec![self.ty_of(e), self.info.tys.basic(Basic::Bool)];
        }
        match self.info.tys.kind(self.ty_of(e)) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ => vec![self.ty_of(e)],
        }
    }

    fn lhs_type(&self, x: &Expr, define: bool) -> TypeId {
        if define {
            if let ExprKind::Ident(id) = &*x.kind {
                if let Some(o) = self.def_of(id) {
                    return self.info.objs[o as usize].typ;
                }
            }
        }
        self.ty_of(x)
    }

    fn assign_or_define(&mut self, x: &Expr, vals: &[Value], define: bool) {
        if define {
            if let ExprKind::Ident(id) = &*x.kind {
                if let Some(o) = self.def_of(id) {
                    if id.name != "_" {
                        self.new_local(o, vals);
                    }
                    return;
                }
            }
        }
        self.assign_to(x, vals);
    }

    fn assign_to(&mut self, x: &Expr, vals: &[Value]) {
        let p = self.place(x);
        self.write_place(&p, vals);
    }

    fn ret(&mut self, vals: &[Expr]) {
        if vals.is_empty() {
            self.ret_named();
            return;
        }
        let mut out = Vec::new();
        if vals.len() == 1 && self.results.len() > 1 {
            // `return f()`: each result converted to its declared type
            // (`*T` to an interface, say).
            let parts = self.tuple_parts(&vals[0]);
            for ((w, from), r) in parts.into_iter().zip(self.results.clone()) {
                let to = self.info.objs[r as usize].typ;
                out.extend(self.assign_conv(w, from, to));
            }
        } else {
            for (v, r) in vals.iter().zip(self.results.clone()) {
                let t = self.info.objs[r as usize].typ;
                let w = self.expr(v);
                out.extend(self.own(t, w));
            }
        }
        self.ret_words(out);
    }

    fn range(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) {
        let xt = self.ty_of(x);
        // A blank value variable reads nothing (`for i, _ := range p`
        // with a nil array pointer does not fault).
        let value = value.filter(|v| !matches!(&*v.kind, ExprKind::Ident(id) if id.name == "_"));
        let arr = self.info.tys.array_of(xt).map(|a| (a, false)).or_else(|| {
            let p = self.info.tys.pointer_elem(xt)?;
            self.info.tys.array_of(p).map(|a| (a, true))
        });
        let xs = match arr {
            // An array ranges over its length; its elements are read from
            // a copy of it (or through the pointer), only when needed.
            Some(((n, _), ptr)) => {
                let nv = self.iconst(Ty::I64, n as i64);
                let base = if value.is_none() {
                    // Spec: not evaluated when its length is constant,
                    // i.e. unless it contains calls or receives.
                    if crate::types::check::expr::has_call_or_recv(x) {
                        self.expr(x);
                    }
                    self.iconst(Ty::I64, 0)
                } else if ptr {
                    let p = self.expr(x)[0];
                    if n > 0 {
                        self.nil_check(p, 0);
                    }
                    p
                } else {
                    let v = self.expr(x);
                    if is_mem_type(self.info, xt) {
                        self.own(xt, v)[0]
                    } else {
                        let p = self.alloc(xt);
                        self.store(p, xt, &v);
                        p
                    }
                };
                vec![base, nv, nv]
            }
            None => self.expr(x),
        };
        let is_string = self.info.tys.is_string(xt);
        let elem = self.info.tys.slice_elem(xt).or(arr.map(|((_, et), _)| et));
        let it = if is_string || elem.is_some() {
            self.info.tys.basic(Basic::Int)
        } else {
            xt
        };
        let iw = self.words(it)[0];
        let idx = self.b.declare_var(iw, false);
        let zero = self.iconst(iw, 0);
        self.b.def_var(idx, zero);
        let next = self.b.declare_var(iw, false);
        let (header, bodyb, postb, exit) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.jump(header);
        self.b.switch_to(header);
        let i = self.b.use_var(idx);
        let limit = if is_string || elem.is_some() {
            xs[1]
        } else {
            xs[0]
        };
        let signed = !self.info.tys.is_unsigned(it);
        let c = self.b.inst1(
            Op::Icmp(if signed { Cond::Slt } else { Cond::Ult }, i, limit),
            Ty::I8,
        );
        self.b.brif(c, bodyb, exit);
        self.b.seal(bodyb);
        self.b.switch_to(bodyb);
        let i = self.b.use_var(idx);
        let mut vals: Vec<Vec<Value>> = vec![vec![i]];
        if is_string {
            // ASCII fast path inline; the runtime decodes the rest.
            let addr = self.b.inst1(Op::Bin(B::Iadd, xs[0], i), Ty::I64);
            let byte = self.b.inst1(Op::Load(Ty::I8, addr, 0), Ty::I8);
            let r = self.b.declare_var(Ty::I32, false);
            let (ascii, multi, join) = (
                self.b.create_block(),
                self.b.create_block(),
                self.b.create_block(),
            );
            let lim = self.iconst(Ty::I8, 0x80u8 as i8 as i64);
            let is_ascii = self.b.inst1(Op::Icmp(Cond::Ult, byte, lim), Ty::I8);
            self.b.brif(is_ascii, ascii, multi);
            self.b.seal(ascii);
            self.b.seal(multi);
            self.b.switch_to(ascii);
            let r32 = self.b.inst1(Op::Conv(Conv::Uext, Ty::I32, byte), Ty::I32);
            self.b.def_var(r, r32);
            let one = self.iconst(Ty::I64, 1);
            let n1 = self.b.inst1(Op::Bin(B::Iadd, i, one), Ty::I64);
            self.b.def_var(next, n1);
            self.b.jump(join);
            self.b.switch_to(multi);
            let res = self.b.inst(
                Op::CallRt(Rt::DecodeRune, vec![xs[0], xs[1], i]),
                &[Ty::I64, Ty::I64],
            );
            let r32 = self
                .b
                .inst1(Op::Conv(Conv::Trunc, Ty::I32, res[0]), Ty::I32);
            self.b.def_var(r, r32);
            self.b.def_var(next, res[1]);
            self.b.jump(join);
            self.b.seal(join);
            self.b.switch_to(join);
            let rv = self.b.use_var(r);
            vals.push(vec![rv]);
        } else {
            let one = self.iconst(iw, 1);
            let n1 = self.b.inst1(Op::Bin(B::Iadd, i, one), iw);
            self.b.def_var(next, n1);
            if let (Some(et), Some(_)) = (elem, value) {
                // The element is read once per iteration, before the body.
                let a = self.offset_addr(xs[0], i, et);
                let v = self.load(a, et);
                vals.push(v);
            }
        }
        self.bind_range_vars(key, value, vals, define);
        self.loop_body(label, exit, postb, body);
        let n = self.b.use_var(next);
        self.b.def_var(idx, n);
        self.b.jump(header);
        self.b.seal(header);
        self.b.seal(exit);
        self.b.switch_to(exit);
    }

    /// Binds a range clause's iteration values: a definition, or an
    /// assignment whose index operands are all evaluated before either
    /// variable is assigned (`for i, x[i] = range s`).
    fn bind_range_vars(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        vals: Vec<Vec<Value>>,
        define: bool,
    ) {
        if define {
            for (e, v) in [key, value].into_iter().zip(vals) {
                if let Some(e) = e {
                    self.assign_or_define(e, &v, true);
                }
            }
            return;
        }
        let places: Vec<Option<Place>> = [key, value]
            .into_iter()
            .map(|e| e.map(|e| self.place(e)))
            .collect();
        for (p, v) in places.into_iter().zip(vals) {
            if let Some(p) = p {
                self.write_place(&p, &v);
            }
        }
    }

    fn switch(&mut self, tag: Option<&Expr>, cases: &[ast::CaseClause], label: Option<String>) {
        let tagv = tag.map(|t| (self.expr(t), self.ty_of(t)));
        let exit = self.b.create_block();
        let bodies: Vec<Block> = cases.iter().map(|_| self.b.create_block()).collect();
        let default = cases.iter().position(|c| c.default);
        // Tests in source order; default last.
        for (ci, cc) in cases.iter().enumerate() {
            for e in &cc.list {
                let next = self.b.create_block();
                let c = match &tagv {
                    Some((tv, tt)) => {
                        let ev = self.expr(e);
                        let r = self.compare(BinOp::Eql, *tt, tv, &ev);
                        r[0]
                    }
                    None => self.expr(e)[0],
                };
                self.b.brif(c, bodies[ci], next);
                self.b.seal(next);
                self.b.switch_to(next);
            }
        }
        match default {
            Some(d) => self.b.jump(bodies[d]),
            None => self.b.jump(exit),
        }
        self.targets.push(Target {
            label,
            brk: exit,
            cont: None,
        });
        for (ci, cc) in cases.iter().enumerate() {
            // The next clause's body may be reached by fallthrough too.
            self.b.switch_to(bodies[ci]);
            if ci == 0 {
                self.b.seal(bodies[0]);
            }
            let saved = self.fallthrough_to.take();
            self.fallthrough_to = bodies.get(ci + 1).copied();
            self.stmts(&cc.body);
            self.fallthrough_to = saved;
            if !self.b.is_filled() {
                self.b.jump(exit);
            }
            if ci + 1 < bodies.len() {
                self.b.seal(bodies[ci + 1]);
            }
        }
        self.targets.pop();
        self.b.seal(exit);
        self.b.switch_to(exit);
    }

    /// Branches on a boolean expression, short-circuiting `&&`, `||` and `!`.
    fn cond_branch(&mut self, e: &Expr, t: Block, f: Block) {
        if !self.info.consts.contains_key(&e.id) {
            match &*e.kind {
                ExprKind::Paren(x) => return self.cond_branch(x, t, f),
                ExprKind::Unary(UnOp::Not, x) => return self.cond_branch(x, f, t),
                ExprKind::Binary(BinOp::LAnd, x, y) => {
                    let mid = self.b.create_block();
                    self.cond_branch(x, mid, f);
                    self.b.seal(mid);
                    self.b.switch_to(mid);
                    return self.cond_branch(y, t, f);
                }
                ExprKind::Binary(BinOp::LOr, x, y) => {
                    let mid = self.b.create_block();
                    self.cond_branch(x, t, mid);
                    self.b.seal(mid);
                    self.b.switch_to(mid);
                    return self.cond_branch(y, t, f);
                }
                _ => {}
            }
        }
        let c = self.expr(e)[0];
        self.b.brif(c, t, f);
    }

    // ---- expressions ----

    /// Lowers an expression that may have several values (a call).
    fn expr_multi(&mut self, e: &Expr) -> Vec<Value> {
        self.expr(e)
    }

    fn expr(&mut self, e: &Expr) -> Vec<Value> {
        let t = self.ty_of(e);
        let r = if let Some(c) = self.info.consts.get(&e.id) {
            let c = c.clone();
            self.const_words(&c, t)
        } else {
            let saved = self.b.pos;
            self.b.pos = e.span.lo;
            let r = self.expr_inner(e, t);
            self.b.pos = saved;
            r
        };
        // An implicit conversion to an interface type (assignability).
        match self.info.implicit.get(&e.id) {
            Some(&to) => self.convert_to_iface(r, t, to),
            None => r,
        }
    }

    fn expr_inner(&mut self, e: &Expr, t: TypeId) -> Vec<Value> {
        match &*e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) if self.is_named_ref(e) => {
                match self.obj_of(e) {
                    Some(o) if self.info.objs[o as usize].kind == ObjKind::Nil => {
                        if self.basic(t) == Basic::UntypedNil {
                            // Compared with a pointer-shaped value: one word.
                            return vec![self.iconst(Ty::I64, 0)];
                        }
                        self.zero(t)
                    }
                    Some(o) if self.info.objs[o as usize].kind == ObjKind::Func => {
                        let sym = func_symbol(self.info, o);
                        let ft = self.info.objs[o as usize].typ;
                        let w = format!("{}.fv", sym);
                        self.wrappers.insert((sym, ft));
                        let p = self.b.inst1(Op::Addr(DataRef::FuncVal(w)), Ty::I64);
                        self.b.mark_ptr(p);
                        vec![p]
                    }
                    Some(o) => self.read_var(o),
                    None => Vec::new(),
                }
            }
            ExprKind::FuncLit(..) => vec![self.closure(e)],
            ExprKind::TypeAssert(x, Some(_)) => self.type_assert(e, x, t),
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Unary(UnOp::Addr, x) => vec![self.address_of(x)],
            ExprKind::Selector(..) if self.info.method_values.contains_key(&e.id) => {
                vec![self.method_value(e)]
            }
            ExprKind::Selector(..) if self.info.method_exprs.contains_key(&e.id) => {
                let sym = self.info.method_exprs[&e.id].clone();
                let w = format!("{}.fv", sym);
                self.wrappers.insert((sym, t));
                let p = self.b.inst1(Op::Addr(DataRef::FuncVal(w)), Ty::I64);
                self.b.mark_ptr(p);
                vec![p]
            }
            ExprKind::Selector(..) | ExprKind::Star(_) => {
                let loc = self.locate(e);
                self.loc_value(loc, t)
            }
            ExprKind::Index(x, _)
                if self.info.tys.array_of(self.ty_of(x)).is_some()
                    || self
                        .info
                        .tys
                        .pointer_elem(self.ty_of(x))
                        .is_some_and(|p| self.info.tys.array_of(p).is_some()) =>
            {
                let loc = self.locate(e);
                self.loc_value(loc, t)
            }
            ExprKind::Slice { x, lo, hi, max, .. }
                if self.info.tys.slice_elem(self.ty_of(x)).is_none()
                    && !self.info.tys.is_string(self.ty_of(x)) =>
            {
                // Slicing an array (addressable) or a pointer to one.
                let xt = self.ty_of(x);
                let (base, n) = match self.info.tys.pointer_elem(xt) {
                    Some(pt) => {
                        let p = self.expr(x)[0];
                        let n = self.info.tys.array_of(pt).map(|a| a.0).unwrap_or(0);
                        self.nil_check(p, 0);
                        (p, n)
                    }
                    None => {
                        let n = self.info.tys.array_of(xt).map(|a| a.0).unwrap_or(0);
                        (self.address_of(x), n)
                    }
                };
                let nv = self.iconst(Ty::I64, n as i64);
                let s = vec![base, nv, nv];
                self.slice_words(&s, lo.as_ref(), hi.as_ref(), max.as_ref(), t)
            }
            ExprKind::Unary(UnOp::Recv, x) => self.chan_recv(e, x),
            ExprKind::Unary(op, x) => {
                let v = self.expr(x);
                let xt = self.ty_of(x);
                match op {
                    UnOp::Pos => v,
                    UnOp::Neg => {
                        if self.info.tys.is_float(xt) || self.info.tys.is_complex(xt) {
                            v.iter()
                                .map(|&w| {
                                    self.b.inst1(Op::Un(ir::UnOp::Fneg, w), self.b.func.ty(w))
                                })
                                .collect()
                        } else {
                            let ty = self.b.func.ty(v[0]);
                            vec![self.b.inst1(Op::Un(ir::UnOp::Ineg, v[0]), ty)]
                        }
                    }
                    UnOp::Xor => {
                        let ty = self.b.func.ty(v[0]);
                        vec![self.b.inst1(Op::Un(ir::UnOp::Bnot, v[0]), ty)]
                    }
                    UnOp::Not => {
                        let one = self.iconst(Ty::I8, 1);
                        vec![self.b.inst1(Op::Bin(B::Bxor, v[0], one), Ty::I8)]
                    }
                    _ => v,
                }
            }
            ExprKind::Binary(op, x, y) => self.binary(*op, x, y, t),
            ExprKind::Call { func, args, .. } => self.call(e, func, args, t),
            ExprKind::Index(x, idx) if self.info.tys.map_of(self.ty_of(x)).is_some() => {
                self.map_index(e, x, &idx[0])
            }
            ExprKind::Index(x, idx) if self.info.tys.slice_elem(self.ty_of(x)).is_some() => {
                let a = self.elem_addr(x, &idx[0]);
                self.load(a, t)
            }
            ExprKind::Slice { x, lo, hi, max, .. }
                if self.info.tys.slice_elem(self.ty_of(x)).is_some() =>
            {
                let s = self.expr(x);
                self.slice_words(&s, lo.as_ref(), hi.as_ref(), max.as_ref(), t)
            }
            ExprKind::CompositeLit { elts, .. } if self.info.elided_addr.contains(&e.id) => {
                let base = self.info.tys.pointer_elem(t).unwrap_or(t);
                let v = if self.info.tys.struct_fields(base).is_some() {
                    self.struct_literal(base, elts)
                } else if self.info.tys.array_of(base).is_some() {
                    self.array_literal(base, elts)
                } else if self.info.tys.map_of(base).is_some() {
                    self.map_literal(base, elts)
                } else {
                    self.slice_literal(base, elts)
                };
                if is_mem_type(self.info, base) {
                    return v;
                }
                let p = self.alloc(base);
                self.store(p, base, &v);
                vec![p]
            }
            ExprKind::CompositeLit { elts, .. } if self.info.tys.struct_fields(t).is_some() => {
                self.struct_literal(t, elts)
            }
            ExprKind::CompositeLit { elts, .. } if self.info.tys.array_of(t).is_some() => {
                self.array_literal(t, elts)
            }
            ExprKind::CompositeLit { elts, .. } if self.info.tys.map_of(t).is_some() => {
                self.map_literal(t, elts)
            }
            ExprKind::CompositeLit { elts, .. } => self.slice_literal(t, elts),
            ExprKind::Index(x, idx) => {
                let s = self.expr(x);
                let i = self.index_i64(&idx[0]);
                let signed = !self.info.tys.is_unsigned(self.ty_of(&idx[0]));
                self.b
                    .inst(Op::BoundsCheck(Bounds::Index, signed, i, s[1]), &[]);
                let a = self.b.inst1(Op::Bin(B::Iadd, s[0], i), Ty::I64);
                vec![self.b.inst1(Op::Load(Ty::I8, a, 0), Ty::I8)]
            }
            _ => self.expr_rest(e, t),
        }
    }

    /// `s[lo:hi:max]` of slice words `s` (an array's address, length and
    /// capacity for arrays), with gc's bounds checks.
    fn slice_words(
        &mut self,
        s: &[Value],
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        t: TypeId,
    ) -> Vec<Value> {
        {
            {
                let et = self.info.tys.slice_elem(t).unwrap_or(t);
                let sgn = |l: &Self, e: &Expr| !l.info.tys.is_unsigned(l.ty_of(e));
                // gc's order: max (or hi) against cap, then hi against max, then lo against hi.
                let (hv, mv) = match max {
                    Some(m) => {
                        let mv = self.index_i64(m);
                        let sg = sgn(self, m);
                        self.b
                            .inst(Op::BoundsCheck(Bounds::Slice3Acap, sg, mv, s[2]), &[]);
                        let hv = match hi {
                            Some(h) => {
                                let v = self.index_i64(h);
                                let sg = sgn(self, h);
                                self.b
                                    .inst(Op::BoundsCheck(Bounds::Slice3B, sg, v, mv), &[]);
                                v
                            }
                            None => mv,
                        };
                        (hv, mv)
                    }
                    None => {
                        let hv = match hi {
                            Some(h) => {
                                let v = self.index_i64(h);
                                let sg = sgn(self, h);
                                self.b
                                    .inst(Op::BoundsCheck(Bounds::SliceAcap, sg, v, s[2]), &[]);
                                v
                            }
                            None => s[1],
                        };
                        (hv, s[2])
                    }
                };
                let lv = match lo {
                    Some(l) => {
                        let v = self.index_i64(l);
                        let sg = sgn(self, l);
                        let kind = if max.is_some() {
                            Bounds::Slice3C
                        } else {
                            Bounds::SliceB
                        };
                        self.b.inst(Op::BoundsCheck(kind, sg, v, hv), &[]);
                        v
                    }
                    None => self.iconst(Ty::I64, 0),
                };
                let n = self.b.inst1(Op::Bin(B::Isub, hv, lv), Ty::I64);
                let c = self.b.inst1(Op::Bin(B::Isub, mv, lv), Ty::I64);
                // An empty result keeps the base pointer, never one past the end.
                let z = self.iconst(Ty::I64, 0);
                let empty = self.b.inst1(Op::Icmp(Cond::Eq, c, z), Ty::I8);
                let lo_eff = self.b.inst1(Op::Select(empty, z, lv), Ty::I64);
                let p = self.offset_addr(s[0], lo_eff, et);
                vec![p, n, c]
            }
        }
    }

    fn expr_rest(&mut self, e: &Expr, t: TypeId) -> Vec<Value> {
        match &*e.kind {
            ExprKind::Slice { x, lo, hi, .. } => {
                let s = self.expr(x);
                let hv = match hi {
                    Some(h) => {
                        let v = self.index_i64(h);
                        let signed = !self.info.tys.is_unsigned(self.ty_of(h));
                        self.b
                            .inst(Op::BoundsCheck(Bounds::SliceAlen, signed, v, s[1]), &[]);
                        v
                    }
                    None => s[1],
                };
                let lv = match lo {
                    Some(l) => {
                        let v = self.index_i64(l);
                        let signed = !self.info.tys.is_unsigned(self.ty_of(l));
                        self.b
                            .inst(Op::BoundsCheck(Bounds::SliceB, signed, v, hv), &[]);
                        v
                    }
                    None => self.iconst(Ty::I64, 0),
                };
                let p = self.b.inst1(Op::Bin(B::Iadd, s[0], lv), Ty::I64);
                self.b.mark_ptr(p);
                let n = self.b.inst1(Op::Bin(B::Isub, hv, lv), Ty::I64);
                vec![p, n]
            }
            _ => self.zero(t),
        }
    }

    /// An index operand widened to 64 bits.
    fn index_i64(&mut self, e: &Expr) -> Value {
        let v = self.expr(e)[0];
        let t = self.ty_of(e);
        self.widen(v, !self.info.tys.is_unsigned(t))
    }

    fn widen(&mut self, v: Value, signed: bool) -> Value {
        if self.b.func.ty(v) == Ty::I64 {
            return v;
        }
        let c = if signed { Conv::Sext } else { Conv::Uext };
        self.b.inst1(Op::Conv(c, Ty::I64, v), Ty::I64)
    }

    fn binary(&mut self, op: BinOp, x: &Expr, y: &Expr, t: TypeId) -> Vec<Value> {
        match op {
            BinOp::LAnd | BinOp::LOr => {
                let r = self.b.declare_var(Ty::I8, false);
                let (tb, fb, done) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.cond_branch(
                    x,
                    if op == BinOp::LAnd { tb } else { fb },
                    if op == BinOp::LAnd { fb } else { tb },
                );
                self.b.seal(tb);
                self.b.seal(fb);
                // tb: evaluate y; fb: the short-circuit result.
                self.b.switch_to(tb);
                let yv = self.expr(y)[0];
                self.b.def_var(r, yv);
                self.b.jump(done);
                self.b.switch_to(fb);
                let c = self.iconst(Ty::I8, (op == BinOp::LOr) as i64);
                self.b.def_var(r, c);
                self.b.jump(done);
                self.b.seal(done);
                self.b.switch_to(done);
                vec![self.b.use_var(r)]
            }
            BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq => {
                // Mixed interface and concrete operands compare as interfaces.
                let xt = match self.info.implicit.get(&x.id) {
                    Some(&to) => to,
                    None => self.ty_of(x),
                };
                let a = self.expr(x);
                let b = self.expr(y);
                self.compare(op, xt, &a, &b)
            }
            BinOp::Shl | BinOp::Shr => {
                let a = self.expr(x)[0];
                let yt = self.ty_of(y);
                let b = self.expr(y)[0];
                self.shift(op, t, a, yt, b)
            }
            _ => {
                let a = self.expr(x);
                let b = self.expr(y);
                self.arith(op, t, &a, &b)
            }
        }
    }

    fn compare(&mut self, op: BinOp, t: TypeId, a: &[Value], b: &[Value]) -> Vec<Value> {
        if self.info.tys.is_interface(t) {
            return vec![self.compare_iface(op == BinOp::Neq, t, a, b)];
        }
        if self.info.tys.struct_fields(t).is_some() || self.info.tys.array_of(t).is_some() {
            return vec![self.compare_aggregate(op, t, a, b)];
        }
        let tys = &self.info.tys;
        if tys.nillable(t) {
            // Only comparisons with nil type-check: compare the pointers.
            let c = if op == BinOp::Eql { Cond::Eq } else { Cond::Ne };
            return vec![self.b.inst1(Op::Icmp(c, a[0], b[0]), Ty::I8)];
        }
        if tys.is_string(t) {
            if matches!(op, BinOp::Eql | BinOp::Neq) {
                let r = self.b.declare_var(Ty::I8, false);
                let (same, done) = (self.b.create_block(), self.b.create_block());
                let zero = self.iconst(Ty::I8, 0);
                self.b.def_var(r, zero);
                let leq = self.b.inst1(Op::Icmp(Cond::Eq, a[1], b[1]), Ty::I8);
                self.b.brif(leq, same, done);
                self.b.seal(same);
                self.b.switch_to(same);
                let eq = self
                    .b
                    .inst1(Op::CallRt(Rt::MemEqual, vec![a[0], b[0], a[1]]), Ty::I8);
                self.b.def_var(r, eq);
                self.b.jump(done);
                self.b.seal(done);
                self.b.switch_to(done);
                let v = self.b.use_var(r);
                if op == BinOp::Neq {
                    let one = self.iconst(Ty::I8, 1);
                    return vec![self.b.inst1(Op::Bin(B::Bxor, v, one), Ty::I8)];
                }
                return vec![v];
            }
            let c = self.b.inst1(
                Op::CallRt(Rt::CmpString, vec![a[0], a[1], b[0], b[1]]),
                Ty::I64,
            );
            let z = self.iconst(Ty::I64, 0);
            let cond = int_cond(op, true);
            return vec![self.b.inst1(Op::Icmp(cond, c, z), Ty::I8)];
        }
        if tys.is_complex(t) {
            let fc = if op == BinOp::Eql {
                FCond::Eq
            } else {
                FCond::Ne
            };
            let re = self.b.inst1(Op::Fcmp(fc, a[0], b[0]), Ty::I8);
            let im = self.b.inst1(Op::Fcmp(fc, a[1], b[1]), Ty::I8);
            let comb = if op == BinOp::Eql { B::Band } else { B::Bor };
            return vec![self.b.inst1(Op::Bin(comb, re, im), Ty::I8)];
        }
        if tys.is_float(t) {
            let fc = match op {
                BinOp::Eql => FCond::Eq,
                BinOp::Neq => FCond::Ne,
                BinOp::Lss => FCond::Lt,
                BinOp::Leq => FCond::Le,
                BinOp::Gtr => FCond::Gt,
                _ => FCond::Ge,
            };
            return vec![self.b.inst1(Op::Fcmp(fc, a[0], b[0]), Ty::I8)];
        }
        let signed = !tys.is_unsigned(t);
        vec![self
            .b
            .inst1(Op::Icmp(int_cond(op, signed), a[0], b[0]), Ty::I8)]
    }

    fn arith(&mut self, op: BinOp, t: TypeId, a: &[Value], b: &[Value]) -> Vec<Value> {
        let tys = &self.info.tys;
        if tys.is_string(t) {
            let g = self.g;
            let r = self.b.inst(
                Op::CallRt(Rt::ConcatString2, vec![g, a[0], a[1], b[0], b[1]]),
                &[Ty::I64, Ty::I64],
            );
            self.b.mark_ptr(r[0]);
            return r;
        }
        if tys.is_complex(t) {
            let ty = self.b.func.ty(a[0]);
            let f = |s: &mut Self, o: B, x: Value, y: Value| s.b.inst1(Op::Bin(o, x, y), ty);
            return match op {
                BinOp::Add => vec![f(self, B::Fadd, a[0], b[0]), f(self, B::Fadd, a[1], b[1])],
                BinOp::Sub => vec![f(self, B::Fsub, a[0], b[0]), f(self, B::Fsub, a[1], b[1])],
                BinOp::Mul => {
                    let ac = f(self, B::Fmul, a[0], b[0]);
                    let bd = f(self, B::Fmul, a[1], b[1]);
                    let ad = f(self, B::Fmul, a[0], b[1]);
                    let bc = f(self, B::Fmul, a[1], b[0]);
                    vec![f(self, B::Fsub, ac, bd), f(self, B::Fadd, ad, bc)]
                }
                _ => {
                    // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
                    let cc = f(self, B::Fmul, b[0], b[0]);
                    let dd = f(self, B::Fmul, b[1], b[1]);
                    let den = f(self, B::Fadd, cc, dd);
                    let ac = f(self, B::Fmul, a[0], b[0]);
                    let bd = f(self, B::Fmul, a[1], b[1]);
                    let bc = f(self, B::Fmul, a[1], b[0]);
                    let ad = f(self, B::Fmul, a[0], b[1]);
                    let re = f(self, B::Fadd, ac, bd);
                    let im = f(self, B::Fsub, bc, ad);
                    vec![f(self, B::Fdiv, re, den), f(self, B::Fdiv, im, den)]
                }
            };
        }
        let ty = self.b.func.ty(a[0]);
        if tys.is_float(t) {
            let o = match op {
                BinOp::Add => B::Fadd,
                BinOp::Sub => B::Fsub,
                BinOp::Mul => B::Fmul,
                _ => B::Fdiv,
            };
            return vec![self.b.inst1(Op::Bin(o, a[0], b[0]), ty)];
        }
        let signed = !tys.is_unsigned(t);
        let (x, y) = (a[0], b[0]);
        let o = match op {
            BinOp::Add => B::Iadd,
            BinOp::Sub => B::Isub,
            BinOp::Mul => B::Imul,
            BinOp::And => B::Band,
            BinOp::Or => B::Bor,
            BinOp::Xor => B::Bxor,
            BinOp::AndNot => {
                let ny = self.b.inst1(Op::Un(ir::UnOp::Bnot, y), ty);
                return vec![self.b.inst1(Op::Bin(B::Band, x, ny), ty)];
            }
            BinOp::Quo | BinOp::Rem => {
                return vec![self.divide(op == BinOp::Quo, signed, x, y, ty)]
            }
            _ => B::Iadd,
        };
        vec![self.b.inst1(Op::Bin(o, x, y), ty)]
    }

    /// Integer division with Go's checks: a zero divisor panics, and
    /// `MinInt / -1` wraps to `MinInt` (remainder 0) instead of trapping.
    fn divide(&mut self, quo: bool, signed: bool, x: Value, y: Value, ty: Ty) -> Value {
        let konst = self.b.const_of(y);
        if konst != Some(0) && konst.is_some() {
            // Constant non-zero divisor: only -1 needs care.
            if signed && konst == Some(-1) {
                return if quo {
                    self.b.inst1(Op::Un(ir::UnOp::Ineg, x), ty)
                } else {
                    self.iconst(ty, 0)
                };
            }
        } else {
            let zero = self.iconst(ty, 0);
            let is_zero = self.b.inst1(Op::Icmp(Cond::Eq, y, zero), Ty::I8);
            let (panic, ok) = (self.b.create_block(), self.b.create_block());
            self.b.brif(is_zero, panic, ok);
            self.b.seal(panic);
            self.b.seal(ok);
            self.b.switch_to(panic);
            let g = self.g;
            self.b.inst(Op::CallRt(Rt::PanicDivide, vec![g]), &[]);
            self.b.terminate(Term::Unreachable);
            self.b.switch_to(ok);
        }
        if !signed {
            let o = if quo { B::Udiv } else { B::Urem };
            return self.b.inst1(Op::Bin(o, x, y), ty);
        }
        if konst.is_some() {
            let o = if quo { B::Sdiv } else { B::Srem };
            return self.b.inst1(Op::Bin(o, x, y), ty);
        }
        let m1 = self.iconst(ty, -1);
        let is_m1 = self.b.inst1(Op::Icmp(Cond::Eq, y, m1), Ty::I8);
        let one = self.iconst(ty, 1);
        let safe = self.b.inst1(Op::Select(is_m1, one, y), ty);
        if quo {
            let q = self.b.inst1(Op::Bin(B::Sdiv, x, safe), ty);
            let neg = self.b.inst1(Op::Un(ir::UnOp::Ineg, x), ty);
            self.b.inst1(Op::Select(is_m1, neg, q), ty)
        } else {
            let r = self.b.inst1(Op::Bin(B::Srem, x, safe), ty);
            let z = self.iconst(ty, 0);
            self.b.inst1(Op::Select(is_m1, z, r), ty)
        }
    }

    /// Go shifts: counts at or above the width give 0 (or the sign for
    /// signed `>>`); a negative signed count panics.
    fn shift(&mut self, op: BinOp, t: TypeId, x: Value, yt: TypeId, y: Value) -> Vec<Value> {
        let ty = self.b.func.ty(x);
        let signed_x = !self.info.tys.is_unsigned(t);
        let signed_y = !self.info.tys.is_unsigned(yt) && !self.info.tys.is_untyped(yt);
        let width = ty.bits() as i64;
        if let Some(c) = self.b.const_of(y) {
            if c >= 0 {
                let yt_ty = self.b.func.ty(y);
                let c = if yt_ty != Ty::I64 {
                    c & ((1i64 << yt_ty.bits()) - 1).max(-1)
                } else {
                    c
                };
                if c < width {
                    let amt = self.iconst(ty, c);
                    let o = match (op, signed_x) {
                        (BinOp::Shl, _) => B::Ishl,
                        (_, true) => B::Sshr,
                        _ => B::Ushr,
                    };
                    return vec![self.b.inst1(Op::Bin(o, x, amt), ty)];
                }
            }
        }
        if signed_y {
            let yty = self.b.func.ty(y);
            let z = self.iconst(yty, 0);
            let neg = self.b.inst1(Op::Icmp(Cond::Slt, y, z), Ty::I8);
            let (panic, ok) = (self.b.create_block(), self.b.create_block());
            self.b.brif(neg, panic, ok);
            self.b.seal(panic);
            self.b.seal(ok);
            self.b.switch_to(panic);
            let g = self.g;
            self.b.inst(Op::CallRt(Rt::PanicShift, vec![g]), &[]);
            self.b.terminate(Term::Unreachable);
            self.b.switch_to(ok);
        }
        let y64 = self.widen(y, false);
        let w = self.iconst(Ty::I64, width);
        let big = self.b.inst1(Op::Icmp(Cond::Uge, y64, w), Ty::I8);
        let wm1 = self.iconst(Ty::I64, width - 1);
        let clamped = self.b.inst1(Op::Select(big, wm1, y64), Ty::I64);
        let amt = if ty == Ty::I64 {
            clamped
        } else {
            self.b.inst1(Op::Conv(Conv::Trunc, ty, clamped), ty)
        };
        match (op, signed_x) {
            (BinOp::Shr, true) => vec![self.b.inst1(Op::Bin(B::Sshr, x, amt), ty)],
            (op, _) => {
                let o = if op == BinOp::Shl { B::Ishl } else { B::Ushr };
                let r = self.b.inst1(Op::Bin(o, x, amt), ty);
                let z = self.iconst(ty, 0);
                vec![self.b.inst1(Op::Select(big, z, r), ty)]
            }
        }
    }

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], t: TypeId) -> Vec<Value> {
        let _ = e;
        let fobj = match &*strip(func).kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => self.obj_of(strip(func)),
            _ => None,
        };
        if let Some(o) = fobj {
            match &self.info.objs[o as usize].kind {
                ObjKind::Builtin(b) => {
                    if *b == Builtin::Append {
                        let spread = matches!(&*e.kind, ExprKind::Call { ellipsis: true, .. });
                        return self.append(args, t, spread);
                    }
                    return self.builtin(*b, args, t);
                }
                ObjKind::TypeName => return self.conversion(&args[0], t),
                ObjKind::Func => {
                    let sym = func_symbol(self.info, o);
                    if self.info.bodyless.contains(&sym) {
                        return self.intrinsic(&sym, args, t);
                    }
                    if sym == "runtime.SetFinalizer" && args.len() == 2 {
                        self.set_finalizer(e, args);
                        return Vec::new();
                    }
                }
                _ => {}
            }
        }
        if let ExprKind::SliceType(_) = &*strip(func).kind {
            return self.conversion(&args[0], t);
        }
        if let ExprKind::Paren(_) = &*func.kind {
            // A parenthesized type: conversion.
            if self.info.types.contains_key(&func.id) && args.len() == 1 {
                return self.conversion(&args[0], t);
            }
        }
        let ft = self.ty_of(func);
        if !matches!(
            self.info.tys.kind(self.info.tys.underlying(ft)),
            TypeKind::Func(..)
        ) {
            // Other type expressions (`[2]int(x)`, `*T(p)`...).
            if args.len() == 1 {
                return self.conversion(&args[0], t);
            }
            return self.zero(t);
        }
        let (callee, vals) = self.prepare_call(e, func, args);
        self.call_with(callee, vals, t)
    }

    /// A call of a std function the compiler provides (std/README.md,
    /// "Bodyless functions").
    fn intrinsic(&mut self, sym: &str, args: &[Expr], t: TypeId) -> Vec<Value> {
        let vals: Vec<Value> = args.iter().flat_map(|a| self.expr(a)).collect();
        // `&x` is never nil: taking the address checked whatever it
        // dereferenced.
        let nonnil = args
            .first()
            .is_some_and(|a| matches!(&*strip(a).kind, ExprKind::Unary(UnOp::Addr, _)));
        self.intrinsic_words(sym, vals, &[t], nonnil)
    }

    /// A bodyless function's result words over its argument words `vals`;
    /// `results` are the result types (flattened, tuples allowed), and
    /// `nonnil` says the first argument is a pointer known not to be nil.
    /// Result words that are pointers by their Go type get stack maps.
    fn intrinsic_words(
        &mut self,
        sym: &str,
        vals: Vec<Value>,
        results: &[TypeId],
        nonnil: bool,
    ) -> Vec<Value> {
        let r = self.intrinsic_inline(sym, vals, results, nonnil);
        let info = self.info;
        let ptrs: Vec<bool> = results
            .iter()
            .flat_map(|&t| (0..type_words(info, t).len()).map(move |i| is_pointer_word(info, t, i)))
            .collect();
        for (&v, p) in r.iter().zip(ptrs) {
            if p {
                self.b.mark_ptr(v);
            }
        }
        r
    }

    /// [`Self::intrinsic_words`] without the stack-map marks.
    fn intrinsic_inline(
        &mut self,
        sym: &str,
        vals: Vec<Value>,
        results: &[TypeId],
        nonnil: bool,
    ) -> Vec<Value> {
        if let Some((op, ty)) = atomic_intrinsic(sym) {
            // atomic.Value's box pointer is a heap pointer: its stores get
            // the write barrier.
            if sym.ends_with("Box") && op != Atomic::Load {
                if !nonnil {
                    self.nil_check(vals[0], 0);
                }
                let new = if op == Atomic::Cas { vals[2] } else { vals[1] };
                self.b.inst(Op::WriteBarrier(vals[0], 0, new), &[]);
                return self.atomic(op, ty, &vals, true);
            }
            return self.atomic(op, ty, &vals, nonnil);
        }
        let g = self.g;
        match sym {
            "reflect.efaceWords" | "reflect.makeEface" | "reflect.addrOf" | "reflect.fromAddr" => {
                return vals
            }
            // The type word of an `any`.
            "sync/atomic.efaceType" => return vec![vals[0]],
            "reflect.add" => {
                return vec![self.b.inst1(
                    Op::Bin(crate::ssa::ir::BinOp::Iadd, vals[0], vals[1]),
                    Ty::I64,
                )]
            }
            "reflect.load8" => return vec![self.b.inst1(Op::Load(Ty::I8, vals[0], 0), Ty::I8)],
            "reflect.load16" => return vec![self.b.inst1(Op::Load(Ty::I16, vals[0], 0), Ty::I16)],
            "reflect.load32" => return vec![self.b.inst1(Op::Load(Ty::I32, vals[0], 0), Ty::I32)],
            "reflect.load64" => return vec![self.b.inst1(Op::Load(Ty::I64, vals[0], 0), Ty::I64)],
            "reflect.loadString" => {
                let p = self.b.inst1(Op::Load(Ty::I64, vals[0], 0), Ty::I64);
                let n = self.b.inst1(Op::Load(Ty::I64, vals[0], 8), Ty::I64);
                return vec![p, n];
            }
            "reflect.store64" => {
                // The word may be a pointer: barrier it (shading a
                // non-pointer word is harmless).
                self.b.store_word(vals[0], 0, vals[1], true);
                return Vec::new();
            }
            "reflect.newObject" => {
                return vec![self
                    .b
                    .inst1(Op::CallRt(Rt::NewObject, vec![g, vals[0]]), Ty::I64)]
            }
            "reflect.memmove" => {
                // The destination's heap bits say which words the barrier
                // shades.
                self.b.inst(
                    Op::CallRt(Rt::TypedMemmove, vec![vals[0], vals[1], vals[2]]),
                    &[],
                );
                return Vec::new();
            }
            "reflect.mapIterInit" => {
                return vec![self.b.inst1(
                    Op::CallRt(Rt::MapIterInit, vec![g, vals[0], vals[1]]),
                    Ty::I64,
                )]
            }
            "reflect.getitab" => {
                let one = self.iconst(Ty::I8, 1);
                return vec![self.b.inst1(
                    Op::CallRt(Rt::GetItab, vec![g, vals[0], vals[1], one]),
                    Ty::I64,
                )];
            }
            "reflect.mapIterNext" => {
                self.b
                    .inst(Op::CallRt(Rt::MapIterNext, vec![g, vals[0]]), &[]);
                return Vec::new();
            }
            "math.Float64bits"
            | "math.Float64frombits"
            | "math.Float32bits"
            | "math.Float32frombits" => {
                let to = self.words(results[0])[0];
                return vec![self.b.inst1(Op::Conv(Conv::Bitcast, to, vals[0]), to)];
            }
            _ => {}
        }
        self.call_c(sym, vals, results)
    }

    /// A sync/atomic function: one atomic instruction on the word `vals[0]`
    /// points to (nil-checked unless `nonnil`), of machine type `ty`.
    fn atomic(&mut self, op: Atomic, ty: Ty, vals: &[Value], nonnil: bool) -> Vec<Value> {
        let addr = vals[0];
        if !nonnil {
            self.nil_check(addr, 0);
        }
        let rmw = |l: &mut Self, op| l.b.inst1(Op::AtomicRmw(op, addr, vals[1]), ty);
        match op {
            Atomic::Load => vec![self.b.inst1(Op::AtomicLoad(ty, addr), ty)],
            Atomic::Store => {
                self.b.inst(Op::AtomicStore(addr, vals[1]), &[]);
                Vec::new()
            }
            Atomic::Swap => vec![rmw(self, ir::AtomicOp::Xchg)],
            // Go returns the new value.
            Atomic::Add => {
                let old = rmw(self, ir::AtomicOp::Add);
                vec![self.b.inst1(Op::Bin(B::Iadd, old, vals[1]), ty)]
            }
            Atomic::And => vec![rmw(self, ir::AtomicOp::And)],
            Atomic::Or => vec![rmw(self, ir::AtomicOp::Or)],
            Atomic::Cas => {
                let old = self.b.inst1(Op::AtomicCas(addr, vals[1], vals[2]), ty);
                vec![self.b.inst1(Op::Icmp(Cond::Eq, old, vals[1]), Ty::I8)]
            }
        }
    }

    /// A bodyless std function the runtime implements in C convention:
    /// `g` first, then the argument words; a third result word (a slice's
    /// capacity) equals the second.
    fn call_c(&mut self, sym: &str, vals: Vec<Value>, results: &[TypeId]) -> Vec<Value> {
        let mut args = vec![self.g];
        args.extend(vals);
        let rw: Vec<Ty> = results.iter().flat_map(|&t| self.words(t)).collect();
        let n = rw.len().min(2);
        let mut rs = self.b.inst(Op::CallC(sym.to_string(), args), &rw[..n]);
        if rw.len() == 3 {
            rs.push(rs[1]);
        }
        rs
    }

    /// Evaluates what a call of a function (not a builtin or conversion)
    /// needs: the callee and the argument words, `g` first.
    fn prepare_call(&mut self, e: &Expr, func: &Expr, args: &[Expr]) -> (Callee, Vec<Value>) {
        let fobj = match &*strip(func).kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => self.obj_of(strip(func)),
            _ => None,
        };
        if let Some(o) = fobj {
            if self.info.objs[o as usize].kind == ObjKind::Func {
                let name = func_symbol(self.info, o);
                let mut vals = vec![self.g];
                let ftype = self.info.objs[o as usize].typ;
                self.call_args(&mut vals, ftype, args, e);
                return (Callee::Direct(name), vals);
            }
        }
        if let Some(r) = self.iface_prepare(e, func, args) {
            return r;
        }
        if let Some((sym, recv)) = self.method_receiver(func) {
            let mut vals = vec![self.g];
            vals.extend(recv);
            let ftype = self.ty_of(func);
            self.call_args(&mut vals, ftype, args, e);
            return (Callee::Direct(sym), vals);
        }
        // A call through a func value: the closure object's first word is
        // the code; the object itself is the context.
        let ft = self.ty_of(func);
        let fv = self.expr(func)[0];
        let mut vals = vec![self.g, fv];
        self.call_args(&mut vals, ft, args, e);
        (Callee::Value(fv), vals)
    }

    /// A new slice of element type `et` holding `items` (nil when empty,
    /// as a variadic parameter without arguments is).
    fn new_slice(&mut self, et: TypeId, items: Vec<Vec<Value>>) -> [Value; 3] {
        if items.is_empty() {
            let z = self.iconst(Ty::I64, 0);
            return [z, z, z];
        }
        let n = self.iconst(Ty::I64, items.len() as i64);
        let tp = self.type_desc(et);
        let g = self.g;
        let p = self
            .b
            .inst1(Op::CallRt(Rt::MakeSlice, vec![g, tp, n, n]), Ty::I64);
        self.b.mark_ptr(p);
        for (k, v) in items.iter().enumerate() {
            let kv = self.iconst(Ty::I64, k as i64);
            let addr = self.offset_addr(p, kv, et);
            self.store(addr, et, v);
        }
        [p, n, n]
    }

    /// Lowers call arguments for a function of type `ftype`: each value
    /// converted to its parameter type; memory-type values are copied.
    fn call_args(&mut self, vals: &mut Vec<Value>, ftype: TypeId, args: &[Expr], call: &Expr) {
        let ptypes = match self.info.tys.kind(self.info.tys.underlying(ftype)) {
            TypeKind::Func(p, _, _) => p.clone(),
            _ => Vec::new(),
        };
        if let (Some(&fixed), true) = (
            self.info.variadic.get(&call.id),
            self.info.variadic_tuple.contains(&call.id),
        ) {
            // f(g()): g's results fill the fixed parameters, then the slice.
            let mut parts = self.tuple_parts(&args[0]);
            let st = ptypes[fixed];
            let et = self.info.tys.slice_elem(st).unwrap_or(st);
            let rest = parts.split_off(fixed.min(parts.len()));
            for ((w, t), &pt) in parts.into_iter().zip(&ptypes) {
                let v = self.assign_conv(w, t, pt);
                vals.extend(self.own(pt, v));
            }
            let items: Vec<Vec<Value>> = rest
                .into_iter()
                .map(|(w, t)| self.assign_conv(w, t, et))
                .collect();
            vals.extend(self.new_slice(et, items));
            return;
        }
        if let Some(&fixed) = self.info.variadic.get(&call.id) {
            // f(a, b, x1, x2): the extra arguments become a new slice.
            for (a, &pt) in args.iter().zip(&ptypes[..fixed]) {
                let v = self.expr(a);
                let v = self.own(pt, v);
                vals.extend(v);
            }
            let st = ptypes[fixed];
            let et = self.info.tys.slice_elem(st).unwrap_or(st);
            let items: Vec<Vec<Value>> = args[fixed.min(args.len())..]
                .iter()
                .map(|a| self.expr(a))
                .collect();
            vals.extend(self.new_slice(et, items));
            return;
        }
        if args.len() == 1 && ptypes.len() > 1 {
            // f(g()): each of g's results converted to its parameter's type.
            let parts = self.tuple_parts(&args[0]);
            for ((w, t), pt) in parts.into_iter().zip(ptypes) {
                let v = self.assign_conv(w, t, pt);
                vals.extend(v);
            }
            return;
        }
        for (a, pt) in args.iter().zip(ptypes) {
            let v = self.expr(a);
            let v = self.own(pt, v);
            vals.extend(v);
        }
    }

    /// Calls a Go function with argument words `vals` (starting with `g`);
    /// `t` is the result type (a tuple for several results).
    fn call_with(&mut self, callee: Callee, mut vals: Vec<Value>, t: TypeId) -> Vec<Value> {
        let callee = match callee {
            // A nil func value faults at the call, after the arguments.
            Callee::Value(fv) => {
                self.nil_check(fv, 0);
                Callee::Indirect(self.b.inst1(Op::Load(Ty::I64, fv, 0), Ty::I64))
            }
            c => c,
        };
        let op = |vals: Vec<Value>| match &callee {
            Callee::Direct(name) => Op::Call(name.clone(), vals),
            Callee::Indirect(code) => Op::CallIndirect(*code, vals),
            Callee::Value(_) => unreachable!(),
        };
        {
            {
                {
                    let rw = self.words(t);
                    if results_in_memory(&rw) {
                        // A heap buffer, one 8-byte slot per result word.
                        self.type_descs.insert(t);
                        let sym = crate::codegen::typedesc::symbol(self.info, t);
                        let tp = self.b.inst1(Op::Addr(DataRef::Sym(sym)), Ty::I64);
                        let g = self.g;
                        let buf = self
                            .b
                            .inst1(Op::CallRt(Rt::NewObject, vec![g, tp]), Ty::I64);
                        self.b.mark_ptr(buf);
                        vals.push(buf);
                        self.b.inst(op(vals), &[]);
                        let rs: Vec<Value> = rw
                            .iter()
                            .enumerate()
                            .map(|(i, &w)| self.b.inst1(Op::Load(w, buf, (i * 8) as i32), w))
                            .collect();
                        self.mark_ptrs(t, &rs);
                        return rs;
                    }
                    let rs = self.b.inst(op(vals), &rw);
                    self.mark_ptrs(t, &rs);
                    rs
                }
            }
        }
    }

    fn mark_ptrs(&mut self, t: TypeId, vals: &[Value]) {
        for (i, &v) in vals.iter().enumerate() {
            if self.is_ptr_word(t, i) {
                self.b.mark_ptr(v);
            }
        }
    }

    fn conversion(&mut self, x: &Expr, to: TypeId) -> Vec<Value> {
        let from = self.ty_of(x);
        let v = self.expr(x);
        if self.info.tys.is_interface(to) {
            return self.convert_to_iface(v, from, to);
        }
        if self.info.tys.slice_elem(from).is_some() {
            let ptr = self.info.tys.pointer_elem(to);
            let arr = self
                .info
                .tys
                .array_of(to)
                .or_else(|| self.info.tys.array_of(ptr?));
            if let Some((n, _)) = arr {
                // gc's check: the array may not be longer than the slice.
                let nv = self.iconst(Ty::I64, n as i64);
                self.b
                    .inst(Op::BoundsCheck(Bounds::Convert, false, nv, v[1]), &[]);
                if ptr.is_some() {
                    return vec![v[0]];
                }
                let w = self.load(v[0], to);
                return self.own(to, w);
            }
        }
        if self.info.tys.underlying(from) == self.info.tys.underlying(to)
            && self.info.tys.basic_of(to).is_none()
        {
            // Same representation (named and unnamed struct, array, ...).
            return v;
        }
        if v.len() < self.words(from).len()
            || self.info.tys.nillable(from) && self.info.tys.nillable(to)
        {
            // `T(nil)` and conversions between slice types keep the words.
            if v.len() < self.words(to).len() {
                return self.zero(to);
            }
            return v;
        }
        if let Some(e) = self.info.tys.slice_elem(to) {
            if self.info.tys.is_string(from) {
                let g = self.g;
                if self.basic(e) == Basic::Uint8 {
                    let r = self.b.inst(
                        Op::CallRt(Rt::StringToSliceByte, vec![g, v[0], v[1]]),
                        &[Ty::I64, Ty::I64],
                    );
                    self.b.mark_ptr(r[0]);
                    // A constant string converts to exactly its length (gc).
                    let cap = if self.info.consts.contains_key(&x.id) {
                        v[1]
                    } else {
                        r[1]
                    };
                    return vec![r[0], v[1], cap];
                }
                let r = self.b.inst(
                    Op::CallRt(Rt::StringToSliceRune, vec![g, v[0], v[1]]),
                    &[Ty::I64, Ty::I64],
                );
                self.b.mark_ptr(r[0]);
                let cap = if self.info.consts.contains_key(&x.id) {
                    r[1]
                } else {
                    self.b.inst1(Op::Load(Ty::I64, g, 32), Ty::I64)
                };
                return vec![r[0], r[1], cap];
            }
            return v;
        }
        let tys = &self.info.tys;
        let (fb, tb) = (self.basic(from), self.basic(to));
        if tb.is_string() {
            if let Some(e) = tys.slice_elem(from) {
                let rt = if self.basic(e) == Basic::Uint8 {
                    Rt::SliceByteToString
                } else {
                    Rt::SliceRuneToString
                };
                let g = self.g;
                let r = self
                    .b
                    .inst(Op::CallRt(rt, vec![g, v[0], v[1]]), &[Ty::I64, Ty::I64]);
                self.b.mark_ptr(r[0]);
                return r;
            }
            if tys.is_integer(from) {
                let r = self.widen(v[0], !fb.is_unsigned());
                let g = self.g;
                let res = self
                    .b
                    .inst(Op::CallRt(Rt::IntString, vec![g, r]), &[Ty::I64, Ty::I64]);
                self.b.mark_ptr(res[0]);
                return res;
            }
            return v;
        }
        if tb.is_complex() {
            let want = if tb == Basic::Complex64 {
                Ty::F32
            } else {
                Ty::F64
            };
            return v.into_iter().map(|w| self.float_conv(w, want)).collect();
        }
        let want = self.words(to)[0];
        let src = v[0];
        let sty = self.b.func.ty(src);
        if tb.is_float() {
            if sty.is_float() {
                return vec![self.float_conv(src, want)];
            }
            let c = if fb.is_unsigned() {
                Conv::UtoF
            } else {
                Conv::StoF
            };
            return vec![self.b.inst1(Op::Conv(c, want, src), want)];
        }
        // Integer target. Like gc on amd64, narrower targets convert through
        // int64 and truncate (x64 has no direct narrow conversions either).
        if sty.is_float() {
            if want == Ty::I64 {
                let c = if tb.is_unsigned() {
                    Conv::FtoU
                } else {
                    Conv::FtoS
                };
                return vec![self.b.inst1(Op::Conv(c, Ty::I64, src), Ty::I64)];
            }
            let wide = self.b.inst1(Op::Conv(Conv::FtoS, Ty::I64, src), Ty::I64);
            return vec![self.b.inst1(Op::Conv(Conv::Trunc, want, wide), want)];
        }
        if sty == want {
            return vec![src];
        }
        if sty.bits() > want.bits() {
            return vec![self.b.inst1(Op::Conv(Conv::Trunc, want, src), want)];
        }
        let c = if fb.is_unsigned() {
            Conv::Uext
        } else {
            Conv::Sext
        };
        vec![self.b.inst1(Op::Conv(c, want, src), want)]
    }

    fn float_conv(&mut self, v: Value, want: Ty) -> Value {
        let have = self.b.func.ty(v);
        match (have, want) {
            (Ty::F32, Ty::F64) => self.b.inst1(Op::Conv(Conv::Fpromote, Ty::F64, v), Ty::F64),
            (Ty::F64, Ty::F32) => self.b.inst1(Op::Conv(Conv::Fdemote, Ty::F32, v), Ty::F32),
            _ => v,
        }
    }

    fn builtin(&mut self, b: Builtin, args: &[Expr], t: TypeId) -> Vec<Value> {
        match b {
            Builtin::Recover => self.recover(),
            Builtin::New => {
                let et = self.info.tys.pointer_elem(t).unwrap_or(t);
                vec![self.alloc(et)]
            }
            Builtin::Print | Builtin::Println => {
                let vals = self.print_args(args);
                self.print_vals(&vals, b == Builtin::Println);
                Vec::new()
            }
            Builtin::Len => {
                let at = self.ty_of(&args[0]);
                let v = self.expr(&args[0]);
                if self.info.tys.map_of(at).is_some() {
                    return vec![self.map_len(v[0])];
                }
                if self.info.tys.chan_of(at).is_some() {
                    return vec![self.chan_len_cap(v[0], false)];
                }
                let arr = self.info.tys.array_of(at).or_else(|| {
                    let p = self.info.tys.pointer_elem(at)?;
                    self.info.tys.array_of(p)
                });
                if let Some((n, _)) = arr {
                    return vec![self.iconst(Ty::I64, n as i64)];
                }
                vec![v[1]]
            }
            Builtin::Cap => {
                let at = self.ty_of(&args[0]);
                let v = self.expr(&args[0]);
                if self.info.tys.chan_of(at).is_some() {
                    return vec![self.chan_len_cap(v[0], true)];
                }
                let arr = self.info.tys.array_of(at).or_else(|| {
                    let p = self.info.tys.pointer_elem(at)?;
                    self.info.tys.array_of(p)
                });
                if let Some((n, _)) = arr {
                    return vec![self.iconst(Ty::I64, n as i64)];
                }
                vec![v[2]]
            }
            Builtin::Delete => {
                self.map_delete(args);
                Vec::new()
            }
            Builtin::Make if self.info.tys.map_of(t).is_some() => self.make_map(t, args.get(1)),
            Builtin::Make if self.info.tys.chan_of(t).is_some() => self.make_chan(t, args.get(1)),
            Builtin::Close => {
                self.chan_close(&args[0]);
                Vec::new()
            }
            Builtin::Make => {
                let et = self.info.tys.slice_elem(t).unwrap_or(t);
                let l = self.index_i64(&args[1]);
                let c = match args.get(2) {
                    Some(c) => self.index_i64(c),
                    None => l,
                };
                let tp = self.type_desc(et);
                let g = self.g;
                let p = self
                    .b
                    .inst1(Op::CallRt(Rt::MakeSlice, vec![g, tp, l, c]), Ty::I64);
                self.b.mark_ptr(p);
                vec![p, l, c]
            }
            Builtin::Copy => {
                let dt = self.ty_of(&args[0]);
                let et = self.info.tys.slice_elem(dt).unwrap_or(dt);
                let d = self.expr(&args[0]);
                let s = self.expr(&args[1]);
                let lt = self.b.inst1(Op::Icmp(Cond::Slt, s[1], d[1]), Ty::I8);
                let n = self.b.inst1(Op::Select(lt, s[1], d[1]), Ty::I64);
                let size = self.info.tys.size(et) as i64;
                let sz = self.iconst(Ty::I64, size);
                let bytes = self.b.inst1(Op::Bin(B::Imul, n, sz), Ty::I64);
                self.memmove_elems(d[0], s[0], bytes, et);
                vec![n]
            }
            Builtin::Clear if self.info.tys.map_of(self.ty_of(&args[0])).is_some() => {
                self.map_clear(&args[0]);
                Vec::new()
            }
            Builtin::Clear => {
                let st = self.ty_of(&args[0]);
                let et = self.info.tys.slice_elem(st).unwrap_or(st);
                let s = self.expr(&args[0]);
                // Zero the elements one by one (no memset entry point yet).
                let i = self.b.declare_var(Ty::I64, false);
                let z = self.iconst(Ty::I64, 0);
                self.b.def_var(i, z);
                let (head, body, exit) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.b.jump(head);
                self.b.switch_to(head);
                let iv = self.b.use_var(i);
                let more = self.b.inst1(Op::Icmp(Cond::Slt, iv, s[1]), Ty::I8);
                self.b.brif(more, body, exit);
                self.b.seal(body);
                self.b.switch_to(body);
                let a = self.offset_addr(s[0], iv, et);
                let zero = self.zero(et);
                self.store(a, et, &zero);
                let one = self.iconst(Ty::I64, 1);
                let n = self.b.inst1(Op::Bin(B::Iadd, iv, one), Ty::I64);
                self.b.def_var(i, n);
                self.b.jump(head);
                self.b.seal(head);
                self.b.seal(exit);
                self.b.switch_to(exit);
                Vec::new()
            }
            Builtin::Append => self.append(args, t, false),
            Builtin::Panic => {
                let mut at = self.ty_of(&args[0]);
                if self.info.tys.is_untyped(at) {
                    at = self.info.tys.default_type(at);
                }
                let v = self.expr(&args[0]);
                let (tp, dp) = self.convert_to_eface(v, at);
                let g = self.g;
                self.b.inst(Op::CallRt(Rt::GoPanic, vec![g, tp, dp]), &[]);
                self.b.terminate(Term::Unreachable);
                Vec::new()
            }
            Builtin::Real | Builtin::Imag => {
                let v = self.expr(&args[0]);
                vec![if b == Builtin::Real { v[0] } else { v[1] }]
            }
            Builtin::Complex => {
                let want = if self.basic(t) == Basic::Complex64 {
                    Ty::F32
                } else {
                    Ty::F64
                };
                let re = self.expr(&args[0])[0];
                let im = self.expr(&args[1])[0];
                vec![self.float_conv(re, want), self.float_conv(im, want)]
            }
            Builtin::Min | Builtin::Max => {
                let mut acc = self.expr(&args[0]);
                for a in &args[1..] {
                    let v = self.expr(a);
                    acc = self.min_max(b == Builtin::Min, t, &acc, &v);
                }
                acc
            }
        }
    }

    fn min_max(&mut self, min: bool, t: TypeId, a: &[Value], b: &[Value]) -> Vec<Value> {
        let tys = &self.info.tys;
        if tys.is_string(t) {
            let c = self.b.inst1(
                Op::CallRt(Rt::CmpString, vec![b[0], b[1], a[0], a[1]]),
                Ty::I64,
            );
            let z = self.iconst(Ty::I64, 0);
            let pick_b = self.b.inst1(
                Op::Icmp(if min { Cond::Slt } else { Cond::Sgt }, c, z),
                Ty::I8,
            );
            let p = self.b.inst1(Op::Select(pick_b, b[0], a[0]), Ty::I64);
            self.b.mark_ptr(p);
            let l = self.b.inst1(Op::Select(pick_b, b[1], a[1]), Ty::I64);
            return vec![p, l];
        }
        let ty = self.b.func.ty(a[0]);
        if tys.is_float(t) {
            // Go: any NaN operand gives NaN; min(-0, +0) is -0.
            let lt = self.b.inst1(
                Op::Fcmp(if min { FCond::Lt } else { FCond::Gt }, b[0], a[0]),
                Ty::I8,
            );
            let pick = self.b.inst1(Op::Select(lt, b[0], a[0]), ty);
            // NaN propagation: if either is NaN, a+b is NaN.
            let nan_a = self.b.inst1(Op::Fcmp(FCond::Ne, a[0], a[0]), Ty::I8);
            let nan_b = self.b.inst1(Op::Fcmp(FCond::Ne, b[0], b[0]), Ty::I8);
            let any = self.b.inst1(Op::Bin(B::Bor, nan_a, nan_b), Ty::I8);
            let sum = self.b.inst1(Op::Bin(B::Fadd, a[0], b[0]), ty);
            // Signed zeros: equal operands of different sign.
            let eq = self.b.inst1(Op::Fcmp(FCond::Eq, a[0], b[0]), Ty::I8);
            let zero_pick = if min {
                // -0 if either is -0: bitwise or of the two.
                let (ia, ib) = (self.bitcast_int(a[0]), self.bitcast_int(b[0]));
                let ity = self.b.func.ty(ia);
                let or = self.b.inst1(Op::Bin(B::Bor, ia, ib), ity);
                self.bitcast_float(or, ty)
            } else {
                let (ia, ib) = (self.bitcast_int(a[0]), self.bitcast_int(b[0]));
                let ity = self.b.func.ty(ia);
                let and = self.b.inst1(Op::Bin(B::Band, ia, ib), ity);
                self.bitcast_float(and, ty)
            };
            let p2 = self.b.inst1(Op::Select(eq, zero_pick, pick), ty);
            return vec![self.b.inst1(Op::Select(any, sum, p2), ty)];
        }
        let signed = !tys.is_unsigned(t);
        let c = match (min, signed) {
            (true, true) => Cond::Slt,
            (true, false) => Cond::Ult,
            (false, true) => Cond::Sgt,
            (false, false) => Cond::Ugt,
        };
        let pick_b = self.b.inst1(Op::Icmp(c, b[0], a[0]), Ty::I8);
        vec![self.b.inst1(Op::Select(pick_b, b[0], a[0]), ty)]
    }

    fn bitcast_int(&mut self, v: Value) -> Value {
        let ty = if self.b.func.ty(v) == Ty::F32 {
            Ty::I32
        } else {
            Ty::I64
        };
        self.b.inst1(Op::Conv(Conv::Bitcast, ty, v), ty)
    }

    fn bitcast_float(&mut self, v: Value, ty: Ty) -> Value {
        self.b.inst1(Op::Conv(Conv::Bitcast, ty, v), ty)
    }

    /// The address of a type's descriptor (emitted with the program).
    fn type_desc(&mut self, t: TypeId) -> Value {
        self.type_descs.insert(t);
        let sym = crate::codegen::typedesc::symbol(self.info, t);
        self.b.inst1(Op::Addr(DataRef::Sym(sym)), Ty::I64)
    }

    /// Makes room for `n` more elements: returns (ptr, newlen, cap),
    /// growing through the runtime when the capacity is too small.
    fn grow(&mut self, s: &[Value], n: Value, et: TypeId) -> (Value, Value, Value) {
        let newlen = self.b.inst1(Op::Bin(B::Iadd, s[1], n), Ty::I64);
        let (p, c) = (
            self.b.declare_var(Ty::I64, true),
            self.b.declare_var(Ty::I64, false),
        );
        self.b.def_var(p, s[0]);
        self.b.def_var(c, s[2]);
        let big = self.b.inst1(Op::Icmp(Cond::Ugt, newlen, s[2]), Ty::I8);
        let (growb, done) = (self.b.create_block(), self.b.create_block());
        self.b.brif(big, growb, done);
        self.b.seal(growb);
        self.b.switch_to(growb);
        let tp = self.type_desc(et);
        let g = self.g;
        let r = self.b.inst(
            Op::CallRt(Rt::GrowSlice, vec![g, s[0], newlen, s[2], n, tp]),
            &[Ty::I64, Ty::I64],
        );
        self.b.mark_ptr(r[0]);
        self.b.def_var(p, r[0]);
        self.b.def_var(c, r[1]);
        self.b.jump(done);
        self.b.seal(done);
        self.b.switch_to(done);
        let pv = self.b.use_var(p);
        let cv = self.b.use_var(c);
        (pv, newlen, cv)
    }

    /// `append(s, xs...)`.
    /// `append(s, x...)` (`spread`) or `append(s, a, b, ...)`.
    fn append(&mut self, args: &[Expr], t: TypeId, spread: bool) -> Vec<Value> {
        let et = self.info.tys.slice_elem(t).unwrap_or(t);
        let s = self.expr(&args[0]);
        let rest = &args[1..];
        if spread && rest.len() == 1 {
            // append(s, t...): copy t's elements after s's.
            let src = self.expr(&rest[0]);
            let (p, nl, c) = self.grow(&s, src[1], et);
            let dst = self.offset_addr(p, s[1], et);
            let size = self.info.tys.size(et) as i64;
            let sz = self.iconst(Ty::I64, size);
            let bytes = self.b.inst1(Op::Bin(B::Imul, src[1], sz), Ty::I64);
            self.memmove_elems(dst, src[0], bytes, et);
            return vec![p, nl, c];
        }
        let vals: Vec<Vec<Value>> = rest.iter().map(|a| self.expr(a)).collect();
        if vals.is_empty() {
            return s;
        }
        let n = self.iconst(Ty::I64, vals.len() as i64);
        let (p, nl, c) = self.grow(&s, n, et);
        for (k, v) in vals.iter().enumerate() {
            let kv = self.iconst(Ty::I64, k as i64);
            let idx = self.b.inst1(Op::Bin(B::Iadd, s[1], kv), Ty::I64);
            let a = self.offset_addr(p, idx, et);
            self.store(a, et, v);
        }
        vec![p, nl, c]
    }

    /// `[]T{...}`: a new backing array with the elements stored in it.
    fn slice_literal(&mut self, t: TypeId, elts: &[Expr]) -> Vec<Value> {
        let et = self.info.tys.slice_elem(t).unwrap_or(t);
        // Element indices (keys are constants).
        let mut idx = Vec::new();
        let mut next = 0i64;
        for el in elts {
            if let ExprKind::KeyValue(k, _) = &*el.kind {
                if let Some(c) = self.info.consts.get(&k.id).and_then(|c| c.to_int()) {
                    next = num_traits::ToPrimitive::to_i64(&c).unwrap_or(0);
                }
            }
            idx.push(next);
            next += 1;
        }
        let n = idx.iter().copied().max().map(|m| m + 1).unwrap_or(0);
        let nv = self.iconst(Ty::I64, n);
        let tp = self.type_desc(et);
        let g = self.g;
        let p = self
            .b
            .inst1(Op::CallRt(Rt::MakeSlice, vec![g, tp, nv, nv]), Ty::I64);
        self.b.mark_ptr(p);
        for (el, &i) in elts.iter().zip(&idx) {
            let v = match &*el.kind {
                ExprKind::KeyValue(_, v) => v,
                _ => el,
            };
            // Elided literal types (`{...}`) were recorded by the checker.
            let vals = self.expr(v);
            let iv = self.iconst(Ty::I64, i);
            let a = self.offset_addr(p, iv, et);
            self.store(a, et, &vals);
        }
        vec![p, nv, nv]
    }

    /// The values `print`/`println` print, with their types.
    fn print_args(&mut self, args: &[Expr]) -> Vec<(Vec<Value>, TypeId)> {
        let mut vals: Vec<(Vec<Value>, TypeId)> = Vec::new();
        for a in args {
            let mut at = self.ty_of(a);
            if self.info.tys.is_untyped(at) {
                at = self.info.tys.default_type(at);
            }
            let v = self.expr(a);
            // `println(f())` with a multi-value f prints each result.
            if let TypeKind::Tuple(ts) = self.info.tys.kind(at).clone() {
                let mut off = 0;
                for t in ts {
                    let n = self.words(t).len();
                    vals.push((v[off..off + n].to_vec(), t));
                    off += n;
                }
            } else {
                vals.push((v, at));
            }
        }
        vals
    }

    /// Prints values as `print` (or `println`, `ln`) does, atomically.
    fn print_vals(&mut self, vals: &[(Vec<Value>, TypeId)], ln: bool) {
        let g = self.g;
        self.b.inst(Op::CallRt(Rt::PrintLock, vec![g]), &[]);
        for (i, (v, at)) in vals.iter().enumerate() {
            if i > 0 && ln {
                self.b.inst(Op::CallRt(Rt::PrintSp, vec![]), &[]);
            }
            self.print_value(v, *at);
        }
        if ln {
            self.b.inst(Op::CallRt(Rt::PrintNl, vec![]), &[]);
        }
        self.b.inst(Op::CallRt(Rt::PrintUnlock, vec![g]), &[]);
    }

    /// Prints one value as the builtin print does.
    fn print_value(&mut self, v: &[Value], t: TypeId) {
        if self.info.tys.is_interface(t) {
            // gc prints an interface as (0xtype,0xdata).
            let open = self.string_const(b"(");
            self.b.inst(Op::CallRt(Rt::PrintString, open), &[]);
            self.b.inst(Op::CallRt(Rt::PrintPointer, vec![v[0]]), &[]);
            let comma = self.string_const(b",");
            self.b.inst(Op::CallRt(Rt::PrintString, comma), &[]);
            self.b.inst(Op::CallRt(Rt::PrintPointer, vec![v[1]]), &[]);
            let close = self.string_const(b")");
            self.b.inst(Op::CallRt(Rt::PrintString, close), &[]);
            return;
        }
        if self.info.tys.slice_elem(t).is_some() {
            // gc prints a slice as [len/cap]0xptr.
            let open = self.string_const(b"[");
            self.b.inst(Op::CallRt(Rt::PrintString, open), &[]);
            self.b.inst(Op::CallRt(Rt::PrintInt, vec![v[1]]), &[]);
            let slash = self.string_const(b"/");
            self.b.inst(Op::CallRt(Rt::PrintString, slash), &[]);
            self.b.inst(Op::CallRt(Rt::PrintInt, vec![v[2]]), &[]);
            let close = self.string_const(b"]");
            self.b.inst(Op::CallRt(Rt::PrintString, close), &[]);
            self.b.inst(Op::CallRt(Rt::PrintPointer, vec![v[0]]), &[]);
            return;
        }
        if matches!(
            self.info.tys.kind(self.info.tys.underlying(t)),
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Map(..) | TypeKind::Func(..)
        ) {
            // gc prints pointers, channels, maps and funcs as 0xaddr.
            self.b.inst(Op::CallRt(Rt::PrintPointer, vec![v[0]]), &[]);
            return;
        }
        let b = self.basic(t);
        let (rt, args): (Rt, Vec<Value>) = match b {
            Basic::Bool | Basic::UntypedBool => (Rt::PrintBool, v.to_vec()),
            Basic::String | Basic::UntypedString => (Rt::PrintString, v.to_vec()),
            Basic::Float32 => (Rt::PrintFloat32, v.to_vec()),
            Basic::Float64 | Basic::UntypedFloat => (Rt::PrintFloat64, v.to_vec()),
            Basic::Complex64 => (Rt::PrintComplex64, v.to_vec()),
            Basic::Complex128 | Basic::UntypedComplex => (Rt::PrintComplex128, v.to_vec()),
            Basic::UnsafePointer => (Rt::PrintPointer, v.to_vec()),
            b if b.is_unsigned() => {
                let w = self.widen(v[0], false);
                (Rt::PrintUint, vec![w])
            }
            _ => {
                let w = self.widen(v[0], true);
                (Rt::PrintInt, vec![w])
            }
        };
        self.b.inst(Op::CallRt(rt, args), &[]);
    }
}

/// The sync/atomic operations the compiler lowers to one atomic
/// instruction ([`atomic_intrinsic`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Atomic {
    Load,
    Store,
    Swap,
    Cas,
    Add,
    And,
    Or,
}

/// Whether `sym` is a bodyless sync/atomic function lowered inline: its
/// operation and the width of the word it works on. These are the exported
/// `OpType` functions (`AddInt32`, `CompareAndSwapUintptr`, ...) and the
/// pointer-sized ones `atomic.Value` uses on its `*box`.
fn atomic_intrinsic(sym: &str) -> Option<(Atomic, Ty)> {
    let name = sym.strip_prefix("sync/atomic.")?;
    match name {
        "loadBox" => return Some((Atomic::Load, Ty::I64)),
        "storeBox" => return Some((Atomic::Store, Ty::I64)),
        "swapBox" => return Some((Atomic::Swap, Ty::I64)),
        "casBox" => return Some((Atomic::Cas, Ty::I64)),
        _ => {}
    }
    let ops = [
        ("CompareAndSwap", Atomic::Cas),
        ("Load", Atomic::Load),
        ("Store", Atomic::Store),
        ("Swap", Atomic::Swap),
        ("Add", Atomic::Add),
        ("And", Atomic::And),
        ("Or", Atomic::Or),
    ];
    let (op, ty) = ops
        .iter()
        .find_map(|&(p, op)| name.strip_prefix(p).map(|ty| (op, ty)))?;
    let ty = match ty {
        "Int32" | "Uint32" => Ty::I32,
        "Int64" | "Uint64" | "Uintptr" => Ty::I64,
        _ => return None,
    };
    Some((op, ty))
}

fn strip(e: &Expr) -> &Expr {
    match &*e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}

fn int_cond(op: BinOp, signed: bool) -> Cond {
    match (op, signed) {
        (BinOp::Eql, _) => Cond::Eq,
        (BinOp::Neq, _) => Cond::Ne,
        (BinOp::Lss, true) => Cond::Slt,
        (BinOp::Leq, true) => Cond::Sle,
        (BinOp::Gtr, true) => Cond::Sgt,
        (BinOp::Geq, true) => Cond::Sge,
        (BinOp::Lss, false) => Cond::Ult,
        (BinOp::Leq, false) => Cond::Ule,
        (BinOp::Gtr, false) => Cond::Ugt,
        _ => Cond::Uge,
    }
}

/// Whether `e` is the blank identifier `_`.
fn is_blank(e: &Expr) -> bool {
    matches!(&*e.kind, ExprKind::Ident(id) if id.name == "_")
}
