//! The catalog: the shipped files and the files a teacher imported, checked together by the
//! validator, with the banks exams draw from (the template left out), the layouts, and what each
//! file gave. Also the list of imported files and its operations (add in place of a file of the
//! same name, remove). Reading the files from the network or from storage is the app's part.

use crate::bank::validate::{self, Diagnostic, FileOutcome, Loaded, Report, Source};
use crate::bank::{Bank, Task};
use crate::layout::Layout;
use serde::{Deserialize, Serialize};

/// The id of the bank in `question-banks/TEMPLATE.ron`: a bank to copy, never used for exams.
pub const TEMPLATE_BANK: &str = "template";

/// Whether exams and practice may draw from this bank: every bank but the template.
pub fn is_for_exams(bank: &Bank) -> bool {
    bank.id != TEMPLATE_BANK
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

/// Adds `file` to the imported files, in place of an earlier import with the same name (the new
/// one goes last). Returns whether it replaced one.
pub fn add_import(files: &mut Vec<ImportedFile>, file: ImportedFile) -> bool {
    let before = files.len();
    files.retain(|f| f.name != file.name);
    let replaced = files.len() < before;
    files.push(file);
    replaced
}

/// Removes the imported file named `name`, if there is one.
pub fn remove_import(files: &mut Vec<ImportedFile>, name: &str) {
    files.retain(|f| f.name != name);
}

/// Everything loaded and what was wrong with it.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// What the validator found, file by file.
    pub report: Report,
    /// The shipped files as fetched (name and bytes), to check an import together with them.
    pub shipped: Vec<(String, Vec<u8>)>,
    /// The imported files.
    pub imported: Vec<ImportedFile>,
}

/// One shipped or imported file: what the validator made of it, and where it comes from.
#[derive(Debug, Clone, Copy)]
pub struct CatalogFile<'a> {
    /// Its name, kind, what it gave (errors are among [`Catalog::errors`]) and diagnostics.
    pub outcome: FileOutcome<'a>,
    /// Whether a teacher imported it on this device.
    pub imported: bool,
}

impl Catalog {
    /// Checks the shipped and the imported files together, in any order.
    pub fn build(shipped: Vec<(String, Vec<u8>)>, imported: Vec<ImportedFile>) -> Catalog {
        let sources: Vec<Source<'_>> = shipped
            .iter()
            .map(|(name, data)| Source::new(name, data))
            .chain(imported.iter().map(|f| Source::new(&f.name, &f.text)))
            .collect();
        let report = validate::check(&sources);
        Catalog {
            report,
            shipped,
            imported,
        }
    }

    /// Adds an error about a file that could not be read at all (e.g. not downloaded).
    pub fn add_error(&mut self, error: Diagnostic) {
        self.report.push_error(error);
    }

    /// Whether a shipped file has this name.
    pub fn is_shipped(&self, name: &str) -> bool {
        self.shipped.iter().any(|(shipped, _)| shipped == name)
    }

    /// Every task of every bank exams draw from.
    pub fn tasks(&self) -> impl Iterator<Item = &Task> {
        self.banks().flat_map(|b| b.tasks.iter())
    }

    /// The tasks of the bank `id` only, or of every bank when `None` (practising one set).
    pub fn tasks_of<'a>(&'a self, id: Option<&'a str>) -> impl Iterator<Item = &'a Task> {
        self.banks()
            .filter(move |b| id.is_none_or(|id| b.id == id))
            .flat_map(|b| b.tasks.iter())
    }

