//! The question banks and layouts the app works with: the shipped files (listed in a manifest
//! generated at build time, fetched only when a page needs them) and the files a teacher imported
//! on this device, kept in storage. The core [`Catalog`] checks them together; a broken file is
//! reported with its `file:line:column` message and the others keep working.
//!
//! Learners' pages fetch the shipped files in one download, with only the translations of the
//! interface language (`question-banks/lang/LANG.json`, written by `learner-copies` at build
//! time), about a fifth of the whole files; the catalog is fetched again when the language
//! changes. The teachers' pages, and the learners' once the whole app is kept on the phone (the
//! files are then read from the phone), fetch the whole files one by one, as does a learner's
//! page when the one download fails.

use crate::storage;
use leptos::prelude::*;
use leptos_fluent::I18n;
use sportello_core::bank::message::Message;
use sportello_core::bank::validate::Diagnostic;
pub use sportello_core::catalog::{Catalog, ImportedFile};
use sportello_core::saved::SaveError;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub(crate) mod manifest {
    include!(concat!(env!("OUT_DIR"), "/manifest.rs"));
}

/// The imported files saved on this device.
pub fn imported_files() -> Vec<ImportedFile> {
    storage::saved().imported_files()
}

/// Saves the imported files.
pub fn save_imported(files: &[ImportedFile]) -> Result<(), SaveError> {
    storage::saved().save_imported(files)
}

