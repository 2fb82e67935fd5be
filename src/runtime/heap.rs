//! A binary min-heap with the push/pop algorithm of CPython's `heapq`, keyed by
//! (deadline, scheduling sequence).
//!
//! CPython compares timers by deadline only, so timers with *exactly* equal deadlines come out
//! in an order decided by the heap's sift steps. On a real clock two deadlines are practically
//! never equal, so what learners see is scheduling order; the virtual clock makes exact ties
//! common, so the key carries a sequence number that breaks them in scheduling order — the
//! same rule `tools/record.py` applies to CPython itself.

/// A `heapq`-compatible heap of `T`, ordered by a key of type `f64`.
pub(crate) struct Heap<T> {
    items: Vec<(f64, T)>,
    seqs: Vec<u64>,
    next_seq: u64,
}

impl<T> Heap<T> {
    pub(crate) fn new() -> Self {
        Heap { items: Vec::new(), seqs: Vec::new(), next_seq: 0 }
    }

    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    pub(crate) fn peek(&self) -> Option<&(f64, T)> {
        self.items.first()
    }

    /// `heapq.heappush`.
    pub(crate) fn push(&mut self, key: f64, item: T) {
        self.items.push((key, item));
        self.seqs.push(self.next_seq);
        self.next_seq += 1;
        let last = self.items.len() - 1;
        self.sift_down(0, last);
    }

    /// `heapq.heappop`.
    pub(crate) fn pop(&mut self) -> Option<(f64, T)> {
        let last = self.items.pop()?;
        let last_seq = self.seqs.pop()?;
        if self.items.is_empty() {
            return Some(last);
        }
        let top = std::mem::replace(&mut self.items[0], last);
        self.seqs[0] = last_seq;
        self.sift_up(0);
        Some(top)
    }

    /// Keeps the items for which `keep` is true, then re-heapifies like `heapq.heapify`.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&(f64, T)) -> bool) {
        let (items, seqs): (Vec<_>, Vec<_>) =
            std::mem::take(&mut self.items).into_iter().zip(std::mem::take(&mut self.seqs)).filter(|(it, _)| keep(it)).unzip();
        self.items = items;
        self.seqs = seqs;
        for pos in (0..self.items.len() / 2).rev() {
            self.sift_up(pos);
        }
    }

    fn less(&self, a: usize, b: usize) -> bool {
        (self.items[a].0, self.seqs[a]) < (self.items[b].0, self.seqs[b])
    }

    fn swap(&mut self, a: usize, b: usize) {
        self.items.swap(a, b);
        self.seqs.swap(a, b);
    }

    /// `heapq._siftdown`: move the item at `pos` towards the root while smaller than its parent.
    fn sift_down(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if self.less(pos, parent) {
                self.swap(pos, parent);
                pos = parent;
            } else {
                break;
            }
        }
    }

    /// `heapq._siftup`: bubble the smaller child up to a leaf, then sift the item back down.
    fn sift_up(&mut self, mut pos: usize) {
        let end = self.items.len();
        let start = pos;
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && !self.less(child, right) {
                child = right;
            }
            self.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        self.sift_down(start, pos);
    }
}

#[cfg(test)]
mod tests {
    use super::Heap;

    #[test]
    fn equal_deadlines_pop_in_scheduling_order() {
        let mut h = Heap::new();
        for i in 0..8 {
            h.push(1.0, i);
        }
        let order: Vec<i32> = std::iter::from_fn(|| h.pop().map(|(_, i)| i)).collect();
        assert_eq!(order, (0..8).collect::<Vec<_>>());
    }

    #[test]
    fn pops_in_key_order() {
        let mut h = Heap::new();
        for (i, k) in [5.0, 1.0, 4.0, 2.0, 3.0].into_iter().enumerate() {
            h.push(k, i);
        }
        let keys: Vec<f64> = std::iter::from_fn(|| h.pop().map(|(k, _)| k)).collect();
        assert_eq!(keys, vec![1.0, 2.0, 3.0, 4.0, 5.0]);
    }
}
