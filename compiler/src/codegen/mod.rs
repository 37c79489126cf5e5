//! Code generation: gocl SSA to Cranelift IR to an ELF object.
//!
//! Each SSA function becomes a Cranelift function with the `Tail` calling
//! convention and `g` as its first parameter (docs/abi.md §1). Its entry
//! block starts with the stack-growth check of docs/abi.md §4. Values that
//! hold pointers are declared to need stack maps, so that across every call
//! they live in stack slots the runtime can find (design-notes: "stacks that
//! move"). Runtime entry points are called with the platform C convention.

pub mod asm;
pub mod functab;
mod gcmaps;
pub mod typedesc;

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::immediates::{Ieee32, Ieee64};
use cranelift_codegen::ir::MemFlagsData;
use cranelift_codegen::ir::{
    self, types, AbiParam, AtomicRmwOp, BlockArg, InstBuilder, Signature, StackSlotData,
    StackSlotKind, TrapCode, UserFuncName,
};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};

use crate::ssa::cfg;
use crate::ssa::ir::{self as gir, AtomicOp, Bounds, Conv, DataRef, FCond, Op, Rt, Term, Ty};
use crate::ssa::lower::Package;
use crate::types::check::Info;
use crate::Arch;

/// What code generation produced.
pub struct Output {
    pub object: Vec<u8>,
    /// `-S` text, when requested.
    pub asm: String,
}

/// Options for one compilation.
pub struct Options {
    pub arch: Arch,
    pub want_asm: bool,
}

fn make_isa(arch: Arch) -> Result<OwnedTargetIsa, String> {
    let mut fb = settings::builder();
    let set = |fb: &mut settings::Builder, k: &str, v: &str| {
        fb.set(k, v)
            .map_err(|e| format!("cranelift setting {}: {}", k, e))
    };
    set(&mut fb, "opt_level", "speed")?;
    set(&mut fb, "preserve_frame_pointers", "true")?;
    set(&mut fb, "is_pic", "false")?;
    set(&mut fb, "enable_probestack", "false")?;
    set(&mut fb, "unwind_info", "false")?;
    let triple = match arch {
        Arch::Amd64 => "x86_64-unknown-linux-gnu",
        Arch::Arm64 => "aarch64-unknown-linux-gnu",
    };
    let triple: target_lexicon::Triple = triple.parse().map_err(|e| format!("{:?}", e))?;
    let ib = cranelift_codegen::isa::lookup(triple).map_err(|e| e.to_string())?;
    ib.finish(settings::Flags::new(fb))
        .map_err(|e| e.to_string())
}

fn cl_ty(t: Ty) -> ir::Type {
    match t {
        Ty::I8 => types::I8,
        Ty::I16 => types::I16,
        Ty::I32 => types::I32,
        Ty::I64 => types::I64,
        Ty::F32 => types::F32,
        Ty::F64 => types::F64,
    }
}

/// The reachable blocks of `f` in reverse postorder.
/// Offset of `G.stacklimit`, the bound the prologue's stack check
/// compares with (abi.md §3 and §4).
const G_STACKLIMIT: i32 = 64;

/// The code offsets of the prologue's stack-limit traps, for the function
/// table (abi.md §4): plus one, the first in the low 32 bits and the
/// second (frames of 32 KiB or more check twice) in the high ones; 0 for
/// none (a leaf without a frame has no check).
fn stack_traps(ctx: &Context) -> u64 {
    let Some(cc) = ctx.compiled_code() else {
        return 0;
    };
    let mut offs = cc
        .buffer
        .traps()
        .iter()
        .filter(|t| t.code == TrapCode::STACK_OVERFLOW)
        .map(|t| t.offset as u64 + 1);
    let first = offs.next().unwrap_or(0);
    let second = offs.next().unwrap_or(0);
    first | second << 32
}

/// Translates an atomic operation. Cranelift's atomics are sequentially
/// consistent, as Go's are; the address was checked for nil.
fn atomic(
    b: &mut FunctionBuilder,
    arch: Arch,
    op: &Op,
    get: impl Fn(&gir::Value) -> ir::Value,
) -> Vec<ir::Value> {
    let flags = MemFlagsData::trusted();
    match op {
        Op::AtomicLoad(t, a) => vec![b.ins().atomic_load(cl_ty(*t), flags, get(a))],
        // On x86-64 an `xchg`, as gc does: Cranelift's `atomic_store` is a
        // `mov` and an `mfence`, which is slower.
        Op::AtomicStore(a, v) if arch == Arch::Amd64 => {
            let v = get(v);
            let t = b.func.dfg.value_type(v);
            b.ins().atomic_rmw(t, flags, AtomicRmwOp::Xchg, get(a), v);
            vec![]
        }
        Op::AtomicStore(a, v) => {
            b.ins().atomic_store(flags, get(v), get(a));
            vec![]
        }
        Op::AtomicRmw(op, a, x) => {
            let x = get(x);
            let t = b.func.dfg.value_type(x);
            let op = match op {
                AtomicOp::Add => AtomicRmwOp::Add,
                AtomicOp::Xchg => AtomicRmwOp::Xchg,
                AtomicOp::And => AtomicRmwOp::And,
                AtomicOp::Or => AtomicRmwOp::Or,
            };
            vec![b.ins().atomic_rmw(t, flags, op, get(a), x)]
        }
        Op::AtomicCas(a, e, n) => vec![b.ins().atomic_cas(flags, get(a), get(e), get(n))],
        _ => unreachable!("not an atomic operation"),
    }
}

