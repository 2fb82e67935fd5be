//! The common methods of `str`, `list`, `dict`, `set`, `tuple`, numbers, `object` and
//! `BaseException`.

use crate::python::exceptions::{exc_data, ExcType};
use crate::python::interp::{builtin, Interp};
use crate::python::iterators::{DictIter, DictPart};
use crate::python::object::{Args, BuiltinFn, Class};
use crate::python::value::Value;
use crate::python::PyResult;
use std::rc::Rc;

fn put(cls: &Rc<Class>, table: &[(&'static str, BuiltinFn)]) {
    let mut a = cls.attrs.borrow_mut();
    for (name, f) in table {
        a.set(Rc::from(*name), builtin(name, *f));
    }
}

fn s(a: &Args) -> &str {
    a.pos[0].as_str().unwrap_or("")
}

fn arg_str<'a>(i: &Interp, a: &'a Args, n: usize, what: &str) -> PyResult<&'a str> {
    match a.pos.get(n) {
        Some(Value::Str(x)) => Ok(x),
        Some(v) => Err(i.type_error(format!("{what} arg must be None or str, not {}", i.type_name(v)))),
        None => Err(i.type_error(format!("{what}() takes at least 1 argument (0 given)"))),
    }
}

fn list_of(a: &Args) -> Rc<std::cell::RefCell<Vec<Value>>> {
    match &a.pos[0] {
        Value::List(l) => l.clone(),
        _ => Rc::new(std::cell::RefCell::new(Vec::new())),
    }
}

fn dict_of(a: &Args) -> Rc<std::cell::RefCell<crate::python::dict::Dict>> {
    match &a.pos[0] {
        Value::Dict(d) | Value::Set(d) => d.clone(),
        _ => Rc::new(std::cell::RefCell::new(crate::python::dict::Dict::new())),
    }
}

fn strip_chars<'a>(i: &Interp, a: &Args, text: &'a str, which: u8) -> PyResult<&'a str> {
    let chars: Option<Vec<char>> = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(_) => Some(arg_str(i, a, 1, "strip")?.chars().collect()),
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => c.is_whitespace(),
    };
    Ok(match which {
        0 => text.trim_matches(pred),
        1 => text.trim_start_matches(pred),
        _ => text.trim_end_matches(pred),
    })
}

fn split(i: &Interp, a: &Args, from_right: bool) -> PyResult<Value> {
    let text = s(a);
    let sep = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(_) => Some(arg_str(i, a, 1, "split")?.to_string()),
    };
    let maxsplit = match a.pos.get(2) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    };
    let parts: Vec<String> = match (&sep, maxsplit) {
        (Some(sep), _) if sep.is_empty() => return Err(i.value_error("empty separator")),
        (Some(sep), None) => text.split(sep.as_str()).map(String::from).collect(),
        (Some(sep), Some(n)) if from_right => {
            let mut v: Vec<String> = text.rsplitn(n + 1, sep.as_str()).map(String::from).collect();
            v.reverse();
            v
        }
        (Some(sep), Some(n)) => text.splitn(n + 1, sep.as_str()).map(String::from).collect(),
        (None, None) => text.split_whitespace().map(String::from).collect(),
        (None, Some(n)) => {
            let words: Vec<&str> = text.split_whitespace().collect();
            if words.len() <= n + 1 {
                words.into_iter().map(String::from).collect()
            } else if from_right {
                let keep = words.len() - n;
                let mut v = vec![words[..keep].join(" ")];
                v.extend(words[keep..].iter().map(|w| w.to_string()));
                v
            } else {
                let mut v: Vec<String> = words[..n].iter().map(|w| w.to_string()).collect();
                let rest = text.trim_start();
                let mut r = rest;
                for _ in 0..n {
                    r = r.trim_start();
                    r = &r[r.find(char::is_whitespace).unwrap_or(r.len())..];
                }
                v.push(r.trim_start().to_string());
                v
            }
        }
    };
    Ok(Value::list(parts.iter().map(|p| Value::str(p)).collect()))
}

