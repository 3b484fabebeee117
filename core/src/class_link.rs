//! A class set in a link: the teacher's own bank files (and layout file, if it is theirs), the
//! layout to take, the exam's code and whether the exam uses only the set, carried whole in a URL
//! fragment (`/class#…`, never sent to any server) or, when too long for a link, in a class file
//! holding the same text. The learner's device decodes it, checks the files with the validator
//! and keeps them; the teacher's device, which has the same files, builds the same exam.
//!
//! The set is [`packed`](crate::packed) with the tag `S1.`: a link cut short or changed by a
//! messenger is refused, not read as another set.

use crate::bank::validate::{Diagnostic, Loaded};
use crate::bank::Bank;
use crate::catalog::{add_import, remove_import, Catalog, ImportedFile};
use crate::exam::{generate, GenerateError};
use crate::layout::Layout;
use crate::packed::{pack, unpack, PackProblem};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The kind and version of an encoded set (`S1.…`).
const KIND: char = 'S';
const VERSION: u32 = 1;
/// Longest encoded set offered as a link; a longer one is sent as a class file.
pub const LINK_LIMIT: usize = 16 * 1024;
/// The path of the page that opens a class link.
pub const CLASS_PATH: &str = "/class";

/// One file of a class set, as the teacher imported it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetFile {
    /// The file's name (`domande-classe.ron`).
    pub name: String,
    /// The file's RON text.
    pub text: String,
}

/// A teacher's set of questions for a class and the exam to take with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassSet {
    /// The teacher's bank files, and their layout file when the layout is theirs.
    pub files: Vec<SetFile>,
    /// The id of the layout.
    pub layout: String,
    /// The exam's code (the generator's seed).
    pub seed: u64,
    /// Whether the exam draws only on the set's tasks (else also on the shipped banks).
    pub only: bool,
}

/// Why an encoded set cannot be read: [`PackProblem::Foreign`] is not a class set.
pub type LinkProblem = PackProblem;

impl ClassSet {
    /// The set as text for a link's fragment or a class file.
    pub fn encode(&self) -> String {
        pack(KIND, VERSION, self)
    }

    /// Reads a set from a fragment (with or without its `#`), a whole class link, or the text
    /// of a class file.
    pub fn decode(text: &str) -> Result<ClassSet, LinkProblem> {
        unpack(KIND, VERSION, text)
    }

    /// The class link of the set encoded as `encoded`, on the site at `origin`
    /// (`https://example.org`).
    pub fn link(origin: &str, encoded: &str) -> String {
        format!("{origin}{CLASS_PATH}#{encoded}")
    }

    /// Whether the encoded set is short enough for a link (else it is sent as a file).
    pub fn fits_a_link(encoded: &str) -> bool {
        encoded.len() <= LINK_LIMIT
    }

    /// The name of the class file for this set.
    pub fn file_name(&self) -> String {
        format!("classe-{}.sportello", self.seed)
    }
}

/// Why a class set cannot be used on this device.
#[derive(Debug, Clone)]
pub enum Refusal {
    /// Its files have errors (each `file:line:column`).
    Errors(Vec<Diagnostic>),
    /// Its layout is neither shipped nor in the set.
    UnknownLayout(String),
    /// Its tasks cannot fill the layout ("only the set").
    CannotFill(GenerateError),
}

/// A file of this device that holds another version of a file of the set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Differing {
    /// The file's name on this device.
    pub name: String,
    /// Its bank's title, or the file's name.
    pub title: String,
    /// The version of its bank on this device (`None` for a layout or a broken file).
    pub held: Option<u32>,
    /// The version in the set.
    pub incoming: Option<u32>,
}

/// A class set checked on this device, ready to be kept.
#[derive(Debug, Clone)]
pub struct Arrival {
    /// The set's banks.
    pub banks: Vec<Bank>,
    /// The layout to take.
    pub layout: Layout,
    /// Files of this device that keeping the set would replace (asked first).
    pub differing: Vec<Differing>,
    /// Whether every file of the set is on this device already, as it is.
    pub held: bool,
}

impl Arrival {
    /// The ids of the set's banks, as the exam's query names them.
    pub fn bank_ids(&self) -> Vec<String> {
        self.banks.iter().map(|b| b.id.clone()).collect()
    }
}

