//! Words printed on the test paper itself. They are Italian in every UI language, as in the real
//! test (the interface around them is translated; these are not).

/// Label of the "true" choice of a true/false item.
pub const TRUE: &str = "Vero";
/// Label of the "false" choice of a true/false item.
pub const FALSE: &str = "Falso";
/// The question of a "where does this dialogue take place?" item without its own prompt.
pub const PLACE_PROMPT: &str = "Dove sono le persone?";
/// Letters that name options, as on paper: A, B, C…
pub fn letter(index: usize) -> char {
    (b'A' + (index % 26) as u8) as char
}
