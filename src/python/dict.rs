//! The hash table behind `dict`, `set` and `frozenset`.
//!
//! Entries are kept in insertion order (a dict iterates that way, like CPython's compact
//! dict). The index over them is laid out exactly as CPython 3.11's *set* table
//! (`Objects/setobject.c`): same sizes, growth rule, probe sequence (nine linear probes,
//! then a perturbed jump) and dummies left by deletions, so a set can iterate in CPython's
//! slot order — the order `print({3, 1, 2})` shows.
//!
//! Hashing and key equality are Python operations (they may call `__hash__`/`__eq__`), so the
//! table never computes them itself: callers pass the key's hash and an equality callback.

use super::value::Value;
use super::PyResult;

const EMPTY: u32 = 0;
const DELETED: u32 = u32::MAX;
/// CPython's `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;
/// CPython's `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;
/// CPython's `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

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
    /// The index: entry position + 1, `EMPTY` or `DELETED` (a dummy). Empty until first use,
    /// then a power of two of at least `MIN_SIZE` slots.
    slots: Vec<u32>,
    /// Live entries (CPython's `used`).
    len: usize,
    /// Slots that are live or dummies (CPython's `fill`).
    fill: usize,
    /// Where `set.pop` looks next (CPython's `finger`).
    finger: usize,
}

/// A dict's keys and values go to the trashcan ([`super::trash`]), so freeing dicts nested
/// thousands deep never recurses.
impl Drop for Dict {
    fn drop(&mut self) {
        if self.len > 0 {
            super::trash::bury(std::mem::take(&mut self.entries).into_iter().flatten().flat_map(|e| [e.key, e.value]));
        }
    }
}

/// Key equality used while probing: `(stored key, probe key) -> equal?`.
pub type KeyEq<'a> = &'a mut dyn FnMut(&Value, &Value) -> PyResult<bool>;

