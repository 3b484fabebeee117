//! Every translation key exists in every locale, and every key the app uses is translated.
//! A native test: `cargo test -p sportello --test locales`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/messages.rs"]
mod messages;

use messages::{messages, messages_in, repo_root as root, MESSAGE_SETS};
use std::collections::{BTreeMap, BTreeSet};

fn locales() -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(root().join(MESSAGE_SETS[0]))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    out.sort();
    out
}

/// The Rust files under `dir`, recursively.
fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Keys used in the app's sources through `tr!`, `move_tr!`, `i18n.tr` or `tr_label`.
fn used_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for path in rust_files(&root().join("src")) {
        keys_in(&path, &mut keys);
    }
    keys
}

/// Keys used in one source file.
fn keys_in(path: &std::path::Path, keys: &mut BTreeSet<String>) {
    let src = std::fs::read_to_string(path).unwrap();
    for marker in ["tr!(\"", ".tr(\"", "tr_label(\""] {
        let mut rest = src.as_str();
        while let Some(at) = rest.find(marker) {
            // `tr!` or `move_tr!`, not the end of another name (`include_str!`).
            let before = &rest[..at];
            let whole = marker.starts_with('.')
                || marker.starts_with("tr_label")
                || before.ends_with("move_")
                || !before
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
            rest = &rest[at + marker.len()..];
            if let (true, Some(end)) = (whole, rest.find('"')) {
                keys.insert(rest[..end].to_string());
            }
        }
    }
}

#[test]
fn every_locale_has_every_key_of_italian() {
    let reference: BTreeSet<String> = messages("it").into_keys().collect();
    assert!(reference.len() > 20, "Italian messages not found");
    for locale in locales() {
        let keys: BTreeSet<String> = messages(&locale).into_keys().collect();
        let missing: Vec<_> = reference.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&reference).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale} has keys Italian lacks: {extra:?}"
        );
    }
}

#[test]
fn the_app_offers_every_locale_and_only_those() {
    let mut offered: Vec<String> = sportello::i18n::LANGUAGES
        .iter()
        .map(|l| l.id.to_string())
        .collect();
    offered.sort();
    assert_eq!(offered, locales());
    assert_eq!(
        sportello::i18n::LANGUAGES[0].id,
        "it",
        "Italian comes first"
    );
}

#[test]
fn each_language_s_messages_parse_into_one_bundle() {
    // The app joins a language's files of every set into one bundle (src/i18n): each file
    // must parse, and no message be defined twice.
    use fluent_bundle::{FluentBundle, FluentResource};
    for locale in locales() {
        let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
        for set in MESSAGE_SETS {
            let dir = root().join(set).join(&locale);
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            files.sort();
            for file in files {
                let text = std::fs::read_to_string(&file).unwrap();
                let resource = FluentResource::try_new(text)
                    .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", file.display()));
                if let Err(e) = bundle.add_resource(resource) {
                    panic!("{}: {e:?}", file.display());
                }
            }
        }
    }
}

#[test]
fn every_key_used_by_the_app_is_translated() {
    let known: BTreeSet<String> = messages("it").into_keys().collect();
    let used = used_keys();
    assert!(!used.is_empty(), "no translation calls found in src/");
    let missing: Vec<_> = used.difference(&known).collect();
    assert!(
        missing.is_empty(),
        "keys used but not translated: {missing:?}"
    );
}

