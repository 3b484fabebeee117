//! TEMPORARY stand-in until the catalog moves into core.

use serde::{Deserialize, Serialize};

/// A file a teacher imported on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedFile {
    /// The file's name on the teacher's device.
    pub name: String,
    /// Its text.
    pub text: String,
    /// When it was imported (ms since the Unix epoch).
    pub imported_at_ms: u64,
}
