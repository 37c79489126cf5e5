//! Interfaces: interface types, method sets (with methods promoted through
//! embedded fields), `implements`, type assertions and type switches.

use std::collections::HashSet;

use super::expr::{Mode, Operand};
use super::{Checker, Info};
use crate::syntax::ast::{Expr, ExprKind, InterfaceElem};
use crate::types::ty::{Basic, IMethod, TypeId, TypeKind};

/// One method of a type's method set.
#[derive(Clone, Debug)]
pub struct MethodEntry {
    pub name: String,
    /// Signature without the receiver.
    pub sig: TypeId,
    /// Embedded fields walked from the type to the method's receiver.
    pub path: Vec<usize>,
    /// The defined type that declares the method, and its index there.
    pub holder: TypeId,
    pub index: usize,
    /// Whether only the pointer type has the method (it has a pointer
    /// receiver and the path goes through no embedded pointer).
    pub needs_ptr: bool,
    /// Whether `holder` is an embedded interface (`index` is then the
    /// method's index in it).
    pub iface: bool,
}

/// The methods of `t` (a defined type or struct; for `*T` pass `T`),
/// including promoted ones, sorted by name. Methods of the value type are
/// those without `needs_ptr`.
pub fn method_set(info: &Info, t: TypeId) -> Vec<MethodEntry> {
    let tys = &info.tys;
    let mut out: Vec<MethodEntry> = Vec::new();
    // Names already taken at a shallower depth (fields or methods).
    let mut taken: HashSet<String> = HashSet::new();
    let mut level: Vec<(TypeId, Vec<usize>, bool)> = vec![(tys.canonical(t), Vec::new(), false)];
    let mut seen: HashSet<TypeId> = HashSet::new();
    while !level.is_empty() {
        let mut names_here: Vec<String> = Vec::new();
        let mut found: Vec<MethodEntry> = Vec::new();
        let mut next = Vec::new();
        for (typ, path, via_ptr) in level {
            if tys.is_named(typ) && !seen.insert(typ) {
                continue;
            }
            if !path.is_empty() {
                if let Some(ms) = tys.interface_methods(typ) {
                    for (i, m) in ms.iter().enumerate() {
                        names_here.push(m.name.clone());
                        found.push(MethodEntry {
                            name: m.name.clone(),
                            sig: m.sig,
                            path: path.clone(),
                            holder: typ,
                            index: i,
                            needs_ptr: false,
                            iface: true,
                        });
                    }
                    continue;
                }
            }
            if let Some(ni) = tys.named_info(typ) {
                for (i, m) in ni.methods.iter().enumerate() {
                    let Some(sig) = m.sig else { continue };
                    names_here.push(m.name.clone());
                    found.push(MethodEntry {
                        name: m.name.clone(),
                        sig,
                        path: path.clone(),
                        holder: typ,
                        index: i,
                        needs_ptr: m.ptr_recv && !via_ptr,
                        iface: false,
                    });
                }
            }
            if let Some(fs) = tys.struct_fields(typ) {
                for (i, f) in fs.iter().enumerate() {
                    names_here.push(f.name.clone());
                    if f.embedded {
                        let (ft, p) = match tys.pointer_elem(f.typ) {
                            Some(e) => (e, true),
                            None => (f.typ, false),
                        };
                        let mut np = path.clone();
                        np.push(i);
                        next.push((tys.canonical(ft), np, via_ptr || p));
                    }
                }
            }
        }
        // A name found twice at one depth is ambiguous: not in the set.
        let mut count: std::collections::HashMap<&str, usize> = Default::default();
        for n in &names_here {
            *count.entry(n.as_str()).or_default() += 1;
        }
        for m in found {
            if !taken.contains(&m.name) && count[m.name.as_str()] == 1 {
                out.push(m);
            }
        }
        taken.extend(names_here);
        level = next;
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Why a type does not implement an interface (gc's parenthesized reason).
pub fn missing_method(info: &Info, v: TypeId, iface: TypeId) -> Option<String> {
    let tys = &info.tys;
    let want = tys.interface_methods(iface)?.to_vec();
    if let Some(have) = tys.interface_methods(v) {
        for m in &want {
            match have.iter().find(|h| h.name == m.name) {
                None => return Some(format!("(missing method {})", m.name)),
                Some(h) if !tys.identical(h.sig, m.sig) => {
                    return Some(wrong_type(info, &m.name, h.sig, m.sig))
                }
                _ => {}
            }
        }
        return None;
    }
    let (base, is_ptr) = match tys.pointer_elem(v) {
        Some(e) if tys.is_named(e) || tys.struct_fields(e).is_some() => (e, true),
        _ => (v, false),
    };
    let set = if is_ptr || tys.is_named(base) || tys.struct_fields(base).is_some() {
        method_set(info, base)
    } else {
        Vec::new()
    };
    for m in &want {
        match set.iter().find(|e| e.name == m.name) {
            None => {
                // gc points out a method whose name differs in case only.
                let alt = set.iter().find(|e| e.name.eq_ignore_ascii_case(&m.name));
                return Some(match alt {
                    Some(a) => format!(
                        "(missing method {})\n\t\thave {}{}\n\t\twant {}{}",
                        m.name,
                        a.name,
                        sig_text(info, a.sig),
                        m.name,
                        sig_text(info, m.sig)
                    ),
                    None => format!("(missing method {})", m.name),
                });
            }
            Some(e) if !tys.identical(e.sig, m.sig) => {
                return Some(wrong_type(info, &m.name, e.sig, m.sig))
            }
            Some(e) if e.needs_ptr && !is_ptr => {
                return Some(format!("(method {} has pointer receiver)", m.name))
            }
            _ => {}
        }
    }
    None
}

fn sig_text(info: &Info, sig: TypeId) -> String {
    let s = info.tys.name(sig);
    s.strip_prefix("func").unwrap_or(&s).to_string()
}

fn wrong_type(info: &Info, name: &str, have: TypeId, want: TypeId) -> String {
    format!(
        "(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
        name,
        name,
        sig_text(info, have),
        name,
        sig_text(info, want)
    )
}

impl<'a> Checker<'a> {
    /// Resolves every method signature still pending (method sets need
    /// them all).
    pub(crate) fn ensure_all_methods(&mut self) {
        let named: Vec<TypeId> = self.pending_methods.iter().map(|m| m.0).collect();
        for t in named {
            self.ensure_methods(t);
        }
    }

    /// Whether `v` implements interface `t`; the reason if not.
    pub(crate) fn implements(&mut self, v: TypeId, t: TypeId) -> Result<(), String> {
        self.ensure_all_methods();
        match missing_method(&self.info, v, t) {
            None => Ok(()),
            Some(why) => Err(why),
        }
    }

    /// An interface type expression.
    pub(crate) fn interface_type(&mut self, elems: &[InterfaceElem]) -> TypeId {
        let inv = self.info.tys.basic(Basic::Invalid);
        let mut ms: Vec<IMethod> = Vec::new();
        for el in elems {
            match el {
                InterfaceElem::Method { name, sig } => {
                    let saved = std::mem::take(&mut self.type_path);
                    let st = self.func_type(sig);
                    self.type_path = saved;
                    if ms.iter().any(|m| m.name == name.name) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    ms.push(IMethod {
                        name: name.name.clone(),
                        sig: st,
                    });
                }
                InterfaceElem::Embed(e) => {
                    if let ExprKind::Union(_) = &*e.kind {
                        self.error(e.span, "not supported yet: type constraints");
                        return inv;
                    }
                    let et = self.type_expr(e);
                    if self.info.tys.is_invalid(et) {
                        return inv;
                    }
                    let Some(em) = self.info.tys.interface_methods(et).map(|m| m.to_vec()) else {
                        self.error(e.span, "not supported yet: type constraints");
                        return inv;
                    };
                    for m in em {
                        match ms.iter().find(|x| x.name == m.name) {
                            Some(x) if !self.info.tys.identical(x.sig, m.sig) => {
                                self.error(e.span, format!("duplicate method {}", m.name));
                            }
                            Some(_) => {}
                            None => ms.push(m),
                        }
                    }
                }
            }
        }
        ms.sort_by(|a, b| a.name.cmp(&b.name));
        self.info.tys.intern(TypeKind::Interface(ms))
    }

    /// `x.(T)`.
    pub(crate) fn type_assert(&mut self, e: &Expr, x: &Expr, t: Option<&Expr>) -> Operand {
        let op = self.expr(x);
        if op.mode == Mode::Invalid {
            if let Some(t) = t {
                self.type_expr(t);
            }
            return op;
        }
        let Some(t) = t else {
            self.error(
                e.span,
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return self.invalid();
        };
        if !self.info.tys.is_interface(op.typ) {
            let d = self.describe(&op, x);
            self.error(
                x.span,
                format!("invalid operation: {} is not an interface", d),
            );
            self.type_expr(t);
            return self.invalid();
        }
        let tt = self.type_expr(t);
        if self.info.tys.is_invalid(tt) {
            return self.invalid();
        }
        if !self.info.tys.is_interface(tt) {
            if let Err(why) = self.implements(tt, op.typ) {
                let text = self.text(e.span);
                let (tn, xn) = (self.info.tys.name(tt), self.info.tys.name(op.typ));
                self.error(
                    t.span,
                    format!(
                        "impossible type assertion: {}\n\t{} does not implement {} {}",
                        text, tn, xn, why
                    ),
                );
                return self.invalid();
            }
        }
        Operand {
            mode: Mode::Value,
            typ: tt,
            val: None,
        }
    }
}
