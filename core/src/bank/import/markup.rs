//! Moodle texts are often HTML: they become plain text (banks are shown as text, never as HTML).

/// The plain text of an HTML fragment: tags dropped (a paragraph or line break becomes a new
/// line, a list item a line starting with `- `), the common entities decoded, spaces collapsed within each line, blank lines dropped.
/// Text with no tag or entity comes back only trimmed and collapsed.
pub fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(['<', '&']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('<') {
            match tag(rest) {
                Some((len, mark)) => {
                    out.push_str(mark);
                    rest = &rest[len..];
                }
                None => {
                    out.push('<');
                    rest = &rest[1..];
                }
            }
        } else {
            match entity(rest) {
                Some((len, c)) => {
                    out.push(c);
                    rest = &rest[len..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    out.push_str(rest);
    out.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The length of the tag at the start of `text` (which starts with `<`), and what stands for it
/// in plain text; `None` when `<` starts no tag (e.g. `3 < 5`).
fn tag(text: &str) -> Option<(usize, &'static str)> {
    let after = text.get(1..)?;
    let first = after.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    let end = text.find('>')?;
    let name: String = after
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    let mark = match name.as_str() {
        "li" if !after.starts_with('/') => "\n- ",
        "br" | "p" | "div" | "li" | "ul" | "ol" | "tr" | "h1" | "h2" | "h3" | "h4" => "\n",
        _ => "",
    };
    Some((end + 1, mark))
}

/// The character of the entity at the start of `text` (which starts with `&`) and its length.
pub fn entity(text: &str) -> Option<(usize, char)> {
    let end = text.get(..12.min(text.len()))?.find(';')?;
    let name = &text[1..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "egrave" => 'è',
        "eacute" => 'é',
        "agrave" => 'à',
        "igrave" => 'ì',
        "ograve" => 'ò',
        "ugrave" => 'ù',
        "Egrave" => 'È',
        "rsquo" | "lsquo" => '\'',
        "laquo" => '«',
        "raquo" => '»',
        "euro" => '€',
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code).filter(|c| *c != '\0')?
        }
    };
    Some((end + 1, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            plain("<p>Il <b>treno</b> parte alle 8.</p><p>Dove&nbsp;va?</p>"),
            "Il treno parte alle 8.\nDove va?"
        );
        assert_eq!(plain("Pane &amp; latte: 3 &euro;"), "Pane & latte: 3 €");
        assert_eq!(plain("caff&#232; e t&#xE8;"), "caffè e tè");
        assert_eq!(plain("  due   spazi \n\n riga "), "due spazi\nriga");
        assert_eq!(
            plain("<p>Scrivi:</p><ul><li>chi sei</li><li>dove</li></ul>"),
            "Scrivi:\n- chi sei\n- dove"
        );
    }

    #[test]
    fn what_is_not_markup_stays() {
        assert_eq!(plain("3 < 5 & 6 > 2"), "3 < 5 & 6 > 2");
        assert_eq!(plain("&unknown; &#0;"), "&unknown; &#0;");
        assert_eq!(plain("<script>alert(1)</script>"), "alert(1)");
    }
}