/// Branches to a new cold block when `cond` is `cold_if` and continues
/// there; returns the block where the other path goes (not yet entered).
fn branch_cold(b: &mut FunctionBuilder, cond: ir::Value, cold_if: bool) -> ir::Block {
    let (cold, hot) = (b.create_block(), b.create_block());
    b.set_cold_block(cold);
    if cold_if {
        b.ins().brif(cond, cold, &[], hot, &[]);
    } else {
        b.ins().brif(cond, hot, &[], cold, &[]);
    }
    b.switch_to_block(cold);
    b.seal_block(cold);
    hot
}

/// Whether an instruction may become a call: the stack check (growth and
/// preemption, abi.md section 4) must come before it. A failed bounds
/// check calls the runtime.
fn may_call(op: &Op) -> bool {
    matches!(
        op,
        Op::Call(..)
            | Op::CallIndirect(..)
            | Op::CallC(..)
            | Op::CallRt(..)
            | Op::BoundsCheck(..)
            | Op::StoreWb(..)
            | Op::WriteBarrier(..)
    )
}

/// The blocks that start with the stack check of a function that makes
/// calls: those that may call and are not dominated by a block that
/// checks (one that may call, or a loop header, which always checks). A
/// path without calls (`fib`'s `n < 2`) then pays nothing, and every call
/// is still preceded by a check on every path to it.
fn call_check_blocks(f: &gir::Func, order: &[usize], header: &[bool]) -> Vec<bool> {
    let n = f.blocks.len();
    let Some(&entry) = order.first() else {
        return vec![false; n];
    };
    let idom = cfg::immediate_dominators(order, &cfg::predecessors(f, order));
    let calls: Vec<bool> = f
        .blocks
        .iter()
        .map(|bd| bd.insts.iter().any(|i| may_call(&i.op)))
        .collect();
    // `checked[b]`: every path to the end of `b` has passed a check.
    let mut checked = vec![false; n];
    let mut needs = vec![false; n];
    for &bi in order {
        let dom_checked = bi != entry && checked[idom[bi]];
        needs[bi] = calls[bi] && !dom_checked && !header[bi];
        checked[bi] = dom_checked || calls[bi] || header[bi];
    }
    needs
}

/// The module-level state shared by all functions.
struct Gen {
    module: ObjectModule,
    funcs: HashMap<String, FuncId>,
    rt_funcs: HashMap<&'static str, FuncId>,
    strings: HashMap<Vec<u8>, DataId>,
    syms: HashMap<String, DataId>,
    call_conv_c: CallConv,
    /// Runtime functions called by symbol (bodyless std functions).
    c_funcs: HashMap<String, FuncId>,
    /// The target (atomic stores differ).
    arch: Arch,
}

