//! A small insertion-ordered map from attribute names to values (`__dict__` of instances,
//! classes and modules).

use super::value::Value;
use std::rc::Rc;

/// Attribute names to values, in insertion order. Lookups scan linearly: instances and most
/// classes have a handful of attributes, and a scan over short strings beats hashing them.
#[derive(Default, Clone)]
pub struct Attrs {
    entries: Vec<(Rc<str>, Value)>,
}

/// Attribute values go to the trashcan ([`super::trash`]): a chain of instances 100,000 long
/// (a linked list) is freed without recursing down it.
impl Drop for Attrs {
    fn drop(&mut self) {
        if !self.entries.is_empty() {
            super::trash::bury(std::mem::take(&mut self.entries).into_iter().map(|(_, v)| v));
        }
    }
}

impl Attrs {
    /// An empty map.
    pub fn new() -> Self {
        Attrs::default()
    }

    /// The value for `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.entries.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
    }

    /// Sets `name`, keeping its position if it exists.
    pub fn set(&mut self, name: Rc<str>, value: Value) {
        match self.entries.iter_mut().find(|(k, _)| *k == name) {
            Some(slot) => slot.1 = value,
            None => self.entries.push((name, value)),
        }
    }

    /// Removes `name`; returns its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let i = self.entries.iter().position(|(k, _)| &**k == name)?;
        Some(self.entries.remove(i).1)
    }

    /// The entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &(Rc<str>, Value)> {
        self.entries.iter()
    }

    /// Number of attributes.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
