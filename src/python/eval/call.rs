//! Functions: creating them from `def`/`lambda`, binding call arguments to parameters with
//! CPython's error messages, and running their bodies (or wrapping them in a coroutine or
//! generator object).

use super::{Flow, Frame, QualPrefix};
use crate::python::ast::*;
use crate::python::coroutine::{CoroKind, Coroutine};
use crate::python::exceptions::{exc_data, ExcType, Unwind};
use crate::python::interp::Interp;
use crate::python::object::{Args, Cell, Function};
use crate::python::resolve::all_params;
use crate::python::value::Value;
use crate::python::PyResult;
use std::cell::RefCell;
use std::rc::Rc;

/// Builds a function object for `def` with already-evaluated defaults.
pub fn make_function(f: &mut Frame, interp: &Interp, def: &Rc<FunctionDef>, defaults: Vec<Value>, kw_defaults: Vec<Value>) -> Value {
    let scope = def.scope.get().expect("resolved");
    let closure: Rc<[Rc<Cell>]> = scope.free.iter().map(|(_, slot)| interp.cell_of(f, *slot)).collect();
    let qualname = f.prefix.qualname(&def.name);
    Value::Function(Rc::new(Function {
        def: def.clone(),
        attrs: Default::default(),
        qualname,
        defaults,
        kw_defaults,
        closure,
        module: f.module.clone(),
        owner: RefCell::new(None),
    }))
}

impl Interp {
    /// The `(class, self)` pair zero-argument `super()` refers to in the running method.
    pub fn super_context(&self) -> Option<(Rc<crate::python::object::Class>, Value)> {
        self.methods.borrow().last().map(|(c, v)| {
            let v = match v {
                Value::Cell(cell) => cell.value.borrow().clone(),
                other => other.clone(),
            };
            (c.clone(), v)
        })
    }

    /// Evaluates a function's defaults (synchronously) and builds it.
    pub(crate) fn make_function_value(&self, f: &mut Frame, def: &Rc<FunctionDef>, _unused: Vec<Value>) -> PyResult<Value> {
        let mut defaults = Vec::new();
        for p in def.params.posonly.iter().chain(def.params.args.iter()) {
            if let Some(d) = &p.default {
                defaults.push(self.eval(f, d)?);
            }
        }
        let mut kw_defaults = Vec::new();
        for p in &def.params.kwonly {
            kw_defaults.push(match &p.default {
                Some(d) => self.eval(f, d)?,
                None => Value::Unbound,
            });
        }
        Ok(make_function(f, self, def, defaults, kw_defaults))
    }

