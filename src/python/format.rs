//! Text formatting of numbers and values: `repr(float)`, the format-spec mini-language used by
//! f-strings, `format()` and `str.format`, and `%`-formatting.

use super::exceptions::ExcType;
use super::interp::Interp;
use super::object::Args;
use super::value::Value;
use super::PyResult;

/// `repr(x)` for a float: the shortest digits that round-trip, laid out as CPython does
/// (scientific notation below 1e-4 and from 1e16).
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("exponent is an integer");
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits = tie_to_even(x.abs(), mantissa.chars().filter(|c| *c != '.').collect(), exp);
    let (digits, exp) = (digits.0, digits.1);
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let body = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
        };
        format!("{sign}{body}")
    } else {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits };
        format!("{}{}e{}{:02}", sign, m, if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

/// The shortest digits of `x` (`d.ddd × 10^exp`), breaking an exact tie between two equally
/// short candidates towards the even one, as CPython's `repr` does (Rust's picks the larger).
fn tie_to_even(x: f64, digits: String, exp: i32) -> (String, i32) {
    let n = digits.len();
    if !digits.ends_with(['1', '3', '5', '7', '9']) {
        return (digits, exp);
    }
    let exact = format!("{:.*e}", n + 40, x);
    let (m, e) = exact.split_once('e').expect("{:e} has an exponent");
    if e.parse::<i32>().ok() != Some(exp) {
        return (digits, exp);
    }
    let all: String = m.chars().filter(|c| *c != '.').collect();
    let (head, tail) = all.split_at(n);
    let tie = tail.starts_with('5') && tail[1..].chars().all(|c| c == '0');
    if !tie || head == digits {
        return (digits, exp);
    }
    let candidate = format!("{}.{}e{}", &head[..1], &head[1..], exp);
    match candidate.parse::<f64>() {
        Ok(v) if v == x && head.ends_with(['0', '2', '4', '6', '8']) => (head.to_string(), exp),
        _ => (digits, exp),
    }
}

/// A parsed format spec: `[[fill]align][sign][#][0][width][grouping][.precision][type]`.
#[derive(Default, Debug)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse_spec(interp: &Interp, spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = chars[start..i].iter().collect::<String>().parse().unwrap_or(0);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(interp.value_error("Format specifier missing precision"));
        }
        s.precision = chars[start..i].iter().collect::<String>().parse().ok();
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i != chars.len() {
        return Err(interp.value_error("Invalid format specifier"));
    }
    Ok(s)
}

/// `digits` with `sep` every `every` digits from the right, padded with zeros (grouped too)
/// to at least `min_width` characters; never starts with a separator (CPython's
/// `_PyUnicode_InsertThousandsGrouping`).
fn group(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut src = digits.chars().rev();
    let mut in_group = 0;
    loop {
        let c = match src.next() {
            Some(c) => c,
            None if out.len() < min_width => '0',
            None => break,
        };
        if in_group == every {
            out.push(sep);
            in_group = 0;
        }
        out.push(c);
        in_group += 1;
    }
    out.iter().rev().collect()
}

/// The width the digits before the point must fill when zeros pad a grouped number.
fn zero_pad_width(s: &Spec, others: usize) -> usize {
    let zero_fill = s.fill.unwrap_or(if s.zero { '0' } else { ' ' }) == '0';
    let align = s.align.or(s.zero.then_some('='));
    if zero_fill && align == Some('=') {
        s.width.saturating_sub(others)
    } else {
        0
    }
}

fn pad(body: String, sign: &str, s: &Spec, default_align: char) -> String {
    let len = body.chars().count() + sign.chars().count();
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let fill_n = s.width - len;
    let fill = s.fill.unwrap_or(if s.zero { '0' } else { ' ' });
    let align = s.align.unwrap_or(if s.zero && default_align == '>' { '=' } else { default_align });
    let f = |n: usize| fill.to_string().repeat(n);
    match align {
        '<' => format!("{sign}{body}{}", f(fill_n)),
        '^' => format!("{}{sign}{body}{}", f(fill_n / 2), f(fill_n - fill_n / 2)),
        '=' => format!("{sign}{}{body}", f(fill_n)),
        _ => format!("{}{sign}{body}", f(fill_n)),
    }
}

fn sign_of(negative: bool, s: &Spec) -> &'static str {
    match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Fixed-point digits of `x` with `prec` decimals, rounded half-to-even on the exact binary
/// value (which is what Rust's formatting does, like CPython's).
fn fixed(x: f64, prec: usize) -> String {
    format!("{:.*}", prec, x)
}

