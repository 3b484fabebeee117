//! Reading Moodle's GIFT format: questions separated by blank lines, each a text with one answer
//! block in braces (`{=right ~wrong}`, `{T}`, `{=a -> b}`, `{=word}`, `{}` for an essay),
//! `::title::` before the text, `// comments` on their own lines, `$CATEGORY:` lines, and `\`
//! before `~ = # { } :` to write them as text.
//!
//! A small grammar, read by hand in two steps: the file is cut into questions at blank lines
//! outside braces (so an unclosed brace is found and located), then each question is read from
//! its characters, each keeping its line and column.

use super::markup::plain;
use super::{Answer, Kind, Question};
use crate::bank::message::{msg, Message};
use crate::bank::parse::{Diagnostic, Pos};

/// One character of a question: `literal` when it was escaped with `\`, so that it is never
/// read as syntax.
#[derive(Debug, Clone, Copy)]
struct Tok {
    c: char,
    literal: bool,
    pos: Pos,
}

/// Reads every question of a GIFT file; the first syntax error stops it, located.
pub fn read(file: &str, text: &str) -> Result<Vec<Question>, Diagnostic> {
    let error = |pos: Pos, message: Message| Diagnostic::at(file, pos, message);
    chunks(text)
        .map_err(|(pos, message)| error(pos, message))?
        .iter()
        .map(|toks| question(toks).map_err(|(pos, message)| error(pos, message)))
        .collect()
}

type Found<T> = Result<T, (Pos, Message)>;

/// The questions' characters, cut at blank lines outside braces; comment and category lines
/// between questions are dropped.
fn chunks(text: &str) -> Found<Vec<Vec<Tok>>> {
    let mut out = Vec::new();
    let mut current: Vec<Tok> = Vec::new();
    let mut open: Option<Pos> = None;
    for (index, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let number = index + 1;
        let trimmed = line.trim();
        if let (Some(pos), true) = (open, trimmed.is_empty()) {
            // A blank line ends a question: its answers were never closed.
            return Err((pos, msg!("gift-unclosed")));
        }
        if open.is_none() {
            if trimmed.is_empty() {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                continue;
            }
            if trimmed.starts_with("//") || trimmed.starts_with("$CATEGORY") {
                continue;
            }
        }
        if let Some(last) = current.last() {
            current.push(Tok {
                c: '\n',
                literal: false,
                pos: last.pos,
            });
        }
        let mut chars = line.chars().enumerate().peekable();
        while let Some((column, c)) = chars.next() {
            let pos = Pos {
                line: number,
                column: column + 1,
            };
            if c == '\\' {
                if let Some((_, next)) = chars.next() {
                    let c = if next == 'n' { '\n' } else { next };
                    current.push(Tok {
                        c,
                        literal: true,
                        pos,
                    });
                    continue;
                }
            }
            match (c, open) {
                ('{', None) => open = Some(pos),
                // Another block opens: the first one was never closed.
                ('{', Some(open)) => return Err((open, msg!("gift-unclosed"))),
                ('}', Some(_)) => open = None,
                ('}', None) => return Err((pos, msg!("gift-stray-close"))),
                _ => {}
            }
            current.push(Tok {
                c,
                literal: false,
                pos,
            });
        }
    }
    if let Some(pos) = open {
        return Err((pos, msg!("gift-unclosed")));
    }
    if !current.is_empty() {
        out.push(current);
    }
    Ok(out)
}

/// Whether `toks` starts with the syntax `s` (no escaped character in it).
fn starts_with(toks: &[Tok], s: &str) -> bool {
    let mut n = 0;
    for c in s.chars() {
        match toks.get(n) {
            Some(t) if t.c == c && !t.literal => n += 1,
            _ => return false,
        }
    }
    true
}

/// The index of the first syntax `s` in `toks`.
fn find(toks: &[Tok], s: &str) -> Option<usize> {
    (0..toks.len()).find(|&i| starts_with(&toks[i..], s))
}

/// `toks` without the spaces and line ends at both ends.
fn trim(toks: &[Tok]) -> &[Tok] {
    let start = toks
        .iter()
        .position(|t| !t.c.is_whitespace())
        .unwrap_or(toks.len());
    let end = toks
        .iter()
        .rposition(|t| !t.c.is_whitespace())
        .map_or(start, |e| e + 1);
    &toks[start..end.max(start)]
}

/// The plain text of `toks` (HTML tags and entities of Moodle's formats removed).
fn text(toks: &[Tok]) -> String {
    plain(&toks.iter().map(|t| t.c).collect::<String>())
}

/// Text, or nothing when empty.
fn some_text(toks: &[Tok]) -> Option<String> {
    Some(text(toks)).filter(|t| !t.is_empty())
}