#[test]
fn every_translated_key_is_used() {
    let used = used_keys();
    let unused: Vec<_> = messages("it")
        .into_keys()
        .filter(|k| !used.contains(k))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

#[test]
fn boot_js_says_opening_the_page_as_the_app_does_in_every_language() {
    // boot.js shows `loading-app` before any module (and so any message) has arrived.
    let boot = std::fs::read_to_string(root().join("boot.js")).unwrap();
    for locale in locales() {
        let app = messages(&locale);
        let line = format!("  {locale}: \"{}\",", app["loading-app"]);
        assert!(boot.contains(&line), "boot.js lacks `{line}`");
    }
}

#[test]
fn the_light_shell_has_every_message_its_pages_use() {
    // The sources of the shell's pages (see `app::Shell`): their keys must be in locales/shell.
    let files = [
        "src/app.rs",
        "src/components/nav.rs",
        "src/components/language_picker.rs",
        "src/components/update_banner.rs",
        "src/pages/home.rs",
        "src/pages/about.rs",
        "src/pages/settings.rs",
    ];
    let mut used = BTreeSet::new();
    for file in files {
        keys_in(&root().join(file), &mut used);
    }
    assert!(used.len() > 10, "{used:?}");
    for locale in locales() {
        let shell: BTreeSet<String> = messages_in(&root().join(MESSAGE_SETS[0]).join(&locale))
            .into_keys()
            .collect();
        let missing: Vec<_> = used.difference(&shell).collect();
        assert!(
            missing.is_empty(),
            "locales/shell/{locale} lacks {missing:?}"
        );
    }
}

#[test]
fn the_learners_pages_have_every_message_they_use_without_the_teachers() {
    // Every source but the teachers' pages' is in the learners' module, whose messages are
    // locales/shell and locales/app: none of its keys may live in locales/teacher alone.
    let teacher_pages = root().join("src/pages/teacher");
    let mut used = BTreeSet::new();
    for path in rust_files(&root().join("src")) {
        if !path.starts_with(&teacher_pages) {
            keys_in(&path, &mut used);
        }
    }
    assert!(used.len() > 100, "{used:?}");
    for locale in locales() {
        let learners: BTreeSet<String> = MESSAGE_SETS[..2]
            .iter()
            .flat_map(|set| messages_in(&root().join(set).join(&locale)).into_keys())
            .collect();
        let missing: Vec<_> = used.difference(&learners).collect();
        assert!(
            missing.is_empty(),
            "keys of the learners' pages only in locales/teacher/{locale}: {missing:?}"
        );
    }
}

/// The checker's message keys the code uses (`msg!("key"` or `Message::new("key"`), tests left
/// out, in the folders under `dirs`.
fn checker_keys_used(dirs: &[&str]) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for path in dirs.iter().flat_map(|dir| rust_files(&root().join(dir))) {
        let src = std::fs::read_to_string(&path).unwrap();
        let code = src.split("#[cfg(test)]").next().unwrap_or_default();
        for marker in ["msg!(", "Message::new("] {
            for (at, _) in code.match_indices(marker) {
                let rest = code[at + marker.len()..].trim_start();
                if let Some(key) = rest.strip_prefix('"').and_then(|r| r.split('"').next()) {
                    keys.insert(key.to_string());
                }
            }
        }
    }
    keys
}

#[test]
fn every_checker_language_has_every_message_with_the_same_variables() {
    let english = checker_messages("en");
    assert!(english.len() > 100, "English checker messages not found");
    for locale in locales() {
        let theirs = checker_messages(&locale);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty(),
            "locales/checker/{locale}.ftl lacks {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "locales/checker/{locale}.ftl has keys English lacks: {extra:?}"
        );
        for (key, names) in &english {
            assert_eq!(
                &theirs[key], names,
                "{locale}: {key} has other variables than English"
            );
        }
    }
}

#[test]
fn every_checker_message_the_code_uses_exists_and_every_one_is_used() {
    let used = checker_keys_used(&["core/src", "src"]);
    let english: BTreeSet<String> = checker_messages("en").into_keys().collect();
    let missing: Vec<_> = used.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "checker keys used but not written: {missing:?}"
    );
    let unused: Vec<_> = english.difference(&used).collect();
    assert!(unused.is_empty(), "checker keys no code uses: {unused:?}");
}

/// The checker's messages of one locale: each key with the names of its variables (`$name`),
/// read from the key's line and the indented lines under it.
pub fn checker_messages(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = root().join(format!("locales/checker/{locale}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut key = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            key = line.split_once(" = ").map(|(k, _)| k.trim().to_string());
        }
        if let Some(key) = &key {
            let names = out.entry(key.clone()).or_default();
            for (at, _) in line.match_indices('$') {
                let name: String = line[at + 1..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                names.insert(name);
            }
        }
    }
    out
}
