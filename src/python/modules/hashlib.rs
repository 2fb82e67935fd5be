//! `hashlib`: `sha256()` and `md5()` hash objects with `update`, `digest`, `hexdigest` and
//! `copy`.

use super::digest;
use crate::python::attrs::Attrs;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{downcast_rc, Args, BuiltinFn, Class, Native};
use crate::python::value::Value;
use crate::python::PyResult;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// Which digest a hash object computes.
#[derive(Clone, Copy)]
enum Algorithm {
    Sha256,
    Md5,
}

impl Algorithm {
    fn name(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "sha256",
            Algorithm::Md5 => "md5",
        }
    }

    fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Algorithm::Sha256 => digest::sha256(data).to_vec(),
            Algorithm::Md5 => digest::md5(data).to_vec(),
        }
    }
}

/// A hash object: the bytes fed so far (the digest is computed on demand).
struct Hash {
    algorithm: Algorithm,
    data: RefCell<Vec<u8>>,
}

fn this(i: &Interp, a: &Args) -> PyResult<Rc<Hash>> {
    match a.pos.first() {
        Some(Value::Native(n)) => downcast_rc::<Hash>(n).ok_or_else(|| i.type_error("expected a hash object")),
        _ => Err(i.type_error("expected a hash object")),
    }
}

/// The bytes of `v`, or CPython's message for a str (which must be encoded first).
fn data_of(i: &Interp, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::Str(_) => Err(i.type_error("Strings must be encoded before hashing")),
        other => Err(i.type_error(format!("object supporting the buffer API required, not '{}'", i.type_name(other)))),
    }
}

fn new(i: &Interp, a: Args, algorithm: Algorithm) -> PyResult<Value> {
    let data = match a.pos.first() {
        Some(v) => data_of(i, v)?,
        None => Vec::new(),
    };
    Ok(Value::Native(Rc::new(Hash { algorithm, data: RefCell::new(data) })))
}

fn install(_: &Interp, cls: &Rc<Class>) {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("update", |i, a| {
            let h = this(i, &a)?;
            let more = data_of(i, a.pos.get(1).unwrap_or(&Value::None))?;
            h.data.borrow_mut().extend(more);
            Ok(Value::None)
        }),
        ("digest", |i, a| {
            let h = this(i, &a)?;
            let d = h.algorithm.digest(&h.data.borrow());
            Ok(Value::Bytes(Rc::from(d)))
        }),
        ("hexdigest", |i, a| {
            let h = this(i, &a)?;
            let d = h.algorithm.digest(&h.data.borrow());
            Ok(Value::str(&d.iter().map(|b| format!("{b:02x}")).collect::<String>()))
        }),
        ("copy", |i, a| {
            let h = this(i, &a)?;
            let data = h.data.borrow().clone();
            Ok(Value::Native(Rc::new(Hash { algorithm: h.algorithm, data: RefCell::new(data) })))
        }),
    ];
    let mut attrs = cls.attrs.borrow_mut();
    for (name, f) in table {
        attrs.set(Rc::from(*name), builtin(name, *f));
    }
}

impl Native for Hash {
    fn class(&self, interp: &Interp) -> Rc<Class> {
        interp.native_class("_hashlib.HASH", install)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _interp: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "name" => Some(Ok(Value::str(self.algorithm.name()))),
            "digest_size" => Some(Ok(Value::Int(self.algorithm.digest(&[]).len() as i64))),
            "block_size" => Some(Ok(Value::Int(64))),
            _ => None,
        }
    }
    fn repr(&self, _interp: &Interp) -> Option<PyResult<String>> {
        Some(Ok(format!("<{} _hashlib.HASH object>", self.algorithm.name())))
    }
}

/// The module's attributes.
pub fn attrs() -> Attrs {
    let mut a = Attrs::new();
    let table: &[(&'static str, BuiltinFn)] =
        &[("sha256", |i, a| new(i, a, Algorithm::Sha256)), ("md5", |i, a| new(i, a, Algorithm::Md5))];
    for (name, f) in table {
        a.set(Rc::from(*name), builtin(name, *f));
    }
    a
}
