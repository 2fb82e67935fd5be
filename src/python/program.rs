//! A program run: compile a source file, run its module code, drive the event loop that
//! `asyncio.run` starts, and report how it ended — on whatever clock the host provides.
//!
//! Lifecycle (`Phase`): `Module` (running module code) ⇄ `Loop` (the host drives an
//! `asyncio.run` started at module level) → `Finished`.

use super::ast;
use super::coroutine::{CoroKind, Coroutine, Resumed, Sent};
use super::error::CompileError;
use super::eval::{Flow, Frame};
use super::exceptions::{ExcType, Unwind};
use super::interp::{Host, Interp, Limits};
use super::object::ModuleObj;
use super::value::Value;
use super::PyResult;
use crate::python::asyncio::Drive;
use crate::runtime::trace::{Stream, Trace};
use std::cell::RefCell;
use std::rc::Rc;

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Process exit status CPython would return (0, or 1 after an uncaught exception).
    pub exit_code: i32,
    /// Set when Loopscope stopped the program (budget, Stop, deadlock, unsupported construct).
    pub stopped: Option<String>,
}

/// What the host should do after [`Program::step`].
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// More work is ready: call `step` again (after yielding to the browser if it is time).
    Continue,
    /// Nothing is ready before loop time `t` (infinite: until a network reply comes in, see
    /// [`Host::network`](super::interp::Host::network)).
    WaitUntil(f64),
    /// The program has ended.
    Done(Outcome),
}

enum Phase {
    Module,
    Loop,
    Finished(Outcome),
}

/// One program, compiled and ready to run.
pub struct Program {
    interp: Rc<Interp>,
    tree: Rc<ast::Module>,
    module: Rc<Coroutine>,
    send: Option<Sent>,
    phase: Phase,
}

impl Interp {
    /// Parses and resolves `source` as module `name`; returns the tree and the module object.
    pub fn compile_module(
        &self,
        source: &str,
        name: &str,
        filename: &str,
        predeclared: &[Rc<str>],
    ) -> Result<(Rc<ast::Module>, Rc<ModuleObj>), CompileError> {
        let tree = super::parser::parse(source)?;
        super::resolve::resolve(&tree, &self.builtin_names(), predeclared)?;
        let scope = tree.scope.get().expect("resolved");
        let module = Rc::new(ModuleObj {
            name: Rc::from(name),
            globals: RefCell::new(vec![Value::Unbound; scope.n_locals as usize]),
            global_names: RefCell::new(scope.slot_names.clone()),
            attrs: RefCell::new(Default::default()),
            filename: Rc::from(filename),
            source: Rc::from(source),
        });
        self.objects.module(&module);
        Ok((Rc::new(tree), module))
    }

    /// Runs a prelude module's code (synchronously) with `native`'s attributes visible as
    /// globals, then exports its public names into `native`.
    pub fn run_prelude(&self, native: &Rc<ModuleObj>, source: &str) -> PyResult<()> {
        let filename = format!("<{}>", native.name);
        let natives: Vec<Rc<str>> = native.attrs.borrow().iter().map(|(n, _)| n.clone()).collect();
        let (tree, module) = self
            .compile_module(source, &native.name, &filename, &natives)
            .map_err(|e| self.err(ExcType::SyntaxError, format!("prelude: {e}")))?;
        {
            let names = module.global_names.borrow();
            let mut globals = module.globals.borrow_mut();
            for (i, n) in names.iter().enumerate() {
                if let Some(v) = native.attrs.borrow().get(n) {
                    globals[i] = v.clone();
                }
            }
        }
        let mut frame = Frame::new(0, Rc::new([]), module.clone(), Rc::from("<module>"), 1);
        self.exec_block(&mut frame, &tree.body)?;
        let names = module.global_names.borrow();
        let globals = module.globals.borrow();
        let mut attrs = native.attrs.borrow_mut();
        for (n, v) in names.iter().zip(globals.iter()) {
            if !matches!(v, Value::Unbound) {
                attrs.set(n.clone(), v.clone());
            }
        }
        Ok(())
    }
}

impl Drop for Program {
    /// A program dropped before it finished (the page moved on) still frees everything.
    fn drop(&mut self) {
        if !matches!(self.phase, Phase::Finished(_)) {
            self.interp.abort_all_requests();
            self.interp.tear_down(false);
        }
    }
}

impl Program {
    /// Compiles `source` (shown as `filename` in tracebacks) for a run on `host`.
    pub fn new(source: &str, filename: &str, host: Box<dyn Host>, limits: Limits) -> Result<Program, CompileError> {
        let interp = Interp::new(host, limits);
        let (tree, module) = interp.compile_module(source, "__main__", filename, &[])?;
        *interp.main_filename.borrow_mut() = filename.to_string();
        *interp.main_source.borrow_mut() = source.to_string();
        let runner = interp.clone();
        let body_tree = tree.clone();
        let body = async move {
            let tree = body_tree;
            let mut frame = Frame::new(0, Rc::new([]), module.clone(), Rc::from("<module>"), 1);
            match runner.exec_block_a(&mut frame, &tree.body).await {
                Ok(Flow::Return(_)) | Ok(_) => Ok(Value::None),
                Err(e) => Err(runner.add_traceback(e, &frame)),
            }
        };
        let module = Coroutine::new(CoroKind::Coroutine, Rc::from("<module>"), Rc::from("<module>"), Box::pin(body));
        module.quiet.set(true);
        Ok(Program { interp, tree, module, send: Some(Sent::Value(Value::None)), phase: Phase::Module })
    }

