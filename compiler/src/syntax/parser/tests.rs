//! Parser tests: AST shapes of every construct, gc's error messages and
//! positions (checked against go1.27's compiler), ids, robustness (random
//! tokens and bytes, deep nesting) and speed.

use super::super::ast::*;
use super::*;

/// Parses `src` as file `a.go` with ids from 0.
fn parse(src: &str) -> Result<File, Vec<Diag>> {
    let f = SourceFile::new("a.go", src);
    let mut id = 0;
    parse_file(&f, &mut id)
}

/// Parses `src`, which must be valid.
fn ok(src: &str) -> File {
    match parse(src) {
        Ok(f) => f,
        Err(ds) => {
            let f = SourceFile::new("a.go", src);
            panic!("unexpected error: {}\nin:\n{src}", f.render(&ds[0]));
        }
    }
}

/// The first error of `src` as `line:col: message`.
fn err(src: &str) -> String {
    match parse(src) {
        Ok(_) => panic!("expected an error in:\n{src}"),
        Err(ds) => {
            let f = SourceFile::new("a.go", src);
            f.render(&ds[0]).trim_start_matches("a.go:").to_string()
        }
    }
}

// ---------------------------------------------------------------------------
// A compact rendering of trees for shape assertions.

fn show(x: &Expr) -> String {
    let l = |xs: &[Expr]| xs.iter().map(show).collect::<Vec<_>>().join(" ");
    let o = |x: &Option<Expr>| x.as_ref().map_or("_".to_string(), show);
    match &*x.kind {
        ExprKind::Ident(id) => id.name.clone(),
        ExprKind::BasicLit(_, raw) => raw.clone(),
        ExprKind::CompositeLit { typ, elts, .. } => format!("(lit {} [{}])", o(typ), l(elts)),
        ExprKind::KeyValue(k, v) => format!("{}:{}", show(k), show(v)),
        ExprKind::FuncLit(sig, body) => format!("(funclit {} {})", show_sig(sig), show_block(body)),
        ExprKind::Paren(y) => format!("(paren {})", show(y)),
        ExprKind::Selector(y, s) => format!("{}.{}", show(y), s.name),
        ExprKind::Index(y, idx) => format!("(index {} {})", show(y), l(idx)),
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            if *three {
                format!("(slice3 {} {} {} {})", show(x), o(lo), o(hi), o(max))
            } else {
                format!("(slice {} {} {})", show(x), o(lo), o(hi))
            }
        }
        ExprKind::TypeAssert(y, t) => format!(
            "(assert {} {})",
            show(y),
            t.as_ref().map_or("type".into(), show)
        ),
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            let dots = if *ellipsis { "..." } else { "" };
            if args.is_empty() {
                format!("(call {})", show(func))
            } else {
                format!("(call {} {}{dots})", show(func), l(args))
            }
        }
        ExprKind::Star(y) => format!("(* {})", show(y)),
        ExprKind::Unary(op, y) => format!("({} {})", op.as_str(), show(y)),
        ExprKind::Binary(op, a, b) => format!("({} {} {})", op.as_str(), show(a), show(b)),
        ExprKind::ArrayType(n, t) => format!(
            "(array {} {})",
            n.as_ref().map_or("...".into(), show),
            show(t)
        ),
        ExprKind::SliceType(t) => format!("([] {})", show(t)),
        ExprKind::StructType(fs) => format!("(struct {})", show_fields(fs)),
        ExprKind::FuncType(sig) => format!("(func {})", show_sig(sig)),
        ExprKind::InterfaceType(es) => {
            let es: Vec<String> = es
                .iter()
                .map(|e| match e {
                    InterfaceElem::Method { name, sig } => {
                        format!("{}{}", name.name, show_sig(sig))
                    }
                    InterfaceElem::Embed(t) => show(t),
                })
                .collect();
            format!("(interface {})", es.join("; "))
        }
        ExprKind::MapType(k, v) => format!("(map {} {})", show(k), show(v)),
        ExprKind::ChanType(d, t) => {
            let d = match d {
                ChanDir::Both => "chan",
                ChanDir::Send => "chan<-",
                ChanDir::Recv => "<-chan",
            };
            format!("({d} {})", show(t))
        }
        ExprKind::Ellipsis(t) => format!("(... {})", o(t)),
        ExprKind::Union(ts) => {
            let ts: Vec<String> = ts
                .iter()
                .map(|(tilde, t)| format!("{}{}", if *tilde { "~" } else { "" }, show(t)))
                .collect();
            format!("(union {})", ts.join(" "))
        }
    }
}

fn show_fields(fs: &[Field]) -> String {
    let fs: Vec<String> = fs
        .iter()
        .map(|f| {
            let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
            let mut s = format!("{}:{}", names.join(","), show(&f.typ));
            if f.embedded {
                s.push_str("!emb");
            }
            if let Some(t) = &f.tag {
                s.push_str(&format!("#{t}"));
            }
            s
        })
        .collect();
    fs.join(" ")
}

fn show_sig(s: &FuncType) -> String {
    let v = if s.variadic { "..." } else { "" };
    format!(
        "[{}]{v}->[{}]",
        show_fields(&s.params),
        show_fields(&s.results)
    )
}

fn show_block(b: &Block) -> String {
    let ss: Vec<String> = b.stmts.iter().map(show_stmt).collect();
    format!("{{{}}}", ss.join("; "))
}

fn show_opt_stmt(s: &Option<Stmt>) -> String {
    s.as_ref().map_or("_".to_string(), show_stmt)
}

