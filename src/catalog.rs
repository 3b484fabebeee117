//! The question banks and layouts the app works with: the shipped files (listed in a manifest
//! generated at build time, fetched only when a page needs them) and the files a teacher imported
//! on this device, validated together by the core validator. A broken file is reported with its
//! `file:line:column` message and the others keep working.

use crate::storage::{self, StorageKey};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use sportello_core::bank::validate::{self, Diagnostic, Report, Source};
use sportello_core::bank::{Bank, Task};
use sportello_core::layout::Layout;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

mod manifest {
    include!(concat!(env!("OUT_DIR"), "/manifest.rs"));
}

/// A file a teacher imported on this device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportedFile {
    /// The file's name on the teacher's device.
    pub name: String,
    /// Its text.
    pub text: String,
    /// When it was imported (ms since the Unix epoch).
    pub imported_at_ms: u64,
}

impl ImportedFile {
    /// Whether the file is an exam layout rather than a bank (`pass_mark` is a field only
    /// layouts have).
    pub fn is_layout(&self) -> bool {
        is_layout_text(&self.text)
    }
}

/// Whether a `.ron` text is an exam layout rather than a bank.
pub fn is_layout_text(text: &str) -> bool {
    text.contains("pass_mark")
}

/// Everything loaded and what was wrong with it.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Banks and layouts without errors, and the problems found.
    pub report: Report,
    /// Names of the shipped bank files (for the teacher's list).
    pub shipped: Vec<String>,
    /// The imported files.
    pub imported: Vec<ImportedFile>,
    /// The shipped files as fetched (name and bytes; layouts under `layouts/`), to check an
    /// import together with them.
    pub sources: Vec<(String, Vec<u8>)>,
}

impl Catalog {
    /// Every task of every usable bank (the template bank excluded).
    pub fn tasks(&self) -> impl Iterator<Item = &Task> {
        self.banks().flat_map(|b| b.tasks.iter())
    }

    /// The usable banks.
    pub fn banks(&self) -> impl Iterator<Item = &Bank> {
        self.report.banks.iter().filter(|b| b.id != "template")
    }

    /// The usable layouts.
    pub fn layouts(&self) -> &[Layout] {
        &self.report.layouts
    }

    /// The layout with this id.
    pub fn layout(&self, id: &str) -> Option<&Layout> {
        self.report.layouts.iter().find(|l| l.id == id)
    }

    /// Problems that kept files from loading.
    pub fn errors(&self) -> &[Diagnostic] {
        &self.report.errors
    }
}

/// The imported files saved on this device.
pub fn imported_files() -> Vec<ImportedFile> {
    storage::load(StorageKey::Imported).unwrap_or_default()
}

/// Saves the imported files.
pub fn save_imported(files: &[ImportedFile]) -> Result<(), storage::SaveError> {
    storage::save(StorageKey::Imported, &files)
}

/// Validates shipped and imported files together.
pub fn build(shipped: Vec<(String, Vec<u8>)>, imported: Vec<ImportedFile>) -> Catalog {
    let mut banks: Vec<Source<'_>> = Vec::new();
    let mut layouts: Vec<Source<'_>> = Vec::new();
    for (name, data) in &shipped {
        if name.starts_with("layouts/") {
            layouts.push(Source::new(name, data));
        } else {
            banks.push(Source::new(name, data));
        }
    }
    for file in &imported {
        let source = Source::new(&file.name, &file.text);
        if file.is_layout() {
            layouts.push(source);
        } else {
            banks.push(source);
        }
    }
    let report = validate::check(&banks, &layouts);
    Catalog {
        report,
        shipped: shipped
            .iter()
            .map(|(n, _)| n.clone())
            .filter(|n| !n.starts_with("layouts/"))
            .collect(),
        imported,
        sources: shipped,
    }
}

