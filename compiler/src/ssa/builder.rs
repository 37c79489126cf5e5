//! SSA construction with variables, after Braun et al., "Simple and
//! Efficient Construction of Static Single Assignment Form" (CC 2013), the
//! same contract as Cranelift's `FunctionBuilder`:
//!
//! * `declare_var` a variable, `def_var` it in the current block, `use_var`
//!   it anywhere: the builder adds block parameters where control flow merges.
//! * A block is **sealed** once all its predecessors are known (their
//!   terminators emitted). Uses in an unsealed block create provisional
//!   parameters that are completed at sealing. Seal every block eventually;
//!   `finish` checks it.
//! * Fill a block (give it a terminator) before switching away from it for
//!   good; instructions after a terminator go to a fresh unreachable block.

use std::collections::HashMap;

use super::ir::{Block, BlockData, Func, Inst, Op, Term, Ty, Value};

/// A mutable variable of the source program (one machine word of it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Var(pub u32);

/// Builds one [`Func`].
pub struct Builder {
    pub func: Func,
    cur: Block,
    var_types: Vec<Ty>,
    var_ptr: Vec<bool>,
    defs: HashMap<(Var, Block), Value>,
    preds: Vec<Vec<Block>>,
    sealed: Vec<bool>,
    /// Provisional block parameters of unsealed blocks.
    incomplete: HashMap<Block, Vec<(Var, Value)>>,
    /// Values defined by `Iconst`, for constant-operand fast paths.
    consts: HashMap<Value, i64>,
    /// Values defined by `StackAddr`: stores through them need no write
    /// barrier.
    stack_addrs: std::collections::HashSet<Value>,
    /// Current source position for new instructions.
    pub pos: u32,
}

impl Builder {
    /// A builder for a function with the given Go parameter and result words.
    pub fn new(name: String, params: Vec<Ty>, results: Vec<Ty>, file: u32, pos: u32) -> Self {
        let mut b = Builder {
            func: Func {
                name,
                params,
                results,
                blocks: Vec::new(),
                value_types: Vec::new(),
                pointers: Vec::new(),
                file,
                pos,
                slots: Vec::new(),
                slot_ptrs: Vec::new(),
            },
            cur: Block(0),
            var_types: Vec::new(),
            var_ptr: Vec::new(),
            defs: HashMap::new(),
            preds: Vec::new(),
            sealed: Vec::new(),
            incomplete: HashMap::new(),
            consts: HashMap::new(),
            stack_addrs: Default::default(),
            pos,
        };
        let entry = b.create_block();
        b.switch_to(entry);
        b.seal(entry);
        b
    }

    pub fn create_block(&mut self) -> Block {
        let id = Block(self.func.blocks.len() as u32);
        self.func.blocks.push(BlockData::default());
        self.preds.push(Vec::new());
        self.sealed.push(false);
        id
    }

    pub fn current(&self) -> Block {
        self.cur
    }

    pub fn switch_to(&mut self, b: Block) {
        self.cur = b;
    }

    /// Whether the current block already has its terminator.
    pub fn is_filled(&self) -> bool {
        self.func.blocks[self.cur.0 as usize].term.is_some()
    }

    pub fn new_value(&mut self, ty: Ty, ptr: bool) -> Value {
        let v = Value(self.func.value_types.len() as u32);
        self.func.value_types.push(ty);
        self.func.pointers.push(ptr);
        v
    }

    /// Adds a parameter to a block.
    pub fn append_param(&mut self, b: Block, ty: Ty, ptr: bool) -> Value {
        let v = self.new_value(ty, ptr);
        self.func.blocks[b.0 as usize].params.push(v);
        v
    }

    /// Emits an instruction with results of the given types.
    pub fn inst(&mut self, op: Op, results: &[Ty]) -> Vec<Value> {
        self.ensure_open();
        let rs: Vec<Value> = results.iter().map(|&t| self.new_value(t, false)).collect();
        if let (Op::Iconst(_, c), Some(&r)) = (&op, rs.first()) {
            self.consts.insert(r, *c);
        }
        if let (Op::StackAddr(_), Some(&r)) = (&op, rs.first()) {
            self.stack_addrs.insert(r);
        }
        let pos = self.pos;
        self.func.blocks[self.cur.0 as usize].insts.push(Inst {
            op,
            results: rs.clone(),
            pos,
        });
        rs
    }

    /// Emits an instruction with one result.
    pub fn inst1(&mut self, op: Op, ty: Ty) -> Value {
        self.inst(op, &[ty])[0]
    }

    /// The value of an integer constant instruction, if `v` is one.
    pub fn const_of(&self, v: Value) -> Option<i64> {
        self.consts.get(&v).copied()
    }

    /// Whether `v` is the address of a stack slot of the frame.
    pub fn is_stack_addr(&self, v: Value) -> bool {
        self.stack_addrs.contains(&v)
    }

    /// Stores word `v` at `addr + off`; a pointer word (`ptr`) gets the
    /// write barrier unless `addr` is in the frame (stack stores need
    /// none).
    pub fn store_word(&mut self, addr: Value, off: i32, v: Value, ptr: bool) {
        let op = if ptr && !self.is_stack_addr(addr) {
            Op::StoreWb(addr, off, v)
        } else {
            Op::Store(addr, off, v)
        };
        self.inst(op, &[]);
    }

