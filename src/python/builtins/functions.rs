//! Builtin functions: `print`, `len`, `repr`, `isinstance`, `sorted`, `min`/`max`, `sum` ...

use crate::python::coroutine::{CoroKind, Coroutine};
use crate::python::exceptions::{ExcType, Unwind};
use crate::python::interp::Interp;
use crate::python::object::{Args, Class};
use crate::python::value::Value;
use crate::python::PyResult;
use crate::runtime::trace::Stream;
use std::rc::Rc;

/// Registers the builtin functions.
pub fn install(interp: &Interp) {
    let table: &[(&'static str, crate::python::object::BuiltinFn)] = &[
        ("print", print),
        ("len", |i, a| {
            a.check(i, "len", 1, 1)?;
            Ok(Value::Int(i.len(&a.pos[0])? as i64))
        }),
        ("repr", |i, a| {
            a.check(i, "repr", 1, 1)?;
            Ok(Value::str(&i.repr(&a.pos[0])?))
        }),
        ("format", |i, a| {
            a.check(i, "format", 1, 2)?;
            let spec = match a.pos.get(1) {
                Some(Value::Str(s)) => s.to_string(),
                Some(v) => return Err(i.type_error(format!("format() argument 2 must be str, not {}", i.type_name(v)))),
                None => String::new(),
            };
            Ok(Value::str(&i.format_value(&a.pos[0], &spec)?))
        }),
        ("ascii", |i, a| {
            a.check(i, "ascii", 1, 1)?;
            Ok(Value::str(&crate::python::repr::ascii_escape(&i.repr(&a.pos[0])?)))
        }),
        ("isinstance", |i, a| {
            a.check(i, "isinstance", 2, 2)?;
            Ok(Value::Bool(class_check(i, &i.type_of(&a.pos[0]), &a.pos[1], "isinstance")?))
        }),
        ("issubclass", |i, a| {
            a.check(i, "issubclass", 2, 2)?;
            let Value::Class(c) = &a.pos[0] else { return Err(i.type_error("issubclass() arg 1 must be a class")) };
            Ok(Value::Bool(class_check(i, c, &a.pos[1], "issubclass")?))
        }),
        ("hash", |i, a| {
            a.check(i, "hash", 1, 1)?;
            Ok(Value::Int(i.hash(&a.pos[0])?))
        }),
        ("id", |i, a| {
            a.check(i, "id", 1, 1)?;
            Ok(Value::Int(a.pos[0].identity() as i64))
        }),
        ("iter", |i, a| {
            a.check(i, "iter", 1, 1)?;
            i.iter(&a.pos[0])
        }),
        ("next", |i, a| {
            a.check(i, "next", 1, 2)?;
            if let Value::Native(n) = &a.pos[0] {
                if let Some(g) = n.downcast::<Coroutine>().filter(|c| c.kind == CoroKind::Generator && a.pos.len() == 1) {
                    return crate::python::types::coro_methods::generator_next(i, g);
                }
            }
            match i.next(&a.pos[0])? {
                Some(v) => Ok(v),
                None => match a.pos.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(Unwind::Raise(crate::python::exceptions::new_instance(
                        i.exc_class(ExcType::StopIteration),
                        vec![],
                    ))),
                },
            }
        }),
        ("callable", |i, a| {
            a.check(i, "callable", 1, 1)?;
            Ok(Value::Bool(match &a.pos[0] {
                Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
                Value::Instance(inst) => inst.class.lookup("__call__").is_some(),
                _ => false,
            }))
        }),
        ("getattr", |i, a| {
            a.check(i, "getattr", 2, 3)?;
            let name = i.to_str(&a.pos[1])?;
            match (i.lookup_attr(&a.pos[0], &name)?, a.pos.get(2)) {
                (Some(v), _) => Ok(v),
                (None, Some(d)) => Ok(d.clone()),
                (None, None) => Err(i.attribute_error(&a.pos[0], &name)),
            }
        }),
        ("setattr", |i, a| {
            a.check(i, "setattr", 3, 3)?;
            let name = i.to_str(&a.pos[1])?;
            i.set_attr(&a.pos[0], &name, a.pos[2].clone())?;
            Ok(Value::None)
        }),
        ("hasattr", |i, a| {
            a.check(i, "hasattr", 2, 2)?;
            let name = i.to_str(&a.pos[1])?;
            Ok(Value::Bool(i.lookup_attr(&a.pos[0], &name)?.is_some()))
        }),
        ("delattr", |i, a| {
            a.check(i, "delattr", 2, 2)?;
            let name = i.to_str(&a.pos[1])?;
            i.del_attr(&a.pos[0], &name)?;
            Ok(Value::None)
        }),
        ("sum", |i, mut a| {
            let start = a.take_kw("start");
            a.check(i, "sum", 1, 2)?;
            let mut acc = a.pos.get(1).cloned().or(start).unwrap_or(Value::Int(0));
            match acc {
                Value::Str(_) => return Err(i.type_error("sum() can't sum strings [use ''.join(seq) instead]")),
                Value::Bytes(_) => return Err(i.type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
                _ => {}
            }
            let it = i.iter(&a.pos[0])?;
            while let Some(x) = i.next(&it)? {
                acc = i.binop(crate::python::ast::BinOp::Add, &acc, &x)?;
            }
            Ok(acc)
        }),
        ("min", |i, a| min_max(i, a, "min", crate::python::ast::CmpOp::Lt)),
        ("max", |i, a| min_max(i, a, "max", crate::python::ast::CmpOp::Gt)),
        ("sorted", |i, mut a| {
            let key = a.take_kw("key");
            let reverse = a.take_kw("reverse");
            a.check(i, "sorted", 1, 1)?;
            let items = i.collect(&a.pos[0])?;
            let list = Value::list(items);
            crate::python::types::list::sort(i, &list, key, reverse)?;
            Ok(list)
        }),
        ("any", |i, a| {
            a.check(i, "any", 1, 1)?;
            let it = i.iter(&a.pos[0])?;
            while let Some(x) = i.next(&it)? {
                if i.truthy(&x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }),
        ("all", |i, a| {
            a.check(i, "all", 1, 1)?;
            let it = i.iter(&a.pos[0])?;
            while let Some(x) = i.next(&it)? {
                if !i.truthy(&x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }),
        ("chr", |i, a| {
            a.check(i, "chr", 1, 1)?;
            match &a.pos[0] {
                Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                    Some(c) => Ok(Value::str(c.encode_utf8(&mut [0; 4]))),
                    None => Err(i.value_error("chr() arg not in range(0x110000)")),
                },
                v => Err(i.type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name(v)))),
            }
        }),
        ("ord", |i, a| {
            a.check(i, "ord", 1, 1)?;
            match &a.pos[0] {
                Value::Str(s) if s.chars().count() == 1 => Ok(Value::Int(s.chars().next().expect("one") as i64)),
                Value::Str(s) => Err(i.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
                v => Err(i.type_error(format!("ord() expected string of length 1, but {} found", i.type_name(v)))),
            }
        }),
        ("vars", |i, a| {
            a.check(i, "vars", 1, 1)?;
            i.get_attr(&a.pos[0], "__dict__")
        }),
        ("dir", |i, a| {
            a.check(i, "dir", 1, 1)?;
            Ok(Value::list(i.dir_names(&a.pos[0]).into_iter().map(Value::Str).collect()))
        }),
        ("input", |i, _| Err(i.err(ExcType::EOFError, "EOF when reading a line"))),
        ("globals", |i, _| Ok(Value::dict(crate::python::dict::Dict::new())).map(|d| { let _ = i; d })),
    ];
    for (name, f) in table {
        interp.add_builtin(name, *f);
    }
}

fn class_check(interp: &Interp, cls: &Rc<Class>, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) => Ok(cls.is_subclass(c)),
        Value::Tuple(items) => {
            for x in items.iter() {
                if class_check(interp, cls, x, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(interp.type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))),
    }
}

fn print(interp: &Interp, mut a: Args) -> PyResult<Value> {
    let sep = a.take_kw("sep");
    let end = a.take_kw("end");
    let file = a.take_kw("file");
    a.take_kw("flush");
    a.no_kwargs(interp, "print")?;
    let text_or = |v: Option<Value>, default: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => Err(interp.type_error(format!(
                "sep must be None or a string, not {}",
                interp.type_name(&other)
            ))),
        }
    };
    let sep = text_or(sep, " ")?;
    let end = text_or(end, "\n")?;
    let mut out = String::new();
    for (n, v) in a.pos.iter().enumerate() {
        if n > 0 {
            out.push_str(&sep);
        }
        out.push_str(&interp.to_str(v)?);
    }
    out.push_str(&end);
    let stream = match &file {
        Some(f) if crate::python::modules::is_stderr(f) => Stream::Err,
        _ => Stream::Out,
    };
    interp.write(stream, &out)?;
    Ok(Value::None)
}

