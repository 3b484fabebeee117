//! Arbitrary bytes through the whole reading path of the validator: alone (a bank or a layout, as
//! its fields say), and next to itself and a bank (cross-file checks). Nothing may panic, and the
//! report must agree with itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sportello_core::bank::stats::Stats;
use sportello_core::bank::validate::{check, FileKind, Source};

const TEMPLATE: &str = include_str!("../../../question-banks/TEMPLATE.ron");

fuzz_target!(|data: &[u8]| {
    let file = Source::new("fuzz.ron", data);
    let alone = check(&[file]);
    let loaded = match file.kind() {
        FileKind::Bank => alone.banks().len(),
        FileKind::Layout => alone.layouts().len(),
    };
    assert_eq!(alone.is_valid(), loaded == 1);
    assert_eq!(alone.banks().len() + alone.layouts().len(), loaded);
    let _ = Stats::of(alone.banks()).to_json();
    for d in alone.errors().iter().chain(alone.warnings()) {
        assert!(d.to_string().starts_with("fuzz.ron"));
    }

    let twice = [
        Source::new("template.ron", TEMPLATE),
        Source::new("a.ron", data),
        Source::new("b.ron", data),
    ];
    let both = check(&twice);
    assert_eq!(both.files().count(), 3);
    assert!(both.banks().len() <= 2 && both.layouts().len() <= 1);
});
