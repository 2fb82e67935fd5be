//! Methods of the builtin types, installed into their classes' namespaces.

pub mod coro_methods;
pub mod list;
mod methods;
pub mod set;

use super::interp::Interp;

/// Installs the methods of every builtin type.
pub fn install(interp: &Interp) {
    methods::install(interp);
}
