//! The control-flow graph of a [`Func`]: successors, reverse postorder,
//! predecessors and immediate dominators, for the passes and the code
//! generator.

use super::ir::{Func, Term};

/// The blocks block `bi` may branch to (the true target first).
pub fn successors(f: &Func, bi: usize) -> Vec<usize> {
    match &f.blocks[bi].term {
        Some(Term::Jump(t, _)) => vec![t.0 as usize],
        Some(Term::Brif(_, t, _, e, _)) => vec![t.0 as usize, e.0 as usize],
        _ => Vec::new(),
    }
}

/// The blocks reachable from the entry, in reverse postorder; unreachable
/// blocks are left out.
pub fn reverse_postorder(f: &Func) -> Vec<usize> {
    let n = f.blocks.len();
    // The false target is walked first, so the true one comes first in
    // reverse postorder.
    let succs = |i: usize| -> Vec<usize> {
        let mut s = successors(f, i);
        s.reverse();
        s
    };
    let mut seen = vec![false; n];
    let mut post = Vec::with_capacity(n);
    // Iterative DFS: (block, successors visited so far).
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    seen[0] = true;
    while let Some(&mut (blk, ref mut k)) = stack.last_mut() {
        let ss = succs(blk);
        if *k < ss.len() {
            let s = ss[*k];
            *k += 1;
            if !seen[s] {
                seen[s] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(blk);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// The predecessors of each block among the blocks of `order`.
pub fn predecessors(f: &Func, order: &[usize]) -> Vec<Vec<usize>> {
    let mut preds = vec![Vec::new(); f.blocks.len()];
    for &bi in order {
        for s in successors(f, bi) {
            preds[s].push(bi);
        }
    }
    preds
}

/// Immediate dominators (Cooper, Harvey and Kennedy) of the blocks of
/// `order`, a reverse postorder: the entry is its own, blocks not in
/// `order` get `usize::MAX`.
pub fn immediate_dominators(order: &[usize], preds: &[Vec<usize>]) -> Vec<usize> {
    let n = preds.len();
    let mut rank = vec![usize::MAX; n];
    for (i, &b) in order.iter().enumerate() {
        rank[b] = i;
    }
    let mut idom = vec![usize::MAX; n];
    let Some(&entry) = order.first() else {
        return idom;
    };
    idom[entry] = entry;
    let mut changed = true;
    while changed {
        changed = false;
        for &bi in &order[1..] {
            let mut new = usize::MAX;
            for &p in &preds[bi] {
                if idom[p] == usize::MAX {
                    continue;
                }
                new = if new == usize::MAX {
                    p
                } else {
                    let (mut a, mut b) = (p, new);
                    while a != b {
                        while rank[a] > rank[b] {
                            a = idom[a];
                        }
                        while rank[b] > rank[a] {
                            b = idom[b];
                        }
                    }
                    a
                };
            }
            if new != idom[bi] {
                idom[bi] = new;
                changed = true;
            }
        }
    }
    idom
}
