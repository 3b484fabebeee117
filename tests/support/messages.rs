//! Reading the interface messages (`locales/{shell,app,teacher}/<locale>/*.ftl`, simple
//! `key = value` lines) in tests: shared by the locale checks and the end-to-end tests.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The sets of messages: the first-load shell's, the learners' app's and the teachers' pages'.
pub const MESSAGE_SETS: [&str; 3] = ["locales/shell", "locales/app", "locales/teacher"];

/// The repository's root (the nearest folder above the test crate that has `locales/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|dir| dir.join("locales").is_dir())
        .expect("a folder with locales/ above the test crate")
        .to_path_buf()
}

/// The messages of one locale, from every set.
pub fn messages(locale: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for set in MESSAGE_SETS {
        out.extend(messages_in(&repo_root().join(set).join(locale)));
    }
    out
}

/// The messages of the `.ftl` files of one folder.
pub fn messages_in(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                if line.starts_with('#') || line.starts_with(' ') {
                    continue;
                }
                if let Some((key, value)) = line.split_once(" = ") {
                    out.insert(key.trim().to_string(), value.trim().to_string());
                }
            }
        }
    }
    out
}
