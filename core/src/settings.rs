//! The learner's preferences, saved on the device.

use crate::speech_plan::DEFAULT_RATE;
use serde::{Deserialize, Serialize};

/// Preferences.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Speech rate of the listening recordings (1.0 is the voice's normal speed).
    pub speech_rate: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            speech_rate: DEFAULT_RATE,
        }
    }
}