    /// Loads the modules the program imports at top level, so that time spent building them
    /// is not charged to the program's first moments on a live clock. Import errors are left
    /// for the program's own `import` statement to raise.
    pub fn preload_imports(&self) {
        let names: Vec<Rc<str>> = self
            .tree
            .body
            .iter()
            .flat_map(|s| match &s.kind {
                ast::StmtKind::Import(aliases) => aliases.iter().map(|a| a.name.clone()).collect(),
                ast::StmtKind::ImportFrom { module, .. } => vec![module.clone()],
                _ => vec![],
            })
            .collect();
        for n in names {
            let _ = self.interp.import(&n);
        }
    }

    /// The interpreter (for the trace and the clock).
    pub fn interp(&self) -> &Rc<Interp> {
        &self.interp
    }

    /// The trace so far.
    pub fn trace(&self) -> std::cell::Ref<'_, Trace> {
        self.interp.trace.borrow()
    }

    /// Does one unit of work: resumes module code, or runs one loop iteration.
    pub fn step(&mut self) -> Step {
        let step = self.work();
        // Waiting for a timer on a live clock ends a busy stretch (see `slice_started_ms`).
        if matches!(step, Step::WaitUntil(_)) && self.interp.host.live_now().is_some() {
            self.interp.aio.slice_started_ms.set(f64::NAN);
        }
        step
    }

    fn work(&mut self) -> Step {
        match &self.phase {
            Phase::Finished(o) => Step::Done(o.clone()),
            Phase::Module => {
                let sent = self.send.take().unwrap_or(Sent::Value(Value::None));
                let r = self.module.resume(&self.interp, sent);
                let _ = self.interp.flush_warnings();
                match r {
                    Resumed::Yielded(_) if self.interp.loop_driven() => {
                        self.phase = Phase::Loop;
                        Step::Continue
                    }
                    Resumed::Yielded(_) => self.end(Err(self.interp.err(ExcType::SystemError, "module code suspended"))),
                    Resumed::Returned(_) => self.end(Ok(())),
                    Resumed::Raised(e) => self.end(Err(e)),
                }
            }
            Phase::Loop => {
                let r = self.interp.drive();
                let _ = self.interp.flush_warnings();
                match r {
                    Ok(Drive::Ran) => Step::Continue,
                    Ok(Drive::WaitUntil(t)) => Step::WaitUntil(t),
                    Ok(Drive::Finished) => {
                        self.phase = Phase::Module;
                        self.send = Some(Sent::Value(Value::None));
                        Step::Continue
                    }
                    Err(Unwind::Raise(e)) => {
                        self.phase = Phase::Module;
                        self.send = Some(Sent::Throw(e));
                        Step::Continue
                    }
                    Err(abort) => self.end(Err(abort)),
                }
            }
        }
    }

    /// Runs to the end on the virtual clock.
    pub fn run_to_end(&mut self) -> Outcome {
        loop {
            match self.step() {
                Step::Continue => {}
                Step::WaitUntil(t) => self.interp.wait_until(t),
                Step::Done(o) => return o,
            }
        }
    }

    /// Asks a running program to stop at its next step.
    pub fn stop(&self) {
        self.interp.aio.stop_requested.set(true);
    }

    fn end(&mut self, r: PyResult<()>) -> Step {
        let interp = &self.interp;
        let abort = |a: super::exceptions::Abort| {
            let msg = a.message();
            interp.write_beyond_limit(Stream::Err, &format!("{msg}\n"));
            Outcome { exit_code: 1, stopped: Some(msg) }
        };
        let mut outcome = match r {
            Ok(()) => Outcome { exit_code: 0, stopped: None },
            Err(Unwind::Raise(e)) if interp.is_exc(&e, ExcType::SystemExit) => {
                let code = match interp.get_attr(&e, "args") {
                    Ok(Value::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
                    _ => Value::None,
                };
                let exit_code = match code {
                    Value::None => 0,
                    Value::Int(i) => i as i32,
                    other => {
                        let text = interp.to_str(&other).unwrap_or_default();
                        let _ = interp.write(Stream::Err, &format!("{text}\n"));
                        1
                    }
                };
                Outcome { exit_code, stopped: None }
            }
            Err(Unwind::Raise(e)) => {
                let text = interp.format_exception(&e);
                let _ = interp.write(Stream::Err, &text);
                Outcome { exit_code: 1, stopped: None }
            }
            Err(Unwind::Abort(a)) => abort(a),
        };
        // Like CPython's exit, wait for executor workers to finish the calls they were given.
        if outcome.stopped.is_none() {
            if let Err(Unwind::Abort(a)) = interp.finish_pools() {
                outcome = abort(a);
            }
        }
        let _ = self.interp.flush_warnings();
        self.interp.abort_all_requests();
        self.interp.tear_down(outcome.stopped.is_none());
        self.phase = Phase::Finished(outcome.clone());
        Step::Done(outcome)
    }

}