impl ClassSet {
    /// Checks the set on a device whose files are `device`: its files with the validator (next
    /// to the shipped files), its layout, and whether its tasks fill the layout. A set whose files
    /// are all on the device already was checked with them: it is not checked again.
    pub fn arrive(&self, device: &Catalog) -> Result<Arrival, Refusal> {
        let text_on_device = |name: &str| {
            device
                .imported
                .iter()
                .find(|d| d.name == name)
                .map(|d| d.text.as_str())
        };
        let held = self
            .files
            .iter()
            .all(|f| text_on_device(&f.name) == Some(f.text.as_str()));
        let trial = if held {
            Cow::Borrowed(device)
        } else {
            let incoming = self.files.iter().map(|f| ImportedFile {
                name: f.name.clone(),
                text: f.text.clone(),
                imported_at_ms: 0,
            });
            Cow::Owned(Catalog::build(device.shipped.clone(), incoming.collect()))
        };
        let errors: Vec<Diagnostic> = (trial.errors().iter())
            .filter(|d| self.files.iter().any(|f| f.name == d.file))
            .cloned()
            .collect();
        if !errors.is_empty() {
            return Err(Refusal::Errors(errors));
        }
        let layout = trial
            .layout(&self.layout)
            .cloned()
            .ok_or_else(|| Refusal::UnknownLayout(self.layout.clone()))?;
        // The set's banks, each with the name of its file.
        let named: Vec<(String, Bank)> = trial
            .files()
            .into_iter()
            .filter(|f| f.imported && self.files.iter().any(|s| s.name == f.outcome.name))
            .filter_map(|f| match f.outcome.loaded {
                Loaded::Bank(bank) => Some((f.outcome.name.to_string(), bank.clone())),
                _ => None,
            })
            .collect();
        let ids: Vec<String> = named.iter().map(|(_, b)| b.id.clone()).collect();
        generate(
            &layout,
            trial.class_tasks(&ids, self.only),
            self.seed,
            |_| false,
        )
        .map_err(Refusal::CannotFill)?;
        let mut differing = Vec::new();
        for file in &self.files {
            let incoming = named
                .iter()
                .find(|(name, _)| *name == file.name)
                .map(|(_, b)| b);
            for on_device in device.files().into_iter().filter(|f| f.imported) {
                let name = on_device.outcome.name;
                let bank = match on_device.outcome.loaded {
                    Loaded::Bank(bank) => Some(bank),
                    _ => None,
                };
                let same_bank = incoming.is_some_and(|i| bank.is_some_and(|b| b.id == i.id));
                let replaced = name == file.name || same_bank;
                if replaced && text_on_device(name) != Some(file.text.as_str()) {
                    differing.push(Differing {
                        name: name.to_string(),
                        title: bank.map_or_else(|| name.to_string(), |b| b.title.clone()),
                        held: bank.map(|b| b.version),
                        incoming: incoming.map(|i| i.version),
                    });
                }
            }
        }
        let banks = named.into_iter().map(|(_, bank)| bank).collect();
        Ok(Arrival {
            banks,
            layout,
            differing,
            held,
        })
    }