fn show_stmt(s: &Stmt) -> String {
    let l = |xs: &[Expr]| xs.iter().map(show).collect::<Vec<_>>().join(", ");
    let o = |x: &Option<Expr>| x.as_ref().map_or("_".to_string(), show);
    let cases = |cs: &[CaseClause]| {
        cs.iter()
            .map(|c| {
                let head = if c.default {
                    "default".to_string()
                } else {
                    format!("case {}", l(&c.list))
                };
                let body: Vec<String> = c.body.iter().map(show_stmt).collect();
                format!("{head}: {}", body.join("; "))
            })
            .collect::<Vec<_>>()
            .join(" | ")
    };
    match &*s.kind {
        StmtKind::Empty => "empty".into(),
        StmtKind::Decl(d) => format!("decl {}", show_gen(d)),
        StmtKind::Labeled(l, s) => format!("{}: {}", l.name, show_stmt(s)),
        StmtKind::Expr(x) => show(x),
        StmtKind::Send(c, v) => format!("{} <- {}", show(c), show(v)),
        StmtKind::IncDec(x, inc) => format!("{}{}", show(x), if *inc { "++" } else { "--" }),
        StmtKind::Assign {
            lhs,
            rhs,
            op,
            define,
        } => {
            let op = match op {
                Some(op) => format!("{}=", op.as_str()),
                None if *define => ":=".into(),
                None => "=".into(),
            };
            format!("{} {op} {}", l(lhs), l(rhs))
        }
        StmtKind::Go(x) => format!("go {}", show(x)),
        StmtKind::Defer(x) => format!("defer {}", show(x)),
        StmtKind::Return(xs) => format!("return {}", l(xs)).trim_end().to_string(),
        StmtKind::Break(lb) => format!("break {}", lb.as_ref().map_or("", |l| &l.name))
            .trim_end()
            .to_string(),
        StmtKind::Continue(lb) => format!("continue {}", lb.as_ref().map_or("", |l| &l.name))
            .trim_end()
            .to_string(),
        StmtKind::Goto(lb) => format!("goto {}", lb.name),
        StmtKind::Fallthrough => "fallthrough".into(),
        StmtKind::Block(b) => show_block(b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => format!(
            "if {} {} {} else {}",
            show_opt_stmt(init),
            show(cond),
            show_block(then),
            show_opt_stmt(els)
        ),
        StmtKind::Switch {
            init,
            tag,
            cases: cs,
            ..
        } => {
            format!(
                "switch {} {} {{{}}}",
                show_opt_stmt(init),
                o(tag),
                cases(cs)
            )
        }
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            cases: cs,
            ..
        } => format!(
            "typeswitch {} {} {} {{{}}}",
            show_opt_stmt(init),
            bind.as_ref().map_or("_", |b| &b.name),
            show(x),
            cases(cs)
        ),
        StmtKind::Select(cs) => {
            let cs: Vec<String> = cs
                .iter()
                .map(|c| {
                    let body: Vec<String> = c.body.iter().map(show_stmt).collect();
                    format!("{}: {}", show_opt_stmt(&c.comm), body.join("; "))
                })
                .collect();
            format!("select {{{}}}", cs.join(" | "))
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => format!(
            "for {} {} {} {}",
            show_opt_stmt(init),
            o(cond),
            show_opt_stmt(post),
            show_block(body)
        ),
        StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        } => format!(
            "range {} {} {} {} {}",
            o(key),
            o(value),
            if *define { ":=" } else { "=" },
            show(x),
            show_block(body)
        ),
    }
}

fn show_gen(d: &GenDecl) -> String {
    let specs: Vec<String> = d
        .specs
        .iter()
        .map(|s| match s {
            Spec::Value(v) => {
                let names: Vec<&str> = v.names.iter().map(|n| n.name.as_str()).collect();
                let vals: Vec<String> = v.values.iter().map(show).collect();
                format!(
                    "{}#{} {} = {}",
                    names.join(","),
                    v.iota,
                    v.typ.as_ref().map_or("_".into(), show),
                    vals.join(", ")
                )
            }
            Spec::Type(t) => format!(
                "{}[{}] {}{}",
                t.name.name,
                show_fields(&t.tparams),
                if t.alias { "= " } else { "" },
                show(&t.typ)
            ),
        })
        .collect();
    let kind = match d.kind {
        GenKind::Const => "const",
        GenKind::Var => "var",
        GenKind::Type => "type",
    };
    format!("{kind} {}", specs.join(" | "))
}

fn show_decl(d: &Decl) -> String {
    match d {
        Decl::Gen(g) => show_gen(g),
        Decl::Func(f) => {
            let recv = f.recv.as_ref().map_or(String::new(), |r| {
                format!("({}) ", show_fields(std::slice::from_ref(r)))
            });
            let body = f.body.as_ref().map_or("nobody".into(), show_block);
            format!(
                "func {recv}{}[{}]{} {body}",
                f.name.name,
                show_fields(&f.tparams),
                show_sig(&f.sig)
            )
        }
    }
}

/// The declarations of a file, one per line.
fn decls(src: &str) -> Vec<String> {
    ok(src).decls.iter().map(show_decl).collect()
}

/// The statements of `func f() { body }`.
fn stmts(body: &str) -> Vec<String> {
    let f = ok(&format!("package p\nfunc f() {{\n{body}\n}}\n"));
    match &f.decls[0] {
        Decl::Func(f) => f
            .body
            .as_ref()
            .map_or(Vec::new(), |b| b.stmts.iter().map(show_stmt).collect()),
        Decl::Gen(_) => unreachable!(),
    }
}

/// The expression `src` (as `var _ = src`).
fn expr(src: &str) -> String {
    let f = ok(&format!("package p\nvar _ = {src}\n"));
    match &f.decls[0] {
        Decl::Gen(g) => match &g.specs[0] {
            Spec::Value(v) => show(&v.values[0]),
            Spec::Type(_) => unreachable!(),
        },
        Decl::Func(_) => unreachable!(),
    }
}

/// The type `src` (as `var _ src`).
fn typ(src: &str) -> String {
    let f = ok(&format!("package p\nvar _ {src}\n"));
    match &f.decls[0] {
        Decl::Gen(g) => match &g.specs[0] {
            Spec::Value(v) => show(v.typ.as_ref().unwrap()),
            Spec::Type(_) => unreachable!(),
        },
        Decl::Func(_) => unreachable!(),
    }
}

// ---------------------------------------------------------------------------
// Files, imports, declarations.

#[test]
fn package_and_imports() {
    let f = ok("package main\n\nimport \"fmt\"\nimport (\n\t_ \"embed\"\n\t. \"math\"\n\tstr \"strings\"\n\t\"a/b\"\n)\nimport m `x/y`\n");
    assert_eq!(f.package.name, "main");
    let imps: Vec<String> = f
        .imports
        .iter()
        .map(|i| format!("{}={}", i.name.as_ref().map_or("", |n| &n.name), i.path))
        .collect();
    assert_eq!(
        imps,
        ["=fmt", "_=embed", ".=math", "str=strings", "=a/b", "m=x/y"]
    );
    assert_eq!(f.imports[1].span, Span::new(37, 46));
    assert!(f.decls.is_empty());
    assert_eq!(ok("package p").package.name, "p");
    assert_eq!(ok("package p; import \"a\"; var x = 1").decls.len(), 1);
}

#[test]
fn const_groups_and_iota() {
    assert_eq!(
        decls("package p\nconst (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n\t_\n)\nconst E = 5\n"),
        [
            "const A#0 _ = iota | B#1 _ =  | C,D#2 int = 1, 2 | _#3 _ = ",
            "const E#0 _ = 5"
        ]
    );
}

#[test]
fn var_decls() {
    assert_eq!(
        decls("package p\nvar x int\nvar y = 1\nvar a, b float64 = 1, 2\nvar (\n\tc []int\n\td, e = f()\n)\n"),
        [
            "var x#0 int = ",
            "var y#0 _ = 1",
            "var a,b#0 float64 = 1, 2",
            "var c#0 ([] int) =  | d,e#1 _ = (call f)"
        ]
    );
}

#[test]
fn type_decls() {
    assert_eq!(
        decls(
            "package p\ntype A = B\ntype C int\ntype (\n\tD struct{}\n\tE = map[string]int\n)\ntype List[T any] struct {\n\tnext *List[T]\n\tval T\n}\ntype Pair[K comparable, V any] struct{ k K; v V }\n"
        ),
        [
            "type A[] = B",
            "type C[] int",
            "type D[] (struct ) | E[] = (map string int)",
            "type List[T:any] (struct next:(* (index List T)) val:T)",
            "type Pair[K:comparable V:any] (struct k:K v:V)"
        ]
    );
}

