//! The query of `/exam`: a teacher's link `/exam?seed=N&layout=ID` gives a whole class the same
//! exam. One type reads the query and builds the link.

use leptos::prelude::*;
use leptos_router::params::Params;

/// What `/exam?seed=N&layout=ID` asks for.
#[derive(Params, Debug, Clone, PartialEq, Eq, Default)]
pub struct ExamQuery {
    /// The exam's code (the generator's seed).
    pub seed: Option<u64>,
    /// The id of the layout to take.
    pub layout: Option<String>,
    /// A class set's banks, by id, comma-separated: the exam draws on them (and, unless `only`,
    /// on the shipped banks), never on other files imported on this device.
    pub banks: Option<String>,
    /// `0` when a class set's exam also draws on the shipped banks.
    pub only: Option<String>,
}

impl ExamQuery {
    /// The query of a shared exam.
    pub fn shared(seed: u64, layout: &str) -> ExamQuery {
        ExamQuery {
            seed: Some(seed),
            layout: Some(layout.to_string()),
            ..ExamQuery::default()
        }
    }

    /// The query of the exam of a class set: its banks `banks`, only theirs or mixed.
    pub fn class(seed: u64, layout: &str, banks: &[String], only: bool) -> ExamQuery {
        ExamQuery {
            banks: Some(banks.join(",")),
            only: (!only).then(|| "0".to_string()),
            ..ExamQuery::shared(seed, layout)
        }
    }

    /// The class set's banks, if the exam is a class set's.
    pub fn class_banks(&self) -> Option<Vec<String>> {
        self.banks.as_ref().map(|ids| {
            ids.split(',')
                .filter(|id| !id.is_empty())
                .map(String::from)
                .collect()
        })
    }

    /// Whether a class set's exam draws only on the set.
    pub fn only(&self) -> bool {
        self.only.as_deref() != Some("0")
    }

    /// The link's path, as the exam page reads it.
    pub fn href(&self) -> String {
        let mut parts = Vec::new();
        if let Some(seed) = self.seed {
            parts.push(format!("seed={seed}"));
        }
        if let Some(layout) = &self.layout {
            parts.push(format!(
                "layout={}",
                String::from(js_sys::encode_uri_component(layout))
            ));
        }
        if let Some(banks) = &self.banks {
            parts.push(format!(
                "banks={}",
                String::from(js_sys::encode_uri_component(banks))
            ));
        }
        if let Some(only) = &self.only {
            parts.push(format!("only={only}"));
        }
        if parts.is_empty() {
            "/exam".to_string()
        } else {
            format!("/exam?{}", parts.join("&"))
        }
    }
}

/// What is wrong with a shared link, said on the page instead of starting another exam.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareProblem {
    /// The code is not a whole number from 0 to 18446744073709551615 (the raw text).
    BadCode(String),
    /// No layout with this id on this device.
    UnknownLayout(String),
    /// The class set's banks with these ids are not on this device.
    MissingBanks(String),
}
