//! `str.format`: replacement fields with indices, names, attribute and item access,
//! conversions, format specs, and fields nested inside a spec (`"{:{width}}"`).

use crate::python::exceptions::ExcType;
use crate::python::interp::Interp;
use crate::python::object::Args;
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

/// The arguments replacement fields draw from, with the automatic numbering state.
struct Fields<'a> {
    pos: &'a [Value],
    kw: &'a [(Rc<str>, Value)],
    auto: usize,
}

impl Fields<'_> {
    /// The value a field name (`""`, `0`, `name`, `name.attr`, `name[key]` ...) stands for.
    fn lookup(&mut self, i: &Interp, name: &str) -> PyResult<Value> {
        let first: String = name.chars().take_while(|c| *c != '.' && *c != '[').collect();
        let found = if first.is_empty() {
            self.auto += 1;
            self.pos.get(self.auto - 1).cloned()
        } else if let Ok(n) = first.parse::<usize>() {
            self.pos.get(n).cloned()
        } else {
            self.kw.iter().find(|(k, _)| **k == *first).map(|(_, v)| v.clone())
        };
        let mut v = match found {
            Some(v) => v,
            None if first.is_empty() || first.parse::<usize>().is_ok() => {
                let index = if first.is_empty() { self.auto - 1 } else { first.parse().unwrap_or(0) };
                return Err(i.err(ExcType::IndexError, format!("Replacement index {index} out of range for positional args tuple")));
            }
            None => return Err(crate::python::subscript::key_error(i, &Value::str(&first))),
        };
        let mut rest = &name[first.len()..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let attr: String = r.chars().take_while(|c| *c != '.' && *c != '[').collect();
                v = i.get_attr(&v, &attr)?;
                rest = &r[attr.len()..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let key: String = r.chars().take_while(|c| *c != ']').collect();
                let k = key.parse::<i64>().map(Value::Int).unwrap_or_else(|_| Value::str(&key));
                v = i.get_item(&v, &k)?;
                rest = &r[(key.len() + 1).min(r.len())..];
            } else {
                break;
            }
        }
        Ok(v)
    }

    /// A spec with its nested `{field}`s replaced by their values' `str()`.
    fn expand(&mut self, i: &Interp, spec: &str) -> PyResult<String> {
        if !spec.contains('{') {
            return Ok(spec.to_string());
        }
        let mut out = String::new();
        let mut chars = spec.chars();
        while let Some(c) = chars.next() {
            if c != '{' {
                out.push(c);
                continue;
            }
            let name: String = chars.by_ref().take_while(|c| *c != '}').collect();
            let v = self.lookup(i, &name)?;
            out.push_str(&i.to_str(&v)?);
        }
        Ok(out)
    }
}

/// `str.format(*args, **kwargs)`.
pub fn format(i: &Interp, a: Args) -> PyResult<Value> {
    let fmt = a.pos[0].as_str().unwrap_or("").to_string();
    let mut fields = Fields { pos: &a.pos[1..], kw: &a.kw, auto: 0 };
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '}' => return Err(i.value_error("Single '}' encountered in format string")),
            '{' if chars.peek().is_none() => return Err(i.value_error("Single '{' encountered in format string")),
            '{' => {
                let mut field = String::new();
                let mut depth = 1;
                for c in chars.by_ref() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    field.push(c);
                }
                if depth > 0 {
                    return Err(i.value_error("expected '}' before end of string"));
                }
                let (head, spec) = match field.find(':') {
                    Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                    None => (field.clone(), String::new()),
                };
                let (name, conv) = match head.find('!') {
                    Some(p) => (head[..p].to_string(), head[p + 1..].chars().next()),
                    None => (head, None),
                };
                let v = fields.lookup(i, &name)?;
                let spec = fields.expand(i, &spec)?;
                i.fstring_field(&mut out, &v, conv, &spec, None)?;
            }
            c => out.push(c),
        }
    }
    Ok(Value::str(&out))
}
