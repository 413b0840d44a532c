//! Compact storage for the text of a million observations: repeated words (metrics, units,
//! codes, notes) are stored once and referred to by a four-byte [`Sym`]; record ids, all
//! different, are packed end to end in one buffer.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::num::NonZeroU32;

/// A fast, non-cryptographic hasher (the "Fx" multiply-rotate scheme) for the dataset's own
/// keys: words, ids and symbols are not attacker-chosen hash-flooding inputs in a page that
/// only reads its own bundled file, and SipHash was a third of the load time at 1 M records.
#[derive(Clone, Copy, Default)]
pub struct FastHasher(u64);

impl FastHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut tail = [0; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        self.add(u64::from_le_bytes(tail) ^ bytes.len() as u64);
    }

    fn write_u8(&mut self, value: u8) {
        self.add(u64::from(value));
    }

    fn write_u32(&mut self, value: u32) {
        self.add(u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` with [`FastHasher`].
pub type FastSet<T> = std::collections::HashSet<T, BuildHasherDefault<FastHasher>>;

/// A string stored once in a [`StringTable`]; `Option<Sym>` is also four bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(NonZeroU32);

impl Sym {
    /// The symbol's number, for packed sort keys.
    pub fn number(self) -> u32 {
        self.0.get()
    }
}

/// Interns strings: the same text always gets the same [`Sym`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StringTable {
    strings: Vec<Box<str>>,
    lookup: FastMap<Box<str>, Sym>,
}

impl StringTable {
    /// The symbol for `text`, storing it on first use.
    pub fn intern(&mut self, text: &str) -> Sym {
        if let Some(&sym) = self.lookup.get(text) {
            return sym;
        }
        let index = u32::try_from(self.strings.len() + 1).unwrap_or(u32::MAX);
        let sym = Sym(NonZeroU32::MIN.saturating_add(index - 1));
        self.strings.push(text.into());
        self.lookup.insert(text.into(), sym);
        sym
    }

    /// The symbol of `text` if it was ever stored: a query for a word no record uses matches
    /// nothing without scanning.
    pub fn get(&self, text: &str) -> Option<Sym> {
        self.lookup.get(text).copied()
    }

    /// The text of a symbol made by this table.
    pub fn text(&self, sym: Sym) -> &str {
        self.strings
            .get(sym.0.get() as usize - 1)
            .map_or("", |text| text)
    }
}

/// Record ids, one after the other in a single buffer, addressed by position.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdList {
    text: String,
    ends: Vec<u32>,
}

impl IdList {
    pub fn push(&mut self, id: &str) {
        self.text.push_str(id);
        self.ends
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
    }

    /// Makes room for `count` more ids of about ten characters.
    pub fn reserve(&mut self, count: usize) {
        self.ends.reserve(count);
        self.text.reserve(count.saturating_mul(10));
    }

    /// The id at `index`, or `""` past the end.
    pub fn get(&self, index: usize) -> &str {
        let start = match index {
            0 => 0,
            _ => self.ends.get(index - 1).map_or(0, |&end| end as usize),
        };
        let end = self.ends.get(index).map_or(start, |&end| end as usize);
        self.text.get(start..end).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_gives_one_symbol_per_text() {
        let mut table = StringTable::default();
        let a = table.intern("exports_value");
        let b = table.intern("percent");
        assert_eq!(table.intern("exports_value"), a);
        assert_ne!(a, b);
        assert_eq!((table.text(a), table.text(b)), ("exports_value", "percent"));
        assert_eq!(table.get("percent"), Some(b));
        assert_eq!(table.get("count"), None);
        assert_eq!(std::mem::size_of::<Option<Sym>>(), 4);
    }

    #[test]
    fn ids_are_found_by_position() {
        let mut ids = IdList::default();
        for id in ["F1", "", "F0003"] {
            ids.push(id);
        }
        assert_eq!(
            (ids.get(0), ids.get(1), ids.get(2), ids.get(3)),
            ("F1", "", "F0003", "")
        );
        assert_eq!(ids.len(), 3);
    }
}