/// The slots CPython visits for `hash` in a table of `mask + 1` slots, in order.
fn probes(hash: i64, mask: usize) -> impl Iterator<Item = usize> {
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    let mut linear = 0;
    std::iter::from_fn(move || {
        if linear <= LINEAR_PROBES && (linear == 0 || i + LINEAR_PROBES <= mask) {
            linear += 1;
            return Some(i + linear - 1);
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        linear = 1;
        Some(i)
    })
}

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

    /// Whether a set of these keys iterates in insertion order rather than slot order: when
    /// every key hashes by identity (objects without `__hash__`). CPython orders such a set by
    /// memory address, which cannot be reproduced; insertion order is what CPython's allocator
    /// usually gives for objects made one after another.
    pub fn iterates_by_insertion(&self) -> bool {
        !self.is_empty()
            && self.iter().all(|e| match &e.key {
                Value::Instance(inst) => inst.class.lookup("__hash__").is_none(),
                Value::Native(_) | Value::Function(_) | Value::Class(_) | Value::Module(_) | Value::Builtin(_) => true,
                _ => false,
            })
    }

    /// Live entries in the order a set iterates them (see
    /// [`iterates_by_insertion`](Self::iterates_by_insertion)).
    pub fn iter_set(&self) -> Box<dyn Iterator<Item = &Entry> + '_> {
        if self.iterates_by_insertion() {
            Box::new(self.iter())
        } else {
            Box::new(self.iter_slots())
        }
    }

    /// Live entries in slot order: how CPython iterates a set.
    pub fn iter_slots(&self) -> impl Iterator<Item = &Entry> {
        self.slots.iter().filter(|&&s| s != EMPTY && s != DELETED).filter_map(|&s| self.entries[s as usize - 1].as_ref())
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

    /// Like [`entry_from`](Self::entry_from), in slot order (for set iterators).
    pub fn slot_entry_from(&self, mut i: usize) -> Option<(usize, &Entry)> {
        while i < self.slots.len() {
            let s = self.slots[i];
            if s != EMPTY && s != DELETED {
                return self.entries[s as usize - 1].as_ref().map(|e| (i + 1, e));
            }
            i += 1;
        }
        None
    }

    /// The number of slots minus one (CPython's `mask`; 7 for a table never used).
    pub fn mask(&self) -> usize {
        self.slots.len().max(MIN_SIZE) - 1
    }

    /// Slots holding live entries or dummies.
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Finds the entry for `key`.
    pub fn get(&self, hash: i64, key: &Value, eq: KeyEq) -> PyResult<Option<&Entry>> {
        Ok(match self.find(hash, key, eq)?.0 {
            Some(slot) => self.entries[self.slots[slot] as usize - 1].as_ref(),
            None => None,
        })
    }

    /// Inserts or replaces; an existing key keeps its position (and its original key object).
    /// A new key takes the last dummy on its probe path, else the empty slot that ended it,
    /// and the table grows as CPython's `set_add_entry` grows it.
    pub fn insert(&mut self, hash: i64, key: Value, value: Value, eq: KeyEq) -> PyResult<()> {
        if self.slots.is_empty() {
            self.slots = vec![EMPTY; MIN_SIZE];
        }
        let (found, free) = self.find(hash, &key, eq)?;
        if let Some(slot) = found {
            if let Some(e) = &mut self.entries[self.slots[slot] as usize - 1] {
                e.value = value;
            }
            return Ok(());
        }
        let slot = free.expect("a probe sequence ends at an empty slot");
        let reused = self.slots[slot] == DELETED;
        self.entries.push(Some(Entry { hash, key, value }));
        self.slots[slot] = self.entries.len() as u32;
        self.len += 1;
        if reused {
            if self.entries.len() >= 2 * self.slots.len() {
                self.compact();
            }
            return Ok(());
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.len > 50_000 { self.len * 2 } else { self.len * 4 });
        }
        Ok(())
    }

    /// Removes `key`, leaving a dummy in its slot; returns its entry.
    pub fn remove(&mut self, hash: i64, key: &Value, eq: KeyEq) -> PyResult<Option<Entry>> {
        let Some(slot) = self.find(hash, key, eq)?.0 else { return Ok(None) };
        Ok(self.remove_slot(slot))
    }

    fn remove_slot(&mut self, slot: usize) -> Option<Entry> {
        let pos = self.slots[slot] as usize - 1;
        self.slots[slot] = DELETED;
        self.len -= 1;
        self.entries[pos].take()
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

    /// Removes and returns the entry `set.pop` takes: the first live slot from the finger on.
    pub fn pop_slot(&mut self) -> Option<Entry> {
        if self.len == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut i = self.finger % n;
        while self.slots[i] == EMPTY || self.slots[i] == DELETED {
            i = (i + 1) % n;
        }
        self.finger = i + 1;
        self.remove_slot(i)
    }

    /// Removes every entry (the table shrinks back to its first size; `set.pop`'s finger
    /// stays where it was, as in CPython).
    pub fn clear(&mut self) {
        self.replace_table(Dict::new());
    }

    /// Takes `other`'s contents, keeping this table's `set.pop` finger (CPython's
    /// `set_swap_bodies`).
    pub fn replace_table(&mut self, other: Dict) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }

    /// Rebuilds the index with room for `min_used` entries, re-inserting the live entries in
    /// slot order and dropping dummies (CPython's `set_table_resize`).
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        let positions = self.compact_entries();
        for s in old {
            if s != EMPTY && s != DELETED {
                let pos = positions[s as usize - 1];
                let hash = self.entries[pos].as_ref().map_or(0, |e| e.hash);
                self.insert_clean(hash, pos as u32 + 1);
            }
        }
        self.fill = self.len;
    }

    /// Puts entry position `pos` (+1) into the first empty slot of `hash`'s probe path;
    /// returns that slot.
    fn insert_clean(&mut self, hash: i64, pos: u32) -> usize {
        let mask = self.slots.len() - 1;
        let slot = probes(hash, mask).find(|&i| self.slots[i] == EMPTY).expect("a table always has an empty slot");
        self.slots[slot] = pos;
        slot
    }

    /// Adds every entry of the set `other`, as CPython's `set_merge` does: one resize up front
    /// if needed; into an empty table, slot for slot when the sizes agree and `other` has no
    /// dummies, else re-inserted in `other`'s slot order; otherwise one insertion per entry.
    pub fn merge_set(&mut self, other: &Dict, eq: KeyEq) -> PyResult<()> {
        if other.len == 0 {
            return Ok(());
        }
        if self.slots.is_empty() {
            self.slots = vec![EMPTY; MIN_SIZE];
        }
        if (self.fill + other.len) * 5 >= self.mask() * 3 {
            self.resize((self.len + other.len) * 2);
        }
        if self.fill > 0 {
            for e in other.iter_slots() {
                self.insert(e.hash, e.key.clone(), e.value.clone(), eq)?;
            }
            return Ok(());
        }
        self.entries.clear();
        let same_layout = self.slots.len() == other.slots.len() && other.fill == other.len;
        let mut placed: Vec<(usize, usize)> = Vec::with_capacity(other.len);
        for (slot, &s) in other.slots.iter().enumerate() {
            if s == EMPTY || s == DELETED {
                continue;
            }
            let pos = s as usize - 1;
            let Some(e) = &other.entries[pos] else { continue };
            let target = if same_layout { slot } else { self.insert_clean(e.hash, DELETED - 1) };
            placed.push((pos, target));
        }
        placed.sort_unstable();
        for (pos, target) in placed {
            self.entries.push(other.entries[pos].clone());
            self.slots[target] = self.entries.len() as u32;
        }
        self.len = other.len;
        self.fill = other.len;
        Ok(())
    }

    /// Drops removed entries from the entry list, keeping the slot layout.
    fn compact(&mut self) {
        let positions = self.compact_entries();
        for s in self.slots.iter_mut() {
            if *s != EMPTY && *s != DELETED {
                *s = positions[*s as usize - 1] as u32 + 1;
            }
        }
    }

    /// Removes the holes from `entries`; returns each old position's new position.
    fn compact_entries(&mut self) -> Vec<usize> {
        let mut positions = Vec::with_capacity(self.entries.len());
        let mut next = 0;
        for e in &self.entries {
            positions.push(next);
            if e.is_some() {
                next += 1;
            }
        }
        self.entries.retain(Option::is_some);
        positions
    }

    /// `(slot holding key, slot a new key would take)`.
    fn find(&self, hash: i64, key: &Value, eq: KeyEq) -> PyResult<(Option<usize>, Option<usize>)> {
        if self.slots.is_empty() {
            return Ok((None, None));
        }
        let mut free = None;
        for i in probes(hash, self.slots.len() - 1) {
            match self.slots[i] {
                EMPTY => return Ok((None, free.or(Some(i)))),
                DELETED => free = Some(i),
                p => {
                    if let Some(e) = &self.entries[p as usize - 1] {
                        if e.hash == hash && (e.key.is(key) || eq(&e.key, key)?) {
                            return Ok((Some(i), None));
                        }
                    }
                }
            }
        }
        Ok((None, free))
    }
}
