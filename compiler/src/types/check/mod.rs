//! The checker proper: objects, scopes, package-level resolution and the
//! initialization order. Expressions are in `expr.rs`, statements in
//! `stmt.rs`, assignability and conversions in `assign.rs`.

mod assign;
pub(crate) mod expr;
pub mod iface;
mod member;
mod stmt;

use std::collections::{HashMap, HashSet};

use super::constant::Const;
use super::ty::{Basic, Field, MethodInfo, TypeId, TypeKind, TypeTable};
use crate::syntax::ast::{self, Decl, Expr, ExprId, ExprKind, GenKind, Ident, Spec};
use crate::syntax::source::{Diag, SourceFile, Span};
use expr::Mode;
use num_traits::ToPrimitive;

/// Index of an [`Object`] in [`Info::objs`].
pub type ObjId = u32;

/// The predeclared functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

/// What a name denotes.
#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// A variable; `global` for package-level ones.
    Var {
        global: bool,
    },
    Const(Const),
    TypeName,
    Func,
    Builtin(Builtin),
    /// An imported package (by path).
    PkgName(String),
    Nil,
}

/// A named language entity.
#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub typ: TypeId,
    /// The declaring identifier (empty span for predeclared objects).
    pub span: Span,
    /// Index of the declaring file.
    pub file: u32,
    /// Index of the declaring package in `Info::pkg_paths`.
    pub pkg: u32,
}

/// A package-level variable initialization in execution order.
#[derive(Clone, Debug)]
pub struct VarInit {
    /// The variables assigned (one, or several for `var a, b = f()`).
    pub lhs: Vec<ObjId>,
    pub file: u32,
    /// The initializer expression; `None` means zero value (not listed).
    pub rhs: Expr,
}

/// A function to compile.
#[derive(Clone, Debug)]
pub struct FuncInfo {
    /// Symbol name, e.g. `main.f` or `main.init.0`.
    pub symbol: String,
    pub file: u32,
    pub decl: ast::FuncDecl,
    /// Objects of the parameters and results, in order (blank and unnamed
    /// ones get fresh objects too, so the list is complete).
    pub params: Vec<ObjId>,
    pub results: Vec<ObjId>,
    /// Whether the results are named (a bare `return` returns them).
    pub named_results: bool,
    pub typ: TypeId,
    /// For a function literal: the enclosing functions' variables it
    /// refers to (each lives in a heap cell the closure points to).
    pub captures: Option<Vec<ObjId>>,
}

/// A method value `x.M`: a closure holding the receiver (a value, a
/// pointer, or an interface) that calls the method.
#[derive(Clone, Debug)]
pub struct MethodValue {
    /// The closure object's type: a code pointer, then the receiver.
    pub env: TypeId,
    /// The receiver's type as stored.
    pub recv: TypeId,
    /// The method's symbol, or for an interface method its index.
    pub target: Result<String, usize>,
    /// The method's signature (without receiver).
    pub sig: TypeId,
    /// The closure function's symbol (`main.T.M-fm`).
    pub wrapper: String,
}

/// A function literal: its function's symbol and the type of its closure
/// object (a code pointer, then one pointer per captured variable).
#[derive(Clone, Debug)]
pub struct Closure {
    pub sym: String,
    pub captures: Vec<ObjId>,
    pub env: TypeId,
}

/// What a selector expression `x.f` selects.
#[derive(Clone, Debug)]
pub struct Selection {
    /// Indices of the embedded fields walked from `x`'s type to the
    /// struct (or named type) that holds `f`.
    pub path: Vec<usize>,
    pub kind: SelKind,
}

/// The member a [`Selection`] ends at.
#[derive(Clone, Debug)]
pub enum SelKind {
    /// Field number `i` of the struct reached by the path.
    Field(usize),
    /// A method of the defined type `named` reached by the path:
    /// `named`'s method number `index`.
    Method { named: TypeId, index: usize },
    /// Method number `i` (in sorted order) of the interface reached.
    IfaceMethod(usize),
}

/// Everything the checker learned about a package.
pub struct Info {
    pub tys: TypeTable,
    /// The type of each expression after untyped conversion.
    pub types: HashMap<ExprId, TypeId>,
    /// The value of each constant expression, in its final type.
    pub consts: HashMap<ExprId, Const>,
    /// The object an identifier expression refers to.
    pub uses: HashMap<ExprId, ObjId>,
    /// The object a declaring identifier introduces, by (file, position).
    pub defs: HashMap<(u32, u32), ObjId>,
    pub objs: Vec<Object>,
    /// Package-level variables (in declaration order).
    pub globals: Vec<ObjId>,
    pub init_order: Vec<VarInit>,
    pub funcs: Vec<FuncInfo>,
    /// Symbols of the package's `init` functions, in source order.
    pub init_funcs: Vec<String>,
    pub pkg: String,
    /// The member each selector expression selects.
    pub selections: HashMap<ExprId, Selection>,
    /// Expressions whose value is implicitly converted to an interface
    /// type (assignments, arguments, comparisons...): the target type.
    pub implicit: HashMap<ExprId, TypeId>,
    /// Method values (`x.M` not called): what the closure holds.
    pub method_values: HashMap<ExprId, MethodValue>,
    /// Method expressions of interface types (`I.M`): by the symbol of the
    /// function the lowering generates, the interface, the method's index
    /// and signature.
    pub iface_method_exprs: HashMap<String, (TypeId, usize, TypeId)>,
    /// Method expressions (`T.M`, `(*T).M`): the function's symbol.
    pub method_exprs: HashMap<ExprId, String>,
    /// The type of run-time error panic values (`runtime.errorString`).
    pub runtime_error: TypeId,
    /// All run-time error types whose descriptors the runtime names
    /// (`runtime.errorString`, `boundsError`, `plainError`,
    /// `*TypeAssertionError`).
    pub runtime_errors: Vec<TypeId>,
    /// Symbols of std functions declared without a body, which the
    /// compiler provides (std/README.md).
    pub bodyless: HashSet<String>,
    /// The calls of `defer` statements.
    pub defers: HashSet<ExprId>,
    /// Calls of variadic functions whose only argument is a multi-value
    /// call (`fmt.Println(f())`).
    pub variadic_tuple: HashSet<ExprId>,
    /// Elided composite literals of pointer type (`{...}` as `&T{...}`).
    pub elided_addr: HashSet<ExprId>,
    /// Calls of variadic functions without `...`: the number of fixed
    /// parameters (later arguments are packed into a slice).
    pub variadic: HashMap<ExprId, usize>,
    /// Type assertions used in the two-value (comma-ok) form.
    pub comma_ok: HashSet<ExprId>,
    /// The variable a type switch clause declares, by the clause's position.
    pub switch_vars: HashMap<(u32, u32), ObjId>,
    /// Function literals by expression.
    pub closures: HashMap<ExprId, Closure>,
    /// Symbols of the functions (and function literals) whose bodies call
    /// `recover` directly: only a deferred call of one of those can stop a
    /// panic, so only a function deferring one needs a resume point.
    pub recovers: HashSet<String>,
    /// The program's packages in initialization order (main last).
    pub pkgs: Vec<PkgInit>,
    /// Import path of each package, by index (`Object::pkg`).
    pub pkg_paths: Vec<String>,
    /// Local variables whose address is taken (`&x`, or a pointer-receiver
    /// method called on them): they live in memory, not in SSA values.
    pub addr_taken: HashSet<ObjId>,
}

/// A lexical scope.
struct Scope {
    names: HashMap<String, ObjId>,
}

/// State of a package-level object during lazy resolution.
#[derive(Clone, Copy, PartialEq)]
enum Resolve {
    Unresolved,
    InProgress,
    Done,
}

