//! `random`: CPython's Mersenne Twister, seeded as CPython seeds it, so seeded programs print
//! the same numbers; the natives `seed`, `random` and `getrandbits` the prelude builds on.

use crate::python::attrs::Attrs;
use crate::python::interp::{builtin, Interp};
use crate::python::object::{Args, BuiltinFn};
use crate::python::value::Value;
use crate::python::PyResult;
use num_bigint::{BigInt, BigUint};
use std::rc::Rc;

/// MT19937 state.
pub struct Mt {
    state: [u32; 624],
    index: usize,
}

impl Mt {
    /// A generator seeded like `random.seed(n)` for a non-negative int `n`.
    pub fn new(seed: u64) -> Mt {
        Mt::with_key(&BigUint::from(seed))
    }

    /// A generator seeded like `random.seed(n)` for any non-negative int: the key is its
    /// 32-bit words, least significant first.
    pub fn with_key(seed: &BigUint) -> Mt {
        let mut key = seed.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        let mut mt = Mt { state: [0; 624], index: 624 };
        mt.init_by_array(&key);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..624 {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = 624;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let n = 624;
        for _ in 0..n.max(key.len()) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= n {
                self.state[0] = self.state[n - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..n - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= n {
                self.state[0] = self.state[n - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
    }

    /// The next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= 624 {
            for k in 0..624 {
                let y = (self.state[k] & 0x8000_0000) | (self.state[(k + 1) % 624] & 0x7fff_ffff);
                let mut v = self.state[(k + 397) % 624] ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908_b0df;
                }
                self.state[k] = v;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random.random()`.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: 32-bit words least significant first, the last one shifted down to
    /// the bits it needs, as CPython builds it.
    pub fn getrandbits(&mut self, k: u32) -> BigUint {
        let mut words = Vec::new();
        let mut left = k;
        while left > 0 {
            let r = self.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigUint::from_slice(&words)
    }
}

fn seed(i: &Interp, a: Args) -> PyResult<Value> {
    let key = match a.pos.first() {
        None | Some(Value::None) => BigUint::default(),
        Some(Value::Int(n)) => BigUint::from(n.unsigned_abs()),
        Some(Value::Bool(b)) => BigUint::from(*b as u64),
        Some(Value::BigInt(b)) => b.magnitude().clone(),
        Some(v @ (Value::Float(_) | Value::Str(_) | Value::Bytes(_))) => BigUint::from(i.hash(v)?.unsigned_abs()),
        Some(v) => {
            return Err(i.type_error(format!(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray. Not '{}'",
                i.type_name(v)
            )))
        }
    };
    *i.random.borrow_mut() = Mt::with_key(&key);
    Ok(Value::None)
}

fn getrandbits(i: &Interp, a: Args) -> PyResult<Value> {
    a.check(i, "getrandbits", 1, 1)?;
    match &a.pos[0] {
        Value::Int(k) if *k >= 0 => {
            let bits = i.random.borrow_mut().getrandbits(*k as u32);
            Ok(Value::from_bigint(BigInt::from(bits)))
        }
        Value::Int(_) => Err(i.value_error("number of bits must be non-negative")),
        v => Err(i.type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name(v)))),
    }
}

/// The native functions the `random` prelude (`random.py`) builds on.
pub fn natives() -> Attrs {
    let mut a = Attrs::new();
    let table: &[(&'static str, BuiltinFn)] = &[
        ("seed", seed),
        ("getrandbits", getrandbits),
        ("random", |i, _| Ok(Value::Float(i.random.borrow_mut().random()))),
    ];
    for (name, f) in table {
        a.set(Rc::from(*name), builtin(name, *f));
    }
    a
}

#[cfg(test)]
mod tests {
    use super::Mt;

    #[test]
    fn matches_cpython_seed_42() {
        // python3 -c "import random; random.seed(42); print(repr(random.random()), random.randint(1, 100))"
        // -> 0.6394267984578837 4  (randint draws after the first random())
        let mut mt = Mt::new(42);
        assert_eq!(mt.random(), 0.6394267984578837);
    }
}