#[test]
fn type_param_ambiguity() {
    // gc's resolution of `type T[P *C] ...` and friends.
    assert_eq!(
        decls(
            "package p\ntype A[P *C] int\ntype B[P *C,] int\ntype D[P *C|int] int\ntype E[N] int\ntype F[P []int] int\ntype G[T ~int | ~string] int\ntype H[P *[]int] int\ntype I[P (C)] int\ntype J[N * 2] int\ntype K[P interface{ M() }, Q any] int\ntype L[] int\ntype M[...] int\ntype N[P C, Q *D] int\ntype O[P *C | *D] int\ntype Q[T any] = []T\ntype R[P *C|~int] int\n"
        ),
        [
            "type A[] (array (* P C) int)",
            "type B[P:(* C)] int",
            "type D[] (array (| (* P C) int) int)",
            "type E[] (array N int)",
            "type F[P:([] int)] int",
            "type G[T:(union ~int ~string)] int",
            "type H[P:(* ([] int))] int",
            "type I[] (array (call P C) int)",
            "type J[] (array (* N 2) int)",
            "type K[P:(interface M[]->[]) Q:any] int",
            "type L[] ([] int)",
            "type M[] (array ... int)",
            "type N[P:C Q:(* D)] int",
            "type O[] (array (| (* P C) (* D)) int)",
            "type Q[T:any] = ([] T)",
            "type R[P:(union (* C) ~int)] int"
        ]
    );
}

#[test]
fn funcs_and_methods() {
    assert_eq!(
        decls(
            "package p\nfunc f() {}\nfunc g(a, b int, c string) (x int, err error) { return }\nfunc h(int, string) bool\nfunc v(format string, args ...any) {}\nfunc (l *List[T]) Push(v T) {}\nfunc (List[T]) Len() int { return 0 }\nfunc Map[S ~[]E, E any, R any](s S, f func(E) R) []R { return nil }\nfunc (p) m()\n"
        ),
        [
            "func f[][]->[] {}",
            "func g[][a,b:int c:string]->[x:int err:error] {return}",
            "func h[][:int :string]->[:bool] nobody",
            "func v[][format:string args:(... any)]...->[] {}",
            "func (l:(* (index List T))) Push[][v:T]->[] {}",
            "func (:(index List T)) Len[][]->[:int] {return 0}",
            "func Map[S:(union ~([] E)) E:any R:any][s:S f:(func [:E]->[:R])]->[:([] R)] {return nil}",
            "func (:p) m[][]->[] nobody"
        ]
    );
}

#[test]
fn struct_and_interface_types() {
    assert_eq!(
        typ("struct {\n\ta, b int `json:\"a\"`\n\tio.Reader\n\t*T \"tag\"\n\tG[int]\n\tarr [4]int\n\tsl []T\n\tpkg.G[K, V]\n\tE\n}"),
        "(struct a,b:int#json:\"a\" :io.Reader!emb :(* T)!emb#tag :(index G int)!emb arr:(array 4 int) sl:([] T) :(index pkg.G K V)!emb :E!emb)"
    );
    assert_eq!(
        typ("interface {\n\tRead(p []byte) (n int, err error)\n\tio.Closer\n\t~int | ~string | float64\n\tcomparable\n\tString() string\n}"),
        "(interface Read[p:([] byte)]->[n:int err:error]; io.Closer; (union ~int ~string float64); comparable; String[]->[:string])"
    );
    assert_eq!(typ("interface{}"), "(interface )");
    assert_eq!(typ("struct{}"), "(struct )");
}

#[test]
fn type_literals() {
    assert_eq!(typ("[3]int"), "(array 3 int)");
    assert_eq!(typ("[N*2][]*T"), "(array (* N 2) ([] (* T)))");
    assert_eq!(typ("map[string][]int"), "(map string ([] int))");
    assert_eq!(
        typ("func(int) (string, error)"),
        "(func [:int]->[:string :error])"
    );
    assert_eq!(
        typ("func(a, b int) func() bool"),
        "(func [a,b:int]->[:(func []->[:bool])])"
    );
    assert_eq!(typ("chan int"), "(chan int)");
    assert_eq!(typ("chan<- int"), "(chan<- int)");
    assert_eq!(typ("<-chan int"), "(<-chan int)");
    assert_eq!(typ("chan<- <-chan int"), "(chan<- (<-chan int))");
    assert_eq!(typ("chan<- chan int"), "(chan<- (chan int))");
    assert_eq!(typ("chan (<-chan int)"), "(chan (<-chan int))");
    assert_eq!(typ("(int)"), "int");
    assert_eq!(typ("pkg.T[int, string]"), "(index pkg.T int string)");
    assert_eq!(typ("*[]map[K]V"), "(* ([] (map K V)))");
}

// ---------------------------------------------------------------------------
// Expressions.

#[test]
fn operators_and_precedence() {
    assert_eq!(expr("1 + 2*3 - 4"), "(- (+ 1 (* 2 3)) 4)");
    assert_eq!(expr("a || b && c == d"), "(|| a (&& b (== c d)))");
    assert_eq!(expr("x << 2 | y &^ z"), "(| (<< x 2) (&^ y z))");
    assert_eq!(expr("-x * ^y"), "(* (- x) (^ y))");
    assert_eq!(expr("!a && <-ch"), "(&& (! a) (<- ch))");
    assert_eq!(expr("*p + &x"), "(+ (* p) (& x))");
    assert_eq!(expr("&(T{})"), "(& (lit T []))");
    assert_eq!(expr("a < b != c >= d"), "(>= (!= (< a b) c) d)");
}

#[test]
fn literals_and_operands() {
    assert_eq!(expr("0x1F"), "0x1F");
    assert_eq!(expr("1.5e3"), "1.5e3");
    assert_eq!(expr("2i"), "2i");
    assert_eq!(expr("'a'"), "'a'");
    assert_eq!(expr("`raw`"), "`raw`");
    assert_eq!(expr("(x)"), "(paren x)");
    assert_eq!(expr("pkg.Name"), "pkg.Name");
}

#[test]
fn primary_expressions() {
    assert_eq!(expr("f(a, b...)"), "(call f a b...)");
    assert_eq!(expr("f(a, b,)"), "(call f a b)");
    assert_eq!(expr("x.y.z()"), "(call x.y.z)");
    assert_eq!(expr("a[i]"), "(index a i)");
    assert_eq!(expr("a[lo:hi]"), "(slice a lo hi)");
    assert_eq!(expr("a[:]"), "(slice a _ _)");
    assert_eq!(expr("a[lo:]"), "(slice a lo _)");
    assert_eq!(expr("a[:hi:max]"), "(slice3 a _ hi max)");
    assert_eq!(expr("a[1:2:3]"), "(slice3 a 1 2 3)");
    assert_eq!(expr("x.(T)"), "(assert x T)");
    assert_eq!(expr("x.(*pkg.T)"), "(assert x (* pkg.T))");
    assert_eq!(expr("x.(type)"), "(assert x type)");
    assert_eq!(expr("f[int](x)"), "(call (index f int) x)");
    assert_eq!(expr("f[int, string]"), "(index f int string)");
    assert_eq!(expr("f[[]int, map[K]V]"), "(index f ([] int) (map K V))");
    assert_eq!(expr("m[k][j]"), "(index (index m k) j)");
}