/// Where a package-level object was declared, for lazy resolution.
#[derive(Clone)]
enum PkgDecl {
    Const {
        file: u32,
        spec: ast::ValueSpec,
        /// The spec whose type and values an implicit repetition reuses.
        src: ast::ValueSpec,
        index: usize,
    },
    Var {
        file: u32,
        spec: ast::ValueSpec,
        index: usize,
    },
    Type {
        file: u32,
        spec: ast::TypeSpec,
    },
    Func {
        file: u32,
        decl: ast::FuncDecl,
    },
    /// A declaration already reported as not supported; its type stays invalid.
    Unsupported,
}

/// The checker's state.
pub(crate) struct Checker<'a> {
    files: &'a [SourceFile],
    info: Info,
    diags: Vec<(u32, Diag)>,
    /// The file being checked.
    file: u32,
    universe: HashMap<String, ObjId>,
    pkg_scope: HashMap<String, ObjId>,
    file_scopes: Vec<HashMap<String, ObjId>>,
    scopes: Vec<Scope>,
    decls: HashMap<ObjId, PkgDecl>,
    state: HashMap<ObjId, Resolve>,
    /// Variables declared in function bodies and whether they were used.
    used: HashSet<ObjId>,
    local_vars: Vec<ObjId>,
    /// Imports per file: (object, path, span) and whether used.
    imports: Vec<(ObjId, String, Span, u32)>,
    /// Package-level objects referenced by the declaration being checked.
    deps: HashMap<ObjId, HashSet<ObjId>>,
    cur_decl: Option<ObjId>,
    /// The current function's result types (for `return`).
    func_results: Vec<Vec<TypeId>>,
    func_named_results: Vec<bool>,
    /// The value of `iota` inside a constant declaration.
    iota: Option<i64>,
    /// The element type an elided composite literal (`{1, 2}` inside
    /// `[][]int{...}`) takes.
    elided: Option<TypeId>,
    /// Parameter and result objects of the function just checked.
    pending_params: Vec<(String, Vec<ObjId>, Vec<ObjId>)>,
    /// Labels of the current function: position and whether used.
    labels: HashMap<String, (Span, bool)>,
    /// Whether a `fallthrough` may end the current case clause.
    fallthrough_ok: bool,
    in_last_case: bool,
    scratch: ObjId,
    /// Package-level type declarations being resolved, outermost first.
    type_path: Vec<ObjId>,
    /// Defined types whose declaration names a defined type still being
    /// resolved (reached through a pointer, so not a cycle): `type T2 T1`
    /// met inside `type T1 struct{ Next *T2 }`. Each gets its underlying
    /// type when the one it names is done.
    pending_underlying: Vec<(TypeId, TypeId)>,
    /// Type cycles already reported (by their first type).
    reported_cycles: HashSet<ObjId>,
    /// The result objects of the functions being checked (innermost last).
    result_objs: Vec<Vec<ObjId>>,
    /// Method declarations: file and declaration.
    method_decls: Vec<(u32, ast::FuncDecl)>,
    /// Methods whose signatures are not resolved yet: the defined type,
    /// the method's index in it and its `method_decls` index.
    pending_methods: Vec<(TypeId, usize, usize)>,
    /// Function-literal nesting depth at which each local was declared.
    var_depth: HashMap<ObjId, usize>,
    /// Indices (into `lit_funcs`) of the function literals being checked.
    lit_stack: Vec<usize>,
    /// Checked function literals, and what each captures.
    lit_funcs: Vec<Option<FuncInfo>>,
    lit_captures: Vec<Vec<ObjId>>,
    /// Symbols of the functions being checked (innermost last), and the
    /// number of literals named after each so far.
    func_syms: Vec<String>,
    lit_count: HashMap<String, usize>,
    /// The package being checked: import path and name.
    pkg_path: String,
    pkg_name: String,
    /// The package-level scopes of the packages checked so far, by path.
    packages: HashMap<String, HashMap<String, ObjId>>,
    /// Functions of the packages checked so far.
    done_funcs: Vec<FuncInfo>,
    /// Types declared in function bodies so far (numbers them).
    local_types: u32,
    /// An object per method, by symbol, standing for the method in the
    /// dependency graph of package initialization.
    method_objs: HashMap<String, ObjId>,
}

/// One package of a program: its import path and its files (a range of
/// the program's file list).
#[derive(Clone, Debug)]
pub struct PkgSpec {
    pub path: String,
    pub files: std::ops::Range<usize>,
}

/// What a package contributes to program initialization.
#[derive(Clone, Debug)]
pub struct PkgInit {
    pub path: String,
    pub init_order: Vec<VarInit>,
    /// Symbols of the package's `init` functions, in source order.
    pub init_funcs: Vec<String>,
}

/// Checks one package. Files are parsed; `files[i]` is the source of `asts[i]`.
/// `early` holds errors found before type checking that gc reports with
/// the type errors (the parser's deferred ones), by file index.
pub fn check_package(
    files: &[SourceFile],
    asts: &[ast::File],
    early: Vec<(u32, Diag)>,
) -> Result<Info, Vec<String>> {
    let pkgs = vec![PkgSpec {
        path: "main".into(),
        files: 0..asts.len(),
    }];
    check_program(files, asts, &pkgs, early)
}

/// Checks the packages of a program, dependencies first (`pkgs` in that
/// order, `main` last). Files of all packages share one index space.
pub fn check_program(
    files: &[SourceFile],
    asts: &[ast::File],
    pkgs: &[PkgSpec],
    early: Vec<(u32, Diag)>,
) -> Result<Info, Vec<String>> {
    let mut c = Checker::new(files);
    c.diags = early;
    for p in pkgs {
        c.begin_package(p, asts);
        c.run(asts, p.files.clone());
        c.end_package();
        if !c.diags.is_empty() {
            break;
        }
    }
    c.info.funcs = std::mem::take(&mut c.done_funcs);
    // Code behind a construct that is not supported yet was not checked,
    // so "not used" errors could be wrong: leave them out then.
    if c.diags
        .iter()
        .any(|(_, d)| d.msg.starts_with("not supported yet"))
    {
        c.diags.retain(|(_, d)| {
            !d.msg.starts_with("declared and not used") && !d.msg.ends_with("imported and not used")
        });
    }
    if c.diags.is_empty() {
        Ok(c.info)
    } else {
        // gc sorts by position and stops after 10 errors.
        c.diags.sort_by_key(|(f, d)| (*f, d.span.lo));
        c.diags
            .dedup_by(|a, b| a.0 == b.0 && a.1.span.lo == b.1.span.lo);
        let mut out: Vec<String> = c
            .diags
            .iter()
            .take(10)
            .map(|(f, d)| files[*f as usize].render(d))
            .collect();
        if c.diags.len() > 10 {
            out.push("too many errors".to_string());
        }
        Err(out)
    }
}

