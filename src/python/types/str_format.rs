//! `str.format`: replacement fields with indices, names, attribute and item access,
//! conversions and format specs.

use crate::python::exceptions::ExcType;
use crate::python::interp::Interp;
use crate::python::object::Args;
use crate::python::value::Value;
use crate::python::PyResult;

/// `str.format(*args, **kwargs)`.
pub fn format(i: &Interp, a: Args) -> PyResult<Value> {
    let fmt = a.pos[0].as_str().unwrap_or("").to_string();
    let pos: Vec<Value> = a.pos[1..].to_vec();
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let mut auto = 0;
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
                let (head, spec) = match field.find(':') {
                    Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                    None => (field.clone(), String::new()),
                };
                let (name, conv) = match head.find('!') {
                    Some(p) => (head[..p].to_string(), head[p + 1..].chars().next()),
                    None => (head, None),
                };
                let first: String = name.chars().take_while(|c| *c != '.' && *c != '[').collect();
                let mut v = if first.is_empty() {
                    let v = pos.get(auto).cloned();
                    auto += 1;
                    v
                } else if let Ok(n) = first.parse::<usize>() {
                    pos.get(n).cloned()
                } else {
                    a.kw.iter().find(|(k, _)| **k == *first).map(|(_, v)| v.clone())
                }
                .ok_or_else(|| {
                    if first.is_empty() || first.parse::<usize>().is_ok() {
                        i.err(ExcType::IndexError, format!("Replacement index {} out of range for positional args tuple", if first.is_empty() { auto - 1 } else { first.parse().unwrap_or(0) }))
                    } else {
                        crate::python::subscript::key_error(i, &Value::str(&first))
                    }
                })?;
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
                let mut field_out = String::new();
                i.fstring_field(&mut field_out, &v, conv, &spec, None)?;
                out.push_str(&field_out);
            }
            c => out.push(c),
        }
    }
    Ok(Value::str(&out))
}
