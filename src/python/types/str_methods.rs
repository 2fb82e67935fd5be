//! Methods of `str` (formatting with `str.format` lives in `str_format.rs`).

use crate::python::interp::Interp;
use crate::python::object::Args;
use crate::python::value::Value;
use crate::python::PyResult;
use super::methods::put;

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

/// Installs the methods of `str`.
pub fn install(interp: &Interp) {
    let t = &interp.types;
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
        ("format", super::str_format::format),
        ("removeprefix", |i, a| {
            let p = arg_str(i, &a, 1, "removeprefix")?;
            Ok(Value::str(s(&a).strip_prefix(p).unwrap_or(s(&a))))
        }),
        ("removesuffix", |i, a| {
            let p = arg_str(i, &a, 1, "removesuffix")?;
            Ok(Value::str(s(&a).strip_suffix(p).unwrap_or(s(&a))))
        }),
    ]);
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
