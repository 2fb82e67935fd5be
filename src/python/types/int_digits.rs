//! CPython's limit on decimal conversions of big integers (`sys.int_info.default_max_str_digits`,
//! 4300 digits): `str()` of a longer int, or `int()` of a longer string, raises `ValueError`
//! instead of taking quadratic time.

use crate::python::interp::Interp;
use crate::python::PyResult;
use num_bigint::BigInt;

/// The most decimal digits an int may have when converted to or from a string.
pub const MAX_STR_DIGITS: usize = 4300;

impl Interp {
    /// The decimal digits of `n` (with its sign), or CPython's `ValueError` past the limit.
    pub(crate) fn int_to_decimal(&self, n: &BigInt) -> PyResult<String> {
        // Each bit adds log10(2) < 0.302 digits: reject without converting when it is clearly too long.
        if n.bits() as f64 * 0.30103 > MAX_STR_DIGITS as f64 + 1.0 {
            return Err(self.too_many_digits(None));
        }
        let text = n.to_string();
        if text.trim_start_matches('-').len() > MAX_STR_DIGITS {
            return Err(self.too_many_digits(None));
        }
        Ok(text)
    }

    /// Checks the number of digits of a decimal string `int()` is about to convert.
    pub(crate) fn check_decimal_digits(&self, digits: &str) -> PyResult<()> {
        if digits.len() > MAX_STR_DIGITS {
            return Err(self.too_many_digits(Some(digits.len())));
        }
        Ok(())
    }

    fn too_many_digits(&self, has: Option<usize>) -> crate::python::Unwind {
        let has = has.map(|n| format!(": value has {n} digits")).unwrap_or_default();
        self.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion{has}; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    }
}