/// Compiles a lowered package to an object file.
pub fn compile(
    info: &Info,
    pkg: &Package,
    files: &[crate::syntax::source::SourceFile],
    opts: &Options,
) -> Result<Output, String> {
    let isa = make_isa(opts.arch)?;
    let call_conv_c = isa.default_call_conv();
    let ob = ObjectBuilder::new(isa, "main", cranelift_module::default_libcall_names())
        .map_err(|e| e.to_string())?;
    let module = ObjectModule::new(ob);
    let mut g = Gen {
        module,
        funcs: HashMap::new(),
        rt_funcs: HashMap::new(),
        strings: HashMap::new(),
        syms: HashMap::new(),
        call_conv_c,
        c_funcs: HashMap::new(),
        arch: opts.arch,
    };
    // Declare every Go function first so calls can refer to any of them.
    for f in &pkg.funcs {
        let sig = g.go_sig(&f.params, &f.results);
        let id = g
            .module
            .declare_function(&f.name, Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        g.funcs.insert(f.name.clone(), id);
    }
    // Package variables: zeroed, writable.
    let mut root_globals = Vec::new();
    for (sym, size, ptrs) in &pkg.globals {
        let id = g
            .module
            .declare_data(sym, Linkage::Local, true, false)
            .map_err(|e| e.to_string())?;
        let mut d = DataDescription::new();
        d.define_zeroinit(*size as usize);
        d.set_align(8);
        g.module.define_data(id, &d).map_err(|e| e.to_string())?;
        g.syms.insert(sym.clone(), id);
        root_globals.push((id, ptrs.clone()));
    }
    gcmaps::emit_roots(&mut g.module, &root_globals)?;
    let mut em = typedesc::Emitter::new(info);
    em.unnamed_methods = pkg.itabs.iter().map(|&(t, _)| t).collect();
    for &t in &pkg.type_descs {
        em.desc(&mut g.module, &mut g.syms, t)?;
    }
    for &(t, i) in &pkg.itabs {
        em.itab(&mut g.module, &mut g.syms, &g.funcs, t, i)?;
    }
    em.flush(&mut g.module, &mut g.syms, &g.funcs)?;
    let mut listings = Vec::new();
    let mut table = Vec::new();
    let mut ctx = Context::new();
    let mut fctx = FunctionBuilderContext::new();
    for f in &pkg.funcs {
        ctx.clear();
        ctx.set_disasm(opts.want_asm);
        ctx.func.signature = g.go_sig(&f.params, &f.results);
        ctx.func.name = UserFuncName::user(0, g.funcs[&f.name].as_u32());
        let slots = g.translate(f, &mut ctx.func, &mut fctx)?;
        let id = g.funcs[&f.name];
        g.module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("compiling {}: {:?}", f.name, e))?;
        let gcmap = match gcmaps::collect(f, &ctx, &slots) {
            Some(blob) => Some(functab::rodata(
                &mut g.module,
                &format!("go:gcmap.{}", table.len()),
                &blob,
            )?),
            None => None,
        };
        let traps = stack_traps(&ctx);
        let fa = asm::collect(f, &ctx);
        // As `go build -gcflags=-S`: the main package's functions only.
        if opts.want_asm && f.name.starts_with("main.") {
            listings.push(asm::collect(f, &ctx));
        }
        table.push(functab::Func {
            id,
            asm: fa,
            has_params: !f.params.is_empty(),
            gcmap,
            stack_traps: traps,
        });
    }
    functab::emit(&mut g.module, &table, files)?;
    g.entry(&pkg.inits)?;
    let product = g.module.finish();
    let object = product.emit().map_err(|e| e.to_string())?;
    let asm = if opts.want_asm {
        asm::render(&object, opts.arch, &listings, files)
    } else {
        String::new()
    };
    Ok(Output { object, asm })
}

impl Gen {
    /// A Go function's signature: `g`, then the scalarized parameters.
    /// `g` is Cranelift's VM context, so the prologue can load the stack
    /// limit from it (abi.md §4).
    fn go_sig(&self, params: &[Ty], results: &[Ty]) -> Signature {
        let mut sig = Signature::new(CallConv::Tail);
        sig.params.push(AbiParam::special(
            types::I64,
            ir::ArgumentPurpose::VMContext,
        ));
        for &p in params {
            sig.params.push(AbiParam::new(cl_ty(p)));
        }
        for &r in results {
            sig.returns.push(AbiParam::new(cl_ty(r)));
        }
        sig
    }

    fn rt_func(&mut self, rt: Rt) -> FuncId {
        if let Some(&id) = self.rt_funcs.get(rt.symbol()) {
            return id;
        }
        let (ps, rs) = rt.signature();
        let params: Vec<AbiParam> = ps
            .iter()
            .map(|&p| {
                // Rust (LLVM) expects the caller to extend narrow integer
                // arguments to 32 bits, as C compilers do on x86-64.
                let param = AbiParam::new(cl_ty(p));
                match p {
                    Ty::I8 | Ty::I16 => param.uext(),
                    _ => param,
                }
            })
            .collect();
        let returns: Vec<AbiParam> = rs.iter().map(|&r| AbiParam::new(cl_ty(r))).collect();
        self.import_func(rt.symbol(), self.call_conv_c, &params, &returns)
    }

    /// The runtime function `sym`, declared (once) with this signature.
    fn import_func(
        &mut self,
        sym: &'static str,
        conv: CallConv,
        params: &[AbiParam],
        returns: &[AbiParam],
    ) -> FuncId {
        if let Some(&id) = self.rt_funcs.get(sym) {
            return id;
        }
        let mut sig = Signature::new(conv);
        sig.params.extend_from_slice(params);
        sig.returns.extend_from_slice(returns);
        let id = self
            .module
            .declare_function(sym, Linkage::Import, &sig)
            .expect("runtime function declaration");
        self.rt_funcs.insert(sym, id);
        id
    }

