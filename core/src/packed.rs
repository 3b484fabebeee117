//! Values carried in links and codes: JSON, deflated in zlib's format (whose Adler-32 checksum
//! covers the JSON), written in base64url after a tag that names the kind and the format's
//! version (`S1.` a class set, `R1.` a result), so that text cut short or changed on the way is
//! refused, never read as another value.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt;

/// Largest JSON read back (a bomb of zeros stops here).
const MAX_JSON: usize = 4 * 1024 * 1024;

/// Why a packed text cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackProblem {
    /// Nothing, or not a value of this kind.
    Foreign,
    /// A value of this kind written by a newer Sportello (its tag).
    NewerFormat(String),
    /// Cut short or changed on the way (not base64url, not zlib, or the checksum differs).
    Damaged,
}

impl fmt::Display for PackProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackProblem::Foreign => write!(f, "not a text of this kind"),
            PackProblem::NewerFormat(tag) => write!(f, "written by a newer version ({tag})"),
            PackProblem::Damaged => write!(f, "incomplete or damaged"),
        }
    }
}

/// `value` packed after `kind` and `version` (`S`, 1 → `S1.…`).
pub fn pack<T: Serialize>(kind: char, version: u32, value: &T) -> String {
    let json = serde_json::to_vec(value).expect("the value is always JSON");
    let bytes = miniz_oxide::deflate::compress_to_vec_zlib(&json, 9);
    format!("{kind}{version}.{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The value of kind `kind` and version `version` in `text` (trimmed; a link's fragment, after
/// its `#`, is read alone).
pub fn unpack<T: DeserializeOwned>(kind: char, version: u32, text: &str) -> Result<T, PackProblem> {
    let text = text.trim();
    let text = text.rsplit_once('#').map_or(text, |(_, fragment)| fragment);
    let Some((tag, body)) = text.split_once('.') else {
        return Err(PackProblem::Foreign);
    };
    let Some(found) = tag.strip_prefix(kind).and_then(|v| v.parse::<u32>().ok()) else {
        return Err(PackProblem::Foreign);
    };
    if found > version {
        return Err(PackProblem::NewerFormat(tag.to_string()));
    }
    if found < version {
        return Err(PackProblem::Foreign);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| PackProblem::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&bytes, MAX_JSON)
        .map_err(|_| PackProblem::Damaged)?;
    serde_json::from_slice(&json).map_err(|_| PackProblem::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_comes_back_and_its_text_is_url_safe() {
        let value = ("Amina".to_string(), 18_446_744_073_709_551_615u64);
        let text = pack('R', 1, &value);
        assert!(text.starts_with("R1."));
        assert!(text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        assert_eq!(unpack('R', 1, &format!("  {text}\n")), Ok(value.clone()));
        assert_eq!(
            unpack('R', 1, &format!("https://x.org/y#{text}")),
            Ok(value)
        );
    }

    #[test]
    fn a_cut_or_changed_text_is_damaged_and_another_kind_is_foreign() {
        let text = pack('R', 1, &vec!["uno"; 20]);
        assert_eq!(
            unpack::<Vec<String>>('R', 1, &text[..text.len() - 2]),
            Err(PackProblem::Damaged)
        );
        for at in 3..text.len() {
            let mut changed = text.clone().into_bytes();
            changed[at] = if changed[at] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(changed).unwrap();
            assert_eq!(
                unpack::<Vec<String>>('R', 1, &changed),
                Err(PackProblem::Damaged),
                "changed at {at}"
            );
        }
        assert_eq!(
            unpack::<Vec<String>>('S', 1, &text),
            Err(PackProblem::Foreign)
        );
        assert_eq!(
            unpack::<Vec<String>>('R', 1, "ciao"),
            Err(PackProblem::Foreign)
        );
        assert_eq!(
            unpack::<Vec<String>>('R', 1, "R2.abc"),
            Err(PackProblem::NewerFormat("R2".into()))
        );
    }
}
