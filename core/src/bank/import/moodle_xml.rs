//! Reading Moodle XML (`<quiz><question type="…">…</question></quiz>`) with `quick-xml`: the
//! question text, general feedback, answers with their `fraction` and feedback, matching
//! subquestions, an essay's information for graders and word limits. Texts are HTML in most
//! exports; they become plain text.

use super::markup::{entity, plain};
use super::{Answer, Kind, Question};
use crate::bank::message::msg;
use crate::bank::parse::{Diagnostic, Pos};
use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};

/// A question's fields as read, before they become a [`Question`].
#[derive(Debug, Default)]
struct Raw {
    kind: String,
    pos: Option<Pos>,
    name: String,
    text: String,
    general: String,
    grader: String,
    answers: Vec<RawAnswer>,
    pairs: Vec<(String, String)>,
    min_words: String,
    max_words: String,
}

#[derive(Debug, Default)]
struct RawAnswer {
    fraction: f64,
    text: String,
    feedback: String,
}

/// Where the text being read goes, from the elements it is in (innermost last).
fn target<'a>(raw: &'a mut Raw, path: &[String]) -> Option<&'a mut String> {
    let tail: Vec<&str> = path.iter().rev().take(3).map(String::as_str).collect();
    match tail.as_slice() {
        ["text", "name", ..] => Some(&mut raw.name),
        ["text", "questiontext", ..] => Some(&mut raw.text),
        ["text", "generalfeedback", ..] => Some(&mut raw.general),
        ["text", "graderinfo", ..] => Some(&mut raw.grader),
        ["text", "answer", "subquestion"] => raw.pairs.last_mut().map(|p| &mut p.1),
        ["text", "subquestion", ..] => raw.pairs.last_mut().map(|p| &mut p.0),
        ["text", "answer", ..] => raw.answers.last_mut().map(|a| &mut a.text),
        ["text", "feedback", "answer"] => raw.answers.last_mut().map(|a| &mut a.feedback),
        ["minwordlimit", ..] => Some(&mut raw.min_words),
        ["maxwordlimit", ..] => Some(&mut raw.max_words),
        _ => None,
    }
}

/// The position of byte `offset` of `text`.
fn pos_at(text: &str, offset: usize) -> Pos {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    Pos {
        line: 1 + before.matches('\n').count(),
        column: 1 + before[line_start..].chars().count(),
    }
}

