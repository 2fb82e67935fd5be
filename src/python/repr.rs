//! `repr()` and `str()` of every value, matching CPython's text.

use super::exceptions::exc_data;
use super::interp::Interp;
use super::object::Args;
use super::value::Value;
use super::PyResult;
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is being built (to print `[...]` for self-references).
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// `repr()` of a str: CPython's quote choice and escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (0x80..0xa0).contains(&(c as u32)) => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `ascii()` of a repr: every non-ASCII character escaped as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// `repr()` of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            x => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Interp {
    /// `repr(v)`.
    pub fn repr(&self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Unbound => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.int_to_decimal(b)?,
            Value::Float(f) => super::format::float_repr(*f),
            Value::Str(s) => str_repr(s),
            Value::Bytes(b) => bytes_repr(b),
            Value::List(l) => {
                let items = l.borrow().clone();
                self.guarded(v, "[...]", || Ok(format!("[{}]", self.join_reprs(&items)?)))?
            }
            Value::Tuple(t) => match t.len() {
                1 => format!("({},)", self.repr(&t[0])?),
                _ => self.guarded(v, "(...)", || Ok(format!("({})", self.join_reprs(t)?)))?,
            },
            Value::Dict(d) => {
                let entries: Vec<(Value, Value)> = d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                self.guarded(v, "{...}", || {
                    let mut parts = Vec::with_capacity(entries.len());
                    for (k, val) in &entries {
                        parts.push(format!("{}: {}", self.repr(k)?, self.repr(val)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })?
            }
            Value::Set(d) => {
                let keys: Vec<Value> = d.borrow().iter_set().map(|e| e.key.clone()).collect();
                if keys.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", self.join_reprs(&keys)?)
                }
            }
            Value::FrozenSet(d) => {
                let keys: Vec<Value> = d.iter_set().map(|e| e.key.clone()).collect();
                if keys.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&keys)?)
                }
            }
            Value::Range(r) => {
                if r.2 == 1 {
                    format!("range({}, {})", r.0, r.1)
                } else {
                    format!("range({}, {}, {})", r.0, r.1, r.2)
                }
            }
            Value::Slice(s) => format!("slice({}, {}, {})", self.repr(&s.0)?, self.repr(&s.1)?, self.repr(&s.2)?),
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname, v.identity()),
            Value::Builtin(b) => format!("<built-in function {}>", b.name),
            Value::BoundMethod(m) => {
                let name = self.lookup_attr(&m.func, "__qualname__")?.map(|n| self.to_str(&n)).transpose()?;
                format!(
                    "<bound method {} of {}>",
                    name.unwrap_or_else(|| "?".into()),
                    self.repr(&m.this)?
                )
            }
            Value::Class(c) => {
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Value::Module(m) => format!("<module '{}'>", m.name),
            Value::Cell(_) => format!("<cell at {:#x}>", v.identity()),
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup("__repr__") {
                    let r = self.one_level_deeper(" while getting the repr of an object", || {
                        self.call(&f, Args::new(vec![v.clone()]))
                    })?;
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        other => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(exc) = exc_data(v) {
                    let args = exc.borrow().args.clone();
                    let inner = match &args {
                        Value::Tuple(t) if t.len() == 1 => self.repr(&t[0])?,
                        Value::Tuple(t) => self.join_reprs(t)?,
                        other => self.repr(other)?,
                    };
                    return Ok(format!("{}({})", inst.class.name, inner));
                }
                format!("<{}.{} object at {:#x}>", inst.class.module, inst.class.qualname, v.identity())
            }
            Value::Native(n) => match n.repr(self) {
                Some(r) => r?,
                None => {
                    let c = n.class(self);
                    format!("<{} object at {:#x}>", c.name, v.identity())
                }
            },
        })
    }

    /// `str(v)`.
    pub fn to_str(&self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup("__str__") {
                    let r = self.one_level_deeper(" while getting the str of an object", || {
                        self.call(&f, Args::new(vec![v.clone()]))
                    })?;
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        other => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(s) = super::types::exception_group::group_str(self, v) {
                    return s;
                }
                if let Some(exc) = exc_data(v) {
                    {
                        let args = exc.borrow().args.clone();
                        let key_error = self.is_exc(v, super::exceptions::ExcType::KeyError);
                        return match &args {
                            Value::Tuple(t) if t.is_empty() => Ok(String::new()),
                            Value::Tuple(t) if t.len() == 1 && key_error => self.repr(&t[0]),
                            Value::Tuple(t) if t.len() == 1 => self.to_str(&t[0]),
                            other => self.repr(other),
                        };
                    }
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    fn join_reprs(&self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for x in items {
            parts.push(self.repr(x)?);
        }
        Ok(parts.join(", "))
    }

    fn guarded(&self, v: &Value, recursive: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
        let id = v.identity();
        let seen = REPR_STACK.with(|s| s.borrow().contains(&id));
        if seen {
            return Ok(recursive.to_string());
        }
        if REPR_STACK.with(|s| s.borrow().len()) > 200 {
            return Err(self.err(super::exceptions::ExcType::RecursionError, "maximum recursion depth exceeded while getting the repr of an object"));
        }
        REPR_STACK.with(|s| s.borrow_mut().push(id));
        let r = f();
        REPR_STACK.with(|s| s.borrow_mut().pop());
        r
    }
}