#[test]
fn conversions_and_method_expressions() {
    assert_eq!(expr("[]byte(s)"), "(call ([] byte) s)");
    assert_eq!(expr("(*T)(p)"), "(call (paren (* T)) p)");
    assert_eq!(expr("(*T).M"), "(paren (* T)).M");
    assert_eq!(expr("T.M"), "T.M");
    // `func()(f)` is a function type with result type `f` (as in gc).
    assert_eq!(expr("func()(f)"), "(func []->[:f])");
    assert_eq!(expr("(func())(f)"), "(call (paren (func []->[])) f)");
    assert_eq!(expr("chan int(nil)"), "(call (chan int) nil)");
    assert_eq!(expr("<-chan int(nil)"), "(<- (call (chan int) nil))");
    assert_eq!(expr("(<-chan int)(nil)"), "(call (paren (<-chan int)) nil)");
    assert_eq!(expr("map[string]int(m)"), "(call (map string int) m)");
    assert_eq!(expr("interface{}(x)"), "(call (interface ) x)");
}

#[test]
fn composite_literals() {
    assert_eq!(expr("T{}"), "(lit T [])");
    assert_eq!(expr("T{1, 2}"), "(lit T [1 2])");
    assert_eq!(expr("pkg.T{A: 1, B: 2,}"), "(lit pkg.T [A:1 B:2])");
    assert_eq!(expr("[]int{1, 2, 3}"), "(lit ([] int) [1 2 3])");
    assert_eq!(
        expr("[...]string{\"a\"}"),
        "(lit (array ... string) [\"a\"])"
    );
    assert_eq!(
        expr("[][]int{{1}, {2, 3}, nil}"),
        "(lit ([] ([] int)) [(lit _ [1]) (lit _ [2 3]) nil])"
    );
    assert_eq!(
        expr("map[string]Point{\"a\": {1, 2}, \"b\": {X: 3}}"),
        "(lit (map string Point) [\"a\":(lit _ [1 2]) \"b\":(lit _ [X:3])])"
    );
    assert_eq!(
        expr("map[Key]int{{1, 2}: 3}"),
        "(lit (map Key int) [(lit _ [1 2]):3])"
    );
    assert_eq!(expr("struct{ x int }{1}"), "(lit (struct x:int) [1])");
    assert_eq!(
        expr("Pair[int, string]{1, \"a\"}"),
        "(lit (index Pair int string) [1 \"a\"])"
    );
    assert_eq!(expr("List[T]{}"), "(lit (index List T) [])");
    assert_eq!(expr("&T{x: 1}"), "(& (lit T [x:1]))");
    assert_eq!(expr("T{}.M()"), "(call (lit T []).M)");
    assert_eq!(expr("[]T{{}}[0]"), "(index (lit ([] T) [(lit _ [])]) 0)");
}

#[test]
fn function_literals() {
    assert_eq!(expr("func() {}"), "(funclit []->[] {})");
    assert_eq!(
        expr("func(x int) (int, error) { return x, nil }"),
        "(funclit [x:int]->[:int :error] {return x, nil})"
    );
    assert_eq!(
        expr("func() { go func() {}() }()"),
        "(call (funclit []->[] {go (call (funclit []->[] {}))}))"
    );
}

#[test]
fn composite_literal_restriction_in_headers() {
    assert_eq!(
        stmts("if x == (T{}) {\n}"),
        ["if _ (== x (paren (lit T []))) {} else _"]
    );
    assert_eq!(
        stmts("if v := (T{}); v.ok {\n}"),
        ["if v := (paren (lit T [])) v.ok {} else _"]
    );
    assert_eq!(
        stmts("for _, v := range []T{{1}, {2}} {\n}"),
        ["range _ v := (lit ([] T) [(lit _ [1]) (lit _ [2])]) {}"]
    );
    assert_eq!(
        stmts("switch x := f(T{}); x {\n}"),
        ["switch x := (call f (lit T [])) x {}"]
    );
    assert_eq!(
        stmts("for i := range [3]int{} {\n}"),
        ["range i _ := (lit (array 3 int) []) {}"]
    );
    assert_eq!(stmts("if x {\n}"), ["if _ x {} else _"]);
    assert_eq!(stmts("if m[k] {\n}"), ["if _ (index m k) {} else _"]);
    assert_eq!(stmts("if p.ok {\n}"), ["if _ p.ok {} else _"]);
    assert_eq!(
        stmts("if f(func() bool { return T{} == x }) {\n}"),
        ["if _ (call f (funclit []->[:bool] {return (== (lit T []) x)})) {} else _"]
    );
    assert_eq!(
        err("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n"),
        "3:14: syntax error: unexpected { at end of statement"
    );
    assert_eq!(
        err("package p\nfunc f() {\n\tfor _, v := range T{} {\n\t}\n}\n"),
        "3:24: syntax error: unexpected { at end of statement"
    );
}

// ---------------------------------------------------------------------------
// Statements.

#[test]
fn simple_statements() {
    assert_eq!(
        stmts("x := 1\nx = 2\na, b = b, a\nx += 3\nx <<= 1\nx &^= y\nx++\ny--\nch <- v\nf()\n<-ch\nv, ok := <-ch\n;"),
        [
            "x := 1",
            "x = 2",
            "a, b = b, a",
            "x += 3",
            "x <<= 1",
            "x &^= y",
            "x++",
            "y--",
            "ch <- v",
            "(call f)",
            "(<- ch)",
            "v, ok := (<- ch)",
            "empty"
        ]
    );
}

#[test]
fn control_statements() {
    assert_eq!(
        stmts("go f()\ndefer g(x)\nreturn\nreturn 1, 2\nL:\n\tfor {\n\t\tbreak L\n\t}\ncontinue\nbreak\ngoto L\n{\n\tx := 1\n}\nvar v int\nconst c = 1\ntype t int"),
        [
            "go (call f)",
            "defer (call g x)",
            "return",
            "return 1, 2",
            "L: for _ _ _ {break L}",
            "continue",
            "break",
            "goto L",
            "{x := 1}",
            "decl var v#0 int = ",
            "decl const c#0 _ = 1",
            "decl type t[] int"
        ]
    );
}

#[test]
fn labels() {
    assert_eq!(stmts("L:\n"), ["L: empty"]);
    assert_eq!(stmts("A: B: x++"), ["A: B: x++"]);
    assert_eq!(stmts("L: ;"), ["L: empty"]);
}

#[test]
fn if_statements() {
    assert_eq!(
        stmts(
            "if x {\n} else if y {\n} else {\n\tz()\n}\nif err := f(); err != nil {\n\treturn\n}"
        ),
        [
            "if _ x {} else if _ y {} else {(call z)}",
            "if err := (call f) (!= err nil) {return} else _"
        ]
    );
}