    /// Keeps the set's files in `imported` (this device's imports), in place of the files
    /// that held other versions of them.
    pub fn keep(&self, arrival: &Arrival, imported: &mut Vec<ImportedFile>, now_ms: u64) {
        for old in &arrival.differing {
            remove_import(imported, &old.name);
        }
        for file in &self.files {
            let same = imported
                .iter()
                .any(|d| d.name == file.name && d.text == file.text);
            if !same {
                add_import(
                    imported,
                    ImportedFile {
                        name: file.name.clone(),
                        text: file.text.clone(),
                        imported_at_ms: now_ms,
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> ClassSet {
        ClassSet {
            files: vec![SetFile {
                name: "classe.ron".into(),
                text: "(id: \"classe\", title: \"Domande della classe\", tasks: [])".into(),
            }],
            layout: "vademecum".into(),
            seed: 18_446_744_073_709_551_615,
            only: true,
        }
    }

    #[test]
    fn a_set_comes_back_from_its_link_its_fragment_and_its_file() {
        let set = set();
        let link = ClassSet::link("https://sportello.example", &set.encode());
        assert!(link.starts_with("https://sportello.example/class#S1."));
        assert_eq!(ClassSet::decode(&link), Ok(set.clone()));
        let fragment = &link[link.find('#').unwrap()..];
        assert_eq!(ClassSet::decode(fragment), Ok(set.clone()));
        assert_eq!(ClassSet::decode(&format!("{}\n", set.encode())), Ok(set));
    }

    #[test]
    fn a_cut_link_is_damaged_and_other_texts_are_not_sets() {
        let encoded = set().encode();
        assert_eq!(
            ClassSet::decode(&encoded[..encoded.len() - 3]),
            Err(LinkProblem::Damaged)
        );
        assert_eq!(ClassSet::decode(""), Err(LinkProblem::Foreign));
        assert_eq!(
            ClassSet::decode("https://example.org/class#ciao"),
            Err(LinkProblem::Foreign)
        );
        assert_eq!(
            ClassSet::decode("S2.abc"),
            Err(LinkProblem::NewerFormat("S2".into()))
        );
    }

    const CLASS_BANK: &str = include_str!("../tests/fixtures/import/classe-completa.ron");
    const VADEMECUM: &str = include_str!("../../question-banks/layouts/vademecum.ron");

    /// The teacher's bank of a whole exam, for the Vademecum layout.
    fn class_set(text: &str) -> ClassSet {
        ClassSet {
            files: vec![SetFile {
                name: "classe-completa.ron".into(),
                text: text.into(),
            }],
            layout: "vademecum".into(),
            seed: 5,
            only: true,
        }
    }

    /// A device with the shipped layout and the imports `imported`.
    fn device(imported: Vec<ImportedFile>) -> Catalog {
        let shipped = vec![(
            "layouts/vademecum.ron".to_string(),
            VADEMECUM.as_bytes().to_vec(),
        )];
        Catalog::build(shipped, imported)
    }

    #[test]
    fn a_teachers_bank_for_a_whole_exam_fits_a_link() {
        let encoded = class_set(CLASS_BANK).encode();
        assert!(ClassSet::fits_a_link(&encoded), "{} bytes", encoded.len());
    }

    #[test]
    fn a_set_is_kept_once_and_a_new_version_replaces_the_old_one() {
        let set = class_set(CLASS_BANK);
        let mut imported = Vec::new();
        let arrival = set.arrive(&device(imported.clone())).unwrap();
        assert_eq!(arrival.bank_ids(), ["classe-completa"]);
        assert_eq!(arrival.layout.id, "vademecum");
        assert!(!arrival.held && arrival.differing.is_empty());
        set.keep(&arrival, &mut imported, 1);
        assert_eq!(imported.len(), 1);

        // The same link again: held, nothing asked, nothing doubled.
        let again = set.arrive(&device(imported.clone())).unwrap();
        assert!(again.held && again.differing.is_empty());
        assert_eq!(again.bank_ids(), ["classe-completa"]);
        // Held, it is read from the device's own check, where other imports are not the set's.
        let other = ImportedFile {
            name: "altra.ron".into(),
            text: CLASS_BANK.replace("classe-completa", "altra"),
            imported_at_ms: 0,
        };
        let with_other = device(vec![imported[0].clone(), other]);
        assert_eq!(with_other.banks().count(), 2);
        assert_eq!(
            set.arrive(&with_other).unwrap().bank_ids(),
            ["classe-completa"]
        );
        set.keep(&again, &mut imported, 2);
        assert_eq!(imported.len(), 1);
        assert_eq!(imported[0].imported_at_ms, 1);

        // A newer version, even in a file of another name, is asked about and then replaces it.
        let mut newer = class_set(&CLASS_BANK.replace("version: 1,", "version: 2,"));
        newer.files[0].name = "classe-v2.ron".into();
        let arrival = newer.arrive(&device(imported.clone())).unwrap();
        assert!(!arrival.held);
        assert_eq!(
            arrival.differing,
            [Differing {
                name: "classe-completa.ron".into(),
                title: "Prove della classe A2 – CPIA".into(),
                held: Some(1),
                incoming: Some(2),
            }]
        );
        newer.keep(&arrival, &mut imported, 3);
        assert_eq!(imported.len(), 1);
        assert_eq!(imported[0].name, "classe-v2.ron");
        assert!(device(imported).errors().is_empty());
    }

    #[test]
    fn a_set_that_cannot_make_the_exam_is_refused_with_the_reason() {
        let broken = class_set(&CLASS_BANK.replace("version: 1,", "version: uno,"));
        match broken.arrive(&device(Vec::new())) {
            Err(Refusal::Errors(errors)) => {
                assert!(errors[0].to_string().starts_with("classe-completa.ron:"))
            }
            other => panic!("{other:?}"),
        }
        let mut unknown = class_set(CLASS_BANK);
        unknown.layout = "nessuno".into();
        assert!(matches!(
            unknown.arrive(&device(Vec::new())),
            Err(Refusal::UnknownLayout(id)) if id == "nessuno"
        ));
        // On a device whose shipped banks fill the layout, a small set alone does not.
        let mut full = device(Vec::new());
        full.shipped
            .push(("classe.ron".into(), CLASS_BANK.as_bytes().to_vec()));
        let small = class_set(include_str!(
            "../tests/fixtures/import/lettura-prova-cpia.ron"
        ));
        match small.arrive(&full) {
            Err(Refusal::CannotFill(e)) => assert_eq!(e.section, crate::bank::Section::Listening),
            other => panic!("{other:?}"),
        }
    }
}
