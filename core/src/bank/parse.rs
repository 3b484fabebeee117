//! Reading bank and layout files from RON text, with errors located as `file:line:column`.

use crate::bank::Bank;
use crate::layout::Layout;
use serde::de::DeserializeOwned;
use std::fmt;

/// A problem found in a file, with its position when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The file name as given by the caller.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{}:{}: {}", self.file, l, c, self.message),
            (Some(l), None) => write!(f, "{}:{}: {}", self.file, l, self.message),
            _ => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

fn parse_ron<T: DeserializeOwned>(file: &str, source: &str) -> Result<T, Located> {
    if source.trim().is_empty() {
        return Err(Located {
            file: file.to_string(),
            line: None,
            column: None,
            message: "the file is empty".to_string(),
        });
    }
    ron::from_str(source).map_err(|e| Located {
        file: file.to_string(),
        line: Some(e.span.start.line),
        column: Some(e.span.start.col),
        message: e.code.to_string(),
    })
}

/// Reads one bank file.
pub fn parse_bank(file: &str, source: &str) -> Result<Bank, Located> {
    parse_ron(file, source)
}

/// Reads one layout file.
pub fn parse_layout(file: &str, source: &str) -> Result<Layout, Located> {
    parse_ron(file, source)
}