    /// The tasks of an exam built with a teacher's class set, the banks `set`: only theirs
    /// (`only`), or theirs and the shipped banks' — never other banks imported on this device, so
    /// that the teacher's device and every learner's build the same exam.
    pub fn class_tasks<'a>(
        &'a self,
        set: &'a [String],
        only: bool,
    ) -> impl Iterator<Item = &'a Task> {
        let shipped: Vec<&str> = self
            .files()
            .into_iter()
            .filter(|f| !f.imported)
            .filter_map(|f| match f.outcome.loaded {
                Loaded::Bank(bank) => Some(bank.id.as_str()),
                _ => None,
            })
            .collect();
        self.banks()
            .filter(move |b| set.contains(&b.id) || (!only && shipped.contains(&b.id.as_str())))
            .flat_map(|b| b.tasks.iter())
    }

    /// The bank exams draw from with this id.
    pub fn bank(&self, id: &str) -> Option<&Bank> {
        self.banks().find(|b| b.id == id)
    }

    /// The banks exams draw from: the usable ones but the template.
    pub fn banks(&self) -> impl Iterator<Item = &Bank> {
        self.report.banks().iter().filter(|b| is_for_exams(b))
    }

    /// The usable layouts.
    pub fn layouts(&self) -> &[Layout] {
        self.report.layouts()
    }

    /// The layout with this id.
    pub fn layout(&self, id: &str) -> Option<&Layout> {
        self.layouts().iter().find(|l| l.id == id)
    }

    /// Problems that kept files from loading.
    pub fn errors(&self) -> &[Diagnostic] {
        self.report.errors()
    }

    /// Every checked file with what it gave: bank files, then layout files, each shipped first,
    /// then imported.
    pub fn files(&self) -> Vec<CatalogFile<'_>> {
        self.report
            .files()
            .map(|outcome| CatalogFile {
                imported: outcome.source >= self.shipped.len(),
                outcome,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::message::Message;

    const BROKEN: &str = include_str!("../tests/fixtures/banks/syntax-error.ron");
    const IMPORT: &str = include_str!("../tests/fixtures/import/lettura-prova-cpia.ron");

    fn imported(name: &str, text: &str) -> ImportedFile {
        ImportedFile {
            name: name.to_string(),
            text: text.to_string(),
            imported_at_ms: 0,
        }
    }

    #[test]
    fn each_file_is_paired_with_what_it_loaded() {
        let shipped: Vec<(String, Vec<u8>)> = [
            (
                "layouts/short.ron",
                include_str!("../tests/fixtures/layouts/short.ron"),
            ),
            (
                "ascolto-casa.ron",
                include_str!("../../question-banks/ascolto-casa.ron"),
            ),
            ("syntax-error.ron", BROKEN),
            (
                "lettura-casa.ron",
                include_str!("../../question-banks/lettura-casa.ron"),
            ),
            (
                "scrittura-casa.ron",
                include_str!("../../question-banks/scrittura-casa.ron"),
            ),
        ]
        .into_iter()
        .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
        .collect();
        let catalog = Catalog::build(
            shipped,
            vec![imported("rotto.ron", BROKEN), imported("prova.ron", IMPORT)],
        );
        let seen: Vec<(&str, bool, String)> = catalog
            .files()
            .iter()
            .map(|f| {
                let loaded = match f.outcome.loaded {
                    Loaded::Bank(b) => b.id.clone(),
                    Loaded::Layout(l) => format!("layout {}", l.id),
                    Loaded::Broken => "broken".to_string(),
                };
                (f.outcome.name, f.imported, loaded)
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

        // One set can be practised alone.
        let ids = |id| -> Vec<String> { catalog.tasks_of(id).map(|t| t.id.clone()).collect() };
        let imported_only = ids(Some("prova-cpia"));
        assert!(!imported_only.is_empty());
        assert_eq!(
            imported_only,
            catalog
                .bank("prova-cpia")
                .unwrap()
                .tasks
                .iter()
                .map(|t| t.id.clone())
                .collect::<Vec<_>>()
        );
        assert_eq!(ids(None).len(), catalog.tasks().count());
        assert!(ids(Some("nessuna")).is_empty());

        // A class set: only its banks, or its banks and the shipped ones, never another import.
        let set = ["prova-cpia".to_string()];
        let class = |set: &[String], only| -> Vec<String> {
            catalog
                .class_tasks(set, only)
                .map(|t| t.id.clone())
                .collect()
        };
        assert_eq!(class(&set, true), imported_only);
        assert_eq!(class(&set, false).len(), catalog.tasks().count());
        let shipped_only = class(&[], false);
        assert_eq!(
            shipped_only.len(),
            catalog.tasks().count() - imported_only.len()
        );
        assert!(shipped_only.iter().all(|id| !imported_only.contains(id)));
        assert!(class(&[], true).is_empty());
    }

    #[test]
    fn an_import_replaces_the_one_with_its_name_and_can_be_removed() {
        let mut files = Vec::new();
        assert!(!add_import(&mut files, imported("a.ron", "one")));
        assert!(!add_import(&mut files, imported("b.ron", "two")));
        assert!(add_import(&mut files, imported("a.ron", "three")));
        let texts = |files: &[ImportedFile]| -> Vec<(String, String)> {
            files
                .iter()
                .map(|f| (f.name.clone(), f.text.clone()))
                .collect()
        };
        assert_eq!(
            texts(&files),
            [
                ("b.ron".into(), "two".into()),
                ("a.ron".into(), "three".into())
            ]
        );
        remove_import(&mut files, "b.ron");
        assert_eq!(texts(&files), [("a.ron".into(), "three".into())]);
    }

    #[test]
    fn the_template_is_never_for_exams() {
        let template = include_str!("../../question-banks/TEMPLATE.ron");
        let catalog = Catalog::build(
            Vec::new(),
            vec![
                imported("TEMPLATE.ron", template),
                imported("prova.ron", IMPORT),
            ],
        );
        assert_eq!(catalog.report.banks().len(), 2);
        let ids: Vec<&str> = catalog.banks().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["prova-cpia"]);
        assert!(catalog.tasks().all(|t| !t.id.starts_with("template")));
    }

    #[test]
    fn a_file_that_could_not_be_read_is_an_error_of_no_file() {
        let mut catalog = Catalog::build(Vec::new(), vec![imported("prova.ron", IMPORT)]);
        let lost = Message::new("file-not-downloaded").arg("why", "404");
        catalog.add_error(Diagnostic::in_file("lost.ron", lost));
        assert_eq!(catalog.errors().len(), 1);
        assert_eq!(catalog.files().len(), 1);
        assert!(!catalog.report.is_valid());
    }
}
