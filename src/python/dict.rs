//! The hash table behind `dict`, `set` and `frozenset`: insertion-ordered like CPython's
//! compact dict.
//!
//! Hashing and key equality are Python operations (they may call `__hash__`/`__eq__`), so the
//! table never computes them itself: callers pass the key's hash and an equality callback.

use super::value::Value;
use super::PyResult;

const EMPTY: u32 = 0;
const DELETED: u32 = u32::MAX;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    /// `hash(key)`.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value (`None` for sets).
    pub value: Value,
}

/// An insertion-ordered hash table keyed by Python values.
#[derive(Clone, Default)]
pub struct Dict {
    /// Entries in insertion order; `None` marks a removed entry.
    entries: Vec<Option<Entry>>,
    /// Open-addressing index: entry position + 1, `EMPTY` or `DELETED`.
    slots: Vec<u32>,
    len: usize,
}

/// Key equality used while probing: `(stored key, probe key) -> equal?`.
pub type KeyEq<'a> = &'a mut dyn FnMut(&Value, &Value) -> PyResult<bool>;

impl Dict {
    /// An empty table.
    pub fn new() -> Self {
        Dict::default()
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The live entry at insertion position `i` counting removed ones (for iterators that must
    /// survive the table changing): `(next position, entry)`.
    pub fn entry_from(&self, mut i: usize) -> Option<(usize, &Entry)> {
        while i < self.entries.len() {
            if let Some(e) = &self.entries[i] {
                return Some((i + 1, e));
            }
            i += 1;
        }
        None
    }

    /// Finds the entry for `key`.
    pub fn get(&self, hash: i64, key: &Value, eq: KeyEq) -> PyResult<Option<&Entry>> {
        Ok(match self.find(hash, key, eq)? {
            Some((_, pos)) => self.entries[pos].as_ref(),
            None => None,
        })
    }

    /// Inserts or replaces; an existing key keeps its position (and its original key object).
    pub fn insert(&mut self, hash: i64, key: Value, value: Value, eq: KeyEq) -> PyResult<()> {
        if let Some((_, pos)) = self.find(hash, &key, eq)? {
            if let Some(e) = &mut self.entries[pos] {
                e.value = value;
            }
            return Ok(());
        }
        if (self.entries.len() + 1) * 3 >= self.slots.len() * 2 {
            self.rebuild();
        }
        self.entries.push(Some(Entry { hash, key, value }));
        let pos = self.entries.len() as u32;
        let mask = self.slots.len() - 1;
        let mut i = hash as u64 as usize & mask;
        while self.slots[i] != EMPTY && self.slots[i] != DELETED {
            i = (i + 1) & mask;
        }
        self.slots[i] = pos;
        self.len += 1;
        Ok(())
    }

    /// Removes `key`; returns its entry.
    pub fn remove(&mut self, hash: i64, key: &Value, eq: KeyEq) -> PyResult<Option<Entry>> {
        let Some((slot, pos)) = self.find(hash, key, eq)? else { return Ok(None) };
        self.slots[slot] = DELETED;
        self.len -= 1;
        Ok(self.entries[pos].take())
    }

    /// Removes and returns the last inserted entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        while let Some(last) = self.entries.pop() {
            if let Some(e) = last {
                let pos = self.entries.len() as u32 + 1;
                if let Some(s) = self.slots.iter_mut().find(|s| **s == pos) {
                    *s = DELETED;
                }
                self.len -= 1;
                return Some(e);
            }
        }
        None
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        *self = Dict::new();
    }

    fn find(&self, hash: i64, key: &Value, eq: KeyEq) -> PyResult<Option<(usize, usize)>> {
        if self.slots.is_empty() {
            return Ok(None);
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as u64 as usize & mask;
        loop {
            match self.slots[i] {
                EMPTY => return Ok(None),
                DELETED => {}
                p => {
                    let pos = p as usize - 1;
                    if let Some(e) = &self.entries[pos] {
                        if e.hash == hash && (e.key.is(key) || eq(&e.key, key)?) {
                            return Ok(Some((i, pos)));
                        }
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Compacts the entries and rebuilds the index at a size with room to grow.
    fn rebuild(&mut self) {
        self.entries.retain(Option::is_some);
        let mut size = 8;
        while size < (self.entries.len() + 1) * 3 {
            size *= 2;
        }
        self.slots = vec![EMPTY; size];
        let mask = size - 1;
        for (pos, e) in self.entries.iter().enumerate() {
            let hash = e.as_ref().map_or(0, |e| e.hash);
            let mut i = hash as u64 as usize & mask;
            while self.slots[i] != EMPTY {
                i = (i + 1) & mask;
            }
            self.slots[i] = pos as u32 + 1;
        }
    }
}
