//! Versions of saved data: every value is saved in an envelope `{"schema": N, "data": …}`, and
//! data saved by an earlier version of the app is upgraded one step at a time when it is read,
//! from the browser's storage or from a backup file alike.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// The version of the layout of saved data: of each part in the browser's storage and of a
/// backup's `data`. Raise it together with a new step in [`STEPS`].
pub const SCHEMA: u32 = 1;

/// One upgrade step: turns a part's data (named as in a backup's `data`: `"history"`,
/// `"finished"`, …, see [`crate::saved::StorageKey::part`]) saved with version `n` into
/// version `n + 1`.
type Step = fn(part: &str, data: Value) -> Result<Value, String>;

/// `STEPS[i]` upgrades from version `i + 1` to `i + 2`; version 1 is the first, so none yet.
const STEPS: &[Step] = &[];

/// Why saved data could not be upgraded to [`SCHEMA`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpgradeError {
    /// Written by a newer version of the app.
    Newer(u32),
    /// No version of the app ever wrote this version (0).
    Unknown(u32),
    /// An upgrade step failed.
    Step {
        /// The version it started from.
        from: u32,
        /// What went wrong.
        reason: String,
    },
}

impl fmt::Display for UpgradeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UpgradeError::Newer(v) => write!(
                f,
                "saved by a newer version of Sportello (data version {v}, this one reads up to {SCHEMA})"
            ),
            UpgradeError::Unknown(v) => write!(f, "unknown data version {v}"),
            UpgradeError::Step { from, reason } => {
                write!(f, "cannot upgrade data version {from}: {reason}")
            }
        }
    }
}

impl std::error::Error for UpgradeError {}

/// Upgrades the data of one saved part from version `from` to [`SCHEMA`], one step at a time.
/// Data already at [`SCHEMA`] is returned unchanged; a newer or unknown version is refused.
pub fn upgrade(part: &str, from: u32, data: Value) -> Result<Value, UpgradeError> {
    readable(from)?;
    let mut data = data;
    for (version, step) in (from..).zip(&STEPS[(from - 1) as usize..]) {
        data = step(part, data).map_err(|reason| UpgradeError::Step {
            from: version,
            reason,
        })?;
    }
    Ok(data)
}

/// Whether data saved with version `version` can be upgraded to [`SCHEMA`].
pub fn readable(version: u32) -> Result<(), UpgradeError> {
    match version {
        0 => Err(UpgradeError::Unknown(version)),
        v if v > SCHEMA => Err(UpgradeError::Newer(version)),
        _ => Ok(()),
    }
}

#[derive(Serialize)]
struct Envelope<'a, T: ?Sized> {
    schema: u32,
    data: &'a T,
}

/// The text saved for `value`: the value in an envelope of the current [`SCHEMA`].
pub fn encode<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(&Envelope {
        schema: SCHEMA,
        data: value,
    })
    .expect("saved data serializes to JSON")
}

/// Reads the text saved for the part `part`, upgrading data of an earlier version. The error
/// says why it cannot be read (kept with the data when it is put aside).
pub fn decode<T: DeserializeOwned>(part: &str, raw: &str) -> Result<T, String> {
    let mut value: Value = serde_json::from_str(raw).map_err(|e| format!("not JSON: {e}"))?;
    let schema = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or("no schema version")?;
    let schema = u32::try_from(schema).unwrap_or(u32::MAX);
    let data = match value.get_mut("data") {
        Some(data) => data.take(),
        None => return Err("unexpected content: missing field `data`".to_string()),
    };
    let data = upgrade(part, schema, data).map_err(|e| match e {
        UpgradeError::Newer(s) => format!("saved with schema {s}, this app reads {SCHEMA}"),
        other => other.to_string(),
    })?;
    serde_json::from_value(data).map_err(|e| format!("unexpected content: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn data_at_the_current_version_passes_through_unchanged() {
        let data = json!({"attempts": [{"id": "1-2"}]});
        assert_eq!(upgrade("history", 1, data.clone()), Ok(data));
        assert_eq!(
            STEPS.len(),
            SCHEMA as usize - 1,
            "one step per earlier version"
        );
    }

    #[test]
    fn data_from_a_newer_or_unknown_version_is_refused() {
        assert_eq!(
            upgrade("history", SCHEMA + 1, json!({})),
            Err(UpgradeError::Newer(SCHEMA + 1))
        );
        assert_eq!(
            upgrade("history", 0, json!({})),
            Err(UpgradeError::Unknown(0))
        );
    }

    #[test]
    fn a_value_reads_back_from_its_envelope() {
        let text = encode(&vec![1, 2, 3]);
        assert_eq!(text, r#"{"schema":1,"data":[1,2,3]}"#);
        assert_eq!(decode::<Vec<u32>>("review", &text), Ok(vec![1, 2, 3]));
    }

    #[test]
    fn unreadable_texts_say_why() {
        let why = |raw: &str| decode::<Vec<u32>>("review", raw).unwrap_err();
        assert!(why("{oops").starts_with("not JSON"), "{}", why("{oops"));
        assert_eq!(why(r#"{"data":[1]}"#), "no schema version");
        assert_eq!(why(r#"{"schema":"1","data":[1]}"#), "no schema version");
        assert_eq!(
            why(r#"{"schema":2,"data":[1]}"#),
            "saved with schema 2, this app reads 1"
        );
        assert_eq!(why(r#"{"schema":0,"data":[1]}"#), "unknown data version 0");
        assert!(why(r#"{"schema":1,"data":"x"}"#).starts_with("unexpected content"));
    }
}