fn exp_format(x: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, x);
    let (m, e) = s.split_once('e').expect("exponent");
    let e: i32 = e.parse().expect("int");
    let out = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// `g` formatting of a non-negative finite `x`: fixed or scientific by the exponent after
/// rounding to `prec` significant digits; trailing zeros dropped unless `alternate`.
fn general(x: f64, prec: usize, alternate: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    let e = format!("{:.*e}", p - 1, x);
    let exp: i32 = if x == 0.0 { 0 } else { e.split_once('e').expect("exponent").1.parse().expect("int") };
    let mut s = if exp < -4 || exp >= p as i32 {
        exp_format(x, p - 1, false)
    } else {
        fixed(x, (p as i32 - 1 - exp).max(0) as usize)
    };
    if !alternate {
        if let Some(epos) = s.find('e') {
            let (m, rest) = s.split_at(epos);
            let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
            s = format!("{m}{rest}");
        } else if s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
    }
    s
}

/// The `#` flag: a decimal point even when no digits follow it.
fn with_point(s: String) -> String {
    if s.contains('.') {
        return s;
    }
    match s.find(['e', '%']) {
        Some(p) => format!("{}.{}", &s[..p], &s[p..]),
        None => format!("{s}."),
    }
}

impl Interp {
    /// `format(v, spec)`.
    pub fn format_value(&self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.to_str(v);
        }
        if let Value::Instance(inst) = v {
            if let Some(f) = inst.class.lookup("__format__") {
                let r = self.one_level_deeper(" while calling a Python object", || {
                    self.call(&f, Args::new(vec![v.clone(), Value::str(spec)]))
                })?;
                return self.to_str(&r);
            }
        }
        let s = parse_spec(self, spec)?;
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) if !matches!(s.kind, Some('f' | 'F' | 'e' | 'E' | 'g' | 'G' | '%')) => {
                self.format_int(v, &s)
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => {
                let x = super::ops::as_f64(v).unwrap_or(0.0);
                self.format_float(x, &s)
            }
            Value::Str(text) => {
                if s.align == Some('=') {
                    return Err(self.value_error("'=' alignment not allowed in string format specifier"));
                }
                if matches!(s.kind, Some(k) if k != 's') {
                    return Err(self.value_error(format!(
                        "Unknown format code '{}' for object of type 'str'",
                        s.kind.unwrap_or('?')
                    )));
                }
                let body: String = match s.precision {
                    Some(p) => text.chars().take(p).collect(),
                    None => text.to_string(),
                };
                Ok(pad(body, "", &s, '<'))
            }
            _ => {
                let text = self.to_str(v)?;
                if s.kind.is_some() || s.sign.is_some() {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )));
                }
                Ok(pad(text, "", &s, '<'))
            }
        }
    }

    fn format_int(&self, v: &Value, s: &Spec) -> PyResult<String> {
        let n: num_bigint::BigInt = match v {
            Value::Int(i) => (*i).into(),
            Value::Bool(b) => (*b as i64).into(),
            Value::BigInt(b) => (**b).clone(),
            _ => unreachable!("int checked"),
        };
        let negative = n < 0.into();
        let mag = if negative { -n } else { n };
        let (digits, prefix) = match s.kind {
            None | Some('d') | Some('n') => (self.int_to_decimal(&mag)?, ""),
            Some('x') => (mag.to_str_radix(16), "0x"),
            Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
            Some('o') => (mag.to_str_radix(8), "0o"),
            Some('b') => (mag.to_str_radix(2), "0b"),
            Some('c') => (char::from_u32(u32::try_from(mag).unwrap_or(0xFFFD)).unwrap_or('\u{FFFD}').to_string(), ""),
            Some(k) => {
                return Err(self.value_error(format!("Unknown format code '{k}' for object of type 'int'")))
            }
        };
        let prefix = if s.alternate { prefix } else { "" };
        let sign = format!("{}{}", sign_of(negative, s), prefix);
        let digits = match s.grouping {
            Some(sep) => {
                let every = if matches!(s.kind, Some('x' | 'X' | 'o' | 'b')) { 4 } else { 3 };
                group(&digits, sep, every, zero_pad_width(s, sign.len()))
            }
            None => digits,
        };
        Ok(pad(digits, &sign, s, '>'))
    }

    fn format_float(&self, x: f64, s: &Spec) -> PyResult<String> {
        let negative = x.is_sign_negative() && !x.is_nan();
        let mag = x.abs();
        let body = if !x.is_finite() {
            let t = if x.is_nan() { "nan" } else { "inf" };
            if matches!(s.kind, Some('F' | 'E' | 'G')) {
                t.to_uppercase()
            } else {
                t.to_string()
            }
        } else {
            let body = match s.kind {
                Some('f') | Some('F') => fixed(mag, s.precision.unwrap_or(6)),
                Some('e') | Some('E') => exp_format(mag, s.precision.unwrap_or(6), false),
                Some('g') | Some('G') | Some('n') => general(mag, s.precision.unwrap_or(6), s.alternate),
                Some('%') => format!("{}%", fixed(mag * 100.0, s.precision.unwrap_or(6))),
                None => match s.precision {
                    Some(p) => {
                        let g = general(mag, p, s.alternate);
                        if g.contains(['.', 'e']) {
                            g
                        } else {
                            format!("{g}.0")
                        }
                    }
                    None => float_repr(mag),
                },
                Some(k) => {
                    return Err(self.value_error(format!("Unknown format code '{k}' for object of type 'float'")))
                }
            };
            let body = if s.alternate { with_point(body) } else { body };
            if matches!(s.kind, Some('E' | 'G')) {
                body.to_uppercase()
            } else {
                body
            }
        };
        let body = match s.grouping {
            Some(sep) => {
                let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                    Some(i) => body.split_at(i),
                    None => (body.as_str(), ""),
                };
                let sign_len = sign_of(negative, s).len();
                format!("{}{}", group(int_part, sep, 3, zero_pad_width(s, sign_len + rest.chars().count())), rest)
            }
            None => body,
        };
        Ok(pad(body, sign_of(negative, s), s, '>'))
    }
}