async fn fetch_bytes(path: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Fetches every shipped file (in parallel) and validates them with the imported ones. A file
/// that cannot be fetched is reported like a broken one.
pub async fn load() -> Catalog {
    let files = manifest::LAYOUT_FILES
        .iter()
        .chain(manifest::BANK_FILES)
        .map(|(name, hash)| async move {
            let url = format!("/question-banks/{name}?v={hash:x}");
            (name.to_string(), fetch_bytes(&url).await)
        });
    let fetched = futures::future::join_all(files).await;
    let mut shipped = Vec::new();
    let mut unreachable = Vec::new();
    for (name, result) in fetched {
        match result {
            Ok(bytes) => shipped.push((name, bytes)),
            Err(why) => unreachable.push(Diagnostic::in_file(
                &name,
                format!("could not be downloaded ({why})"),
            )),
        }
    }
    let mut catalog = build(shipped, imported_files());
    catalog.report.errors.extend(unreachable);
    catalog
}

/// The shared, lazily loaded catalog.
#[derive(Clone, Copy)]
pub struct CatalogContext {
    owner: StoredValue<Owner, LocalStorage>,
    resource: StoredValue<Option<LocalResource<Arc<Catalog>>>, LocalStorage>,
}

/// Makes the catalog available to the whole app; nothing is fetched until a page asks for it.
pub fn provide_catalog() {
    provide_context(CatalogContext {
        owner: StoredValue::new_local(Owner::current().expect("inside the app")),
        resource: StoredValue::new_local(None),
    });
}

/// The catalog, loading it on first use. Refetch it after an import or a removal.
pub fn use_catalog() -> LocalResource<Arc<Catalog>> {
    let ctx = expect_context::<CatalogContext>();
    if let Some(resource) = ctx.resource.get_value() {
        return resource;
    }
    let resource = ctx
        .owner
        .with_value(|owner| owner.with(|| LocalResource::new(|| async { Arc::new(load().await) })));
    ctx.resource.set_value(Some(resource));
    resource
}

/// What one file of the catalog gave once checked.
#[derive(Debug, Clone, Copy)]
pub enum Loaded<'a> {
    /// A bank without errors.
    Bank(&'a Bank),
    /// A layout without errors.
    Layout(&'a Layout),
    /// Nothing: the file has errors (they are among [`Catalog::errors`]).
    Broken,
}

/// One shipped or imported file and what it gave.
#[derive(Debug, Clone, Copy)]
pub struct CatalogFile<'a> {
    /// The file's name, as in diagnostics.
    pub name: &'a str,
    /// Whether a teacher imported it on this device.
    pub imported: bool,
    /// Its bank or layout.
    pub loaded: Loaded<'a>,
}

impl Catalog {
    /// Every checked file with what it gave: bank files, then layout files, each in the order
    /// [`build`] checked them (the report keeps that order and leaves out the files with errors).
    pub fn files(&self) -> Vec<CatalogFile<'_>> {
        let broken: std::collections::HashSet<&str> =
            self.report.errors.iter().map(|d| d.file.as_str()).collect();
        let all = self
            .sources
            .iter()
            .map(|(name, _)| (name.as_str(), false, name.starts_with("layouts/")))
            .chain(
                self.imported
                    .iter()
                    .map(|f| (f.name.as_str(), true, f.is_layout())),
            );
        let (layout_files, bank_files): (Vec<_>, Vec<_>) = all.partition(|&(_, _, l)| l);
        let mut banks = self.report.banks.iter();
        let mut layouts = self.report.layouts.iter();
        let mut out = Vec::new();
        for (name, imported, _) in bank_files {
            let loaded = if broken.contains(name) {
                Loaded::Broken
            } else {
                banks.next().map_or(Loaded::Broken, Loaded::Bank)
            };
            out.push(CatalogFile {
                name,
                imported,
                loaded,
            });
        }
        for (name, imported, _) in layout_files {
            let loaded = if broken.contains(name) {
                Loaded::Broken
            } else {
                layouts.next().map_or(Loaded::Broken, Loaded::Layout)
            };
            out.push(CatalogFile {
                name,
                imported,
                loaded,
            });
        }
        out
    }
}