#[test]
fn for_statements() {
    assert_eq!(
        stmts(
            "for {\n}\nfor x < 10 {\n}\nfor i := 0; i < n; i++ {\n}\nfor ; ; {\n}\nfor i := 0; ; {\n}\nfor k, v := range m {\n}\nfor k = range m {\n}\nfor range ch {\n}\nfor i := range 10 {\n}\nfor k, v = range m {\n}"
        ),
        [
            "for _ _ _ {}",
            "for _ (< x 10) _ {}",
            "for i := 0 (< i n) i++ {}",
            "for _ _ _ {}",
            "for i := 0 _ _ {}",
            "range k v := m {}",
            "range k _ = m {}",
            "range _ _ = ch {}",
            "range i _ := 10 {}",
            "range k v = m {}"
        ]
    );
}

#[test]
fn switch_statements() {
    assert_eq!(
        stmts(
            "switch {\ncase x > 0:\n\tf()\n\tfallthrough\ncase x < 0, x == 0:\ndefault:\n}\nswitch x := f(); x {\ncase 1:\n}\nswitch v := x.(type) {\ncase int, []string:\n\tuse(v)\ncase nil:\n}\nswitch x.(type) {\n}\nswitch y := 1; t := x.(type) {\ndefault:\n}"
        ),
        [
            "switch _ _ {case (> x 0): (call f); fallthrough | case (< x 0), (== x 0):  | default: }",
            "switch x := (call f) x {case 1: }",
            "typeswitch _ v x {case int, ([] string): (call use v) | case nil: }",
            "typeswitch _ _ x {}",
            "typeswitch y := 1 t x {default: }"
        ]
    );
}

#[test]
fn select_statements() {
    assert_eq!(
        stmts("select {\ncase v := <-ch:\n\tuse(v)\ncase ch <- 1:\ncase <-done:\ncase x, ok = <-ch:\ndefault:\n}"),
        ["select {v := (<- ch): (call use v) | ch <- 1:  | (<- done):  | x, ok = (<- ch):  | _: }"]
    );
}

// ---------------------------------------------------------------------------
// Spans and ids.

#[test]
fn spans() {
    let src = "package p\nfunc f() {\n\tx := a.b(c)\n}\n";
    let f = ok(src);
    let Decl::Func(fd) = &f.decls[0] else {
        unreachable!()
    };
    assert_eq!(fd.span, Span::new(10, 35));
    let body = fd.body.as_ref().unwrap();
    assert_eq!(
        (body.lbrace, body.rbrace),
        (Span::new(19, 20), Span::new(34, 35))
    );
    let s = &body.stmts[0];
    assert_eq!(&src[s.span.lo as usize..s.span.hi as usize], "x := a.b(c)");
    let StmtKind::Assign { rhs, .. } = &*s.kind else {
        unreachable!()
    };
    assert_eq!(
        &src[rhs[0].span.lo as usize..rhs[0].span.hi as usize],
        "a.b(c)"
    );
}

