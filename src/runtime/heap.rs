//! A binary min-heap with exactly the push/pop algorithm of CPython's `heapq`.
//!
//! The loop's timers are compared by deadline only, so the order in which timers with equal
//! deadlines come out is decided by the heap algorithm itself. Reproducing `heapq`'s sift
//! steps one for one makes that order identical to CPython's.

/// A `heapq`-compatible heap of `T`, ordered by a key of type `f64`.
pub(crate) struct Heap<T> {
    items: Vec<(f64, T)>,
}

impl<T> Heap<T> {
    pub(crate) fn new() -> Self {
        Heap { items: Vec::new() }
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
        let last = self.items.len() - 1;
        self.sift_down(0, last);
    }

    /// `heapq.heappop`.
    pub(crate) fn pop(&mut self) -> Option<(f64, T)> {
        let last = self.items.pop()?;
        if self.items.is_empty() {
            return Some(last);
        }
        let top = std::mem::replace(&mut self.items[0], last);
        self.sift_up(0);
        Some(top)
    }

    /// Keeps the items for which `keep` is true, then re-heapifies like `heapq.heapify`.
    pub(crate) fn retain(&mut self, keep: impl FnMut(&(f64, T)) -> bool) {
        self.items.retain(keep);
        for pos in (0..self.items.len() / 2).rev() {
            self.sift_up(pos);
        }
    }

    /// `heapq._siftdown`: move the item at `pos` towards the root while smaller than its parent.
    fn sift_down(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if self.items[pos].0 < self.items[parent].0 {
                self.items.swap(pos, parent);
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
            if right < end && !(self.items[child].0 < self.items[right].0) {
                child = right;
            }
            self.items.swap(pos, child);
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
    fn equal_keys_pop_in_heapq_order() {
        // Reference order from CPython: heapq with (when,) keys 1.0 x5, tagged by insertion.
        // python3 -c "import heapq;h=[]
        // class T:
        //  def __init__(s,i):s.i=i
        //  def __lt__(s,o):return False
        // [heapq.heappush(h,T(i)) for i in range(5)];print([heapq.heappop(h).i for _ in range(5)])"
        // -> [0, 2, 4, 1, 3]
        let mut h = Heap::new();
        for i in 0..5 {
            h.push(1.0, i);
        }
        let order: Vec<i32> = std::iter::from_fn(|| h.pop().map(|(_, i)| i)).collect();
        assert_eq!(order, vec![0, 2, 4, 1, 3]);
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