fn justify(i: &Interp, a: &Args, how: char) -> PyResult<Value> {
    let text = s(a);
    let width = match a.pos.get(1) {
        Some(Value::Int(w)) => (*w).max(0) as usize,
        _ => return Err(i.type_error("width must be an integer")),
    };
    let fill = match a.pos.get(2) {
        Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().expect("one"),
        Some(_) => return Err(i.type_error("The fill character must be exactly one character long")),
        None => ' ',
    };
    let len = text.chars().count();
    if len >= width {
        return Ok(a.pos[0].clone());
    }
    let n = width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    Ok(Value::str(&match how {
        '<' => format!("{text}{}", f(n)),
        '>' => format!("{}{text}", f(n)),
        _ => {
            let left = n / 2 + (n & width & 1);
            format!("{}{text}{}", f(left), f(n - left))
        }
    }))
}

fn find(i: &Interp, a: &Args, from_right: bool) -> PyResult<Option<usize>> {
    let text = s(a);
    let sub = arg_str(i, a, 1, "find")?;
    let chars: Vec<char> = text.chars().collect();
    let start = match a.pos.get(2) {
        Some(Value::Int(n)) => (if *n < 0 { (*n + chars.len() as i64).max(0) } else { *n }) as usize,
        _ => 0,
    };
    let end = match a.pos.get(3) {
        Some(Value::Int(n)) => (if *n < 0 { (*n + chars.len() as i64).max(0) } else { *n }) as usize,
        _ => chars.len(),
    }
    .min(chars.len());
    if start > end {
        return Ok(None);
    }
    let hay: String = chars[start..end].iter().collect();
    let found = if from_right { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|b| start + hay[..b].chars().count()))
}

fn title(text: &str) -> String {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in text.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    out
}

