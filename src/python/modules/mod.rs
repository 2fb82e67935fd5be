//! `import`: the modules the dialect provides, built on first import and cached.

pub mod deque;
mod digest;
mod hashlib;
mod inspect;
pub mod loopscope;
mod math;
mod preludes;
pub mod random;
mod small;

use super::exceptions::ExcType;
use super::interp::Interp;
use super::value::Value;
use super::PyResult;
use std::rc::Rc;

impl Interp {
    /// `import name` (dotted names import their last component's module).
    pub fn import(&self, name: &str) -> PyResult<Value> {
        if let Some((_, m)) = self.modules.borrow().iter().find(|(n, _)| &**n == name) {
            return Ok(m.clone());
        }
        let module = match name {
            "asyncio" => super::asyncio::make_module(self)?,
            "hashlib" => Value::Module(self.native_module(name, hashlib::attrs())),
            "inspect" => Value::Module(self.native_module(name, inspect::attrs())),
            "loopscope" => loopscope::make(self)?,
            "math" => Value::Module(self.native_module(name, math::attrs())),
            "dataclasses" | "contextlib" | "random" | "functools" | "itertools" | "collections" => preludes::make(self, name)?.expect("known name"),
            "aiohttp" | "httpx" => super::net::make_module(self, name)?,
            "concurrent" | "concurrent.futures" => super::executor::make_module(self, name)?,
            other => match small::make(self, other)? {
                Some(m) => m,
                None => {
                    return Err(self.err(ExcType::ModuleNotFoundError, format!("No module named '{name}'")));
                }
            },
        };
        self.modules.borrow_mut().push((Rc::from(name), module.clone()));
        Ok(module)
    }
}

/// Whether `v` is `sys.stderr`.
pub fn is_stderr(v: &Value) -> bool {
    matches!(v, Value::Native(n) if n.downcast::<small::StdStream>().is_some_and(|s| s.is_err))
}