/// Adds a file to the saved imports, in place of an earlier import with the same name. Returns
/// whether it replaced one.
pub fn save_import(file: ImportedFile) -> Result<bool, storage::SaveError> {
    let mut files = imported_files();
    let before = files.len();
    files.retain(|f| f.name != file.name);
    let replaced = files.len() < before;
    files.push(file);
    save_imported(&files).map(|()| replaced)
}

/// Removes the saved import named `name`.
pub fn remove_import(name: &str) -> Result<(), storage::SaveError> {
    let mut files = imported_files();
    files.retain(|f| f.name != name);
    save_imported(&files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    const BROKEN: &str = include_str!("../core/tests/fixtures/banks/syntax-error.ron");
    const IMPORT: &str = include_str!("../core/tests/fixtures/import/lettura-prova-cpia.ron");

    fn imported(name: &str, text: &str) -> ImportedFile {
        ImportedFile {
            name: name.to_string(),
            text: text.to_string(),
            imported_at_ms: 0,
        }
    }

    #[wasm_bindgen_test]
    fn each_file_is_paired_with_what_it_loaded() {
        let shipped: Vec<(String, Vec<u8>)> = [
            (
                "layouts/short.ron",
                include_str!("../core/tests/fixtures/layouts/short.ron"),
            ),
            (
                "ascolto-casa.ron",
                include_str!("../question-banks/ascolto-casa.ron"),
            ),
            ("syntax-error.ron", BROKEN),
            (
                "lettura-casa.ron",
                include_str!("../question-banks/lettura-casa.ron"),
            ),
            (
                "scrittura-casa.ron",
                include_str!("../question-banks/scrittura-casa.ron"),
            ),
        ]
        .into_iter()
        .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
        .collect();
        let catalog = build(
            shipped,
            vec![imported("rotto.ron", BROKEN), imported("prova.ron", IMPORT)],
        );
        let seen: Vec<(&str, bool, String)> = catalog
            .files()
            .iter()
            .map(|f| {
                let loaded = match f.loaded {
                    Loaded::Bank(b) => b.id.clone(),
                    Loaded::Layout(l) => format!("layout {}", l.id),
                    Loaded::Broken => "broken".to_string(),
                };
                (f.name, f.imported, loaded)
            })
            .collect();
        let expected = [
            ("ascolto-casa.ron", false, "ascolto-casa"),
            ("syntax-error.ron", false, "broken"),
            ("lettura-casa.ron", false, "lettura-casa"),
            ("scrittura-casa.ron", false, "scrittura-casa"),
            ("rotto.ron", true, "broken"),
            ("prova.ron", true, "prova-cpia"),
            ("layouts/short.ron", false, "layout short"),
        ]
        .map(|(name, imported, loaded)| (name, imported, loaded.to_string()));
        assert_eq!(seen, expected);
    }

    #[wasm_bindgen_test]
    fn an_import_replaces_the_one_with_its_name_and_can_be_removed() {
        storage::remove(StorageKey::Imported);
        assert_eq!(save_import(imported("a.ron", "one")), Ok(false));
        assert_eq!(save_import(imported("b.ron", "two")), Ok(false));
        assert_eq!(save_import(imported("a.ron", "three")), Ok(true));
        let texts = |files: Vec<ImportedFile>| -> Vec<(String, String)> {
            files.into_iter().map(|f| (f.name, f.text)).collect()
        };
        assert_eq!(
            texts(imported_files()),
            [
                ("b.ron".into(), "two".into()),
                ("a.ron".into(), "three".into())
            ]
        );
        assert_eq!(remove_import("b.ron"), Ok(()));
        assert_eq!(texts(imported_files()), [("a.ron".into(), "three".into())]);
        storage::remove(StorageKey::Imported);
    }
}