fn str_format(i: &Interp, a: Args) -> PyResult<Value> {
    let fmt = s(&a).to_string();
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
                        i.err(ExcType::KeyError, format!("'{first}'"))
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

/// Installs the methods.
pub fn install(interp: &Interp) {
    let t = &interp.types;
    put(&t.object, &[("__init__", |_, _| Ok(Value::None))]);
    put(&interp.exc_class(ExcType::BaseException), &[
        ("__init__", |_, a| {
            if let Some(d) = a.pos.first().and_then(exc_data) {
                d.borrow_mut().args = Value::tuple(a.pos[1..].to_vec());
            }
            Ok(Value::None)
        }),
        ("with_traceback", |_, a| Ok(a.pos[0].clone())),
        ("add_note", |_, _| Ok(Value::None)),
    ]);
    put(&t.str_, &[
        ("upper", |_, a| Ok(Value::str(&s(&a).to_uppercase()))),
        ("lower", |_, a| Ok(Value::str(&s(&a).to_lowercase()))),
        ("casefold", |_, a| Ok(Value::str(&s(&a).to_lowercase()))),
        ("title", |_, a| Ok(Value::str(&title(s(&a))))),
        ("capitalize", |_, a| {
            let mut c = s(&a).chars();
            Ok(Value::str(&match c.next() {
                Some(f) => f.to_uppercase().chain(c.flat_map(|x| x.to_lowercase())).collect::<String>(),
                None => String::new(),
            }))
        }),
        ("swapcase", |_, a| {
            Ok(Value::str(&s(&a).chars().flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() }).collect::<String>()))
        }),
        ("strip", |i, a| Ok(Value::str(strip_chars(i, &a, s(&a), 0)?))),
        ("lstrip", |i, a| Ok(Value::str(strip_chars(i, &a, s(&a), 1)?))),
        ("rstrip", |i, a| Ok(Value::str(strip_chars(i, &a, s(&a), 2)?))),
        ("split", |i, mut a| {
            if let Some(sep) = a.take_kw("sep") {
                a.pos.insert(1, sep);
            }
            if let Some(m) = a.take_kw("maxsplit") {
                if a.pos.len() < 2 {
                    a.pos.push(Value::None);
                }
                a.pos.insert(2, m);
            }
            split(i, &a, false)
        }),
        ("rsplit", |i, mut a| {
            if let Some(sep) = a.take_kw("sep") {
                a.pos.insert(1, sep);
            }
            if let Some(m) = a.take_kw("maxsplit") {
                if a.pos.len() < 2 {
                    a.pos.push(Value::None);
                }
                a.pos.insert(2, m);
            }
            split(i, &a, true)
        }),
        ("splitlines", |_, a| Ok(Value::list(s(&a).lines().map(Value::str).collect()))),
        ("join", |i, a| {
            let sep = s(&a).to_string();
            let items = i.collect(a.pos.get(1).unwrap_or(&Value::None))?;
            let mut parts = Vec::with_capacity(items.len());
            for (n, x) in items.iter().enumerate() {
                match x {
                    Value::Str(p) => parts.push(p.to_string()),
                    other => {
                        return Err(i.type_error(format!(
                            "sequence item {}: expected str instance, {} found",
                            n,
                            i.type_name(other)
                        )))
                    }
                }
            }
            Ok(Value::str(&parts.join(&sep)))
        }),
        ("replace", |i, a| {
            let old = arg_str(i, &a, 1, "replace")?;
            let new = arg_str(i, &a, 2, "replace")?;
            Ok(Value::str(&match a.pos.get(3) {
                Some(Value::Int(n)) if *n >= 0 => s(&a).replacen(old, new, *n as usize),
                _ => s(&a).replace(old, new),
            }))
        }),
        ("startswith", |i, a| prefix_test(i, &a, true)),
        ("endswith", |i, a| prefix_test(i, &a, false)),
        ("find", |i, a| Ok(Value::Int(find(i, &a, false)?.map_or(-1, |p| p as i64)))),
        ("rfind", |i, a| Ok(Value::Int(find(i, &a, true)?.map_or(-1, |p| p as i64)))),
        ("index", |i, a| match find(i, &a, false)? {
            Some(p) => Ok(Value::Int(p as i64)),
            None => Err(i.value_error("substring not found")),
        }),
        ("rindex", |i, a| match find(i, &a, true)? {
            Some(p) => Ok(Value::Int(p as i64)),
            None => Err(i.value_error("substring not found")),
        }),
        ("count", |i, a| {
            let sub = arg_str(i, &a, 1, "count")?;
            Ok(Value::Int(if sub.is_empty() { s(&a).chars().count() as i64 + 1 } else { s(&a).matches(sub).count() as i64 }))
        }),
        ("center", |i, a| justify(i, &a, '^')),
        ("ljust", |i, a| justify(i, &a, '<')),
        ("rjust", |i, a| justify(i, &a, '>')),
        ("zfill", |i, a| {
            let width = match a.pos.get(1) {
                Some(Value::Int(w)) => *w as usize,
                _ => return Err(i.type_error("zfill() takes exactly one argument")),
            };
            let text = s(&a);
            let len = text.chars().count();
            if len >= width {
                return Ok(a.pos[0].clone());
            }
            let (sign, rest) = match text.chars().next() {
                Some(c @ ('+' | '-')) => (c.to_string(), &text[1..]),
                _ => (String::new(), text),
            };
            Ok(Value::str(&format!("{sign}{}{rest}", "0".repeat(width - len))))
        }),
        ("isdigit", |_, a| Ok(Value::Bool(!s(&a).is_empty() && s(&a).chars().all(|c| c.is_numeric())))),
        ("isdecimal", |_, a| Ok(Value::Bool(!s(&a).is_empty() && s(&a).chars().all(|c| c.is_ascii_digit())))),
        ("isnumeric", |_, a| Ok(Value::Bool(!s(&a).is_empty() && s(&a).chars().all(|c| c.is_numeric())))),
        ("isalpha", |_, a| Ok(Value::Bool(!s(&a).is_empty() && s(&a).chars().all(|c| c.is_alphabetic())))),
        ("isalnum", |_, a| Ok(Value::Bool(!s(&a).is_empty() && s(&a).chars().all(|c| c.is_alphanumeric())))),
        ("isspace", |_, a| Ok(Value::Bool(!s(&a).is_empty() && s(&a).chars().all(|c| c.is_whitespace())))),
        ("isupper", |_, a| Ok(Value::Bool(s(&a).chars().any(|c| c.is_uppercase()) && !s(&a).chars().any(|c| c.is_lowercase())))),
        ("islower", |_, a| Ok(Value::Bool(s(&a).chars().any(|c| c.is_lowercase()) && !s(&a).chars().any(|c| c.is_uppercase())))),
        ("isidentifier", |_, a| {
            let t = s(&a);
            Ok(Value::Bool(t.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') && t.chars().all(|c| c.is_alphanumeric() || c == '_')))
        }),
        ("partition", |i, a| partition(i, &a, false)),
        ("rpartition", |i, a| partition(i, &a, true)),
        ("encode", |_, a| Ok(Value::Bytes(s(&a).as_bytes().into()))),
        ("format", str_format),
        ("removeprefix", |i, a| {
            let p = arg_str(i, &a, 1, "removeprefix")?;
            Ok(Value::str(s(&a).strip_prefix(p).unwrap_or(s(&a))))
        }),
        ("removesuffix", |i, a| {
            let p = arg_str(i, &a, 1, "removesuffix")?;
            Ok(Value::str(s(&a).strip_suffix(p).unwrap_or(s(&a))))
        }),
    ]);
    put(&t.list, &[
        ("append", |_, a| {
            list_of(&a).borrow_mut().push(a.pos.get(1).cloned().unwrap_or(Value::None));
            Ok(Value::None)
        }),
        ("extend", |i, a| {
            let items = i.collect(a.pos.get(1).unwrap_or(&Value::None))?;
            list_of(&a).borrow_mut().extend(items);
            Ok(Value::None)
        }),
        ("insert", |i, a| {
            let l = list_of(&a);
            let len = l.borrow().len() as i64;
            let idx = match a.pos.get(1) {
                Some(Value::Int(n)) => if *n < 0 { (*n + len).max(0) } else { (*n).min(len) },
                _ => return Err(i.type_error("insert expected 2 arguments")),
            };
            l.borrow_mut().insert(idx as usize, a.pos.get(2).cloned().unwrap_or(Value::None));
            Ok(Value::None)
        }),
        ("pop", |i, a| {
            let l = list_of(&a);
            let len = l.borrow().len() as i64;
            if len == 0 {
                return Err(i.err(ExcType::IndexError, "pop from empty list"));
            }
            let idx = match a.pos.get(1) {
                Some(Value::Int(n)) => if *n < 0 { *n + len } else { *n },
                _ => len - 1,
            };
            if idx < 0 || idx >= len {
                return Err(i.err(ExcType::IndexError, "pop index out of range"));
            }
            let removed = l.borrow_mut().remove(idx as usize);
            Ok(removed)
        }),
        ("remove", |i, a| {
            let l = list_of(&a);
            let target = a.pos.get(1).cloned().unwrap_or(Value::None);
            let items = l.borrow().clone();
            for (n, x) in items.iter().enumerate() {
                if i.eq(x, &target)? {
                    l.borrow_mut().remove(n);
                    return Ok(Value::None);
                }
            }
            Err(i.value_error("list.remove(x): x not in list"))
        }),
        ("index", |i, a| {
            let target = a.pos.get(1).cloned().unwrap_or(Value::None);
            let items = list_of(&a).borrow().clone();
            for (n, x) in items.iter().enumerate() {
                if i.eq(x, &target)? {
                    return Ok(Value::Int(n as i64));
                }
            }
            Err(i.value_error(format!("{} is not in list", i.repr(&target)?)))
        }),
        ("count", |i, a| {
            let target = a.pos.get(1).cloned().unwrap_or(Value::None);
            let items = list_of(&a).borrow().clone();
            let mut n = 0;
            for x in &items {
                if i.eq(x, &target)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }),
        ("sort", |i, mut a| {
            let key = a.take_kw("key");
            let reverse = a.take_kw("reverse");
            super::list::sort(i, &a.pos[0], key, reverse)?;
            Ok(Value::None)
        }),
        ("reverse", |_, a| {
            list_of(&a).borrow_mut().reverse();
            Ok(Value::None)
        }),
        ("copy", |_, a| Ok(Value::list(list_of(&a).borrow().clone()))),
        ("clear", |_, a| {
            list_of(&a).borrow_mut().clear();
            Ok(Value::None)
        }),
    ]);
    put(&t.tuple, &[
        ("index", |i, a| {
            let Value::Tuple(t) = &a.pos[0] else { return Ok(Value::None) };
            let target = a.pos.get(1).cloned().unwrap_or(Value::None);
            for (n, x) in t.iter().enumerate() {
                if i.eq(x, &target)? {
                    return Ok(Value::Int(n as i64));
                }
            }
            Err(i.value_error("tuple.index(x): x not in tuple"))
        }),
        ("count", |i, a| {
            let Value::Tuple(t) = &a.pos[0] else { return Ok(Value::None) };
            let target = a.pos.get(1).cloned().unwrap_or(Value::None);
            let mut n = 0;
            for x in t.iter() {
                if i.eq(x, &target)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }),
    ]);
    put(&t.dict, &[
        ("get", |i, a| {
            let d = dict_of(&a);
            let found = i.dict_lookup(&d.borrow(), a.pos.get(1).unwrap_or(&Value::None))?;
            Ok(found.unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
        }),
        ("keys", |_, a| Ok(DictIter::value(dict_of(&a), DictPart::Keys))),
        ("values", |_, a| Ok(DictIter::value(dict_of(&a), DictPart::Values))),
        ("items", |_, a| Ok(DictIter::value(dict_of(&a), DictPart::Items))),
        ("pop", |i, a| {
            let d = dict_of(&a);
            let key = a.pos.get(1).cloned().unwrap_or(Value::None);
            let removed = i.dict_remove(&mut d.borrow_mut(), &key)?;
            match (removed, a.pos.get(2)) {
                (Some(v), _) => Ok(v),
                (None, Some(default)) => Ok(default.clone()),
                (None, None) => Err(crate::python::subscript::key_error(i, &key)),
            }
        }),
        ("popitem", |i, a| match dict_of(&a).borrow_mut().pop_last() {
            Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
            None => Err(i.err(ExcType::KeyError, "'popitem(): dictionary is empty'")),
        }),
        ("setdefault", |i, a| {
            let key = a.pos.get(1).cloned().unwrap_or(Value::None);
            let found = i.dict_lookup(&dict_of(&a).borrow(), &key)?;
            match found {
                Some(v) => Ok(v),
                None => {
                    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
                    i.set_item(&a.pos[0], key, v.clone())?;
                    Ok(v)
                }
            }
        }),
        ("update", |i, a| {
            if let Some(src) = a.pos.get(1) {
                let entries: Vec<(Value, Value)> = match src {
                    Value::Dict(s) => s.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
                    other => i
                        .collect(other)?
                        .into_iter()
                        .map(|p| {
                            let kv = i.collect(&p)?;
                            Ok((kv.first().cloned().unwrap_or(Value::None), kv.get(1).cloned().unwrap_or(Value::None)))
                        })
                        .collect::<PyResult<_>>()?,
                };
                for (k, v) in entries {
                    i.set_item(&a.pos[0], k, v)?;
                }
            }
            for (k, v) in a.kw.iter() {
                i.set_item(&a.pos[0], Value::Str(k.clone()), v.clone())?;
            }
            Ok(Value::None)
        }),
        ("copy", |_, a| Ok(Value::dict(dict_of(&a).borrow().clone()))),
        ("clear", |_, a| {
            dict_of(&a).borrow_mut().clear();
            Ok(Value::None)
        }),
    ]);
    put(&t.set, &[
        ("add", |i, a| {
            let d = dict_of(&a);
            i.dict_insert(&mut d.borrow_mut(), a.pos.get(1).cloned().unwrap_or(Value::None), Value::None)?;
            Ok(Value::None)
        }),
        ("discard", |i, a| {
            let d = dict_of(&a);
            i.dict_remove(&mut d.borrow_mut(), a.pos.get(1).unwrap_or(&Value::None))?;
            Ok(Value::None)
        }),
        ("remove", |i, a| {
            let d = dict_of(&a);
            let key = a.pos.get(1).cloned().unwrap_or(Value::None);
            let removed = i.dict_remove(&mut d.borrow_mut(), &key)?;
            match removed {
                Some(_) => Ok(Value::None),
                None => Err(crate::python::subscript::key_error(i, &key)),
            }
        }),
        ("pop", |i, a| match dict_of(&a).borrow_mut().pop_last() {
            Some(e) => Ok(e.key),
            None => Err(i.err(ExcType::KeyError, "'pop from an empty set'")),
        }),
        ("clear", |_, a| {
            dict_of(&a).borrow_mut().clear();
            Ok(Value::None)
        }),
        ("copy", |_, a| Ok(Value::Set(Rc::new(std::cell::RefCell::new(dict_of(&a).borrow().clone()))))),
        ("update", |i, a| {
            for src in &a.pos[1..] {
                for x in i.collect(src)? {
                    let d = dict_of(&a);
                    i.dict_insert(&mut d.borrow_mut(), x, Value::None)?;
                }
            }
            Ok(Value::None)
        }),
        ("union", |i, a| set_method(i, a, crate::python::ast::BinOp::BitOr)),
        ("intersection", |i, a| set_method(i, a, crate::python::ast::BinOp::BitAnd)),
        ("difference", |i, a| set_method(i, a, crate::python::ast::BinOp::Sub)),
        ("issubset", |i, a| {
            let other = i.build_set(i.collect(a.pos.get(1).unwrap_or(&Value::None))?)?;
            Ok(Value::Bool(super::set::set_order(i, crate::python::ast::CmpOp::LtE, &a.pos[0], &other)?))
        }),
        ("issuperset", |i, a| {
            let other = i.build_set(i.collect(a.pos.get(1).unwrap_or(&Value::None))?)?;
            Ok(Value::Bool(super::set::set_order(i, crate::python::ast::CmpOp::GtE, &a.pos[0], &other)?))
        }),
    ]);
    put(&t.int, &[("bit_length", |_, a| Ok(Value::Int(match &a.pos[0] {
        Value::Int(n) => 64 - n.unsigned_abs().leading_zeros() as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    })))]);
    put(&t.float, &[("is_integer", |_, a| Ok(Value::Bool(matches!(a.pos[0], Value::Float(f) if f.fract() == 0.0))))]);
    put(&t.bytes, &[
        ("hex", |_, a| Ok(Value::str(&match &a.pos[0] {
            Value::Bytes(b) => b.iter().map(|x| format!("{x:02x}")).collect::<String>(),
            _ => String::new(),
        }))),
        ("decode", |_, a| Ok(Value::str(&match &a.pos[0] {
            Value::Bytes(b) => String::from_utf8_lossy(b).to_string(),
            _ => String::new(),
        }))),
    ]);
}

fn set_method(i: &Interp, a: Args, op: crate::python::ast::BinOp) -> PyResult<Value> {
    let mut acc = a.pos[0].clone();
    for other in &a.pos[1..] {
        let o = i.build_set(i.collect(other)?)?;
        acc = super::set::set_op(i, op, &acc, &o)?;
    }
    Ok(acc)
}

fn prefix_test(i: &Interp, a: &Args, start: bool) -> PyResult<Value> {
    let text = s(a);
    let test = |p: &str| if start { text.starts_with(p) } else { text.ends_with(p) };
    match a.pos.get(1) {
        Some(Value::Str(p)) => Ok(Value::Bool(test(p))),
        Some(Value::Tuple(items)) => Ok(Value::Bool(items.iter().any(|x| x.as_str().is_some_and(test)))),
        Some(v) => Err(i.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            if start { "startswith" } else { "endswith" },
            i.type_name(v)
        ))),
        None => Err(i.type_error("startswith() takes at least 1 argument (0 given)")),
    }
}

fn partition(i: &Interp, a: &Args, right: bool) -> PyResult<Value> {
    let text = s(a);
    let sep = arg_str(i, a, 1, "partition")?;
    if sep.is_empty() {
        return Err(i.value_error("empty separator"));
    }
    let found = if right { text.rfind(sep) } else { text.find(sep) };
    Ok(Value::tuple(match found {
        Some(p) => vec![Value::str(&text[..p]), Value::str(sep), Value::str(&text[p + sep.len()..])],
        None if right => vec![Value::str(""), Value::str(""), Value::str(text)],
        None => vec![Value::str(text), Value::str(""), Value::str("")],
    }))
}