/// Reads one question.
fn question(toks: &[Tok]) -> Found<Question> {
    let mut toks = trim(toks);
    let pos = toks[0].pos;
    let mut title = None;
    if starts_with(toks, "::") {
        let end = find(&toks[2..], "::").ok_or((pos, msg!("gift-unclosed-title")))? + 2;
        title = some_text(&toks[2..end]);
        toks = trim(&toks[end + 2..]);
    }
    toks = skip_format(toks);
    let Some(open) = find(toks, "{") else {
        return Ok(Question {
            pos,
            title,
            text: text(toks),
            feedback: None,
            kind: Kind::Unsupported("description".to_string()),
        });
    };
    // `chunks` has checked that every brace is closed and none is nested.
    let close = open + find(&toks[open..], "}").unwrap_or(toks.len() - open);
    let (before, block) = (&toks[..open], &toks[open + 1..close]);
    let after = toks.get(close + 1..).unwrap_or(&[]);
    if find(after, "{").is_some() {
        return Ok(Question {
            pos,
            title,
            text: text(toks),
            feedback: None,
            kind: Kind::Unsupported("cloze".to_string()),
        });
    }
    let (block, feedback) = match find(block, "####") {
        Some(at) => (&block[..at], some_text(&block[at + 4..])),
        None => (block, None),
    };
    let kind = answers(trim(block), toks[open].pos, &feedback)?;
    Ok(Question {
        pos,
        title,
        text: with_gap(&text(before), &text(after)),
        feedback,
        kind,
    })
}

/// Drops a `[html]`, `[moodle]`, `[plain]` or `[markdown]` format mark.
fn skip_format(toks: &[Tok]) -> &[Tok] {
    for mark in ["[html]", "[moodle]", "[plain]", "[markdown]"] {
        if starts_with(toks, mark) {
            return trim(&toks[mark.len()..]);
        }
    }
    toks
}

/// The question's text with `___` where the answer block was, when text follows it.
fn with_gap(before: &str, after: &str) -> String {
    if after.is_empty() {
        return before.to_string();
    }
    let joint = if after.starts_with(|c: char| c.is_ascii_punctuation()) {
        ""
    } else {
        " "
    };
    format!("{before} ___{joint}{after}").trim().to_string()
}

/// Reads an answer block (without its braces and general feedback), which starts at `pos`.
fn answers(block: &[Tok], pos: Pos, general: &Option<String>) -> Found<Kind> {
    if block.is_empty() {
        return Ok(Kind::Essay {
            model: general.clone(),
            min_words: None,
            max_words: None,
        });
    }
    if starts_with(block, "#") {
        return Ok(Kind::Unsupported("numerical".to_string()));
    }
    let parts: Vec<&[Tok]> = split(block, '#');
    let head = text(parts[0]).to_uppercase();
    if ["T", "TRUE", "F", "FALSE"].contains(&head.as_str()) {
        return Ok(Kind::TrueFalse {
            answer: head.starts_with('T'),
            feedback: parts.get(2).and_then(|p| some_text(p)),
        });
    }
    let entries = entries(block);
    if entries.is_empty() {
        return Err((pos, msg!("gift-no-answers")));
    }
    if entries.iter().any(|(_, toks)| find(toks, "->").is_some()) {
        let mut pairs = Vec::new();
        for (_, toks) in &entries {
            let toks = split(toks, '#')[0];
            let Some(arrow) = find(toks, "->") else {
                return Err((toks.first().map_or(pos, |t| t.pos), msg!("gift-pair-arrow")));
            };
            pairs.push((text(&toks[..arrow]), text(&toks[arrow + 2..])));
        }
        return Ok(Kind::Matching(pairs));
    }
    let mut list = Vec::new();
    for (marker, toks) in &entries {
        let (fraction, toks) = weight(toks, *marker == '=');
        let parts = split(toks, '#');
        list.push(Answer {
            text: text(parts[0]),
            fraction,
            feedback: parts.get(1).and_then(|p| some_text(p)),
        });
    }
    if entries.iter().all(|(marker, _)| *marker == '=') {
        Ok(Kind::ShortAnswer(list))
    } else {
        Ok(Kind::Choice(list))
    }
}

/// `toks` cut at every syntax character `at`.
fn split(toks: &[Tok], at: char) -> Vec<&[Tok]> {
    toks.split(|t| t.c == at && !t.literal).collect()
}

/// The block's answers, each with its mark (`=` or `~`); text before the first mark is ignored.
fn entries(block: &[Tok]) -> Vec<(char, &[Tok])> {
    let starts: Vec<usize> = (0..block.len())
        .filter(|&i| {
            let t = block[i];
            !t.literal && (t.c == '~' || (t.c == '=' && !starts_with(&block[i..], "=>")))
        })
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(n, &start)| {
            let end = starts.get(n + 1).copied().unwrap_or(block.len());
            (block[start].c, &block[start + 1..end])
        })
        .collect()
}

