//! Arbitrary bytes through the whole reading path of the validator: as a bank, as a layout, and
//! as a bank next to itself (cross-file checks). Nothing may panic, and the report must agree
//! with itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sportello_core::bank::stats::Stats;
use sportello_core::bank::validate::{check, Source};

fuzz_target!(|data: &[u8]| {
    let file = [Source::new("fuzz.ron", data)];
    let as_bank = check(&file, &[]);
    assert_eq!(as_bank.is_valid(), !as_bank.banks.is_empty());
    let _ = Stats::of(&as_bank.banks).to_json();
    for d in as_bank.errors.iter().chain(&as_bank.warnings) {
        assert!(d.to_string().starts_with("fuzz.ron"));
    }

    let as_layout = check(&[], &file);
    assert_eq!(as_layout.is_valid(), !as_layout.layouts.is_empty());

    let twice = [Source::new("a.ron", data), Source::new("b.ron", data)];
    let both = check(&twice, &file);
    assert!(both.banks.len() <= 1);
});