/// Collects the ids of every expression in `f` (test helper; recursion is
/// fine for small trees).
fn collect_ids(f: &File) -> Vec<ExprId> {
    fn e(x: &Expr, out: &mut Vec<ExprId>) {
        out.push(x.id);
        match &*x.kind {
            ExprKind::CompositeLit { typ, elts, .. } => {
                typ.iter().chain(elts).for_each(|y| e(y, out));
            }
            ExprKind::KeyValue(a, b) | ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
                e(a, out);
                e(b, out);
            }
            ExprKind::FuncLit(sig, b) => {
                fields(&sig.params, out);
                fields(&sig.results, out);
                b.stmts.iter().for_each(|s| st(s, out));
            }
            ExprKind::Paren(y)
            | ExprKind::Selector(y, _)
            | ExprKind::Star(y)
            | ExprKind::Unary(_, y) => e(y, out),
            ExprKind::SliceType(y) | ExprKind::ChanType(_, y) => e(y, out),
            ExprKind::Index(y, v) => {
                e(y, out);
                v.iter().for_each(|z| e(z, out));
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                e(x, out);
                [lo, hi, max].into_iter().flatten().for_each(|z| e(z, out));
            }
            ExprKind::TypeAssert(y, t) => {
                e(y, out);
                t.iter().for_each(|z| e(z, out));
            }
            ExprKind::Call { func, args, .. } => {
                e(func, out);
                args.iter().for_each(|z| e(z, out));
            }
            ExprKind::ArrayType(n, t) => {
                n.iter().for_each(|z| e(z, out));
                e(t, out);
            }
            ExprKind::StructType(fs) => fields(fs, out),
            ExprKind::FuncType(sig) => {
                fields(&sig.params, out);
                fields(&sig.results, out);
            }
            ExprKind::InterfaceType(es) => {
                for el in es {
                    match el {
                        InterfaceElem::Method { sig, .. } => {
                            fields(&sig.params, out);
                            fields(&sig.results, out);
                        }
                        InterfaceElem::Embed(t) => e(t, out),
                    }
                }
            }
            ExprKind::Ellipsis(t) => t.iter().for_each(|z| e(z, out)),
            ExprKind::Union(ts) => ts.iter().for_each(|(_, z)| e(z, out)),
            ExprKind::Ident(_) | ExprKind::BasicLit(..) => {}
        }
    }
    fn fields(fs: &[Field], out: &mut Vec<ExprId>) {
        fs.iter().for_each(|f| e(&f.typ, out));
    }
    fn st(s: &Stmt, out: &mut Vec<ExprId>) {
        match &*s.kind {
            StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) | StmtKind::IncDec(x, _) => {
                e(x, out)
            }
            StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|x| e(x, out)),
            StmtKind::Return(xs) => xs.iter().for_each(|x| e(x, out)),
            StmtKind::Block(b) => b.stmts.iter().for_each(|s| st(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for d in &f.decls {
        match d {
            Decl::Gen(g) => {
                for s in &g.specs {
                    match s {
                        Spec::Value(v) => {
                            v.typ.iter().chain(&v.values).for_each(|x| e(x, &mut out))
                        }
                        Spec::Type(t) => {
                            fields(&t.tparams, &mut out);
                            e(&t.typ, &mut out);
                        }
                    }
                }
            }
            Decl::Func(fd) => {
                fd.recv.iter().for_each(|r| e(&r.typ, &mut out));
                fields(&fd.tparams, &mut out);
                fields(&fd.sig.params, &mut out);
                fields(&fd.sig.results, &mut out);
                fd.body
                    .iter()
                    .for_each(|b| b.stmts.iter().for_each(|s| st(s, &mut out)));
            }
        }
    }
    out
}

#[test]
fn ids_unique_across_files() {
    let a = SourceFile::new(
        "a.go",
        "package p\ntype T[P *C,] struct{ x [N]int }\nvar x = f(a, b)[1:2] + T{1}.y\nfunc g(a int) { x := func() int { return a * 2 }; _ = x }\n",
    );
    let b = SourceFile::new(
        "b.go",
        "package p\nvar y = []int{1, 2, 3}\nfunc (r *R) m() {}\n",
    );
    let mut next = 100;
    let fa = parse_file(&a, &mut next).unwrap();
    let after_a = next;
    let fb = parse_file(&b, &mut next).unwrap();
    let mut ids = collect_ids(&fa);
    let ib = collect_ids(&fb);
    assert!(ids.iter().all(|&i| (100..after_a).contains(&i)));
    assert!(ib.iter().all(|&i| (after_a..next).contains(&i)));
    ids.extend(ib);
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate expression ids");
}

// ---------------------------------------------------------------------------
// Errors: first error, position and message as printed by go1.27's
// `go tool compile`.

const ERRORS: &[(&str, &str)] = &[
    ("package main\nfunc main() {\n\tf(a b)\n}\n", "3:6: syntax error: unexpected name b in argument list; possibly missing comma or )"),
    ("package main\nfunc main() {\n\tf(a\n}\n", "3:5: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\nx := 1\n", "2:1: syntax error: non-declaration statement outside function body"),
    ("package main\nfunc main() {\n\tx = }\n", "3:6: syntax error: unexpected }, expected expression"),
    ("package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n", "3:7: syntax error: cannot use x := 1 as value"),
    ("package main\nfunc main() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n", "5:2: syntax error: unexpected keyword else, expected }"),
    ("package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n", "3:14: syntax error: unexpected { at end of statement"),
    ("package main\nfunc main() {\n\tf(,)\n}\n", "3:4: syntax error: unexpected comma, expected expression"),
    ("package main\nfunc main() {\n\tif x \n {\n\t}\n}\n", "3:7: syntax error: unexpected newline, expected { after if clause"),
    ("package main\nfunc main() {\n\tvar x = [3]int{1,2\n}\n", "3:20: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\nfunc main() {\n\tfor i := 0; i < 3; i++ x {\n\t}\n}\n", "3:25: syntax error: unexpected name x, expected { after for clause"),
    ("package main\nfunc main()\n{\n}\n", "3:1: syntax error: unexpected semicolon or newline before {"),
    ("package main\nimport \"fmt\"\nfunc main() {\n}\nimport \"os\"\n", "5:1: syntax error: imports must appear before other declarations"),
    ("package main\nfunc main() {\n\ta, b\n}\n", "3:6: syntax error: unexpected newline, expected := or = or comma"),
    ("package main\nfunc f(a int, b) {}\n", "2:16: syntax error: missing parameter type"),
    ("package main\nfunc main() {\n\tx[] = 1\n}\n", "3:4: syntax error: unexpected ], expected operand"),
    ("package main\nfunc main() {\n\tfor x := range 10; x < 1; {\n\t}\n}\n", "3:19: syntax error: unexpected semicolon, expected { after for clause"),
    ("package main\nfunc main() {\n\tfor ;; x := 1 {\n\t}\n}\n", "3:11: syntax error: cannot declare in post statement of for loop"),
    ("package main\nfunc main() {\n\tif {\n\t}\n}\n", "3:5: syntax error: missing condition in if statement"),
    ("package main\nfunc main() {\n\tif x; {\n\t}\n}\n", "3:6: syntax error: missing condition in if statement"),
    ("package main\n\nvar x = 1 2\n", "3:11: syntax error: unexpected literal 2 after top level declaration"),
    ("main\n", "1:1: syntax error: package statement must be first"),
    ("package main\nfunc main() {\n\tif x {} else y\n}\n", "3:15: syntax error: else must be followed by if or statement block"),
    ("package main\nfunc main() {\n\tswitch {\n\tfoo:\n\t}\n}\n", "4:2: syntax error: unexpected name foo, expected case or default or }"),
    ("package main\nfunc main() {\n\tselect x {\n\t}\n}\n", "3:9: syntax error: missing { after select clause"),
    ("package main\nfunc main() {\n\tx.\n}\n", "4:1: syntax error: unexpected }, expected name or ("),
    ("package main\nfunc main() {\n\tx = a[1 2]\n}\n", "3:10: syntax error: unexpected literal 2, expected comma, : or ]"),
    ("package main\ntype T struct {\n\t1\n}\n", "3:2: syntax error: unexpected literal 1, expected field name or embedded type"),
    ("package main\ntype T interface {\n\t1\n}\n", "3:2: syntax error: unexpected literal 1, expected ~ term or type"),
    ("package main\nfunc f(a ...int, b int) {}\n", "2:10: can only use ... with final parameter"),
    ("package main\nfunc main() {\n\tx := chan\n}\n", "4:1: syntax error: missing channel element type"),
    ("package main\nvar x int = \n", "3:1: syntax error: unexpected EOF, expected expression"),
    ("package main\nfunc () f() {}\n", "2:9: method has no receiver"),
    ("package main\nfunc 1() {}\n", "2:6: syntax error: unexpected literal 1, expected name or ("),
    ("package main\nfunc (a T) 1() {}\n", "2:12: syntax error: unexpected literal 1, expected name"),
    ("package main\nimport 1\n", "2:8: syntax error: import path must be a string"),
    ("package main\nimport ;\n", "2:8: syntax error: missing import path"),
    ("package main\nconst x := 1\n", "2:9: syntax error: unexpected :=, expected ="),
    ("package main\ntype \n", "3:1: syntax error: unexpected EOF, expected name"),
    ("package main\ntype T\n", "2:7: syntax error: unexpected newline in type declaration"),
    ("package main\nfunc main() {\n\tgoto\n}\n", "4:1: syntax error: unexpected }, expected name"),
    ("package main\nfunc main() {\n\tswitch {\n\tcase 1:\n\t\tL:\n\tcase 2:\n\t}\n}\n", "5:4: syntax error: missing statement after label"),
    ("package main\nfunc main() {\n\tx := func[T any]() {}\n}\n", "3:11: syntax error: function type must have no type parameters"),
    ("package main\nfunc main() {\n\tx := (T){}\n}\n", "3:10: syntax error: cannot parenthesize type in composite literal"),
    ("package main\nfunc main() {\n\tf(a...,b)\n}\n", "3:9: syntax error: unexpected name b, expected )"),
    ("package main\nfunc main() {\n\tx = y.(1)\n}\n", "3:9: syntax error: unexpected literal 1, expected type"),
    ("package main\nfunc main() {\n\tgo (f())\n}\n", "3:5: expression in go must not be parenthesized"),
    ("package main\nfunc main() {\n\tx = a[1:2:]\n}\n", "3:12: final index required in 3-index slice"),
    ("package main\nfunc main() {\n\tx = a[1::3]\n}\n", "3:10: middle index required in 3-index slice"),
    ("package main\nfunc main() {\n\tfor i := 0; i < 10 {\n\t}\n}\n", "3:21: syntax error: unexpected {, expected semicolon or newline"),
    ("package main\nfunc main() {\n\tfor i := 0; {\n\t}\n}\n", "3:14: syntax error: unexpected {, expected for loop condition"),
    ("package main\nfunc main() {\n\tif x = 1 {\n\t}\n}\n", "3:7: syntax error: cannot use assignment x = 1 as value"),
    ("package main\nfunc main() {\n\tswitch x := 1 {\n\t}\n}\n", "3:11: syntax error: cannot use x := 1 as value"),
    ("package main\nfunc main() {\n\tfor var i = 0; i < 1; i++ {\n\t}\n}\n", "3:10: syntax error: var declaration not allowed in for initializer"),
    ("package main\ntype T[P any,] struct{}\nfunc f[]() {}\n", "3:8: syntax error: empty type parameter list"),
    ("package main\nfunc f[T]() {}\n", "2:9: syntax error: missing type constraint"),
    ("package main\nfunc f() {\n\treturn )\n}\n", "3:9: syntax error: unexpected ), expected expression"),
    ("package main\nfunc f() {\n\tx := [...]int{1,2,3\n\ty := 2\n}\n", "3:21: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\nfunc f() {\n\tm := map[string]int{\"a\": 1, \"b\" 2}\n}\n", "3:34: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"),
    ("package main\nfunc f() {\n\tdefer\n}\n", "4:1: syntax error: unexpected }, expected expression"),
    ("package main\nfunc f() {\n\tfor {\n}\n", "5:1: syntax error: unexpected EOF, expected }"),
    ("package main\nfunc f(x int\n", "2:13: syntax error: unexpected newline in parameter list; possibly missing comma or )"),
    ("package main\nvar (\n\ta = 1\n\tb = 2\n", "5:1: syntax error: unexpected EOF, expected )"),
    ("package main\nvar (\n\ta = 1 b = 2\n)\n", "3:8: syntax error: unexpected name b in grouped declaration; possibly missing semicolon or newline or )"),
    ("package main\nfunc f() {\n\tx := 1 +\n}\n", "4:1: syntax error: unexpected }, expected expression"),
    ("package main\nfunc f() {\n\tswitch x.(type) {\n\tcase int\n\t}\n}\n", "4:10: syntax error: unexpected newline, expected :"),
    ("package main\ntype T struct {\n\t*(U)\n}\n", "3:3: syntax error: cannot parenthesize embedded type"),
    ("package main\ntype T struct {\n\t(U)\n}\n", "3:2: syntax error: cannot parenthesize embedded type"),
    ("package main\ntype T [1,]int\n", "2:10: syntax error: unexpected comma; expected ]"),
    ("package main\nvar x = map[int\n", "2:16: syntax error: unexpected newline, expected ]"),
    ("package main\nvar x = struct{a int}{1\n", "2:24: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\nvar x = func() int { return 1 \n", "3:1: syntax error: unexpected EOF, expected }"),
    ("package main\nvar x chan<- \n", "3:1: syntax error: missing channel element type"),
    ("package main\nfunc f() {\n\tx++ y\n}\n", "3:6: syntax error: unexpected name y at end of statement"),
    ("package main\nfunc f() {\n\tbreak 1\n}\n", "3:8: syntax error: unexpected literal 1 at end of statement"),
    ("package main;func f() { if x { } else { } }; var x = 1;;\n", "1:56: syntax error: non-declaration statement outside function body"),
    ("package main\nfunc f() {\n\tswitch T{}.f {\n\t}\n}\n", "3:12: syntax error: unexpected . at end of statement"),
    ("package main\nfunc f(...) {}\n", "2:11: syntax error: ... is missing type"),
    ("package main\ntype T interface {\n\tM[]()\n}\n", "3:4: empty type parameter list"),
    ("package main\nfunc f() {\n\tvar\n}\n", "4:1: syntax error: unexpected }, expected name"),
    ("package main\nfunc f() {\n\tconst (a = iota; b\n}\n", "4:1: syntax error: unexpected }, expected name"),
    ("package main\nfunc f() {\n\tcase 1:\n}\n", "3:2: syntax error: unexpected keyword case, expected }"),
    ("package main\nfunc f() {\n\t}\n}\n", "4:1: syntax error: non-declaration statement outside function body"),
    ("package main\nfunc f() {\n\tx := []int{1, 2, 3}[1:2:3:4]\n}\n", "3:27: syntax error: unexpected :, expected ]"),
    ("package main\nfunc f() {\n\ta, b := range x\n}\n", "3:10: syntax error: unexpected keyword range, expected expression"),
    ("package main\n\nimport (\n\t\"fmt\"\n\t\"os\" \"io\"\n)\n", "5:7: syntax error: unexpected literal \"io\" in grouped declaration; possibly missing semicolon or newline or )"),
    ("package main\ntype T struct { a int \"tag\" b int }\n", "2:29: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }"),
];

#[test]
fn gc_error_messages() {
    let mut bad = Vec::new();
    for (src, want) in ERRORS {
        let got = match parse(src) {
            Ok(_) => "<no error>".to_string(),
            Err(ds) => SourceFile::new("a.go", *src)
                .render(&ds[0])
                .trim_start_matches("a.go:")
                .to_string(),
        };
        if got != *want {
            bad.push(format!("{src:?}\n  want {want}\n  got  {got}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn accepted_like_gc() {
    // gc's parser accepts these (its type checker may not).
    for src in [
        "package main\nfunc main() {\n\tx := <-<-chan int(nil)\n}\n",
        "package main\nfunc f() {\n\tvar x struct { a int; b }\n}\n",
        "package main\nfunc f() {\n\ta.b.(type)\n}\n",
        "package main\nfunc f() {\n\tselect {\n\tcase x = <-c, y:\n\t}\n}\n",
        "package main\nvar x = 1 +* 2\n",
        "package main\nfunc f() {\n\tL1: L2:\n}\n",
        "package main\nfunc f() {\n\tx := [](int)\n}\n",
        "package main\nvar _ = x.(type)\n",
        "package main\nvar _ = f(x...)[1:]\n",
        "package p\ntype T[P any,] struct{}\n",
        "package p\nfunc f() { for i := 0; i < 10; {} }\n",
    ] {
        ok(src);
    }
}

#[test]
fn lexical_errors_are_reported() {
    let ds = parse("package p\nvar x = 1 @ 2\n").unwrap_err();
    let f = SourceFile::new("a.go", "package p\nvar x = 1 @ 2\n");
    assert_eq!(f.render(&ds[0]), "a.go:2:11: invalid character U+0040 '@'");
}

#[test]
fn deferred_tag_error() {
    assert_eq!(
        err("package p\ntype T struct {\n\tx int 1\n}\n"),
        "3:8: invalid syntax tree: incorrect tag syntax: \"1\""
    );
}

// ---------------------------------------------------------------------------
// Robustness.

/// A small deterministic pseudo-random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "x",
    "y",
    "T",
    "_",
    "1",
    "2.5",
    "3i",
    "'c'",
    "\"s\"",
    "`r`",
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "&^",
    "+=",
    "-=",
    "*=",
    "<<=",
    "&^=",
    "&&",
    "||",
    "<-",
    "++",
    "--",
    "==",
    "<",
    ">",
    "=",
    "!",
    "~",
    "!=",
    "<=",
    ">=",
    ":=",
    "...",
    "(",
    "[",
    "{",
    ",",
    ".",
    ")",
    "]",
    "}",
    ";",
    ":",
    "\n",
];

#[test]
fn fuzz_random_tokens() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let n = 1 + rng.below(60);
        let mut src = String::from(if round % 2 == 0 { "package p\n" } else { "" });
        if round % 3 == 0 {
            src.push_str("func f() {\n");
        }
        for _ in 0..n {
            src.push_str(WORDS[rng.below(WORDS.len())]);
            src.push(' ');
        }
        // Must not panic; any result is fine.
        let _ = parse(&src);
    }
}

#[test]
fn fuzz_mutated_programs() {
    let base = "package p\n\nimport \"fmt\"\n\ntype List[T any] struct {\n\tnext *List[T]\n\tv    T\n}\n\nfunc (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }\n\nfunc main() {\n\tm := map[string][]int{\"a\": {1, 2}}\n\tfor k, v := range m {\n\t\tswitch x := v[0]; {\n\t\tcase x > 1:\n\t\t\tfmt.Println(k)\n\t\t}\n\t}\n\tselect {\n\tcase c <- 1:\n\tdefault:\n\t}\n\tif v, ok := m[\"a\"]; ok && len(v) > 0 {\n\t\tgo func() { defer f() }()\n\t}\n}\n";
    let mut rng = Rng(12345);
    let bytes = base.as_bytes();
    for _ in 0..3000 {
        let mut s = bytes.to_vec();
        for _ in 0..1 + rng.below(4) {
            let pos = rng.below(s.len());
            match rng.below(3) {
                0 => {
                    s.remove(pos);
                }
                1 => {
                    let w = WORDS[rng.below(WORDS.len())];
                    s.splice(pos..pos, w.bytes());
                }
                _ => {
                    let set = b"(){}[],;:=.*<-\n x1";
                    s[pos] = set[rng.below(set.len())];
                }
            }
        }
        let f = SourceFile::from_bytes("a.go", s);
        let mut id = 0;
        let _ = parse_file(&f, &mut id);
    }
}

#[test]
fn fuzz_random_bytes() {
    let mut rng = Rng(42);
    for _ in 0..2000 {
        let n = rng.below(200);
        let s: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        let f = SourceFile::from_bytes("a.go", s);
        let mut id = 0;
        let _ = parse_file(&f, &mut id);
    }
}

#[test]
fn fuzz_token_streams_directly() {
    // Hand-made token lists, including ones without a final EOF.
    let mut rng = Rng(7);
    let pool = [
        Tok::Package,
        Tok::Ident("p".into()),
        Tok::Semi { auto: true },
        Tok::Semi { auto: false },
        Tok::Func,
        Tok::LParen,
        Tok::RParen,
        Tok::LBrace,
        Tok::RBrace,
        Tok::LBrack,
        Tok::RBrack,
        Tok::Int("1".into()),
        Tok::Str("\"s\"".into()),
        Tok::Comma,
        Tok::Colon,
        Tok::Define,
        Tok::Assign,
        Tok::Type,
        Tok::Var,
        Tok::Mul,
        Tok::Arrow,
        Tok::Chan,
        Tok::Eof,
    ];
    for _ in 0..2000 {
        let n = rng.below(40);
        let toks: Vec<Tok> = (0..n)
            .map(|_| pool[rng.below(pool.len())].clone())
            .collect();
        let spans: Vec<Span> = (0..n as u32).map(|i| Span::new(i * 2, i * 2 + 1)).collect();
        let mut id = 0;
        let _ = parse_tokens(&toks, &spans, &mut id);
    }
    let mut id = 0;
    let (out, err, _) = parse_tokens(&[], &[], &mut id);
    assert!(out.is_none() && err.is_some());
}

/// Runs `f` on a thread with a large stack: dropping (and walking) a tree
/// nested 10,000 deep recurses that deep.
fn with_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn deep_nesting() {
    with_big_stack(|| {
        let n = 10_000;
        let parens = format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n));
        ok(&parens);
        let blocks = format!(
            "package p\nfunc f() {{\n{}{}\n}}\n",
            "{".repeat(n),
            "}".repeat(n)
        );
        ok(&blocks);
        let types = format!("package p\nvar x {}int\n", "[]".repeat(n));
        ok(&types);
        let lits = format!("package p\nvar x = T{}{}\n", "{".repeat(n), "}".repeat(n));
        ok(&lits);
        let funcs = format!(
            "package p\nvar x = {}{}\n",
            "func() {".repeat(n),
            "}".repeat(n)
        );
        ok(&funcs);
        let elses = format!(
            "package p\nfunc f() {{\n{}{{}}\n}}\n",
            "if x {} else ".repeat(n)
        );
        ok(&elses);
        let ptrs = format!("package p\nvar x = {}p\n", "*".repeat(n));
        ok(&ptrs);
        let chain = format!("package p\nvar x = 1{}\n", " + 1".repeat(n));
        ok(&chain);
        let calls = format!("package p\nvar x = f{}\n", "()".repeat(n));
        ok(&calls);
        // Unclosed nesting is an error, not a crash.
        let open = format!("package p\nvar x = {}1\n", "(".repeat(n));
        assert_eq!(
            err(&open),
            format!("2:{}: syntax error: unexpected newline, expected )", n + 10)
        );
        let open_blocks = format!("package p\nfunc f() {{\n{}\n", "{".repeat(n));
        assert_eq!(
            err(&open_blocks),
            "4:1: syntax error: unexpected EOF, expected }"
        );
    });
}

