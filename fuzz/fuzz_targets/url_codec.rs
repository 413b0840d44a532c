//! Any text as a link's query: every parameter is read with every codec; nothing may panic, a
//! value the codec accepts must read back as itself once written into a link, and the notice
//! for a refused value quotes at most 40 characters of it
//! (`cargo +nightly fuzz run url_codec`).
#![no_main]

use artisanat_atlas::i18n::{Locale, ignored_setting_text, unknown_language_text};
use artisanat_atlas::url_state::{Parsed, SETTING_KEYS, canonical_setting, parse_locale};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    for pair in query.split('&') {
        let (_, raw) = pair.split_once('=').unwrap_or((pair, ""));
        for key in SETTING_KEYS {
            if let Some(written) = canonical_setting(key, raw) {
                assert_eq!(
                    canonical_setting(key, &written).as_deref(),
                    Some(written.as_str()),
                    "{key}={raw}"
                );
            }
            for locale in Locale::ALL {
                let notice = ignored_setting_text(locale, key, raw);
                assert!(notice.chars().count() <= 100 + key.len() + 40, "{notice}");
            }
        }
        if let Parsed::Invalid(text) = parse_locale(Some(raw)) {
            for locale in Locale::ALL {
                unknown_language_text(locale, &text);
            }
        }
    }
});
