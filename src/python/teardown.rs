//! The end of a run: what CPython's interpreter exit does after the program's last line, and
//! the end of every reference cycle the run made.
//!
//! Values are reference counted, so a cycle (a module's globals and its functions, an
//! instance that holds itself, a task whose frame holds the task, an exception whose traceback
//! keeps the frame that holds it) would outlive the run. The objects such cycles pass through
//! are tracked here, weakly, as they are made; at the end of the run [`Interp::tear_down`]
//! reports what CPython's exit reports (futures whose exception nobody retrieved, found by its
//! garbage collector; coroutines never awaited, freed with the module's globals and shown as
//! `sys:1`), then empties every tracked object so that everything is freed.
//!
//! Cycles made only of lists, dicts and sets (`a.append(a)`) are not tracked.

use super::asyncio::Fut;
use super::coroutine::Coroutine;
use super::interp::Interp;
use super::object::{Cell, Class, Instance, ModuleObj};
use super::value::Value;
use std::cell::{Cell as Flag, RefCell};
use std::rc::{Rc, Weak};

/// Weak references to objects of one kind; dead ones are dropped whenever the list has doubled.
struct Tracked<T> {
    items: RefCell<Vec<Weak<T>>>,
    compact_at: Flag<usize>,
}

impl<T> Default for Tracked<T> {
    fn default() -> Self {
        Tracked { items: RefCell::new(Vec::new()), compact_at: Flag::new(64) }
    }
}

impl<T> Tracked<T> {
    fn track(&self, rc: &Rc<T>) {
        let mut items = self.items.borrow_mut();
        items.push(Rc::downgrade(rc));
        if items.len() >= self.compact_at.get() {
            items.retain(|w| w.strong_count() > 0);
            self.compact_at.set((items.len() * 2).max(64));
        }
    }

    /// Takes the list, keeping the objects still alive.
    fn take_live(&self) -> Vec<Rc<T>> {
        std::mem::take(&mut *self.items.borrow_mut()).iter().filter_map(Weak::upgrade).collect()
    }
}

/// The objects of one run that reference cycles can pass through.
#[derive(Default)]
pub struct Objects {
    modules: RefCell<Vec<Rc<ModuleObj>>>,
    classes: Tracked<Class>,
    instances: Tracked<Instance>,
    cells: Tracked<Cell>,
    coroutines: Tracked<Coroutine>,
    futures: Tracked<Fut>,
    /// Set while the run ends: warnings then come from interpreter exit (`sys:1`).
    pub finalizing: Flag<bool>,
}

impl Objects {
    /// Tracks a compiled module (the program's, or a prelude's).
    pub fn module(&self, m: &Rc<ModuleObj>) {
        self.modules.borrow_mut().push(m.clone());
    }
    /// Tracks a class made by a `class` statement or `type()`.
    pub fn class(&self, c: &Rc<Class>) {
        self.classes.track(c);
    }
    /// Tracks an instance (exceptions once they have a traceback).
    pub fn instance(&self, i: &Rc<Instance>) {
        self.instances.track(i);
    }
    /// Tracks a closure cell.
    pub fn cell(&self, c: &Rc<Cell>) {
        self.cells.track(c);
    }
    /// Tracks a coroutine or generator.
    pub fn coroutine(&self, c: &Rc<Coroutine>) {
        self.coroutines.track(c);
    }
    /// Tracks a future or task.
    pub fn future(&self, f: &Rc<Fut>) {
        self.futures.track(f);
    }
}

impl Interp {
    /// A new closure cell holding `v`.
    pub(crate) fn new_cell(&self, v: Value) -> Rc<Cell> {
        let c = Cell::new(v);
        self.objects.cell(&c);
        c
    }

    /// Ends the run. With `report`, first writes what CPython writes at exit: futures still
    /// holding an exception nobody retrieved (its garbage collector frees them), then the
    /// never-awaited coroutines freed with the modules' globals. Then empties every tracked
    /// object, breaking the run's reference cycles. No Python code runs.
    pub fn tear_down(&self, report: bool) {
        let futures = self.objects.futures.take_live();
        for f in &futures {
            f.queue_unretrieved();
        }
        if report {
            let _ = self.report_unretrieved();
        }
        self.objects.finalizing.set(true);
        for m in std::mem::take(&mut *self.objects.modules.borrow_mut()) {
            let globals = std::mem::take(&mut *m.globals.borrow_mut());
            *m.globals.borrow_mut() = vec![Value::None; globals.len()];
            drop(globals);
            let attrs = std::mem::take(&mut *m.attrs.borrow_mut());
            drop(attrs);
        }
        for f in &futures {
            f.clear();
        }
        drop(futures);
        for c in self.objects.coroutines.take_live() {
            c.clear_frame();
        }
        for c in self.objects.cells.take_live() {
            let v = c.value.replace(Value::None);
            drop(v);
        }
        for i in self.objects.instances.take_live() {
            let attrs = std::mem::take(&mut *i.attrs.borrow_mut());
            drop(attrs);
            if let Some(exc) = &i.exc {
                let data = std::mem::take(&mut *exc.borrow_mut());
                drop(data);
            }
        }
        for c in self.objects.classes.take_live() {
            let attrs = std::mem::take(&mut *c.attrs.borrow_mut());
            drop(attrs);
        }
        self.clear_run_state();
        super::finalize::discard();
        if report {
            let _ = self.flush_warnings();
        } else {
            super::warnings::discard();
        }
        self.aio.unretrieved.discard();
    }

    /// Empties what the interpreter itself holds for the run.
    fn clear_run_state(&self) {
        drop(std::mem::take(&mut *self.handling.borrow_mut()));
        drop(std::mem::take(&mut *self.methods.borrow_mut()));
        drop(std::mem::take(&mut *self.modules.borrow_mut()));
        drop(std::mem::take(&mut *self.aio.tasks.borrow_mut()));
        drop(self.aio.current_task.take());
        drop(self.aio.phase.take());
        self.aio.event_loop.borrow_mut().close();
    }
}
