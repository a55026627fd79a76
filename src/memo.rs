//! Per-thread memo tables for pure, costly lookups (dictionary analyses, term grammar): the same
//! words and terms recur across clauses, rows and documents. A table is emptied when full, so
//! memory stays bounded over any number of documents.

use std::borrow::Borrow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;

/// A bounded table of remembered answers, meant to live in a `thread_local!`.
pub(crate) struct Memo<K, V> {
    table: RefCell<HashMap<K, V>>,
    capacity: usize,
}

impl<K: Hash + Eq, V: Clone> Memo<K, V> {
    /// An empty table holding at most `capacity` answers.
    pub(crate) fn new(capacity: usize) -> Memo<K, V> {
        Memo { table: RefCell::new(HashMap::new()), capacity }
    }

    /// The remembered answer for `key`, or `compute`'s, which is then remembered.
    pub(crate) fn get_or<Q>(&self, key: &Q, compute: impl FnOnce() -> V) -> V
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        if let Some(known) = self.table.borrow().get(key) {
            return known.clone();
        }
        let value = compute();
        let mut table = self.table.borrow_mut();
        if table.len() >= self.capacity {
            table.clear();
        }
        table.insert(key.to_owned(), value.clone());
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_and_stays_bounded() {
        let memo: Memo<String, usize> = Memo::new(2);
        let mut calls = 0;
        for word in ["a", "b", "a", "c", "d", "a"] {
            memo.get_or(word, || {
                calls += 1;
                word.len()
            });
        }
        assert_eq!(calls, 5, "`a` is remembered once, then dropped when the table fills");
        assert!(memo.table.borrow().len() <= 2);
    }
}