/// `fmt % args`.
pub fn percent_format(interp: &Interp, fmt: &str, args: &Value) -> PyResult<String> {
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mapping = matches!(args, Value::Dict(_));
    let mut next = items.into_iter();
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::new();
        let mut key = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let mut k = String::new();
            for c in chars.by_ref() {
                if c == ')' {
                    break;
                }
                k.push(c);
            }
            key = Some(k);
        }
        let conv = loop {
            match chars.next() {
                Some(c) if "-+ #0123456789.".contains(c) => spec.push(c),
                Some(c) => break c,
                None => return Err(interp.value_error("incomplete format")),
            }
        };
        if conv == '%' {
            out.push('%');
            continue;
        }
        let value = match (&key, mapping) {
            (Some(k), true) => interp.get_item(args, &Value::str(k))?,
            _ => match next.next() {
                Some(v) => v,
                None => return Err(interp.type_error("not enough arguments for format string")),
            },
        };
        let (flags, rest): (String, String) = {
            let i = spec.find(|c: char| !"-+ #0".contains(c)).unwrap_or(spec.len());
            (spec[..i].to_string(), spec[i..].to_string())
        };
        let mut new_spec = String::new();
        if flags.contains('-') {
            new_spec.push('<');
        } else if matches!(conv, 's' | 'r' | 'a' | 'c') {
            new_spec.push('>');
        }
        if flags.contains('+') {
            new_spec.push('+');
        } else if flags.contains(' ') {
            new_spec.push(' ');
        }
        if flags.contains('0') && !flags.contains('-') {
            new_spec.push('0');
        }
        new_spec.push_str(&rest);
        let piece = match conv {
            's' => interp.format_value(&Value::str(&interp.to_str(&value)?), &new_spec)?,
            'r' | 'a' => interp.format_value(&Value::str(&interp.repr(&value)?), &new_spec)?,
            'd' | 'i' | 'u' => {
                let v = match &value {
                    Value::Float(f) => Value::Int(f.trunc() as i64),
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => value.clone(),
                    other => {
                        return Err(interp.type_error(format!(
                            "%{} format: a real number is required, not {}",
                            conv,
                            interp.type_name(other)
                        )))
                    }
                };
                interp.format_value(&v, &format!("{new_spec}d"))?
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'x' | 'X' | 'o' => {
                let spec = if rest.contains('.') || !matches!(conv, 'f' | 'F' | 'e' | 'E') {
                    format!("{new_spec}{conv}")
                } else {
                    format!("{new_spec}.6{conv}")
                };
                interp.format_value(&value, &spec)?
            }
            'c' => {
                let c = match &value {
                    Value::Int(n) => u32::try_from(*n)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| interp.err(ExcType::OverflowError, "%c arg not in range(0x110000)"))?
                        .to_string(),
                    Value::Str(s) if s.chars().count() == 1 => s.to_string(),
                    _ => return Err(interp.type_error("%c requires int or char")),
                };
                interp.format_value(&Value::str(&c), &new_spec)?
            }
            other => {
                return Err(interp.err(
                    ExcType::ValueError,
                    format!("unsupported format character '{}' (0x{:x})", other, other as u32),
                ))
            }
        };
        out.push_str(&piece);
    }
    if !mapping && next.next().is_some() {
        return Err(interp.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}
