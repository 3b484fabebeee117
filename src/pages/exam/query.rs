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
}

impl ExamQuery {
    /// The query of a shared exam.
    pub fn shared(seed: u64, layout: &str) -> ExamQuery {
        ExamQuery {
            seed: Some(seed),
            layout: Some(layout.to_string()),
        }
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
}
