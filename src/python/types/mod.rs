//! Methods of the builtin types, installed into their classes' namespaces.

pub mod async_gen_methods;
mod bytes_methods;
pub mod coro_methods;
mod dict_methods;
mod int_digits;
pub mod dict_views;
pub mod exception_group;
pub mod list;
mod methods;
mod num_methods;
mod range_slice;
pub mod set;
mod set_methods;
mod seq_methods;
mod str_class;
mod str_format;
mod str_methods;

use super::interp::Interp;

/// Installs the methods of every builtin type.
pub fn install(interp: &Interp) {
    methods::install(interp);
}