impl<'a> Checker<'a> {
    fn new(files: &'a [SourceFile]) -> Self {
        let mut c = Checker {
            files,
            info: Info {
                tys: TypeTable::new(),
                types: HashMap::new(),
                consts: HashMap::new(),
                uses: HashMap::new(),
                defs: HashMap::new(),
                objs: Vec::new(),
                globals: Vec::new(),
                init_order: Vec::new(),
                funcs: Vec::new(),
                init_funcs: Vec::new(),
                pkg: "main".to_string(),
                selections: HashMap::new(),
                addr_taken: HashSet::new(),
                closures: HashMap::new(),
                recovers: HashSet::new(),
                pkgs: Vec::new(),
                pkg_paths: Vec::new(),
                implicit: HashMap::new(),
                comma_ok: HashSet::new(),
                variadic: HashMap::new(),
                elided_addr: HashSet::new(),
                variadic_tuple: HashSet::new(),
                defers: HashSet::new(),
                bodyless: HashSet::new(),
                runtime_error: TypeId(0),
                runtime_errors: Vec::new(),
                method_values: HashMap::new(),
                method_exprs: HashMap::new(),
                iface_method_exprs: HashMap::new(),
                switch_vars: HashMap::new(),
            },
            diags: Vec::new(),
            file: 0,
            universe: HashMap::new(),
            pkg_scope: HashMap::new(),
            file_scopes: Vec::new(),
            scopes: Vec::new(),
            decls: HashMap::new(),
            state: HashMap::new(),
            used: HashSet::new(),
            local_vars: Vec::new(),
            imports: Vec::new(),
            deps: HashMap::new(),
            cur_decl: None,
            func_results: Vec::new(),
            func_named_results: Vec::new(),
            iota: None,
            elided: None,
            pending_params: Vec::new(),
            labels: HashMap::new(),
            fallthrough_ok: false,
            in_last_case: false,
            scratch: 0,
            result_objs: Vec::new(),
            type_path: Vec::new(),
            pending_underlying: Vec::new(),
            reported_cycles: HashSet::new(),
            method_decls: Vec::new(),
            pending_methods: Vec::new(),
            var_depth: HashMap::new(),
            lit_stack: Vec::new(),
            lit_funcs: Vec::new(),
            lit_captures: Vec::new(),
            func_syms: Vec::new(),
            lit_count: HashMap::new(),
            pkg_path: "main".into(),
            pkg_name: "main".into(),
            packages: HashMap::new(),
            done_funcs: Vec::new(),
            local_types: 0,
            method_objs: HashMap::new(),
        };
        c.init_universe();
        c
    }

    fn init_universe(&mut self) {
        use Basic::*;
        let basics = [
            ("bool", Bool),
            ("int", Int),
            ("int8", Int8),
            ("int16", Int16),
            ("int32", Int32),
            ("int64", Int64),
            ("uint", Uint),
            ("uint8", Uint8),
            ("uint16", Uint16),
            ("uint32", Uint32),
            ("uint64", Uint64),
            ("uintptr", Uintptr),
            ("float32", Float32),
            ("float64", Float64),
            ("complex64", Complex64),
            ("complex128", Complex128),
            ("string", String),
        ];
        for (name, b) in basics {
            let t = self.info.tys.basic(b);
            self.universe_obj(name, ObjKind::TypeName, t);
        }
        let (byte, rune) = (self.info.tys.byte(), self.info.tys.rune());
        self.universe_obj("byte", ObjKind::TypeName, byte);
        self.universe_obj("rune", ObjKind::TypeName, rune);
        let ub = self.info.tys.basic(UntypedBool);
        self.universe_obj("true", ObjKind::Const(Const::Bool(true)), ub);
        self.universe_obj("false", ObjKind::Const(Const::Bool(false)), ub);
        let ui = self.info.tys.basic(UntypedInt);
        self.universe_obj("iota", ObjKind::Const(Const::int(0)), ui);
        // Predeclared types that need interfaces: known names, rejected on use.
        let invalid = self.info.tys.basic(Invalid);
        self.universe_obj("comparable", ObjKind::TypeName, invalid);
        let empty = self.info.tys.intern(TypeKind::Interface(Vec::new()));
        let any = self.info.tys.alias("any".into(), empty);
        self.universe_obj("any", ObjKind::TypeName, any);
        let string = self.info.tys.basic(Basic::String);
        let err_sig = self
            .info
            .tys
            .intern(TypeKind::Func(Vec::new(), vec![string], false));
        let err_iface = self
            .info
            .tys
            .intern(TypeKind::Interface(vec![super::ty::IMethod {
                name: "Error".into(),
                sig: err_sig,
            }]));
        let error = self.info.tys.new_named("error".into());
        self.info.tys.set_underlying(error, err_iface);
        self.universe_obj("error", ObjKind::TypeName, error);
        // The type of run-time error panic values (abi.md section 9): the
        // runtime builds them, compiled code calls their methods.
        let rte = self.info.tys.new_named("runtime.errorString".into());
        self.info.tys.set_underlying(rte, string);
        let unit = self
            .info
            .tys
            .intern(TypeKind::Func(Vec::new(), Vec::new(), false));
        let ni = self.info.tys.named_info_mut(rte).unwrap();
        ni.methods.push(MethodInfo {
            name: "Error".into(),
            ptr_recv: false,
            sig: Some(err_sig),
            sym: "runtime.errorString.Error".into(),
        });
        ni.methods.push(MethodInfo {
            name: "RuntimeError".into(),
            ptr_recv: false,
            sig: Some(unit),
            sym: "runtime.errorString.RuntimeError".into(),
        });
        self.info.runtime_error = rte;
        self.info.runtime_errors.push(rte);
        // gc's other run-time error types, for `%T` of recovered errors.
        for (name, ptr) in [
            ("boundsError", false),
            ("plainError", false),
            ("TypeAssertionError", true),
        ] {
            let t = self.info.tys.new_named(format!("runtime.{}", name));
            self.info.tys.set_underlying(t, string);
            let recv = if ptr {
                format!("runtime.(*{})", name)
            } else {
                format!("runtime.{}", name)
            };
            let ni = self.info.tys.named_info_mut(t).unwrap();
            ni.methods.push(MethodInfo {
                name: "Error".into(),
                ptr_recv: ptr,
                sig: Some(err_sig),
                sym: format!("{}.Error", recv),
            });
            ni.methods.push(MethodInfo {
                name: "RuntimeError".into(),
                ptr_recv: ptr,
                sig: Some(unit),
                sym: format!("{}.RuntimeError", recv),
            });
            let exported = if ptr {
                self.info.tys.intern(TypeKind::Pointer(t))
            } else {
                t
            };
            self.info.runtime_errors.push(exported);
        }
        let un = self.info.tys.basic(UntypedNil);
        self.universe_obj("nil", ObjKind::Nil, un);
        let inv = self.info.tys.basic(Invalid);
        use Builtin as B;
        for (name, b) in [
            ("append", B::Append),
            ("cap", B::Cap),
            ("clear", B::Clear),
            ("close", B::Close),
            ("complex", B::Complex),
            ("copy", B::Copy),
            ("delete", B::Delete),
            ("imag", B::Imag),
            ("len", B::Len),
            ("make", B::Make),
            ("max", B::Max),
            ("min", B::Min),
            ("new", B::New),
            ("panic", B::Panic),
            ("print", B::Print),
            ("println", B::Println),
            ("real", B::Real),
            ("recover", B::Recover),
        ] {
            self.universe_obj(name, ObjKind::Builtin(b), inv);
        }
    }

    fn universe_obj(&mut self, name: &str, kind: ObjKind, typ: TypeId) {
        let id = self.new_obj(name, kind, typ, Span::default());
        self.universe.insert(name.to_string(), id);
    }

    pub(crate) fn new_obj(&mut self, name: &str, kind: ObjKind, typ: TypeId, span: Span) -> ObjId {
        let id = self.info.objs.len() as ObjId;
        self.info.objs.push(Object {
            name: name.to_string(),
            kind,
            typ,
            span,
            file: self.file,
            pkg: self.info.pkg_paths.len().saturating_sub(1) as u32,
        });
        if !self.lit_stack.is_empty() {
            self.var_depth.insert(id, self.lit_stack.len());
        }
        id
    }