/// An answer's share of the points (`%50%` before its text, else 100 when marked `=`, 0 with
/// `~`) and the rest of its characters.
fn weight(toks: &[Tok], right: bool) -> (f64, &[Tok]) {
    let default = if right { 100.0 } else { 0.0 };
    let toks = trim(toks);
    if starts_with(toks, "%") {
        if let Some(end) = find(&toks[1..], "%") {
            let number: String = toks[1..end + 1].iter().map(|t| t.c).collect();
            if let Ok(fraction) = number.trim().parse::<f64>() {
                return (fraction, &toks[end + 2..]);
            }
        }
    }
    (default, toks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(source: &str) -> Question {
        let questions = read("q.gift", source).unwrap();
        assert_eq!(questions.len(), 1, "{questions:?}");
        questions.into_iter().next().unwrap()
    }

    fn answer(text: &str, fraction: f64, feedback: Option<&str>) -> Answer {
        Answer {
            text: text.to_string(),
            fraction,
            feedback: feedback.map(str::to_string),
        }
    }

    #[test]
    fn a_multiple_choice_with_title_feedback_and_general_feedback() {
        let q = one(
            "// una domanda\n::Treno::A che ora parte il treno?\n{\n=alle 8#Sì, alle 8.\n\
             ~alle 9\n~alle 10\n####Il testo dice: alle 8.}\n",
        );
        assert_eq!(q.title.as_deref(), Some("Treno"));
        assert_eq!(q.text, "A che ora parte il treno?");
        assert_eq!(q.pos, Pos { line: 2, column: 1 });
        assert_eq!(q.feedback.as_deref(), Some("Il testo dice: alle 8."));
        assert_eq!(
            q.kind,
            Kind::Choice(vec![
                answer("alle 8", 100.0, Some("Sì, alle 8.")),
                answer("alle 9", 0.0, None),
                answer("alle 10", 0.0, None),
            ])
        );
    }

    #[test]
    fn true_false_matching_short_answer_essay_and_numerical() {
        let source = "Roma è in Italia. {T#No!#Giusto, è in Italia.}\n\n\
                      Abbina. {=pane -> panetteria =carne -> macelleria}\n\n\
                      Io ___ Ahmed. {=mi chiamo =sono}\n\n\
                      Scrivi un messaggio. {}\n\n\
                      Quanto fa 2+2? {#4}\n\n\
                      Solo un testo senza domande.";
        let kinds: Vec<Kind> = read("q.gift", source)
            .unwrap()
            .into_iter()
            .map(|q| q.kind)
            .collect();
        assert_eq!(
            kinds,
            vec![
                Kind::TrueFalse {
                    answer: true,
                    feedback: Some("Giusto, è in Italia.".to_string())
                },
                Kind::Matching(vec![
                    ("pane".to_string(), "panetteria".to_string()),
                    ("carne".to_string(), "macelleria".to_string())
                ]),
                Kind::ShortAnswer(vec![
                    answer("mi chiamo", 100.0, None),
                    answer("sono", 100.0, None)
                ]),
                Kind::Essay {
                    model: None,
                    min_words: None,
                    max_words: None
                },
                Kind::Unsupported("numerical".to_string()),
                Kind::Unsupported("description".to_string()),
            ]
        );
    }

    #[test]
    fn a_block_inside_the_sentence_leaves_a_gap_and_weights_are_read() {
        let q = one("Io {~%50%sono ~%50%sto =ho} fame.");
        assert_eq!(q.text, "Io ___ fame.");
        let Kind::Choice(answers) = q.kind else {
            panic!()
        };
        assert_eq!(answers[0].fraction, 50.0);
        assert_eq!(answers[2].fraction, 100.0);
        assert_eq!(one("Roma è {=la capitale ~un paese}.").text, "Roma è ___.");
    }

    #[test]
    fn escaped_characters_are_text() {
        let q = one("Quanto costa\\: 3\\{4\\} euro? {=3 \\= tre ~4}");
        assert_eq!(q.text, "Quanto costa: 3{4} euro?");
        let Kind::Choice(answers) = q.kind else {
            panic!()
        };
        assert_eq!(answers[0].text, "3 = tre");
    }

    #[test]
    fn html_is_made_plain() {
        let q = one("[html]<p>Il <b>negozio</b> è chiuso.</p> {F}");
        assert_eq!(q.text, "Il negozio è chiuso.");
    }

    #[test]
    fn broken_files_are_located() {
        let error = |source: &str| read("q.gift", source).unwrap_err().to_string();
        assert_eq!(
            error("Prima? {T}\n\nSeconda? {=sì ~no\n\nTerza? {F}"),
            "q.gift:3:10: the answers opened here with { have no closing }: \
             add } after the last answer"
        );
        assert!(error("Dove? =qui}").starts_with("q.gift:1:11: "));
        assert!(error("Dove? {=qui {~là}}").starts_with("q.gift:1:7: "));
        assert!(error("::Titolo senza fine {T}").starts_with("q.gift:1:1: "));
        assert!(error("Dove? {qui}").starts_with("q.gift:1:7: "));
    }

    #[test]
    fn any_text_reads_or_fails_without_panicking() {
        for source in [
            "{", "}", "::", "{#", "{=", "{~%", "{~%5", "\\", "{=a->}", "{->}",
        ] {
            let _ = read("q.gift", source);
        }
    }
}
