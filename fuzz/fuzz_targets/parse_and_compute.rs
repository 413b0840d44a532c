//! Any bytes, read as the bundled JSON and as the facts CSV, then every indicator computed:
//! nothing may panic, loop or blow up (`cargo +nightly fuzz run parse_and_compute`).
#![no_main]

use artisanat_atlas::data::{Codes, from_facts_csv, parse_dataset};
use artisanat_atlas::stats::dashboard;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(loaded) = parse_dataset(text) {
        dashboard(&loaded.dataset);
    }
    let loaded = from_facts_csv(text, Codes::default(), text);
    dashboard(&loaded.dataset);
});
