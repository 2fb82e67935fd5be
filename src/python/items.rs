//! What a `list` and a `tuple` own: their items, handed to the trashcan ([`super::trash`])
//! when the container is freed, so that freeing data nested thousands deep never recurses.
//! Both read as the vector or slice inside.

use std::ops::{Deref, DerefMut};

use super::trash::bury;
use super::value::Value;

/// A `list`'s items.
#[derive(Default)]
pub struct ListItems(Vec<Value>);

impl ListItems {
    /// Takes the items out, leaving the list empty.
    pub fn take(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.0)
    }
}

impl From<Vec<Value>> for ListItems {
    fn from(items: Vec<Value>) -> Self {
        ListItems(items)
    }
}

impl Deref for ListItems {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl DerefMut for ListItems {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.0
    }
}

impl Drop for ListItems {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            bury(self.take());
        }
    }
}

/// A `tuple`'s items.
pub struct TupleItems(Box<[Value]>);

impl From<Vec<Value>> for TupleItems {
    fn from(items: Vec<Value>) -> Self {
        TupleItems(items.into_boxed_slice())
    }
}

impl Deref for TupleItems {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl Drop for TupleItems {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            bury(std::mem::take(&mut self.0).into_vec());
        }
    }
}