    /// Marks a value as holding a pointer (it gets a stack map entry).
    pub fn mark_ptr(&mut self, v: Value) {
        self.func.pointers[v.0 as usize] = true;
    }

    /// After a terminator, further code is unreachable: give it a block of
    /// its own so the IR stays well formed.
    fn ensure_open(&mut self) {
        if self.is_filled() {
            let b = self.create_block();
            self.seal(b);
            self.cur = b;
        }
    }

    /// Ends the current block.
    pub fn terminate(&mut self, t: Term) {
        self.ensure_open();
        let from = self.cur;
        match &t {
            Term::Jump(b, _) => self.preds[b.0 as usize].push(from),
            Term::Brif(_, a, _, b, _) => {
                self.preds[a.0 as usize].push(from);
                self.preds[b.0 as usize].push(from);
            }
            _ => {}
        }
        self.func.blocks[from.0 as usize].term = Some(t);
    }

    pub fn jump(&mut self, b: Block) {
        self.terminate(Term::Jump(b, Vec::new()));
    }

    pub fn brif(&mut self, c: Value, t: Block, e: Block) {
        self.terminate(Term::Brif(c, t, Vec::new(), e, Vec::new()));
    }

    pub fn declare_var(&mut self, ty: Ty, ptr: bool) -> Var {
        let v = Var(self.var_types.len() as u32);
        self.var_types.push(ty);
        self.var_ptr.push(ptr);
        v
    }

    pub fn def_var(&mut self, var: Var, val: Value) {
        self.ensure_open();
        self.defs.insert((var, self.cur), val);
    }

    pub fn use_var(&mut self, var: Var) -> Value {
        self.ensure_open();
        let b = self.cur;
        self.use_var_in(var, b)
    }

    fn use_var_in(&mut self, var: Var, b: Block) -> Value {
        if let Some(&v) = self.defs.get(&(var, b)) {
            return v;
        }
        let (ty, ptr) = (self.var_types[var.0 as usize], self.var_ptr[var.0 as usize]);
        let v = if !self.sealed[b.0 as usize] {
            let p = self.append_param(b, ty, ptr);
            self.incomplete.entry(b).or_default().push((var, p));
            p
        } else if self.preds[b.0 as usize].len() == 1 {
            let p = self.preds[b.0 as usize][0];
            self.use_var_in(var, p)
        } else if self.preds[b.0 as usize].is_empty() {
            // Unreachable code or a variable read before any definition:
            // Go zero-initializes every variable, so zero is right.
            self.zero_in(b, ty)
        } else {
            let p = self.append_param(b, ty, ptr);
            self.defs.insert((var, b), p);
            self.add_param_args(var, b);
            p
        };
        self.defs.insert((var, b), v);
        v
    }

    /// A zero constant defined at the start of block `b`.
    fn zero_in(&mut self, b: Block, ty: Ty) -> Value {
        let v = self.new_value(ty, false);
        let op = match ty {
            Ty::F32 => Op::F32const(0),
            Ty::F64 => Op::F64const(0),
            t => Op::Iconst(t, 0),
        };
        self.func.blocks[b.0 as usize].insts.insert(
            0,
            Inst {
                op,
                results: vec![v],
                pos: 0,
            },
        );
        v
    }

    /// Appends, for the newest parameter of `b` (standing for `var`), the
    /// matching argument to every predecessor's branch.
    fn add_param_args(&mut self, var: Var, b: Block) {
        let preds = self.preds[b.0 as usize].clone();
        // A predecessor with two edges to `b` appears twice in `preds`;
        // each edge gets its argument once.
        let mut done: Vec<Block> = Vec::new();
        for p in preds {
            if done.contains(&p) {
                continue;
            }
            done.push(p);
            let arg = self.use_var_in(var, p);
            match self.func.blocks[p.0 as usize].term.as_mut() {
                Some(Term::Jump(t, args)) if *t == b => args.push(arg),
                Some(Term::Brif(_, t, ta, e, ea)) => {
                    if *t == b {
                        ta.push(arg);
                    }
                    if *e == b {
                        ea.push(arg);
                    }
                }
                _ => {}
            }
        }
    }

    /// Declares that all predecessors of `b` are known.
    pub fn seal(&mut self, b: Block) {
        if self.sealed[b.0 as usize] {
            return;
        }
        self.sealed[b.0 as usize] = true;
        if let Some(list) = self.incomplete.remove(&b) {
            for (var, _p) in list {
                self.add_param_args(var, b);
            }
        }
    }

    /// Seals any block left unsealed and returns the function.
    /// A new stack slot of the frame.
    pub fn stack_slot(&mut self, size: u32, align: u32, ptrs: Vec<bool>) -> u32 {
        self.func.slots.push((size, align));
        self.func.slot_ptrs.push(ptrs);
        self.func.slots.len() as u32 - 1
    }

    pub fn finish(mut self) -> Func {
        for i in 0..self.func.blocks.len() {
            self.seal(Block(i as u32));
        }
        for i in 0..self.func.blocks.len() {
            if self.func.blocks[i].term.is_none() {
                self.func.blocks[i].term = Some(Term::Unreachable);
            }
        }
        self.func
    }
}