    pub(crate) fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push((
            self.file,
            Diag {
                span,
                msg: msg.into(),
            },
        ));
    }

    /// The source text of a span in the current file (gc quotes expressions).
    pub(crate) fn text(&self, span: Span) -> String {
        let src = &self.files[self.file as usize].src;
        src.get(span.lo as usize..span.hi as usize)
            .unwrap_or("")
            .to_string()
    }

    /// Starts checking package `p`.
    fn begin_package(&mut self, p: &PkgSpec, asts: &[ast::File]) {
        self.pkg_path = p.path.clone();
        self.pkg_name = asts
            .get(p.files.start)
            .map(|f| f.package.name.clone())
            .unwrap_or_default();
        if p.path == "main" {
            self.pkg_name = "main".into();
        }
        self.info.pkg_paths.push(p.path.clone());
        self.info.tys.local = format!("{}.", self.pkg_name);
        self.pkg_scope = HashMap::new();
        self.imports.clear();
        self.method_decls.clear();
        self.pending_methods.clear();
    }

    /// Finishes the package being checked: its exported scope and what it
    /// contributes to program initialization.
    fn end_package(&mut self) {
        let scope = std::mem::take(&mut self.pkg_scope);
        self.packages.insert(self.pkg_path.clone(), scope);
        self.info.pkgs.push(PkgInit {
            path: self.pkg_path.clone(),
            init_order: std::mem::take(&mut self.info.init_order),
            init_funcs: std::mem::take(&mut self.info.init_funcs),
        });
    }

    /// Checks one package whose files are `asts[range]`.
    fn run(&mut self, asts: &[ast::File], range: std::ops::Range<usize>) {
        if self.file_scopes.len() < asts.len() {
            self.file_scopes = vec![HashMap::new(); asts.len()];
        }
        // 1. Collect package-level objects and imports.
        for fi in range.clone() {
            let f = &asts[fi];
            self.file = fi as u32;
            let want = if self.pkg_path == "main" {
                "main".to_string()
            } else {
                self.pkg_name.clone()
            };
            if f.package.name != want {
                if self.pkg_path == "main" {
                    self.error(
                        f.package.span,
                        format!(
                            "not supported yet: package {} (only package main)",
                            f.package.name
                        ),
                    );
                } else {
                    self.error(
                        f.package.span,
                        format!("package {}; expected package {}", f.package.name, want),
                    );
                }
            }
            for imp in &f.imports {
                let name = match &imp.name {
                    Some(n) => n.name.clone(),
                    None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
                };
                let inv = self.info.tys.basic(Basic::Invalid);
                let id = self.new_obj(&name, ObjKind::PkgName(imp.path.clone()), inv, imp.span);
                if name != "_" {
                    self.file_scopes[fi].insert(name, id);
                }
                self.imports
                    .push((id, imp.path.clone(), imp.span, fi as u32));
            }
            for d in &f.decls {
                self.collect_decl(d);
            }
        }
        // 1b. Attach methods to their receiver types.
        self.collect_methods();
        // 2. Resolve every package-level object.
        let mut ids: Vec<ObjId> = self.decls.keys().copied().collect();
        ids.sort();
        for id in ids {
            self.resolve(id);
        }
        let named: Vec<TypeId> = self.pending_methods.iter().map(|m| m.0).collect();
        for t in named {
            self.ensure_methods(t);
        }
        // 3. Check function bodies.
        let funcs = std::mem::take(&mut self.info.funcs);
        let mut checked = Vec::new();
        for mut fi in funcs {
            self.file = fi.file;
            self.check_func_body(&fi);
            if let Some((_, p, r)) = self.pending_params.pop() {
                fi.params = p;
                fi.results = r;
            }
            checked.push(fi);
        }
        self.done_funcs.extend(checked);
        let lits = std::mem::take(&mut self.lit_funcs);
        self.done_funcs.extend(lits.into_iter().flatten());
        // 4. Unused imports.
        for (id, path, span, fi) in self.imports.clone() {
            if !self.used.contains(&id) {
                self.file = fi;
                let name = &self.info.objs[id as usize].name;
                let last = path.rsplit('/').next().unwrap_or(&path);
                let msg = if name != last && name != "_" {
                    format!("{:?} imported as {} and not used", path, name)
                } else {
                    format!("{:?} imported and not used", path)
                };
                if name != "_" {
                    self.error(span, msg);
                }
            } else if !self.packages.contains_key(&path) {
                self.file = fi;
                self.error(span, format!("not supported yet: package {}", path));
            }
        }
        // 5. Initialization order.
        self.order_inits();
        if self.pkg_path == "main" && !self.pkg_scope.contains_key("main") && self.diags.is_empty()
        {
            self.file = 0;
            self.error(
                Span::default(),
                "function main is undeclared in the main package",
            );
        }
    }

    fn declare_pkg(&mut self, ident: &Ident, kind: ObjKind, decl: PkgDecl) -> ObjId {
        if (ident.name == "init" || ident.name == "main") && kind != ObjKind::Func {
            self.error(
                ident.span,
                format!("cannot declare {} - must be func", ident.name),
            );
        }
        let inv = self.info.tys.basic(Basic::Invalid);
        let id = self.new_obj(&ident.name, kind, inv, ident.span);
        self.info.defs.insert((self.file, ident.span.lo), id);
        if ident.name != "_" {
            if let Some(&prev) = self.pkg_scope.get(&ident.name) {
                let p = self.info.objs[prev as usize].clone();
                let (l, c) = self.files[p.file as usize].line_col(p.span.lo);
                let name = &self.files[p.file as usize].name;
                self.error(
                    ident.span,
                    format!(
                        "{} redeclared in this block\n\t{}:{}:{}: other declaration of {}",
                        ident.name, name, l, c, ident.name
                    ),
                );
            } else {
                self.pkg_scope.insert(ident.name.clone(), id);
            }
        }
        self.decls.insert(id, decl);
        self.state.insert(id, Resolve::Unresolved);
        id
    }

    fn collect_decl(&mut self, d: &Decl) {
        match d {
            Decl::Func(f) => {
                if f.recv.is_some() {
                    self.method_decls.push((self.file, (**f).clone()));
                    return;
                }
                if !f.tparams.is_empty() {
                    self.error(f.name.span, "not supported yet: generic functions");
                    // Declared all the same, so uses are not "undefined".
                    self.declare_pkg(&f.name, ObjKind::Func, PkgDecl::Unsupported);
                    return;
                }
                if f.name.name == "init" {
                    if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                        self.error(
                            f.name.span,
                            "func init must have no arguments and no return values",
                        );
                    }
                    let n = self.info.init_funcs.len();
                    let sym = format!("{}.init.{}", self.pkg_path, n);
                    self.info.init_funcs.push(sym.clone());
                    let t = self.func_type(&f.sig);
                    let fi = self.make_func_info(sym, f, t);
                    self.info.funcs.push(fi);
                    return;
                }
                if f.name.name == "main"
                    && self.pkg_path == "main"
                    && (!f.sig.params.is_empty() || !f.sig.results.is_empty())
                {
                    self.error(
                        f.name.span,
                        "func main must have no arguments and no return values",
                    );
                }
                self.declare_pkg(
                    &f.name,
                    ObjKind::Func,
                    PkgDecl::Func {
                        file: self.file,
                        decl: (**f).clone(),
                    },
                );
            }
            Decl::Gen(g) => {
                let mut last: Option<ast::ValueSpec> = None;
                for s in &g.specs {
                    match s {
                        Spec::Value(v) => match g.kind {
                            GenKind::Const => {
                                let src = if v.typ.is_none() && v.values.is_empty() {
                                    match &last {
                                        Some(l) => l.clone(),
                                        None => {
                                            self.error(
                                                v.span,
                                                "missing init expr for const declaration",
                                            );
                                            v.clone()
                                        }
                                    }
                                } else {
                                    last = Some(v.clone());
                                    v.clone()
                                };
                                for (i, n) in v.names.iter().enumerate() {
                                    self.declare_pkg(
                                        n,
                                        ObjKind::Const(Const::int(0)),
                                        PkgDecl::Const {
                                            file: self.file,
                                            spec: v.clone(),
                                            src: src.clone(),
                                            index: i,
                                        },
                                    );
                                }
                            }
                            _ => {
                                for (i, n) in v.names.iter().enumerate() {
                                    let id = self.declare_pkg(
                                        n,
                                        ObjKind::Var { global: true },
                                        PkgDecl::Var {
                                            file: self.file,
                                            spec: v.clone(),
                                            index: i,
                                        },
                                    );
                                    self.info.globals.push(id);
                                }
                            }
                        },
                        Spec::Type(t) => {
                            self.declare_pkg(
                                &t.name,
                                ObjKind::TypeName,
                                PkgDecl::Type {
                                    file: self.file,
                                    spec: t.clone(),
                                },
                            );
                        }
                    }
                }
            }
        }
    }

    /// Resolves a package-level object's type (and constant value).
    pub(crate) fn resolve(&mut self, id: ObjId) {
        match self.state.get(&id) {
            Some(Resolve::Unresolved) => {}
            _ => return,
        }
        self.state.insert(id, Resolve::InProgress);
        let decl = self.decls[&id].clone();
        let saved_file = self.file;
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_decl = self.cur_decl.replace(id);
        let saved_iota = self.iota.take();
        match decl {
            PkgDecl::Const {
                file,
                spec,
                src,
                index,
            } => {
                self.file = file;
                self.iota = Some(spec.iota as i64);
                let (t, v) = self.const_spec_value(&src, index, spec.names[index].span, &spec);
                let o = &mut self.info.objs[id as usize];
                o.typ = t;
                o.kind = ObjKind::Const(v);
            }
            PkgDecl::Var { file, spec, index } => {
                self.file = file;
                self.global_var_spec(id, &spec, index);
            }
            PkgDecl::Type { file, spec } => {
                self.file = file;
                self.type_path.push(id);
                self.type_decl(id, &spec);
                self.type_path.pop();
            }
            PkgDecl::Unsupported => {}
            PkgDecl::Func { file, decl } => {
                self.file = file;
                let t = self.func_type(&decl.sig);
                self.info.objs[id as usize].typ = t;
                let fi =
                    self.make_func_info(format!("{}.{}", self.pkg_path, decl.name.name), &decl, t);
                self.info.funcs.push(fi);
            }
        }
        self.file = saved_file;
        self.scopes = saved_scopes;
        self.cur_decl = saved_decl;
        self.iota = saved_iota;
        self.state.insert(id, Resolve::Done);
    }

    /// Type and value of constant `index` of a const spec (using `src`'s
    /// type and expressions for implicit repetition).
    fn const_spec_value(
        &mut self,
        src: &ast::ValueSpec,
        index: usize,
        name_span: Span,
        spec: &ast::ValueSpec,
    ) -> (TypeId, Const) {
        let inv = self.info.tys.basic(Basic::Invalid);
        let typ = src.typ.as_ref().map(|t| self.type_expr(t));
        let implicit = spec.values.is_empty() && spec.typ.is_none();
        if index == 0 && src.values.len() > spec.names.len() {
            if implicit {
                self.error(name_span, "extra init expr");
            } else {
                let extra = &src.values[spec.names.len()];
                let t = self.text(extra.span);
                self.error(extra.span, format!("extra init expr {}", t));
            }
        }
        let Some(e) = src.values.get(index) else {
            let name = spec.names[index].name.clone();
            self.error(name_span, format!("missing init expr for {}", name));
            return (inv, Const::int(0));
        };
        let mut op = self.expr(e);
        if op.mode == expr::Mode::Invalid {
            return (inv, Const::int(0));
        }
        if op.mode != expr::Mode::Const {
            let desc = self.describe(&op, e);
            self.error(e.span, format!("{} is not constant", desc));
            return (inv, Const::int(0));
        }
        if let Some(t) = typ {
            if self.info.tys.is_invalid(t) {
                return (inv, Const::int(0));
            }
            if self.info.tys.basic_of(t).is_none() {
                let tn = self.info.tys.name(t);
                self.error(
                    src.typ.as_ref().unwrap().span,
                    format!("invalid constant type {}", tn),
                );
                return (inv, Const::int(0));
            }
            self.assign_to(&mut op, e, t, "constant declaration");
        }
        match op.val {
            Some(v) if op.mode == expr::Mode::Const => (op.typ, v),
            _ => (inv, Const::int(0)),
        }
    }

    fn global_var_spec(&mut self, id: ObjId, spec: &ast::ValueSpec, index: usize) {
        let typ = spec.typ.as_ref().map(|t| self.type_expr(t));
        let n = spec.names.len();
        let inv = self.info.tys.basic(Basic::Invalid);
        if spec.values.is_empty() {
            self.info.objs[id as usize].typ = typ.unwrap_or(inv);
            return;
        }
        // `var a, b = f()`: one initializer for several variables; the first
        // variable's resolution checks it and types the others.
        let ids: Vec<ObjId> = spec
            .names
            .iter()
            .map(|nm| self.info.defs[&(self.file, nm.span.lo)])
            .collect();
        if spec.values.len() == 1 && n > 1 {
            if index != 0 {
                self.resolve(ids[0]);
                return;
            }
            for &other in &ids[1..] {
                self.state.insert(other, Resolve::Done);
            }
            let e = &spec.values[0];
            let ts = self.multi_value(e, n, spec.names[0].span);
            for (k, &oid) in ids.iter().enumerate() {
                let t = match (typ, ts.as_ref()) {
                    (Some(t), Some(ts)) => {
                        let vt = ts[k];
                        if !self.assignable(vt, t) {
                            self.result_mismatch(e.span, k, vt, t, "multiple assignment");
                        }
                        t
                    }
                    (Some(t), None) => t,
                    (None, Some(ts)) => ts[k],
                    (None, None) => inv,
                };
                self.info.objs[oid as usize].typ = t;
            }
            self.info.init_order.push(VarInit {
                lhs: ids,
                file: self.file,
                rhs: e.clone(),
            });
            return;
        }
        if spec.values.len() != n {
            if index == 0 {
                if spec.values.len() > n {
                    let extra = &spec.values[n];
                    let t = self.text(extra.span);
                    self.error(extra.span, format!("extra init expr {}", t));
                } else {
                    self.assign_mismatch(spec.names[0].span, n, spec.values.len(), &spec.values);
                }
            }
            self.info.objs[id as usize].typ = typ.unwrap_or(inv);
            return;
        }
        let e = &spec.values[index];
        let mut op = if n == 1 {
            self.rhs_expr(e)
        } else {
            self.expr(e)
        };
        let t = match typ {
            Some(t) => {
                self.assign_to(&mut op, e, t, "variable declaration");
                t
            }
            None => self.default_and_record(&mut op, e, "variable declaration"),
        };
        self.info.objs[id as usize].typ = t;
        self.info.init_order.push(VarInit {
            lhs: vec![id],
            file: self.file,
            rhs: e.clone(),
        });
    }

    fn type_decl(&mut self, id: ObjId, spec: &ast::TypeSpec) {
        if !spec.tparams.is_empty() {
            self.error(spec.name.span, "not supported yet: generic types");
            return;
        }
        if spec.alias {
            let t = self.type_expr(&spec.typ);
            let a = self.info.tys.alias(spec.name.name.clone(), t);
            self.info.objs[id as usize].typ = a;
            return;
        }
        let named = self
            .info
            .tys
            .new_named(format!("{}.{}", self.pkg_name, spec.name.name));
        self.info.objs[id as usize].typ = named;
        let u = self.type_expr(&spec.typ);
        if self.info.tys.identical(u, named) || self.info.tys.underlying(u) == named {
            self.error(
                spec.name.span,
                format!("invalid recursive type {}", spec.name.name),
            );
            let inv = self.info.tys.basic(Basic::Invalid);
            self.info.tys.set_underlying(named, inv);
            return;
        }
        if !self.info.tys.underlying_known(u) {
            self.pending_underlying.push((named, u));
            return;
        }
        self.info.tys.set_underlying(named, u);
        self.resolve_pending_underlying(named);
    }

    /// `t` got its underlying type: so do the types declared as `t`.
    fn resolve_pending_underlying(&mut self, t: TypeId) {
        let (now, later): (Vec<_>, Vec<_>) = std::mem::take(&mut self.pending_underlying)
            .into_iter()
            .partition(|&(_, src)| self.info.tys.identical(src, t));
        self.pending_underlying = later;
        for (named, _) in now {
            self.info.tys.set_underlying(named, t);
            self.resolve_pending_underlying(named);
        }
    }

    fn make_func_info(&mut self, symbol: String, f: &ast::FuncDecl, t: TypeId) -> FuncInfo {
        FuncInfo {
            symbol,
            file: self.file,
            decl: f.clone(),
            params: Vec::new(),
            results: Vec::new(),
            named_results: f.sig.results.iter().any(|r| !r.names.is_empty()),
            typ: t,
            captures: None,
        }
    }

    /// Registers each method declaration with its receiver's defined type
    /// (signatures are resolved later, on first use).
    fn collect_methods(&mut self) {
        let decls = std::mem::take(&mut self.method_decls);
        for (k, (file, f)) in decls.iter().enumerate() {
            self.file = *file;
            let recv = f.recv.as_ref().unwrap();
            let mut base = &recv.typ;
            let mut ptr = false;
            loop {
                match &*base.kind {
                    ExprKind::Paren(x) => base = x,
                    ExprKind::Star(x) if !ptr => {
                        ptr = true;
                        base = x;
                    }
                    _ => break,
                }
            }
            if !f.tparams.is_empty() {
                self.error(f.name.span, "not supported yet: generic methods");
                continue;
            }
            let ExprKind::Ident(id) = &*base.kind else {
                if let ExprKind::Index(..) = &*base.kind {
                    self.error(recv.typ.span, "not supported yet: methods of generic types");
                } else {
                    let t = self.text(recv.typ.span);
                    self.error(recv.typ.span, format!("invalid receiver type {}", t));
                }
                continue;
            };
            let Some(&o) = self.pkg_scope.get(&id.name) else {
                if self.universe.contains_key(&id.name) {
                    self.error(
                        base.span,
                        format!("cannot define new methods on non-local type {}", id.name),
                    );
                } else {
                    self.error(base.span, format!("undefined: {}", id.name));
                }
                continue;
            };
            if self.info.objs[o as usize].kind != ObjKind::TypeName {
                self.error(base.span, format!("{} is not a type", id.name));
                continue;
            }
            self.info.uses.insert(base.id, o);
            self.resolve(o);
            self.file = *file;
            let t = self.info.objs[o as usize].typ;
            if self.info.tys.is_invalid(t) {
                continue;
            }
            if !self.info.tys.is_named(t) {
                self.error(base.span, format!("invalid receiver type {}", id.name));
                continue;
            }
            let u = self.info.tys.underlying(t);
            if matches!(self.info.tys.kind(u), TypeKind::Pointer(_)) {
                self.error(
                    base.span,
                    format!(
                        "invalid receiver type {} (pointer or interface type)",
                        id.name
                    ),
                );
                continue;
            }
            let name = f.name.name.clone();
            let ni = self.info.tys.named_info(t).unwrap();
            if name != "_" {
                if let Some(prev) = ni.methods.iter().position(|m| m.name == name) {
                    let (pf, pd) = &decls[self
                        .pending_methods
                        .iter()
                        .find(|m| m.0 == t && m.1 == prev)
                        .map(|m| m.2)
                        .unwrap_or(k)];
                    let (l, c) = self.files[*pf as usize].line_col(pd.name.span.lo);
                    let fname = &self.files[*pf as usize].name;
                    let msg = format!(
                        "method {}.{} already declared at {}:{}:{}",
                        id.name, name, fname, l, c
                    );
                    self.error(f.name.span, msg);
                    continue;
                }
            }
            let qual = self.info.tys.qualified_name(t);
            let qual_sym = format!("{}.{}", self.pkg_path, &qual[self.pkg_name.len() + 1..]);
            let sym = if ptr {
                format!(
                    "{}.(*{}).{}",
                    self.pkg_path,
                    &qual[self.pkg_name.len() + 1..],
                    name
                )
            } else {
                format!("{}.{}", qual_sym, name)
            };
            let inv = self.info.tys.basic(Basic::Invalid);
            let mobj = self.new_obj(&sym, ObjKind::Func, inv, f.name.span);
            self.method_objs.insert(sym.clone(), mobj);
            let ni = self.info.tys.named_info_mut(t).unwrap();
            ni.methods.push(MethodInfo {
                name,
                ptr_recv: ptr,
                sig: None,
                sym,
            });
            let idx = ni.methods.len() - 1;
            self.pending_methods.push((t, idx, k));
        }
        self.method_decls = decls;
    }

    /// Resolves the signatures of `t`'s methods and queues their bodies.
    pub(crate) fn ensure_methods(&mut self, t: TypeId) {
        let todo: Vec<(usize, usize)> = self
            .pending_methods
            .iter()
            .filter(|m| m.0 == t)
            .map(|m| (m.1, m.2))
            .collect();
        if todo.is_empty() {
            return;
        }
        self.pending_methods.retain(|m| m.0 != t);
        let saved_file = self.file;
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_path = std::mem::take(&mut self.type_path);
        for (idx, k) in todo {
            let (file, decl) = self.method_decls[k].clone();
            self.file = file;
            let sig = self.func_type(&decl.sig);
            let recv = decl.recv.as_ref().unwrap();
            let rt = self.type_expr(&recv.typ);
            let m = &mut self.info.tys.named_info_mut(t).unwrap().methods[idx];
            m.sig = Some(sig);
            let sym = m.sym.clone();
            if self
                .info
                .tys
                .struct_fields(t)
                .is_some_and(|fs| fs.iter().any(|f| f.name == decl.name.name))
            {
                let msg = format!("field and method with the same name {}", decl.name.name);
                self.error(decl.name.span, msg);
            }
            let (mut params, results, variadic) = match self.info.tys.kind(sig).clone() {
                TypeKind::Func(p, r, v) => (p, r, v),
                _ => continue,
            };
            params.insert(0, rt);
            let full = self
                .info
                .tys
                .intern(TypeKind::Func(params, results, variadic));
            let fi = self.make_func_info(sym, &decl, full);
            self.info.funcs.push(fi);
        }
        self.file = saved_file;
        self.scopes = saved_scopes;
        self.type_path = saved_path;
    }

    /// The type denoted by a function signature.
    pub(crate) fn func_type(&mut self, sig: &ast::FuncType) -> TypeId {
        let mut params = Vec::new();
        for (i, p) in sig.params.iter().enumerate() {
            let t = if let ExprKind::Ellipsis(Some(elem)) = &*p.typ.kind {
                if i + 1 != sig.params.len() || p.names.len() > 1 {
                    self.error(p.typ.span, "can only use ... with final parameter in list");
                }
                let e = self.type_expr(elem);
                self.info.tys.intern(TypeKind::Slice(e))
            } else {
                self.type_expr(&p.typ)
            };
            for _ in 0..p.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for r in &sig.results {
            let t = self.type_expr(&r.typ);
            for _ in 0..r.names.len().max(1) {
                results.push(t);
            }
        }
        self.info
            .tys
            .intern(TypeKind::Func(params, results, sig.variadic))
    }

    /// The object `pkg.sel` names in the imported package `pkg_obj`, with
    /// gc's errors for unknown and unexported names.
    pub(crate) fn qualified(&mut self, pkg_obj: ObjId, pkg: &str, sel: &Ident) -> Option<ObjId> {
        let ObjKind::PkgName(path) = self.info.objs[pkg_obj as usize].kind.clone() else {
            return None;
        };
        let found = self
            .packages
            .get(&path)
            .and_then(|s| s.get(&sel.name))
            .copied();
        let exported = sel.name.chars().next().is_some_and(|c| c.is_uppercase());
        match found {
            Some(o) if exported => Some(o),
            Some(_) => {
                self.error(
                    sel.span,
                    format!("name {} not exported by package {}", sel.name, pkg),
                );
                None
            }
            None => {
                if self.packages.contains_key(&path) {
                    self.error(sel.span, format!("undefined: {}.{}", pkg, sel.name));
                }
                None
            }
        }
    }

    /// Looks a name up through the local scopes, the file, package and universe.
    pub(crate) fn lookup(&mut self, name: &str) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(&id) = s.names.get(name) {
                return Some(id);
            }
        }
        if let Some(&id) = self.file_scopes[self.file as usize].get(name) {
            return Some(id);
        }
        if let Some(&id) = self.pkg_scope.get(name) {
            self.resolve(id);
            if let Some(cur) = self.cur_decl {
                self.deps.entry(cur).or_default().insert(id);
            }
            return Some(id);
        }
        self.universe.get(name).copied()
    }

    /// The type denoted by a type expression.
    pub(crate) fn type_expr(&mut self, e: &Expr) -> TypeId {
        let inv = self.info.tys.basic(Basic::Invalid);
        let t = match &*e.kind {
            ExprKind::Ident(id) => match self.lookup(&id.name) {
                None => {
                    self.error(e.span, format!("undefined: {}", id.name));
                    inv
                }
                Some(o) => {
                    self.info.uses.insert(e.id, o);
                    let obj = self.info.objs[o as usize].clone();
                    if obj.kind == ObjKind::TypeName
                        && self.info.tys.is_invalid(obj.typ)
                        && self.universe.get(&id.name) == Some(&o)
                    {
                        self.error(e.span, format!("not supported yet: type {}", id.name));
                        inv
                    } else if obj.kind != ObjKind::TypeName {
                        // gc counts the mention as a use and names the kind.
                        self.used.insert(o);
                        let what = match obj.kind {
                            ObjKind::Var { global: true } => "package-level variable",
                            ObjKind::Var { global: false } => "local variable",
                            ObjKind::Const(_) => "constant",
                            ObjKind::Func => "function",
                            ObjKind::Builtin(_) => "built-in function",
                            ObjKind::PkgName(_) => "package",
                            _ => "value",
                        };
                        let msg = format!("{} ({}) is not a type", id.name, what);
                        self.error(e.span, msg);
                        inv
                    } else if let Some(k) = self.type_path.iter().position(|&p| p == o) {
                        // A type declaration that reaches itself through names
                        // only (no pointer, slice, ... in between) is a cycle.
                        let cycle = self.type_path[k..].to_vec();
                        self.report_type_cycle(&cycle);
                        inv
                    } else {
                        obj.typ
                    }
                }
            },
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let et = self.indirect_type_expr(x);
                if self.info.tys.is_invalid(et) {
                    inv
                } else {
                    self.info.tys.intern(TypeKind::Pointer(et))
                }
            }
            ExprKind::ArrayType(Some(len), elem) => {
                let n = self.array_length(len);
                let et = self.type_expr(elem);
                match n {
                    Some(n) if !self.info.tys.is_invalid(et) => {
                        self.info.tys.intern(TypeKind::Array(n, et))
                    }
                    _ => inv,
                }
            }
            ExprKind::ArrayType(None, elem) => {
                self.type_expr(elem);
                self.error(
                    e.span,
                    "invalid use of [...] array (outside a composite literal)",
                );
                inv
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::ChanType(dir, elem) => {
                let et = self.indirect_type_expr(elem);
                if self.info.tys.is_invalid(et) {
                    inv
                } else {
                    let d = match dir {
                        ast::ChanDir::Recv => 1,
                        ast::ChanDir::Send => 2,
                        ast::ChanDir::Both => 3,
                    };
                    self.info.tys.intern(TypeKind::Chan(d, et))
                }
            }
            ExprKind::MapType(k, v) => {
                let kt = self.indirect_type_expr(k);
                let vt = self.indirect_type_expr(v);
                if self.info.tys.is_invalid(kt) || self.info.tys.is_invalid(vt) {
                    inv
                } else {
                    // A key type still being declared is checked later by gc;
                    // a resolved one must be comparable.
                    let resolved = !self.info.tys.is_named(kt)
                        || self
                            .info
                            .tys
                            .named_info(kt)
                            .is_some_and(|n| n.underlying.is_some());
                    if resolved && !self.info.tys.comparable(kt) {
                        let kn = self.info.tys.name(kt);
                        self.error(k.span, format!("invalid map key type {}", kn));
                        inv
                    } else {
                        self.info.tys.intern(TypeKind::Map(kt, vt))
                    }
                }
            }
            ExprKind::InterfaceType(elems) => {
                let saved = std::mem::take(&mut self.type_path);
                let t = self.interface_type(elems);
                self.type_path = saved;
                t
            }
            ExprKind::FuncType(sig) => {
                let saved = std::mem::take(&mut self.type_path);
                let t = self.func_type(sig);
                self.type_path = saved;
                t
            }
            ExprKind::Selector(x, sel) => {
                let pkg = match &*x.kind {
                    ExprKind::Ident(p) => self.lookup(&p.name).map(|o| (o, p.name.clone())),
                    _ => None,
                };
                match pkg {
                    Some((o, pname))
                        if matches!(self.info.objs[o as usize].kind, ObjKind::PkgName(_)) =>
                    {
                        self.used.insert(o);
                        self.info.uses.insert(x.id, o);
                        match self.qualified(o, &pname, sel) {
                            Some(t) if self.info.objs[t as usize].kind == ObjKind::TypeName => {
                                self.info.uses.insert(e.id, t);
                                self.info.objs[t as usize].typ
                            }
                            Some(_) => {
                                let text = self.text(e.span);
                                self.error(e.span, format!("{} is not a type", text));
                                inv
                            }
                            None => inv,
                        }
                    }
                    _ => {
                        let text = self.text(e.span);
                        self.error(e.span, format!("{} is not a type", text));
                        inv
                    }
                }
            }
            ExprKind::SliceType(elem) => {
                let et = self.indirect_type_expr(elem);
                if self.info.tys.is_invalid(et) {
                    inv
                } else {
                    self.info.tys.intern(TypeKind::Slice(et))
                }
            }
            _ => {
                self.error(
                    e.span,
                    format!("not supported yet: type {}", self.text(e.span)),
                );
                inv
            }
        };
        self.info.types.insert(e.id, t);
        t
    }

    /// A type behind an indirection (pointer, slice element, ...): it may
    /// refer to the types being declared, which need no size yet.
    fn indirect_type_expr(&mut self, e: &Expr) -> TypeId {
        let saved = std::mem::take(&mut self.type_path);
        let t = self.type_expr(e);
        self.type_path = saved;
        t
    }

    /// The constant length of an array type, as gc checks it.
    fn array_length(&mut self, len: &Expr) -> Option<u64> {
        let op = self.expr(len);
        if op.mode == Mode::Invalid {
            return None;
        }
        let d = self.describe(&op, len);
        let Some(v) = op.val.clone().filter(|_| op.mode == Mode::Const) else {
            self.error(len.span, format!("array length {} must be constant", d));
            return None;
        };
        let is_int = self.info.tys.is_integer(op.typ)
            || (self.info.tys.is_untyped(op.typ) && v.to_int().is_some());
        match v.to_int() {
            Some(i) if is_int => match i.to_u64() {
                Some(n) if n < (1u64 << 50) => {
                    if self.info.tys.is_untyped(op.typ) {
                        let it = self.info.tys.basic(Basic::Int);
                        self.update_untyped(len, it);
                    }
                    Some(n)
                }
                _ => {
                    self.error(len.span, format!("invalid array length {}", d));
                    None
                }
            },
            _ => {
                self.error(len.span, format!("array length {} must be integer", d));
                None
            }
        }
    }

    /// A struct type: field names must be unique (embedded fields are
    /// named by their type name).
    fn struct_type(&mut self, fields: &[ast::Field]) -> TypeId {
        let inv = self.info.tys.basic(Basic::Invalid);
        let mut out: Vec<Field> = Vec::new();
        let mut seen: HashMap<String, Span> = HashMap::new();
        let mut ok = true;
        for f in fields {
            let t = self.type_expr(&f.typ);
            if self.info.tys.is_invalid(t) {
                ok = false;
                continue;
            }
            let tag = f.tag.clone().unwrap_or_default();
            let mut add = |c: &mut Self, name: String, span: Span, embedded: bool| {
                if name != "_" {
                    if seen.contains_key(&name) {
                        c.error(span, format!("{} redeclared", name));
                    }
                    seen.insert(name.clone(), span);
                }
                out.push(Field {
                    name,
                    typ: t,
                    embedded,
                    tag: tag.clone(),
                });
            };
            if f.names.is_empty() {
                // Embedded: T, *T (T a type name, not a pointer or interface).
                let base = match &*f.typ.kind {
                    ExprKind::Star(x) => x,
                    _ => &f.typ,
                };
                let name = match &*base.kind {
                    ExprKind::Ident(id) => id.name.clone(),
                    ExprKind::Selector(_, sel) => sel.name.clone(),
                    _ => String::new(),
                };
                if let Some(pe) = self.info.tys.pointer_elem(t) {
                    if self.info.tys.pointer_elem(pe).is_some() {
                        self.error(f.typ.span, "embedded field type cannot be a pointer");
                        ok = false;
                        continue;
                    }
                }
                add(self, name, f.typ.span, true);
            } else {
                for n in &f.names {
                    add(self, n.name.clone(), n.span, false);
                }
            }
        }
        if !ok {
            return inv;
        }
        self.info.tys.intern(TypeKind::Struct(out))
    }

    /// Orders package-variable initializations by dependencies (spec:
    /// "Package initialization"): repeatedly the earliest variable in
    /// declaration order that is ready, i.e. whose dependencies are
    /// initialized.
    fn order_inits(&mut self) {
        let mut inits = std::mem::take(&mut self.info.init_order);
        // Lazy resolution pushed them in use order; the spec orders by declaration.
        inits.sort_by_key(|i| {
            let o = &self.info.objs[i.lhs[0] as usize];
            (o.file, o.span.lo)
        });
        // Each init's dependencies on package variables, transitively through functions.
        let globals: HashSet<ObjId> = self.info.globals.iter().copied().collect();
        let mut var_deps: Vec<HashSet<ObjId>> = Vec::new();
        for init in &inits {
            let mut seen = HashSet::new();
            let mut stack: Vec<ObjId> = init.lhs.clone();
            let mut out = HashSet::new();
            while let Some(o) = stack.pop() {
                if let Some(ds) = self.deps.get(&o) {
                    for &d in ds {
                        if seen.insert(d) {
                            if globals.contains(&d) {
                                out.insert(d);
                            } else {
                                stack.push(d);
                            }
                        }
                    }
                }
            }
            var_deps.push(out);
        }
        let mut done: HashSet<ObjId> = HashSet::new();
        // Variables without initializer are ready from the start.
        let with_init: HashSet<ObjId> = inits.iter().flat_map(|i| i.lhs.clone()).collect();
        for &g in &self.info.globals {
            if !with_init.contains(&g) {
                done.insert(g);
            }
        }
        let mut pending: Vec<usize> = (0..inits.len()).collect();
        let mut order = Vec::new();
        while !pending.is_empty() {
            let pos = pending
                .iter()
                .position(|&i| var_deps[i].iter().all(|d| done.contains(d)));
            let Some(pos) = pos else {
                // A cycle: report it from the earliest variable on it, then
                // treat its variables as done to find the next one.
                let i = pending[0];
                let start = inits[i].lhs[0];
                let path = self.dep_cycle(start).unwrap_or_else(|| vec![start]);
                let o = &self.info.objs[start as usize];
                let (span, file, name) = (o.span, o.file, o.name.clone());
                let mut msg = format!("initialization cycle for {}", name);
                for (k, &from) in path.iter().enumerate() {
                    let to = path[(k + 1) % path.len()];
                    let fo = &self.info.objs[from as usize];
                    let (l, c) = self.files[fo.file as usize].line_col(fo.span.lo);
                    msg.push_str(&format!(
                        "\n\t{}:{}:{}: {} refers to {}",
                        self.files[fo.file as usize].name,
                        l,
                        c,
                        fo.name,
                        self.info.objs[to as usize].name
                    ));
                }
                self.file = file;
                self.error(span, msg);
                for &v in &path {
                    done.insert(v);
                }
                for &l in &inits[i].lhs {
                    done.insert(l);
                }
                pending.remove(0);
                continue;
            };
            let i = pending.remove(pos);
            for &l in &inits[i].lhs {
                done.insert(l);
            }
            order.push(inits[i].clone());
        }
        self.info.init_order = order;
    }
}