#[test]
fn large_file_is_fast() {
    let mut src = String::from("package p\n\nimport \"fmt\"\n\n");
    let mut i = 0;
    while src.lines().count() < 10_000 {
        src.push_str(&format!(
            "type S{i} struct {{\n\ta, b int\n\tc   []string `json:\"c\"`\n}}\n\nfunc (s *S{i}) M{i}(x int, ys ...string) (int, error) {{\n\tif x > 0 && len(ys) != 0 {{\n\t\tfor j, y := range ys {{\n\t\t\tfmt.Println(j, y, s.c[j%2:])\n\t\t}}\n\t}} else {{\n\t\tswitch v := any(x).(type) {{\n\t\tcase int:\n\t\t\treturn v * 2, nil\n\t\t}}\n\t}}\n\tm := map[string]S{i}{{\"k\": {{a: 1, b: 2}}}}\n\t_ = m\n\treturn x + s.a<<1 - s.b, nil\n}}\n\n"
        ));
        i += 1;
    }
    let f = SourceFile::new("big.go", src);
    let start = std::time::Instant::now();
    let mut id = 0;
    let file = parse_file(&f, &mut id).unwrap();
    let elapsed = start.elapsed();
    assert_eq!(file.decls.len(), 2 * i);
    let limit = if cfg!(debug_assertions) { 10.0 } else { 1.0 };
    assert!(
        elapsed.as_secs_f64() < limit,
        "10,000 lines took {elapsed:?}"
    );
}