    /// `runtime.morestack` is called with `PreserveAll` (docs/abi.md §4):
    /// the rare slow path then costs the function no register saves.
    fn morestack_func(&mut self) -> FuncId {
        let word = AbiParam::new(types::I64);
        self.import_func(Rt::MoreStack.symbol(), CallConv::PreserveAll, &[word], &[])
    }

    fn bounds_func(&mut self) -> FuncId {
        let word = AbiParam::new(types::I64);
        self.import_func("runtime.panicBounds", self.call_conv_c, &[word; 4], &[])
    }

    /// `runtime.gcWriteBarrier(slot, new)`: shades `*slot` and `new`
    /// (runtime/src/wbarrier.rs).
    fn write_barrier_func(&mut self) -> FuncId {
        let word = AbiParam::new(types::I64);
        self.import_func("runtime.gcWriteBarrier", self.call_conv_c, &[word; 2], &[])
    }

    /// `runtime.writeBarrier`, the runtime's word that is nonzero while
    /// the collector marks.
    fn write_barrier_flag(&mut self) -> Result<DataId, String> {
        const SYM: &str = "runtime.writeBarrier";
        if let Some(&id) = self.syms.get(SYM) {
            return Ok(id);
        }
        let id = self
            .module
            .declare_data(SYM, Linkage::Import, true, false)
            .map_err(|e| e.to_string())?;
        self.syms.insert(SYM.to_string(), id);
        Ok(id)
    }

    fn data_for(&mut self, d: &DataRef) -> Result<DataId, String> {
        match d {
            DataRef::Str(bytes) => {
                if let Some(&id) = self.strings.get(bytes) {
                    return Ok(id);
                }
                let name = format!("go:string.{}", self.strings.len());
                let id = self
                    .module
                    .declare_data(&name, Linkage::Local, false, false)
                    .map_err(|e| e.to_string())?;
                let mut desc = DataDescription::new();
                desc.define(bytes.clone().into_boxed_slice());
                self.module
                    .define_data(id, &desc)
                    .map_err(|e| e.to_string())?;
                self.strings.insert(bytes.clone(), id);
                Ok(id)
            }
            DataRef::Sym(s) => self
                .syms
                .get(s)
                .copied()
                .ok_or_else(|| format!("internal error: unknown symbol {}", s)),
            DataRef::Words(flags) => {
                let name: String = flags.iter().map(|&p| if p { 'p' } else { 'w' }).collect();
                let name = format!("go:words.{}", name);
                if let Some(&id) = self.syms.get(&name) {
                    return Ok(id);
                }
                let id = typedesc::words_desc(&mut self.module, &name, flags)?;
                self.syms.insert(name, id);
                Ok(id)
            }
            DataRef::FuncVal(f) => {
                let name = format!("{}·f", f);
                if let Some(&id) = self.syms.get(&name) {
                    return Ok(id);
                }
                let fid = *self
                    .funcs
                    .get(f)
                    .ok_or_else(|| format!("internal error: unknown function {}", f))?;
                let id = self
                    .module
                    .declare_data(&name, Linkage::Local, false, false)
                    .map_err(|e| e.to_string())?;
                let mut desc = DataDescription::new();
                // Not zero-init: that would go to .bss, without the relocation.
                desc.define(vec![0u8; 8].into_boxed_slice());
                desc.set_align(8);
                let fr = self.module.declare_func_in_data(fid, &mut desc);
                desc.write_function_addr(0, fr);
                self.module
                    .define_data(id, &desc)
                    .map_err(|e| e.to_string())?;
                self.syms.insert(name, id);
                Ok(id)
            }
        }
    }

    /// `if SP <= g.stackguard0 { runtime.morestack(g) }` at the current
    /// point; continues in a fresh block. A preemption request sets the
    /// guard so that the check always fails (abi.md section 4).
    ///
    /// In a loop the guard is read with an atomic load: the signal handler
    /// changes it behind the code's back, and a plain load could be
    /// merged with the one before the loop.
    fn stack_check(&mut self, b: &mut FunctionBuilder, g: ir::Value, in_loop: bool) {
        let morestack = b.create_block();
        b.set_cold_block(morestack);
        let body = b.create_block();
        let sp = b.ins().get_stack_pointer(types::I64);
        let guard = if in_loop {
            let addr = b.ins().iadd_imm_s(g, 16);
            b.ins()
                .atomic_load(types::I64, MemFlagsData::trusted(), addr)
        } else {
            b.ins().load(types::I64, MemFlagsData::trusted(), g, 16)
        };
        let low = b.ins().icmp(IntCC::UnsignedLessThanOrEqual, sp, guard);
        b.ins().brif(low, morestack, &[], body, &[]);
        b.switch_to_block(morestack);
        b.seal_block(morestack);
        let ms = self.morestack_func();
        let msr = self.module.declare_func_in_func(ms, b.func);
        b.ins().call(msr, &[g]);
        b.ins().jump(body, &[]);
        b.switch_to_block(body);
        b.seal_block(body);
    }

