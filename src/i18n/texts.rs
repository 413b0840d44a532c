//! Each language's texts as one file (`TEXT_FILES`, written by `build.rs`): the browser
//! downloads the file of the language it shows and installs it here, so a visitor never
//! downloads the two others; native tools and tests (and the wasm component tests, with the
//! `built-in-texts` feature) have the three built in.

use super::Locale;
use super::messages::{PLURAL_FORMS, TEXT_COUNT, TEXT_SEPARATOR};
use std::sync::OnceLock;

/// A language's texts, split from its file: the plain ones by `Msg`'s order, then the plural
/// ones, six forms each, by `Plural`'s order.
struct Texts {
    file: &'static str,
    texts: Vec<&'static str>,
}

/// The installed languages, in `Locale::pick` order.
static INSTALLED: [OnceLock<Texts>; 3] = [const { OnceLock::new() }; 3];

/// Why a downloaded file of texts was refused: it was not written for this build.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the file holds {found} texts where {expected} were expected")]
pub struct TextsMismatch {
    /// Texts found in the file.
    pub found: usize,
    /// Texts this build's messages need.
    pub expected: usize,
}

/// Installs `file` as `locale`'s texts, unless they already are. A copy is kept for the
/// page's life (at most three files), so texts can be lent as `&'static str` like built-in ones.
pub fn install_texts(locale: Locale, file: &str) -> Result<(), TextsMismatch> {
    let found = file.split(TEXT_SEPARATOR).count();
    if found != TEXT_COUNT {
        return Err(TextsMismatch {
            found,
            expected: TEXT_COUNT,
        });
    }
    let slot = slot(locale);
    if slot.get().is_none() {
        let _ = slot.set(split(Box::leak(file.into())));
    }
    Ok(())
}

/// Whether `locale`'s texts can be shown.
pub fn has_texts(locale: Locale) -> bool {
    installed(locale).is_some()
}

/// `locale`'s file of texts as installed, to hand to the data desk's worker.
pub fn texts_file(locale: Locale) -> Option<&'static str> {
    installed(locale).map(|texts| texts.file)
}

/// The text at `index` in `locale`'s file; empty when the language is not installed (the app
/// shows a language only once its texts are).
pub(super) fn text_at(locale: Locale, index: usize) -> &'static str {
    installed(locale)
        .and_then(|texts| texts.texts.get(index).copied())
        .unwrap_or_default()
}

/// The six forms of the plural text at `index` among plural texts, after `plain` plain ones;
/// a form the language does not use is `None`.
pub(super) fn forms_at(
    locale: Locale,
    plain: usize,
    index: usize,
) -> [Option<&'static str>; PLURAL_FORMS] {
    let first = plain + index * PLURAL_FORMS;
    std::array::from_fn(|form| Some(text_at(locale, first + form)).filter(|text| !text.is_empty()))
}

fn slot(locale: Locale) -> &'static OnceLock<Texts> {
    locale.pick([&INSTALLED[0], &INSTALLED[1], &INSTALLED[2]])
}

fn split(file: &'static str) -> Texts {
    Texts {
        file,
        texts: file.split(TEXT_SEPARATOR).collect(),
    }
}

#[cfg(built_in_texts)]
fn installed(locale: Locale) -> Option<&'static Texts> {
    Some(slot(locale).get_or_init(|| split(built_in_file(locale))))
}

#[cfg(not(built_in_texts))]
fn installed(locale: Locale) -> Option<&'static Texts> {
    slot(locale).get()
}

/// `locale`'s file of texts as this build wrote it, for native tools (which write the files
/// the browser downloads) and tests.
#[cfg(built_in_texts)]
pub fn built_in_file(locale: Locale) -> &'static str {
    locale.pick([
        include_str!(concat!(env!("OUT_DIR"), "/texts-fr.txt")),
        include_str!(concat!(env!("OUT_DIR"), "/texts-ar.txt")),
        include_str!(concat!(env!("OUT_DIR"), "/texts-en.txt")),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Msg, TEXT_FILES};

    #[test]
    fn every_language_file_splits_into_the_texts_the_messages_need() {
        for locale in Locale::ALL {
            let found = built_in_file(locale).split(TEXT_SEPARATOR).count();
            assert_eq!(found, TEXT_COUNT, "{locale:?}");
        }
        assert_eq!(Msg::AppName.text(Locale::Ar), "أطلس الصناعة التقليدية");
    }

    #[test]
    fn a_file_written_for_another_build_is_refused_and_names_differ_by_content() {
        let refused = install_texts(Locale::Fr, "un\u{1e}deux");
        assert_eq!(
            refused,
            Err(TextsMismatch {
                found: 2,
                expected: TEXT_COUNT
            })
        );
        assert_eq!(install_texts(Locale::Ar, built_in_file(Locale::Ar)), Ok(()));
        assert!(has_texts(Locale::Ar));
        assert!(
            TEXT_FILES
                .iter()
                .all(|name| name.starts_with("texts-") && name.ends_with(".txt"))
        );
        assert_ne!(TEXT_FILES[0], TEXT_FILES[1]);
    }
}