    /// Calls a Python function.
    pub fn call_function(&self, func: &Rc<Function>, args: Args) -> PyResult<Value> {
        let def = &func.def;
        let scope = def.scope.get().expect("resolved");
        let mut frame = Frame::new(
            scope.n_locals as usize,
            func.closure.clone(),
            func.module.clone(),
            def.name.clone(),
            def.span.line,
        );
        frame.prefix = QualPrefix::Function(func.qualname.clone());
        self.bind_args(func, args, &mut frame.locals)?;
        for &c in &scope.cell_slots {
            let v = std::mem::replace(&mut frame.locals[c as usize], Value::Unbound);
            frame.locals[c as usize] = Value::Cell(self.new_cell(v));
        }
        if def.is_async || scope.is_generator {
            return Ok(self.make_coroutine(func, frame));
        }
        let depth = self.depth.get();
        if depth + 1 >= self.limits.max_depth {
            return Err(self.err(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth.set(depth + 1);
        let owner = func.owner.borrow().as_ref().and_then(|w| w.upgrade());
        let method = owner.map(|c| (c, frame.locals.first().cloned().unwrap_or(Value::None)));
        let pushed = method.is_some();
        if let Some(m) = method {
            self.methods.borrow_mut().push(m);
        }
        let r = self.exec_block(&mut frame, &def.body);
        if pushed {
            self.methods.borrow_mut().pop();
        }
        self.depth.set(depth);
        match r {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => Err(self.add_traceback(e, &frame)),
        }
    }

    fn make_coroutine(&self, func: &Rc<Function>, mut frame: Frame) -> Value {
        let def = func.def.clone();
        let scope = def.scope.get().expect("resolved");
        let kind = match (def.is_async, scope.is_generator) {
            (true, false) => CoroKind::Coroutine,
            (true, true) => CoroKind::AsyncGenerator,
            _ => CoroKind::Generator,
        };
        frame.is_async_gen = kind == CoroKind::AsyncGenerator;
        let interp = self.rc();
        let body = async move {
            let r = interp.exec_block_a(&mut frame, &def.body).await;
            match r {
                Ok(Flow::Return(v)) => Ok(v),
                Ok(_) => Ok(Value::None),
                Err(e) => {
                    let e = interp.add_traceback(e, &frame);
                    Err(interp.generator_stop(kind, e))
                }
            }
        };
        let coro = Coroutine::new(kind, func.def.name.clone(), func.qualname.clone(), Box::pin(body));
        self.objects.coroutine(&coro);
        let first_line = func.def.decorators.first().map_or(func.def.span.line, |d| d.span.line);
        let _ = coro.defined_at.set((func.module.filename.clone(), first_line));
        Value::Native(coro)
    }

    /// PEP 479: a `StopIteration` escaping a generator body becomes a `RuntimeError`.
    fn generator_stop(&self, kind: CoroKind, e: Unwind) -> Unwind {
        let (what, stop) = match kind {
            CoroKind::Generator => ("generator", ExcType::StopIteration),
            CoroKind::AsyncGenerator => ("async generator", ExcType::StopAsyncIteration),
            CoroKind::Coroutine => ("coroutine", ExcType::StopIteration),
        };
        match &e {
            Unwind::Raise(exc) if self.is_exc(exc, stop) => {
                let new = self.new_exc(ExcType::RuntimeError, format!("{what} raised {}", stop.name()));
                if let Some(d) = exc_data(&new) {
                    d.borrow_mut().cause = exc.clone();
                    d.borrow_mut().context = exc.clone();
                }
                Unwind::Raise(new)
            }
            _ => e,
        }
    }

    /// Binds call arguments to parameter slots, with CPython's messages for every mismatch.
    fn bind_args(&self, func: &Function, args: Args, locals: &mut [Value]) -> PyResult<()> {
        let p = &func.def.params;
        let name = &func.qualname;
        let n_pos = p.posonly.len() + p.args.len();
        let Args { pos, kw } = args;
        let given = pos.len();
        let mut pos = pos.into_iter();
        for slot in locals.iter_mut().take(n_pos.min(given)) {
            *slot = pos.next().expect("counted");
        }
        let extra: Vec<Value> = pos.collect();
        let vararg_slot = n_pos;
        let kwonly_start = n_pos + p.vararg.is_some() as usize;
        let kwarg_slot = kwonly_start + p.kwonly.len();
        if p.vararg.is_some() {
            locals[vararg_slot] = Value::tuple(extra);
        } else if !extra.is_empty() {
            return Err(self.too_many_positional(func, given, &kw));
        }
        let mut kwargs = if p.kwarg.is_some() { Some(crate::python::dict::Dict::new()) } else { None };
        let mut posonly_as_kw = Vec::new();
        for (k, v) in kw {
            let slot = p
                .args
                .iter()
                .position(|a| a.name.id == k)
                .map(|i| i + p.posonly.len())
                .or_else(|| p.kwonly.iter().position(|a| a.name.id == k).map(|i| i + kwonly_start));
            match slot {
                Some(i) => {
                    if !matches!(locals[i], Value::Unbound) {
                        return Err(self.type_error(format!("{name}() got multiple values for argument '{k}'")));
                    }
                    locals[i] = v;
                }
                None => match &mut kwargs {
                    Some(d) => self.dict_insert(d, Value::Str(k), v)?,
                    None if p.posonly.iter().any(|a| a.name.id == k) => posonly_as_kw.push(k),
                    None => {
                        return Err(self.type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            let names: Vec<String> = posonly_as_kw.iter().map(|k| k.to_string()).collect();
            return Err(self.type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                names.join(", ")
            )));
        }
        let first_default = n_pos - func.defaults.len();
        let mut missing = Vec::new();
        for i in 0..n_pos {
            if matches!(locals[i], Value::Unbound) {
                if i >= first_default {
                    locals[i] = func.defaults[i - first_default].clone();
                } else {
                    let param = if i < p.posonly.len() { &p.posonly[i] } else { &p.args[i - p.posonly.len()] };
                    missing.push(param.name.id.clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(name, "positional", &missing));
        }
        for (j, param) in p.kwonly.iter().enumerate() {
            let i = kwonly_start + j;
            if matches!(locals[i], Value::Unbound) {
                match func.kw_defaults.get(j) {
                    Some(Value::Unbound) | None => missing.push(param.name.id.clone()),
                    Some(d) => locals[i] = d.clone(),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(name, "keyword-only", &missing));
        }
        if let Some(d) = kwargs {
            locals[kwarg_slot] = Value::dict(d);
        }
        let _ = all_params(p);
        Ok(())
    }

    fn too_many_positional(&self, func: &Function, given: usize, kw: &[(Rc<str>, Value)]) -> Unwind {
        let p = &func.def.params;
        let n_pos = p.posonly.len() + p.args.len();
        let min = n_pos - func.defaults.len();
        let takes = if min == n_pos {
            format!("{} positional argument{}", n_pos, if n_pos == 1 { "" } else { "s" })
        } else {
            format!("from {min} to {n_pos} positional arguments")
        };
        let kw_given = kw.iter().filter(|(k, _)| p.kwonly.iter().any(|a| a.name.id == *k)).count();
        let given_text = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{})",
                given,
                if given == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            given.to_string()
        };
        let verb = if given == 1 && kw_given == 0 { "was" } else { "were" };
        self.type_error(format!("{}() takes {} but {} {} given", func.qualname, takes, given_text, verb))
    }

    fn missing_args(&self, name: &str, kind: &str, missing: &[Rc<str>]) -> Unwind {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            name,
            missing.len(),
            kind,
            if missing.len() == 1 { "" } else { "s" },
            list
        ))
    }
}
