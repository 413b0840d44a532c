//! Sorting small lists through one shared copy of the sort.
//!
//! The standard library's sort is generic: every element type and comparison gets its own
//! compiled copy (1–3 KB of WebAssembly each), and the home bundle carried 71 of them
//! (38.5 KB). These functions sort the list's positions instead, with the comparison behind a
//! trait object, so every call shares one copy, then move the items into that order. They
//! suit the short lists a page sorts (ranked rows, sources, markets); the engine's sorts over
//! every observation keep the standard library's, which is faster there.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping the order of items that compare equal.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|position| slots[position].take()),
    );
}

/// Sorts `items` by the key `key` gives, keeping the order of items with equal keys.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` and keeps one of each value.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
    items.dedup();
}

/// The positions `0..len` in the order `compare` gives them: the one instantiation of the
/// standard sort that every call above shares.
#[inline(never)]
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the comparison covers many orders without a
    /// dependency.
    fn pseudo_random(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        *seed >> 33
    }

    #[test]
    fn sorts_as_the_standard_stable_sort_does_including_ties() {
        let mut seed = 7;
        for len in [0, 1, 2, 3, 17, 20, 64, 500] {
            let items: Vec<(u64, usize)> = (0..len)
                .map(|position| (pseudo_random(&mut seed) % 5, position))
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |item| item.0);
            let mut standard = items.clone();
            standard.sort_by_key(|item| item.0);
            assert_eq!(ours, standard, "length {len}");
        }
    }

    #[test]
    fn a_reversed_comparison_sorts_down_and_keeps_ties_in_order() {
        let mut items = vec![("b", 2), ("a", 1), ("c", 2), ("d", 3)];
        sort_by(&mut items, |a, b| b.1.cmp(&a.1));
        assert_eq!(items, vec![("d", 3), ("b", 2), ("c", 2), ("a", 1)]);
    }

    #[test]
    fn sort_dedup_keeps_each_value_once_in_order() {
        let mut items = vec![5, 3, 5, 1, 3, 3, 9];
        sort_dedup(&mut items);
        assert_eq!(items, vec![1, 3, 5, 9]);
    }

    #[test]
    fn items_that_own_memory_are_moved_not_lost() {
        let mut items: Vec<String> = ["zellige", "carpets", "wood"].map(String::from).to_vec();
        sort_by(&mut items, |a, b| a.cmp(b));
        assert_eq!(items, ["carpets", "wood", "zellige"]);
    }
}
