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

/// How much of the app the phone keeps for use with no connection (`sportello.offline`, read by
/// `boot.js` before the app starts, which registers the matching service worker).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "SavedKeeping", into = "&'static str")]
pub enum Keeping {
    /// Everything, downloaded after the first visit (`sw.js`).
    All,
    /// Only the pages, banks and lessons opened, as they are used (`sw-light.js`): the default
    /// on mobile data or with data saver on.
    Used,
    /// Nothing: the app needs a connection.
    Nothing,
}

impl Keeping {
    /// Every choice, in the order offered.
    pub const ALL: [Keeping; 3] = [Keeping::All, Keeping::Used, Keeping::Nothing];

    /// The name saved and passed to `boot.js`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Keeping::All => "all",
            Keeping::Used => "used",
            Keeping::Nothing => "none",
        }
    }

    /// The choice named `name` (as `boot.js` reports the one in effect).
    pub fn from_name(name: &str) -> Option<Keeping> {
        Keeping::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl From<Keeping> for &'static str {
    fn from(keeping: Keeping) -> &'static str {
        keeping.as_str()
    }
}

/// A saved choice: a name, or a yes/no from before there was a middle choice.
#[derive(Deserialize)]
#[serde(untagged)]
enum SavedKeeping {
    Kept(bool),
    Named(String),
}

impl From<SavedKeeping> for Keeping {
    fn from(saved: SavedKeeping) -> Keeping {
        match saved {
            SavedKeeping::Kept(true) => Keeping::All,
            SavedKeeping::Kept(false) => Keeping::Nothing,
            // An unknown name (from a newer version) keeps everything, as with no choice.
            SavedKeeping::Named(name) => Keeping::from_name(&name).unwrap_or(Keeping::All),
        }
    }
}

/// `bytes` in megabytes with one decimal ("9.4"), rounded, without floating-point formatting
/// (whose code would weigh on the light shell).
pub fn megabytes(bytes: u64) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_is_saved_by_name_and_read_back() {
        for keeping in Keeping::ALL {
            let json = serde_json::to_string(&keeping).unwrap();
            assert_eq!(json, format!("\"{}\"", keeping.as_str()));
            assert_eq!(serde_json::from_str::<Keeping>(&json).unwrap(), keeping);
        }
    }

    #[test]
    fn the_yes_or_no_of_earlier_versions_reads_as_everything_or_nothing() {
        assert_eq!(
            serde_json::from_str::<Keeping>("true").unwrap(),
            Keeping::All
        );
        assert_eq!(
            serde_json::from_str::<Keeping>("false").unwrap(),
            Keeping::Nothing
        );
        assert_eq!(
            serde_json::from_str::<Keeping>("\"later\"").unwrap(),
            Keeping::All
        );
        assert!(serde_json::from_str::<Keeping>("3").is_err());
    }

    #[test]
    fn megabytes_have_one_rounded_decimal() {
        assert_eq!(megabytes(0), "0.0");
        assert_eq!(megabytes(49_999), "0.0");
        assert_eq!(megabytes(50_000), "0.1");
        assert_eq!(megabytes(9_234_567), "9.2");
        assert_eq!(megabytes(9_250_000), "9.3");
        assert_eq!(megabytes(12_000_000), "12.0");
    }
}