/// Reads every question of a Moodle XML export; broken XML stops it, located.
pub fn read(file: &str, text: &str) -> Result<Vec<Question>, Diagnostic> {
    let mut reader = Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let mut raw: Option<Raw> = None;
    let mut questions = Vec::new();
    let mut quiz = false;
    loop {
        let at = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| {
            let pos = pos_at(text, reader.error_position() as usize);
            Diagnostic::at(file, pos, msg!("xml-broken", detail = e.to_string()))
        })?;
        match event {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_string();
                let attribute = |key: &str| {
                    e.try_get_attribute(key).ok().flatten().and_then(|a| {
                        a.normalized_value(XmlVersion::Implicit1_0)
                            .ok()
                            .map(|v| v.to_string())
                    })
                };
                match (name.as_str(), raw.as_mut()) {
                    ("quiz", _) => quiz = true,
                    ("question", None) => {
                        raw = Some(Raw {
                            kind: attribute("type").unwrap_or_default(),
                            pos: Some(pos_at(text, at)),
                            ..Raw::default()
                        })
                    }
                    ("answer", Some(r)) if path.last().map(String::as_str) == Some("question") => {
                        r.answers.push(RawAnswer {
                            fraction: attribute("fraction")
                                .and_then(|f| f.trim().parse().ok())
                                .unwrap_or(0.0),
                            ..RawAnswer::default()
                        })
                    }
                    ("subquestion", Some(r)) => r.pairs.push(Default::default()),
                    _ => {}
                }
                path.push(name);
            }
            Event::End(_) => {
                let closed = path.pop();
                let question = raw.take_if(|_| closed.as_deref() == Some("question"));
                questions.extend(question.and_then(finish));
            }
            Event::Text(t) => push(&mut raw, &path, &t.xml10_content()),
            Event::CData(t) => push(&mut raw, &path, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let name = r.xml10_content();
                let c = entity(&format!("&{name};")).map(|(_, c)| c);
                push(
                    &mut raw,
                    &path,
                    &c.map_or(format!("&{name};"), String::from),
                );
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !quiz {
        return Err(Diagnostic::in_file(file, msg!("xml-not-moodle")));
    }
    Ok(questions)
}

/// Adds read text to the field the path leads to, if any.
fn push(raw: &mut Option<Raw>, path: &[String], text: &str) {
    if let Some(field) = raw.as_mut().and_then(|r| target(r, path)) {
        field.push_str(text);
    }
}

/// The question a `<question>` element describes; `None` for a category (not a question).
fn finish(raw: Raw) -> Option<Question> {
    let some = |s: &str| Some(plain(s)).filter(|s| !s.is_empty());
    let answers = || {
        raw.answers
            .iter()
            .map(|a| Answer {
                text: plain(&a.text),
                fraction: a.fraction,
                feedback: some(&a.feedback),
            })
            .collect::<Vec<_>>()
    };
    let kind = match raw.kind.as_str() {
        "category" => return None,
        "multichoice" => Kind::Choice(answers()),
        "shortanswer" => Kind::ShortAnswer(answers()),
        "truefalse" => {
            let right = raw.answers.iter().find(|a| a.fraction > 0.0);
            Kind::TrueFalse {
                answer: right.is_some_and(|a| plain(&a.text).eq_ignore_ascii_case("true")),
                feedback: right.and_then(|a| some(&a.feedback)),
            }
        }
        "matching" => Kind::Matching(
            raw.pairs
                .iter()
                .map(|(left, right)| (plain(left), plain(right)))
                .collect(),
        ),
        "essay" => Kind::Essay {
            model: some(&raw.grader).or_else(|| some(&raw.general)),
            min_words: raw.min_words.trim().parse().ok().filter(|n| *n > 0),
            max_words: raw.max_words.trim().parse().ok().filter(|n| *n > 0),
        },
        other => Kind::Unsupported(other.to_string()),
    };
    Some(Question {
        pos: raw.pos.unwrap_or(Pos { line: 1, column: 1 }),
        title: some(&raw.name),
        text: plain(&raw.text),
        feedback: some(&raw.general),
        kind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUIZ: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/A2</text></category></question>
  <question type="multichoice">
    <name><text>Treno</text></name>
    <questiontext format="html"><text><![CDATA[<p>A che ora parte il <b>treno</b>?</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Il testo dice: alle 8.</text></generalfeedback>
    <single>true</single>
    <answer fraction="100"><text>alle 8</text><feedback><text>Sì.</text></feedback></answer>
    <answer fraction="0"><text>alle 9</text></answer>
  </question>
  <question type="truefalse">
    <questiontext format="moodle_auto_format"><text>Pane &amp; latte costano 3 &#8364;.</text></questiontext>
    <answer fraction="0"><text>true</text></answer>
    <answer fraction="100"><text>false</text><feedback><text>Costano 4 euro.</text></feedback></answer>
  </question>
  <question type="matching">
    <questiontext><text>Abbina.</text></questiontext>
    <subquestion><text>pane</text><answer><text>panetteria</text></answer></subquestion>
    <subquestion><text></text><answer><text>edicola</text></answer></subquestion>
  </question>
  <question type="essay">
    <questiontext><text>Scrivi a un amico.</text></questiontext>
    <graderinfo format="html"><text>Ciao Marco, ...</text></graderinfo>
    <minwordlimit>20</minwordlimit><maxwordlimit>40</maxwordlimit>
  </question>
  <question type="numerical"><questiontext><text>2+2?</text></questiontext></question>
</quiz>"#;

    #[test]
    fn every_kind_is_read_with_its_place() {
        let questions = read("q.xml", QUIZ).unwrap();
        assert_eq!(questions.len(), 5);
        let choice = &questions[0];
        assert_eq!(choice.pos, Pos { line: 4, column: 3 });
        assert_eq!(choice.title.as_deref(), Some("Treno"));
        assert_eq!(choice.text, "A che ora parte il treno?");
        assert_eq!(choice.feedback.as_deref(), Some("Il testo dice: alle 8."));
        assert_eq!(
            choice.kind,
            Kind::Choice(vec![
                Answer {
                    text: "alle 8".into(),
                    fraction: 100.0,
                    feedback: Some("Sì.".into())
                },
                Answer {
                    text: "alle 9".into(),
                    fraction: 0.0,
                    feedback: None
                },
            ])
        );
        assert_eq!(questions[1].text, "Pane & latte costano 3 €.");
        assert_eq!(
            questions[1].kind,
            Kind::TrueFalse {
                answer: false,
                feedback: Some("Costano 4 euro.".into())
            }
        );
        assert_eq!(
            questions[2].kind,
            Kind::Matching(vec![
                ("pane".into(), "panetteria".into()),
                (String::new(), "edicola".into())
            ])
        );
        assert_eq!(
            questions[3].kind,
            Kind::Essay {
                model: Some("Ciao Marco, ...".into()),
                min_words: Some(20),
                max_words: Some(40)
            }
        );
        assert_eq!(questions[4].kind, Kind::Unsupported("numerical".into()));
    }

    #[test]
    fn broken_xml_is_located_and_other_xml_is_named() {
        let error = read("q.xml", "<quiz>\n  <question type=\"truefalse\">\n</quiz>")
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("q.xml:3:"), "{error}");
        let error = read("q.xml", "<html><body/></html>")
            .unwrap_err()
            .to_string();
        assert!(error.contains("Moodle"), "{error}");
    }
}