/// The bytes at `path` on the app's own server, or why they could not be fetched.
pub(crate) async fn fetch_bytes(path: &str) -> Result<Vec<u8>, String> {
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

/// Fetches each listed file of `folder` (its name and content hash: `manifest`) in parallel, as
/// (`label` of its name, bytes); a file that cannot be fetched is reported under its label.
pub(crate) async fn fetch_listed(
    files: &[(&str, u64)],
    folder: &str,
    label: impl Fn(&str) -> String,
) -> (Vec<(String, Vec<u8>)>, Vec<Diagnostic>) {
    let fetched = futures::future::join_all(files.iter().map(|(name, hash)| {
        let (url, label) = (format!("/{folder}/{name}?v={hash:x}"), label(name));
        async move { (label, fetch_bytes(&url).await) }
    }))
    .await;
    let mut files = Vec::new();
    let mut unreachable = Vec::new();
    for (label, result) in fetched {
        match result {
            Ok(bytes) => files.push((label, bytes)),
            Err(why) => unreachable.push(Diagnostic::in_file(
                &label,
                Message::new("file-not-downloaded").arg("why", why),
            )),
        }
    }
    (files, unreachable)
}

/// Every shipped layout and bank, one by one (all at once).
async fn whole_files() -> (Vec<(String, Vec<u8>)>, Vec<Diagnostic>) {
    let files = [manifest::LAYOUT_FILES, manifest::BANK_FILES].concat();
    fetch_listed(&files, "question-banks", str::to_string).await
}

/// A reader of the language whose learners' copy to fetch: the interface language, read where
/// it is called (a resource that calls it fetches again when it changes); none where the whole
/// files serve every language — the teachers' pages (`for_learners` false), and learners' pages
/// once the whole app is kept on the phone.
pub(crate) fn learner_locale(for_learners: bool) -> impl Fn() -> Option<String> + Copy {
    let i18n = (for_learners && !crate::offline::whole_app_kept())
        .then(use_context::<I18n>)
        .flatten();
    move || i18n.map(|i18n| i18n.language.get().id.to_string())
}

/// The learners' copy of the shipped files of `folder` for `locale`, in one download
/// (`/FOLDER/lang/LOCALE.json`, written by `learner-copies`), as (name, bytes); `hashes`, the
/// content hashes of the shipped files, name its version.
async fn learner_copy(
    folder: &str,
    hashes: impl Iterator<Item = u64>,
    locale: &str,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let version = hashes.fold(0u64, |v, hash| v.rotate_left(5) ^ hash);
    let url = format!("/{folder}/lang/{locale}.json?v={version:x}");
    let bytes = fetch_bytes(&url).await?;
    let files: Vec<(String, String)> = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
    Ok(files
        .into_iter()
        .map(|(name, text)| (name, text.into_bytes()))
        .collect())
}

/// The shipped files of `folder`: the learners' copy for `locale` (see [`learner_copy`]) when
/// one is given and can be fetched, else those `whole` fetches one by one, with the ones it could
/// not.
pub(crate) async fn copy_or_whole(
    folder: &str,
    hashes: impl Iterator<Item = u64>,
    locale: Option<String>,
    whole: impl std::future::Future<Output = (Vec<(String, Vec<u8>)>, Vec<Diagnostic>)>,
) -> (Vec<(String, Vec<u8>)>, Vec<Diagnostic>) {
    if let Some(locale) = locale {
        if let Ok(files) = learner_copy(folder, hashes, &locale).await {
            return (files, Vec::new());
        }
    }
    whole.await
}

/// Fetches the shipped files — the learners' copy for `locale` when given, else (or when it
/// cannot be fetched) the whole files — and validates them with the imported ones. A file that
/// cannot be fetched is reported like a broken one.
pub async fn load(locale: Option<String>) -> Catalog {
    // The layouts as they are, the banks with only that language's translations.
    let hashes = manifest::LAYOUT_FILES
        .iter()
        .chain(manifest::BANK_FILES)
        .map(|(_, hash)| *hash);
    let (shipped, unreachable) =
        copy_or_whole("question-banks", hashes, locale, whole_files()).await;
    let mut catalog = Catalog::build(shipped, imported_files());
    for error in unreachable {
        catalog.add_error(error);
    }
    catalog
}

/// The shared, lazily loaded catalog.
#[derive(Clone, Copy)]
pub struct CatalogContext {
    owner: StoredValue<Owner, LocalStorage>,
    resource: StoredValue<Option<LocalResource<Arc<Catalog>>>, LocalStorage>,
    for_learners: bool,
}

/// Makes the catalog available to the whole app; nothing is fetched until a page asks for it.
/// `for_learners`: the learners' pages, which fetch the learners' copy when they can.
pub fn provide_catalog(for_learners: bool) {
    provide_context(CatalogContext {
        owner: StoredValue::new_local(Owner::current().expect("inside the app")),
        resource: StoredValue::new_local(None),
        for_learners,
    });
}

/// The catalog, loading it on first use (again when a learner changes the language, if it holds
/// only one language's translations). Refetch it after an import or a removal.
pub fn use_catalog() -> LocalResource<Arc<Catalog>> {
    let ctx = expect_context::<CatalogContext>();
    if let Some(resource) = ctx.resource.get_value() {
        return resource;
    }
    let locale = learner_locale(ctx.for_learners);
    let resource = ctx.owner.with_value(|owner| {
        owner.with(|| {
            LocalResource::new(move || {
                let locale = locale();
                async move { Arc::new(load(locale).await) }
            })
        })
    });
    ctx.resource.set_value(Some(resource));
    resource
}

/// Adds a file to the saved imports, in place of an earlier import with the same name. Returns
/// whether it replaced one.
pub fn save_import(file: ImportedFile) -> Result<bool, SaveError> {
    let mut files = imported_files();
    let replaced = sportello_core::catalog::add_import(&mut files, file);
    save_imported(&files).map(|()| replaced)
}

/// Removes the saved import named `name`.
pub fn remove_import(name: &str) -> Result<(), SaveError> {
    let mut files = imported_files();
    sportello_core::catalog::remove_import(&mut files, name);
    save_imported(&files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn imported(name: &str, text: &str) -> ImportedFile {
        ImportedFile {
            name: name.to_string(),
            text: text.to_string(),
            imported_at_ms: 0,
        }
    }

    #[wasm_bindgen_test]
    fn an_import_replaces_the_one_with_its_name_and_can_be_removed() {
        storage::saved().remove(sportello_core::saved::StorageKey::Imported);
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
        storage::saved().remove(sportello_core::saved::StorageKey::Imported);
    }
}
