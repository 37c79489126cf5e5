//! Printing syntax back as Go text for error messages, in the short form
//! gc's `syntax.String` uses (`T{…}`, `func() {…}`).

use std::fmt::Write;

use super::super::ast::{ChanDir, Expr, ExprKind, Field, FuncType, InterfaceElem, StmtKind};

/// Deeper nesting is printed as `…` (error messages only; avoids deep
/// recursion on pathological input).
const MAX_DEPTH: usize = 64;

/// An expression as Go text.
pub(super) fn expr_str(x: &Expr) -> String {
    let mut s = String::new();
    expr(&mut s, x, 0);
    s
}

/// A simple statement as gc prints it in `cannot use ... as value`.
pub(super) fn stmt_str(k: &StmtKind) -> String {
    let mut s = String::new();
    match k {
        StmtKind::Assign {
            lhs,
            rhs,
            op: None,
            define: false,
        } => {
            s.push_str("assignment ");
            emphasized_list(&mut s, lhs);
            s.push_str(" = ");
            emphasized_list(&mut s, rhs);
        }
        StmtKind::Assign {
            lhs,
            rhs,
            op,
            define,
        } => {
            list(&mut s, lhs, 0);
            match op {
                Some(op) => {
                    let _ = write!(s, " {}= ", op.as_str());
                }
                None if *define => s.push_str(" := "),
                None => s.push_str(" = "),
            }
            list(&mut s, rhs, 0);
        }
        StmtKind::IncDec(x, inc) => {
            expr(&mut s, x, 0);
            s.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Send(ch, v) => {
            expr(&mut s, ch, 0);
            s.push_str(" <- ");
            expr(&mut s, v, 0);
        }
        StmtKind::Expr(x) => expr(&mut s, x, 0),
        _ => s.push('…'),
    }
    s
}

/// A list; a single binary expression is parenthesized (gc's `emphasize`).
fn emphasized_list(s: &mut String, xs: &[Expr]) {
    if let [x] = xs {
        if let ExprKind::Binary(..) = &*x.kind {
            s.push('(');
            expr(s, x, 0);
            s.push(')');
            return;
        }
    }
    list(s, xs, 0);
}

fn list(s: &mut String, xs: &[Expr], depth: usize) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        expr(s, x, depth);
    }
}

fn sig(s: &mut String, f: &FuncType, depth: usize) {
    s.push('(');
    fields(s, &f.params, depth);
    s.push(')');
    match f.results.as_slice() {
        [] => {}
        [r] if r.names.is_empty() => {
            s.push(' ');
            expr(s, &r.typ, depth);
        }
        rs => {
            s.push_str(" (");
            fields(s, rs, depth);
            s.push(')');
        }
    }
}

fn fields(s: &mut String, fs: &[Field], depth: usize) {
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        expr(s, &f.typ, depth);
    }
}

fn expr(s: &mut String, x: &Expr, depth: usize) {
    if depth > MAX_DEPTH {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &*x.kind {
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::BasicLit(_, raw) => s.push_str(raw),
        ExprKind::CompositeLit { typ, elts, .. } => {
            if let Some(t) = typ {
                expr(s, t, d);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::KeyValue(k, v) => {
            expr(s, k, d);
            s.push_str(": ");
            expr(s, v, d);
        }
        ExprKind::FuncLit(f, _) => {
            s.push_str("func");
            sig(s, f, d);
            s.push_str(" {…}");
        }
        ExprKind::Paren(y) => {
            s.push('(');
            expr(s, y, d);
            s.push(')');
        }
        ExprKind::Selector(y, sel) => {
            expr(s, y, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(y, idx) => {
            expr(s, y, d);
            s.push('[');
            list(s, idx, d);
            s.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            expr(s, x, d);
            s.push('[');
            if let Some(lo) = lo {
                expr(s, lo, d);
            }
            s.push(':');
            if let Some(hi) = hi {
                expr(s, hi, d);
            }
            if *three {
                s.push(':');
                if let Some(m) = max {
                    expr(s, m, d);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert(y, t) => {
            expr(s, y, d);
            s.push_str(".(");
            match t {
                Some(t) => expr(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            expr(s, func, d);
            s.push('(');
            list(s, args, d);
            if *ellipsis {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(y) => {
            s.push('*');
            expr(s, y, d);
        }
        ExprKind::Unary(op, y) => {
            s.push_str(op.as_str());
            expr(s, y, d);
        }
        ExprKind::Binary(op, l, r) => {
            expr(s, l, d);
            let _ = write!(s, " {} ", op.as_str());
            expr(s, r, d);
        }
        ExprKind::ArrayType(len, elem) => {
            s.push('[');
            match len {
                Some(l) => expr(s, l, d),
                None => s.push_str("..."),
            }
            s.push(']');
            expr(s, elem, d);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            expr(s, elem, d);
        }
        ExprKind::StructType(fs) => {
            s.push_str("struct{");
            for (i, f) in fs.iter().enumerate() {
                s.push_str(if i > 0 { "; " } else { " " });
                fields(s, std::slice::from_ref(f), d);
            }
            s.push_str(if fs.is_empty() { "}" } else { " }" });
        }
        ExprKind::FuncType(f) => {
            s.push_str("func");
            sig(s, f, d);
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, e) in elems.iter().enumerate() {
                s.push_str(if i > 0 { "; " } else { " " });
                match e {
                    InterfaceElem::Method { name, sig: f } => {
                        s.push_str(&name.name);
                        sig(s, f, d);
                    }
                    InterfaceElem::Embed(t) => expr(s, t, d),
                }
            }
            s.push_str(if elems.is_empty() { "}" } else { " }" });
        }
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            expr(s, k, d);
            s.push(']');
            expr(s, v, d);
        }
        ExprKind::ChanType(dir, elem) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            expr(s, elem, d);
        }
        ExprKind::Ellipsis(t) => {
            s.push_str("...");
            if let Some(t) = t {
                expr(s, t, d);
            }
        }
        ExprKind::Union(terms) => {
            for (i, (tilde, t)) in terms.iter().enumerate() {
                if i > 0 {
                    s.push_str(" | ");
                }
                if *tilde {
                    s.push('~');
                }
                expr(s, t, d);
            }
        }
    }
}
