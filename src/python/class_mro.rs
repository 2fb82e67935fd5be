//! C3 linearization: the method resolution order of a class from its bases.

use super::object::Class;
use std::rc::Rc;

/// The MRO of a class with these direct `bases`, excluding the class itself; `None` when no
/// consistent order exists (CPython's "Cannot create a consistent method resolution order").
pub fn linearize(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| b.mro_iter().cloned().collect())
        .chain(std::iter::once(bases.to_vec()))
        .collect();
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs
            .iter()
            .map(|s| &s[0])
            .find(|cand| !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, cand))))?
            .clone();
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}