    /// Translates one SSA function into `func`.
    fn translate(
        &mut self,
        f: &gir::Func,
        func: &mut ir::Function,
        fctx: &mut FunctionBuilderContext,
    ) -> Result<Vec<ir::StackSlot>, String> {
        let pointers = gcmaps::pointer_values(f);
        // Cranelift's prologue compares SP minus the frame with
        // `g.stacklimit` before it allocates the frame, and traps to the
        // runtime, which grows the stack and restarts the function.
        let vmctx = func.create_global_value(ir::GlobalValueData::VMContext);
        let flags = func.dfg.mem_flags.insert_unchecked(MemFlagsData::trusted());
        let limit = func.create_global_value(ir::GlobalValueData::Load {
            base: vmctx,
            offset: ir::immediates::Offset32::new(G_STACKLIMIT),
            global_type: types::I64,
            flags,
        });
        func.stencil.stack_limit = Some(limit);
        let mut b = FunctionBuilder::new(func, fctx);
        let slots: Vec<ir::StackSlot> = f
            .slots
            .iter()
            .map(|&(size, align)| {
                b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    size,
                    align.max(1).trailing_zeros() as u8,
                ))
            })
            .collect();
        let blocks: Vec<ir::Block> = f.blocks.iter().map(|_| b.create_block()).collect();
        let mut vals: HashMap<gir::Value, ir::Value> = HashMap::new();
        // The entry: stack check, then the SSA entry block.
        let pre = b.create_block();
        b.append_block_params_for_function_params(pre);
        b.switch_to_block(pre);
        b.seal_block(pre);
        let params: Vec<ir::Value> = b.block_params(pre).to_vec();
        let g = params[0];
        // Before the first call (the stack check's): the collector scans
        // the slots' pointer words at every call.
        gcmaps::zero_pointer_slots(&mut b, f, &slots);
        b.ins().jump(blocks[0], &[]);

        // Block parameters. The SSA entry block's parameters are the
        // function's own (nothing else jumps to the entry), so they map to
        // the Cranelift entry block's parameters without copies.
        for (&p, &v) in f.blocks[0].params.iter().zip(&params[1..]) {
            if pointers[p.0 as usize] {
                b.declare_value_needs_stack_map(v);
            }
            vals.insert(p, v);
        }
        for (bi, bd) in f.blocks.iter().enumerate().skip(1) {
            for &p in &bd.params {
                let v = b.append_block_param(blocks[bi], cl_ty(f.ty(p)));
                if pointers[p.0 as usize] {
                    b.declare_value_needs_stack_map(v);
                }
                vals.insert(p, v);
            }
        }
        let mut func_refs: HashMap<FuncId, ir::FuncRef> = HashMap::new();
        let mut gvs: HashMap<DataId, ir::GlobalValue> = HashMap::new();
        // Reverse postorder visits every definition before its uses;
        // unreachable blocks are left out.
        let order = cfg::reverse_postorder(f);
        // Loop headers (targets of back edges in reverse postorder) check
        // the stack guard too, so that a loop without calls can be
        // preempted (abi.md section 4).
        let mut rank = vec![usize::MAX; f.blocks.len()];
        for (i, &bi) in order.iter().enumerate() {
            rank[bi] = i;
        }
        let mut header = vec![false; f.blocks.len()];
        for &bi in &order {
            for s in cfg::successors(f, bi) {
                if rank[s] <= rank[bi] {
                    header[s] = true;
                }
            }
        }
        let call_checks = call_check_blocks(f, &order, &header);
        for bi in order {
            let bd = &f.blocks[bi];
            b.switch_to_block(blocks[bi]);
            if header[bi] {
                self.stack_check(&mut b, g, true);
            } else if call_checks[bi] {
                self.stack_check(&mut b, g, false);
            }
            for inst in &bd.insts {
                b.set_srcloc(ir::SourceLoc::new(inst.pos));
                let get = |v: &gir::Value| -> ir::Value { vals[v] };
                let res: Vec<ir::Value> =
                    match &inst.op {
                        Op::G => vec![g],
                        Op::Iconst(t, c) => vec![b.ins().iconst(cl_ty(*t), *c)],
                        Op::F32const(bits) => vec![b.ins().f32const(Ieee32::with_bits(*bits))],
                        Op::F64const(bits) => vec![b.ins().f64const(Ieee64::with_bits(*bits))],
                        Op::Bin(op, x, y) => {
                            let (x, y) = (get(x), get(y));
                            use gir::BinOp::*;
                            vec![match op {
                                Iadd => b.ins().iadd(x, y),
                                Isub => b.ins().isub(x, y),
                                Imul => b.ins().imul(x, y),
                                Sdiv => b.ins().sdiv(x, y),
                                Udiv => b.ins().udiv(x, y),
                                Srem => b.ins().srem(x, y),
                                Urem => b.ins().urem(x, y),
                                Band => b.ins().band(x, y),
                                Bor => b.ins().bor(x, y),
                                Bxor => b.ins().bxor(x, y),
                                Ishl => b.ins().ishl(x, y),
                                Sshr => b.ins().sshr(x, y),
                                Ushr => b.ins().ushr(x, y),
                                Fadd => b.ins().fadd(x, y),
                                Fsub => b.ins().fsub(x, y),
                                Fmul => b.ins().fmul(x, y),
                                Fdiv => b.ins().fdiv(x, y),
                            }]
                        }
                        Op::Un(op, x) => {
                            let x = get(x);
                            vec![match op {
                                gir::UnOp::Ineg => b.ins().ineg(x),
                                gir::UnOp::Bnot => b.ins().bnot(x),
                                gir::UnOp::Fneg => b.ins().fneg(x),
                            }]
                        }
                        Op::Icmp(c, x, y) => {
                            use gir::Cond::*;
                            let cc = match c {
                                Eq => IntCC::Equal,
                                Ne => IntCC::NotEqual,
                                Slt => IntCC::SignedLessThan,
                                Sle => IntCC::SignedLessThanOrEqual,
                                Sgt => IntCC::SignedGreaterThan,
                                Sge => IntCC::SignedGreaterThanOrEqual,
                                Ult => IntCC::UnsignedLessThan,
                                Ule => IntCC::UnsignedLessThanOrEqual,
                                Ugt => IntCC::UnsignedGreaterThan,
                                Uge => IntCC::UnsignedGreaterThanOrEqual,
                            };
                            vec![b.ins().icmp(cc, get(x), get(y))]
                        }
                        Op::Fcmp(c, x, y) => {
                            let cc = match c {
                                FCond::Eq => FloatCC::Equal,
                                FCond::Ne => FloatCC::NotEqual,
                                FCond::Lt => FloatCC::LessThan,
                                FCond::Le => FloatCC::LessThanOrEqual,
                                FCond::Gt => FloatCC::GreaterThan,
                                FCond::Ge => FloatCC::GreaterThanOrEqual,
                            };
                            vec![b.ins().fcmp(cc, get(x), get(y))]
                        }
                        Op::Conv(c, t, x) => {
                            let (t, x) = (cl_ty(*t), get(x));
                            vec![match c {
                                Conv::Sext => b.ins().sextend(t, x),
                                Conv::Uext => b.ins().uextend(t, x),
                                Conv::Trunc => b.ins().ireduce(t, x),
                                Conv::FtoS => b.ins().fcvt_to_sint_sat(t, x),
                                Conv::FtoU => b.ins().fcvt_to_uint_sat(t, x),
                                Conv::StoF => b.ins().fcvt_from_sint(t, x),
                                Conv::UtoF => b.ins().fcvt_from_uint(t, x),
                                Conv::Fpromote => b.ins().fpromote(t, x),
                                Conv::Fdemote => b.ins().fdemote(t, x),
                                Conv::Bitcast => b.ins().bitcast(t, MemFlagsData::new(), x),
                            }]
                        }
                        Op::Select(c, x, y) => vec![b.ins().select(get(c), get(x), get(y))],
                        Op::Addr(d) => {
                            let id = self.data_for(d)?;
                            let gv = *gvs
                                .entry(id)
                                .or_insert_with(|| self.module.declare_data_in_func(id, b.func));
                            vec![b.ins().symbol_value(types::I64, gv)]
                        }
                        Op::Load(t, a, off) => {
                            vec![b
                                .ins()
                                .load(cl_ty(*t), MemFlagsData::trusted(), get(a), *off)]
                        }
                        Op::Store(a, off, v) => {
                            b.ins().store(MemFlagsData::trusted(), get(v), get(a), *off);
                            vec![]
                        }
                        Op::StoreWb(a, off, v) | Op::WriteBarrier(a, off, v) => {
                            let (a, v) = (get(a), get(v));
                            let flag = self.write_barrier_flag()?;
                            let gv = *gvs
                                .entry(flag)
                                .or_insert_with(|| self.module.declare_data_in_func(flag, b.func));
                            let fa = b.ins().symbol_value(types::I64, gv);
                            let on = b.ins().load(types::I32, MemFlagsData::trusted(), fa, 0);
                            let storeb = branch_cold(&mut b, on, true);
                            let id = self.write_barrier_func();
                            let fr = *func_refs
                                .entry(id)
                                .or_insert_with(|| self.module.declare_func_in_func(id, b.func));
                            let slot = b.ins().iadd_imm_s(a, *off as i64);
                            b.ins().call(fr, &[slot, v]);
                            b.ins().jump(storeb, &[]);
                            b.switch_to_block(storeb);
                            b.seal_block(storeb);
                            if matches!(inst.op, Op::StoreWb(..)) {
                                b.ins().store(MemFlagsData::trusted(), v, a, *off);
                            }
                            vec![]
                        }
                        Op::AtomicLoad(..)
                        | Op::AtomicStore(..)
                        | Op::AtomicRmw(..)
                        | Op::AtomicCas(..) => atomic(&mut b, self.arch, &inst.op, get),
                        Op::Call(name, args) => {
                            let id = *self.funcs.get(name).ok_or_else(|| {
                                format!("internal error: unknown function {}", name)
                            })?;
                            let fr = *func_refs
                                .entry(id)
                                .or_insert_with(|| self.module.declare_func_in_func(id, b.func));
                            let args: Vec<ir::Value> = args.iter().map(get).collect();
                            let call = b.ins().call(fr, &args);
                            b.inst_results(call).to_vec()
                        }
                        Op::CallIndirect(code, args) => {
                            let mut sig = Signature::new(CallConv::Tail);
                            for a in args {
                                sig.params.push(AbiParam::new(cl_ty(f.ty(*a))));
                            }
                            for r in &inst.results {
                                sig.returns.push(AbiParam::new(cl_ty(f.ty(*r))));
                            }
                            let sr = b.import_signature(sig);
                            let args: Vec<ir::Value> = args.iter().map(get).collect();
                            let call = b.ins().call_indirect(sr, get(code), &args);
                            b.inst_results(call).to_vec()
                        }
                        Op::CallC(name, args) => {
                            let mut sig = Signature::new(self.call_conv_c);
                            for a in args {
                                sig.params.push(AbiParam::new(cl_ty(f.ty(*a))));
                            }
                            for r in &inst.results {
                                sig.returns.push(AbiParam::new(cl_ty(f.ty(*r))));
                            }
                            let id = match self.c_funcs.get(name) {
                                Some(&id) => id,
                                None => {
                                    let id = self
                                        .module
                                        .declare_function(name, Linkage::Import, &sig)
                                        .map_err(|e| e.to_string())?;
                                    self.c_funcs.insert(name.clone(), id);
                                    id
                                }
                            };
                            let fr = *func_refs
                                .entry(id)
                                .or_insert_with(|| self.module.declare_func_in_func(id, b.func));
                            let args: Vec<ir::Value> = args.iter().map(get).collect();
                            let call = b.ins().call(fr, &args);
                            b.inst_results(call).to_vec()
                        }
                        Op::StackAddr(n) => {
                            vec![b.ins().stack_addr(types::I64, slots[*n as usize], 0)]
                        }
                        Op::FuncAddr(name) => {
                            let id = *self.funcs.get(name).ok_or_else(|| {
                                format!("internal error: unknown function {}", name)
                            })?;
                            let fr = *func_refs
                                .entry(id)
                                .or_insert_with(|| self.module.declare_func_in_func(id, b.func));
                            vec![b.ins().func_addr(types::I64, fr)]
                        }
                        Op::CallRt(rt, args) => {
                            let id = self.rt_func(*rt);
                            let fr = *func_refs
                                .entry(id)
                                .or_insert_with(|| self.module.declare_func_in_func(id, b.func));
                            let args: Vec<ir::Value> = args.iter().map(get).collect();
                            let call = b.ins().call(fr, &args);
                            b.inst_results(call).to_vec()
                        }
                        Op::BoundsCheck(kind, signed, x, y) => {
                            let (x, y) = (get(x), get(y));
                            let cc = if *kind == Bounds::Index {
                                IntCC::UnsignedLessThan
                            } else {
                                IntCC::UnsignedLessThanOrEqual
                            };
                            let ok = b.ins().icmp(cc, x, y);
                            let okb = branch_cold(&mut b, ok, false);
                            let id = self.bounds_func();
                            let fr = *func_refs
                                .entry(id)
                                .or_insert_with(|| self.module.declare_func_in_func(id, b.func));
                            let code = *kind as i64 | if *signed { 0x80 } else { 0 };
                            let code = b.ins().iconst(types::I64, code);
                            b.ins().call(fr, &[g, code, x, y]);
                            b.ins().trap(TrapCode::user(1).expect("trap code"));
                            b.switch_to_block(okb);
                            b.seal_block(okb);
                            vec![]
                        }
                    };
                for (r, v) in inst.results.iter().zip(res) {
                    if pointers[r.0 as usize] {
                        b.declare_value_needs_stack_map(v);
                    }
                    vals.insert(*r, v);
                }
            }
            let args =
                |vs: &[gir::Value], vals: &HashMap<gir::Value, ir::Value>| -> Vec<BlockArg> {
                    vs.iter().map(|v| BlockArg::Value(vals[v])).collect()
                };
            match bd.term.as_ref().unwrap_or(&Term::Unreachable) {
                Term::Jump(t, a) => {
                    let a = args(a, &vals);
                    b.ins().jump(blocks[t.0 as usize], &a);
                }
                Term::Brif(c, t, ta, e, ea) => {
                    let (ta, ea) = (args(ta, &vals), args(ea, &vals));
                    b.ins().brif(
                        vals[c],
                        blocks[t.0 as usize],
                        &ta,
                        blocks[e.0 as usize],
                        &ea,
                    );
                }
                Term::Return(vs) => {
                    let vs: Vec<ir::Value> = vs.iter().map(|v| vals[v]).collect();
                    b.ins().return_(&vs);
                }
                Term::Unreachable => {
                    b.ins().trap(TrapCode::user(2).expect("trap code"));
                }
            }
        }
        b.seal_all_blocks();
        b.finalize(self.module.isa().frontend_config());
        Ok(slots)
    }

    /// `go:entry(g)`, called by the runtime with the C convention: runs the
    /// package initializer, then `main.main`.
    fn entry(&mut self, inits: &[String]) -> Result<(), String> {
        let mut sig = Signature::new(self.call_conv_c);
        sig.params.push(AbiParam::new(types::I64));
        let id = self
            .module
            .declare_function("go:entry", Linkage::Export, &sig)
            .map_err(|e| e.to_string())?;
        let mut ctx = Context::new();
        ctx.func.signature = sig;
        let mut fctx = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            b.seal_block(blk);
            let g = b.block_params(blk)[0];
            for name in inits.iter().map(String::as_str).chain(["main.main"]) {
                let fid = *self
                    .funcs
                    .get(name)
                    .ok_or_else(|| format!("internal error: no {}", name))?;
                let fr = self.module.declare_func_in_func(fid, b.func);
                b.ins().call(fr, &[g]);
            }
            b.ins().return_(&[]);
            b.finalize(self.module.isa().frontend_config());
        }
        self.module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("compiling go:entry: {:?}", e))?;
        self.trampoline("go:calldefer", 1, 0)?;
        self.trampoline("go:callstring", 2, 2)?;
        Ok(())
    }

    /// A C-convention function `NAME(g, code-or-closure, args...)` that
    /// calls Go code for the runtime (abi.md section 9): `go:calldefer(g,
    /// env)` calls the closure `env` (code in its first word) with `env` as
    /// its context; `go:callstring(g, code, recv)` calls `code(recv)` and
    /// returns its two result words.
    fn trampoline(&mut self, name: &str, nargs: usize, nresults: usize) -> Result<(), String> {
        let mut sig = Signature::new(self.call_conv_c);
        for _ in 0..=nargs {
            sig.params.push(AbiParam::new(types::I64));
        }
        for _ in 0..nresults {
            sig.returns.push(AbiParam::new(types::I64));
        }
        let id = self
            .module
            .declare_function(name, Linkage::Export, &sig)
            .map_err(|e| e.to_string())?;
        let mut ctx = Context::new();
        ctx.func.signature = sig;
        let mut fctx = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            b.seal_block(blk);
            let ps = b.block_params(blk).to_vec();
            let (code, args) = if name == "go:calldefer" {
                let code = b.ins().load(types::I64, MemFlagsData::trusted(), ps[1], 0);
                (code, vec![ps[0], ps[1]])
            } else {
                (ps[1], vec![ps[0], ps[2]])
            };
            let mut gs = Signature::new(CallConv::Tail);
            for _ in &args {
                gs.params.push(AbiParam::new(types::I64));
            }
            for _ in 0..nresults {
                gs.returns.push(AbiParam::new(types::I64));
            }
            let sr = b.import_signature(gs);
            let call = b.ins().call_indirect(sr, code, &args);
            let rs = b.inst_results(call).to_vec();
            b.ins().return_(&rs);
            b.finalize(self.module.isa().frontend_config());
        }
        self.module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("compiling {}: {:?}", name, e))?;
        Ok(())
    }
}