fn min_max(interp: &Interp, mut a: Args, name: &str, op: crate::python::ast::CmpOp) -> PyResult<Value> {
    let key = a.take_kw("key").filter(|k| !k.is_none());
    let default = a.take_kw("default");
    a.no_kwargs(interp, name)?;
    let items = match a.pos.len() {
        0 => return Err(interp.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => interp.collect(&a.pos[0])?,
        _ => a.pos,
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => interp.call(f, Args::new(vec![x.clone()]))?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => interp.order(op, &k, bk)?,
        };
        if better {
            best = Some((k, x));
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(interp.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

impl Interp {
    /// `dir(v)`: the names of `v`'s attributes and its class's, sorted.
    pub fn dir_names(&self, v: &Value) -> Vec<Rc<str>> {
        let class_names = |c: &Rc<Class>| -> Vec<Rc<str>> {
            c.mro_iter().flat_map(|k| k.attrs.borrow().iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()).collect()
        };
        let mut names: Vec<Rc<str>> = match v {
            Value::Instance(inst) => {
                let own: Vec<Rc<str>> = inst.attrs.borrow().iter().map(|(k, _)| k.clone()).collect();
                own.into_iter().chain(class_names(&inst.class)).collect()
            }
            Value::Module(m) => {
                let names = m.global_names.borrow();
                let values = m.globals.borrow();
                let globals = names.iter().zip(values.iter()).filter(|(_, v)| !matches!(v, Value::Unbound)).map(|(n, _)| n.clone());
                globals.chain(m.attrs.borrow().iter().map(|(n, _)| n.clone())).collect()
            }
            Value::Class(c) => class_names(c),
            v => class_names(&self.type_of(v)),
        };
        names.sort();
        names.dedup();
        names
    }
}
