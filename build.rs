//! Compiles the locale files (`src/i18n/locales/{fr,ar,en}.json`, one per language, edited by
//! translators without touching Rust) into the message catalogue the app is built with:
//! `Msg`, one variant per key, and `Plural`, one per key whose text depends on a count; and
//! each language's texts as one file (`texts-<lang>.txt` in `OUT_DIR`, its texts in the
//! variants' order), which the browser downloads for the language it shows only, under a name
//! made from its content (`TEXT_FILES`).
//! The build fails, naming the file and the key, when a language lacks a key the others have,
//! has one they lack, or uses other placeholders (`{count}`) than the French text.

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// The languages, in the order `Locale::pick` takes them.
const LANGUAGES: [&str; 3] = ["fr", "ar", "en"];
/// The plural categories of CLDR, in the order the generated code lists them.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
const LOCALES_DIR: &str = "src/i18n/locales";

fn main() -> Result<(), String> {
    println!("cargo::rerun-if-changed={LOCALES_DIR}");
    let files = LANGUAGES
        .iter()
        .map(|lang| read(lang))
        .collect::<Result<Vec<_>, String>>()?;
    check(&files)?;
    declare_built_in_texts();
    let out = std::env::var("OUT_DIR").map_err(|error| error.to_string())?;
    let texts: Vec<String> = files
        .iter()
        .map(|file| text_file(&files[0], file))
        .collect();
    for (lang, text) in LANGUAGES.iter().zip(&texts) {
        std::fs::write(Path::new(&out).join(format!("texts-{lang}.txt")), text)
            .map_err(|error| format!("cannot write the texts of {lang}: {error}"))?;
    }
    std::fs::write(
        Path::new(&out).join("messages.rs"),
        generate(&files, &texts),
    )
    .map_err(|error| format!("cannot write the message catalogue: {error}"))
}

/// Sets the `built_in_texts` cfg where the three languages' texts are compiled in: native
/// builds (tools, shells, tests), and WebAssembly with the `built-in-texts` feature (the
/// component tests); the app's bundles download the one they show instead.
fn declare_built_in_texts() {
    println!("cargo::rustc-check-cfg=cfg(built_in_texts)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if !wasm || std::env::var_os("CARGO_FEATURE_BUILT_IN_TEXTS").is_some() {
        println!("cargo::rustc-cfg=built_in_texts");
    }
}

/// Between two texts of a language's file: a control character no text may hold.
const SEPARATOR: char = '\u{1e}';

/// A language's file: its plain texts in the order of the French file's keys, then each plural
/// text's six forms (a form the language does not use is empty), separated by [`SEPARATOR`].
fn text_file(french: &Map<String, Value>, file: &Map<String, Value>) -> String {
    let (plural, plain) = partition(french);
    let plain = plain
        .iter()
        .map(|key| file[*key].as_str().unwrap_or_default());
    let forms = plural.iter().flat_map(|key| {
        CATEGORIES.iter().map(|category| {
            file[*key]
                .get(category)
                .and_then(Value::as_str)
                .unwrap_or_default()
        })
    });
    plain
        .chain(forms)
        .collect::<Vec<_>>()
        .join(&SEPARATOR.to_string())
}

/// The keys of plural texts and of plain ones, each in file order.
fn partition(file: &Map<String, Value>) -> (Vec<&String>, Vec<&String>) {
    file.keys().partition(|key| file[*key].is_object())
}

/// A file's name made from its content (FNV-1a, 64 bits, in hexadecimal), so that a browser
/// may keep it for a year and a new build's texts are never served from an old cache.
fn content_name(lang: &str, text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("texts-{lang}-{hash:016x}.txt")
}

/// One locale file, keys in file order.
fn read(lang: &str) -> Result<Map<String, Value>, String> {
    let path = format!("{LOCALES_DIR}/{lang}.json");
    println!("cargo::rerun-if-changed={path}");
    let text = std::fs::read_to_string(&path)
        .map_err(|error| format!("{path}: cannot be read: {error}"))?;
    match serde_json::from_str(&text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(format!("{path}: must be one JSON object of key: text")),
        Err(error) => Err(format!("{path}: not valid JSON: {error}")),
    }
}

/// Every key in every language, with the same placeholders and a plural text wherever French
/// has one.
fn check(files: &[Map<String, Value>]) -> Result<(), String> {
    let [french, ..] = files else {
        return Err("no locale file".to_owned());
    };
    for (lang, file) in LANGUAGES.iter().zip(files) {
        let path = format!("{LOCALES_DIR}/{lang}.json");
        if let Some(key) = french.keys().find(|key| !file.contains_key(*key)) {
            return Err(format!("{path}: the key \"{key}\" is missing"));
        }
        if let Some(key) = file.keys().find(|key| !french.contains_key(*key)) {
            return Err(format!("{path}: the key \"{key}\" is not in fr.json"));
        }
        for (key, text) in file {
            check_text(&path, key, text, &french[key])?;
        }
    }
    Ok(())
}

