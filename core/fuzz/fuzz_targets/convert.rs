//! Arbitrary bytes read as GIFT and as Moodle XML: nothing may panic, every problem is located in
//! the file given, and whatever bank comes out is written as RON that reads back as itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sportello_core::bank::import::{convert, Format, Options};
use sportello_core::bank::parse::parse_bank;

fuzz_target!(|data: &[u8]| {
    for (name, format) in [("fuzz.gift", Format::Gift), ("fuzz.xml", Format::MoodleXml)] {
        let c = convert(name, data, format, &Options::default());
        for d in c.errors.iter().chain(&c.notes) {
            assert!(d.to_string().starts_with(name));
        }
        assert_eq!(c.bank.is_some(), c.converted > 0);
        assert!(c.converted <= c.found);
        if let (Some(bank), Some(ron)) = (&c.bank, c.ron(name)) {
            assert_eq!(&parse_bank("fuzz.ron", &ron).expect("the RON reads back"), bank);
        }
    }
});
