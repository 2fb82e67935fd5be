//! Methods of `str` (formatting with `str.format` lives in `str_format.rs`).

use crate::python::interp::Interp;
use crate::python::object::Args;
use crate::python::value::Value;
use crate::python::PyResult;
use super::methods::put;
use super::str_class::{is_alnum, is_alpha, is_decimal, is_digit, is_line_break, is_numeric, is_space, is_title, is_title_text};

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
    let parts: Vec<&str> = match (&sep, maxsplit) {
        (Some(sep), _) if sep.is_empty() => return Err(i.value_error("empty separator")),
        (Some(sep), None) => text.split(sep.as_str()).collect(),
        (Some(sep), Some(n)) if from_right => {
            let mut v: Vec<&str> = text.rsplitn(n + 1, sep.as_str()).collect();
            v.reverse();
            v
        }
        (Some(sep), Some(n)) => text.splitn(n + 1, sep.as_str()).collect(),
        (None, n) if from_right => {
            let mut v = split_whitespace_right(text, n.unwrap_or(usize::MAX));
            v.reverse();
            v
        }
        (None, n) => split_whitespace_left(text, n.unwrap_or(usize::MAX)),
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// `str.split()` with no separator: runs of whitespace separate; after `max` splits the rest
/// (trailing whitespace included) is the last item.
fn split_whitespace_left(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
    }
    out
}

/// `str.rsplit()` with no separator, items from the right (the caller reverses them).
fn split_whitespace_right(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |p| p + rest[p..].chars().next().map_or(1, char::len_utf8));
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
    }
    out
}

/// `str.splitlines(keepends=False)` on CPython's line boundaries (`\r\n` counts as one).
fn splitlines(text: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((p, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = p + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            end += 1;
        }
        out.push(&text[start..if keepends { end } else { p }]);
        start = end;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn justify(i: &Interp, a: &Args, how: char) -> PyResult<Value> {
    let text = s(a);
    let name = match how {
        '<' => "ljust",
        '>' => "rjust",
        _ => "center",
    };
    let width = match a.pos.get(1) {
        Some(Value::Int(w)) => (*w).max(0) as usize,
        Some(v) => return Err(i.type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name(v)))),
        None => return Err(i.type_error(format!("{name} expected at least 1 argument, got 0"))),
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

/// The part of the receiver selected by optional `start` and `end` arguments at positions
/// `at` and `at + 1` (slice semantics), with the char offset it starts at; `None` when
/// `start` is past `end`.
fn window(a: &Args, at: usize) -> Option<(usize, String)> {
    let chars: Vec<char> = s(a).chars().collect();
    let len = chars.len() as i64;
    let bound = |v: Option<&Value>, default: i64| match v {
        Some(Value::Int(n)) => (if *n < 0 { (*n + len).max(0) } else { *n }).min(len),
        _ => default,
    };
    let (start, end) = (bound(a.pos.get(at), 0), bound(a.pos.get(at + 1), len));
    if start > end || (start == len && a.pos.get(at).is_some_and(|v| matches!(v, Value::Int(n) if *n > len))) {
        return None;
    }
    Some((start as usize, chars[start as usize..end as usize].iter().collect()))
}

fn find(i: &Interp, a: &Args, from_right: bool) -> PyResult<Option<usize>> {
    let sub = arg_str(i, a, 1, "find")?;
    let Some((start, hay)) = window(a, 2) else { return Ok(None) };
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
        ("splitlines", |i, mut a| {
            let keepends = match a.take_kw("keepends").or_else(|| a.pos.get(1).cloned()) {
                Some(v) => i.truthy(&v)?,
                None => false,
            };
            Ok(Value::list(splitlines(s(&a), keepends).into_iter().map(Value::str).collect()))
        }),
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
        ("isdigit", |_, a| Ok(Value::Bool(all_chars(&a, is_digit)))),
        ("isdecimal", |_, a| Ok(Value::Bool(all_chars(&a, is_decimal)))),
        ("isnumeric", |_, a| Ok(Value::Bool(all_chars(&a, is_numeric)))),
        ("isalpha", |_, a| Ok(Value::Bool(all_chars(&a, is_alpha)))),
        ("isalnum", |_, a| Ok(Value::Bool(all_chars(&a, is_alnum)))),
        ("isspace", |_, a| Ok(Value::Bool(all_chars(&a, is_space)))),
        ("isascii", |_, a| Ok(Value::Bool(s(&a).is_ascii()))),
        ("isupper", |_, a| {
            let t = s(&a);
            Ok(Value::Bool(t.chars().any(char::is_uppercase) && !t.chars().any(|c| c.is_lowercase() || is_title(c))))
        }),
        ("islower", |_, a| {
            let t = s(&a);
            Ok(Value::Bool(t.chars().any(char::is_lowercase) && !t.chars().any(|c| c.is_uppercase() || is_title(c))))
        }),
        ("istitle", |_, a| Ok(Value::Bool(is_title_text(s(&a))))),
        ("isidentifier", |_, a| {
            let t = s(&a);
            Ok(Value::Bool(t.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') && t.chars().all(|c| c.is_alphanumeric() || c == '_')))
        }),
        ("expandtabs", |i, mut a| {
            let size = match a.take_kw("tabsize").or_else(|| a.pos.get(1).cloned()) {
                None => 8,
                Some(Value::Int(n)) => n.max(0) as usize,
                Some(v) => return Err(i.type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name(&v)))),
            };
            Ok(Value::str(&expand_tabs(s(&a), size)))
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

/// `str.expandtabs`: each tab becomes spaces up to the next multiple of `size` columns.
fn expand_tabs(text: &str, size: usize) -> String {
    let mut out = String::new();
    let mut column = 0;
    for c in text.chars() {
        match c {
            '\t' if size > 0 => {
                let n = size - column % size;
                out.push_str(&" ".repeat(n));
                column += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// Whether the receiver is non-empty and every character passes `pred`.
fn all_chars(a: &Args, pred: impl Fn(char) -> bool) -> bool {
    let t = s(a);
    !t.is_empty() && t.chars().all(pred)
}

fn prefix_test(i: &Interp, a: &Args, start: bool) -> PyResult<Value> {
    let Some((_, text)) = window(a, 2) else { return Ok(Value::Bool(false)) };
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