/// One text against its French original: plain or plural like it, with its placeholders.
fn check_text(path: &str, key: &str, text: &Value, french: &Value) -> Result<(), String> {
    let texts = forms(text).ok_or_else(|| {
        format!("{path}: \"{key}\" must be a text, or plural forms with \"other\"")
    })?;
    if text.is_object() != french.is_object() {
        return Err(format!(
            "{path}: \"{key}\" must be plural in every language or in none"
        ));
    }
    if texts.iter().any(|text| text.contains(SEPARATOR)) {
        return Err(format!(
            "{path}: \"{key}\" holds the control character U+001E"
        ));
    }
    if text.is_object() && texts.iter().any(|text| text.is_empty()) {
        return Err(format!("{path}: \"{key}\" has an empty plural form"));
    }
    let wanted = placeholders(&forms(french).unwrap_or_default());
    if placeholders(&texts) != wanted {
        return Err(format!(
            "{path}: \"{key}\" must use the placeholders {wanted:?}, as fr.json does"
        ));
    }
    Ok(())
}

/// The texts of a message: one, or its plural forms (`other` required, CLDR categories only).
fn forms(text: &Value) -> Option<Vec<&str>> {
    match text {
        Value::String(text) => Some(vec![text.as_str()]),
        Value::Object(forms) => {
            let known = forms.keys().all(|c| CATEGORIES.contains(&c.as_str()));
            let texts: Option<Vec<&str>> = forms.values().map(Value::as_str).collect();
            (known && forms.contains_key("other"))
                .then_some(texts)
                .flatten()
        }
        _ => None,
    }
}

/// The `{name}` placeholders of some texts.
fn placeholders(texts: &[&str]) -> BTreeSet<String> {
    texts
        .iter()
        .flat_map(|text| text.split('{').skip(1))
        .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

/// `app_name` → `AppName`.
fn variant(key: &str) -> String {
    key.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The English text, as the variant's documentation.
fn doc(english: &Value) -> String {
    let text = forms(english)
        .and_then(|forms| forms.last().map(|text| (*text).to_owned()))
        .unwrap_or_default();
    format!("{text:?}")
}

/// The Rust source of `Msg` and `Plural`, the number of texts of each kind, and the name of
/// each language's file of texts.
fn generate(files: &[Map<String, Value>], texts: &[String]) -> String {
    let (french, english) = (&files[0], &files[2]);
    let (plural, plain) = partition(french);
    let mut code = String::from("// Generated by build.rs from src/i18n/locales/*.json.\n\n");
    declare(
        &mut code,
        "Msg",
        "A fixed text of the interface, by its key in `src/i18n/locales/*.json` (each variant's \
         documentation is its English text).",
        &plain,
        english,
    );
    declare(
        &mut code,
        "Plural",
        "A text that depends on a count, by its key in `src/i18n/locales/*.json`.",
        &plural,
        english,
    );
    let names: Vec<String> = LANGUAGES
        .iter()
        .zip(texts)
        .map(|(lang, text)| format!("{:?}", content_name(lang, text)))
        .collect();
    let _ = writeln!(
        code,
        "/// Between two texts of a language's file.\n\
         pub(super) const TEXT_SEPARATOR: char = {SEPARATOR:?};\n\
         /// The forms of each plural text in a language's file (CLDR's categories).\n\
         pub(super) const PLURAL_FORMS: usize = {};\n\
         /// How many plain texts a language's file holds, before its plural ones.\n\
         pub(super) const PLAIN_TEXTS: usize = {};\n\
         /// How many texts a language's file holds: the plain ones, then the plural ones' forms.\n\
         pub(super) const TEXT_COUNT: usize = {};\n\
         /// The name of each language's file of texts (French, Arabic, English), made from its \
         content.\n\
         pub const TEXT_FILES: [&str; 3] = [{}];",
        CATEGORIES.len(),
        plain.len(),
        plain.len() + plural.len() * CATEGORIES.len(),
        names.join(", ")
    );
    code
}

/// `pub enum <name>`, one variant per key, documented with its English text.
fn declare(
    code: &mut String,
    name: &str,
    doc_line: &str,
    keys: &[&String],
    english: &Map<String, Value>,
) {
    let _ = writeln!(
        code,
        "/// {doc_line}\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum {name} {{"
    );
    for key in keys {
        let _ = writeln!(
            code,
            "    #[doc = {}]\n    {},",
            doc(&english[*key]),
            variant(key)
        );
    }
    code.push_str("}\n\n");
}