impl<'a> Checker<'a> {
    /// Reports a cycle of type declarations as gc does, at its first type.
    fn report_type_cycle(&mut self, cycle: &[ObjId]) {
        let first = cycle[0];
        if !self.reported_cycles.insert(first) {
            return;
        }
        let o = self.info.objs[first as usize].clone();
        let mut msg = if cycle.len() == 1 {
            format!("invalid recursive type: {} refers to itself", o.name)
        } else {
            format!("invalid recursive type {}", o.name)
        };
        if cycle.len() > 1 {
            for (k, &from) in cycle.iter().enumerate() {
                let to = cycle[(k + 1) % cycle.len()];
                let fo = &self.info.objs[from as usize];
                let sf = &self.files[fo.file as usize];
                let (l, c) = sf.line_col(fo.span.lo);
                msg.push_str(&format!(
                    "\n\t{}:{}:{}: {} refers to {}",
                    sf.name, l, c, fo.name, self.info.objs[to as usize].name
                ));
            }
        }
        let saved = self.file;
        self.file = o.file;
        self.error(o.span, msg);
        self.file = saved;
    }

    /// gc's error for a multi-value result that does not fit its target:
    /// `cannot use 1st function result (value of type int) as string value in ...`.
    pub(crate) fn result_mismatch(&mut self, at: Span, k: usize, vt: TypeId, t: TypeId, ctx: &str) {
        let n = k + 1;
        let suffix = match (n % 10, n % 100) {
            (1, r) if r != 11 => "st",
            (2, r) if r != 12 => "nd",
            (3, r) if r != 13 => "rd",
            _ => "th",
        };
        let (vn, tn) = (self.info.tys.name(vt), self.info.tys.name(t));
        self.error(
            at,
            format!(
                "cannot use {}{} function result (value of type {}) as {} value in {}",
                n, suffix, vn, tn, ctx
            ),
        );
    }

    /// A dependency path from `start` back to itself (variables and
    /// functions), if there is one: gc's "a refers to b" chain.
    fn dep_cycle(&self, start: ObjId) -> Option<Vec<ObjId>> {
        fn walk(
            c: &Checker,
            cur: ObjId,
            start: ObjId,
            path: &mut Vec<ObjId>,
            seen: &mut HashSet<ObjId>,
        ) -> bool {
            let Some(ds) = c.deps.get(&cur) else {
                return false;
            };
            let mut ds: Vec<ObjId> = ds.iter().copied().collect();
            ds.sort();
            for d in ds {
                if d == start {
                    return true;
                }
                if seen.insert(d) {
                    path.push(d);
                    if walk(c, d, start, path, seen) {
                        return true;
                    }
                    path.pop();
                }
            }
            false
        }
        let mut path = vec![start];
        let mut seen = HashSet::new();
        walk(self, start, start, &mut path, &mut seen).then_some(path)
    }
}
