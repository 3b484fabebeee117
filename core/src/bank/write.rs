//! Writing a bank as RON, laid out as the shipped banks and the guide show it: one field a line,
//! short questions on one line, and the fields left at their default omitted.
//!
//! Written by hand rather than with `ron::ser`: the serializer and the `Serialize` code of the
//! whole model would weigh on every learner's download for a teacher's tool, and its output
//! (`r#None`, `pinned: []`, `picture: None` everywhere) is not what a teacher would write. A
//! test writes every shipped bank and reads it back unchanged.

use super::{
    Bank, Content, FieldKind, FormField, Gap, Gender, Item, Level, Picture, Question, Stimulus,
    Task, Translations, Turn,
};
use std::collections::BTreeMap;
use std::fmt::Write;

/// The bank as a RON file.
pub fn to_ron(bank: &Bank) -> String {
    let mut w = Writer::default();
    w.open("(");
    w.field("id", &text(&bank.id));
    w.field("title", &text(&bank.title));
    w.field("level", level(bank.level));
    w.field("language", &text(&bank.language));
    w.field("authors", &list(bank.authors.iter().map(|a| text(a))));
    w.field("license", &text(&bank.license));
    w.field("version", &bank.version.to_string());
    w.open("tasks: [");
    for task in &bank.tasks {
        write_task(&mut w, task);
    }
    w.close("],");
    w.close(")");
    w.out
}

/// Lines at an indentation of four spaces a level.
#[derive(Default)]
struct Writer {
    out: String,
    depth: usize,
}

impl Writer {
    fn line(&mut self, s: &str) {
        for _ in 0..self.depth {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// A line that opens a level (`(`, `name: [`…).
    fn open(&mut self, s: &str) {
        self.line(s);
        self.depth += 1;
    }

    /// A line that closes a level.
    fn close(&mut self, s: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.line(s);
    }

    fn field(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}: {value},"));
    }

    /// Translations as a map, one locale a line; nothing when there are none.
    fn translations(&mut self, name: &str, tr: &Translations) {
        if tr.is_empty() {
            return;
        }
        self.open(&format!("{name}: {{"));
        for (locale, value) in tr {
            self.line(&format!("{}: {},", text(locale), text(value)));
        }
        self.close("},");
    }

    /// A list of ids; nothing when empty.
    fn ids(&mut self, name: &str, ids: &[String]) {
        if !ids.is_empty() {
            self.field(name, &list(ids.iter().map(|i| text(i))));
        }
    }
}

/// A RON string: `"…"` with `"`, `\` and control characters escaped.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: impl Iterator<Item = String>) -> String {
    format!("[{}]", items.collect::<Vec<_>>().join(", "))
}

fn texts(items: &[String]) -> String {
    list(items.iter().map(|i| text(i)))
}

fn numbers(items: &[usize]) -> String {
    list(items.iter().map(usize::to_string))
}

fn level(level: Level) -> &'static str {
    match level {
        Level::A1 => "A1",
        Level::A2 => "A2",
        Level::B1 => "B1",
    }
}

fn gender(gender: Gender) -> &'static str {
    match gender {
        Gender::Female => "Female",
        Gender::Male => "Male",
    }
}

fn write_task(w: &mut Writer, task: &Task) {
    w.open("(");
    w.field("id", &text(&task.id));
    w.field("section", task.section.as_str());
    w.field("topic", task.topic.as_str());
    w.field("instructions", &text(&task.instructions));
    w.translations("instructions_tr", &task.instructions_tr);
    write_stimulus(w, "stimulus: (", &task.stimulus, "),");
    w.open("items: [");
    for item in &task.items {
        write_item(w, item);
    }
    w.close("],");
    w.ids("lessons", &task.lessons);
    w.close("),");
}

/// A stimulus as the field `head` opens it (`stimulus: (` or `stimulus: Some((`), closed by
/// `tail` (`),` or `)),`).
fn write_stimulus(w: &mut Writer, head: &str, stimulus: &Stimulus, tail: &str) {
    w.open(head);
    match &stimulus.content {
        Content::Text { title, body } => {
            w.open("content: Text(");
            if let Some(title) = title {
                w.field("title", &format!("Some({})", text(title)));
            }
            w.field("body", &text(body));
            w.close("),");
        }
        Content::Dialogue { turns } => {
            w.open("content: Dialogue(");
            w.open("turns: [");
            for Turn {
                speaker,
                gender: g,
                text: said,
            } in turns
            {
                w.line(&format!(
                    "(speaker: {}, gender: {}, text: {}),",
                    text(speaker),
                    gender(*g),
                    text(said)
                ));
            }
            w.close("],");
            w.close("),");
        }
        Content::Announcement { voice, body } => {
            w.open("content: Announcement(");
            w.field("voice", gender(*voice));
            w.field("body", &text(body));
            w.close("),");
        }
        Content::None => w.field("content", "None"),
    }
    match &stimulus.picture {
        Some(Picture::Emoji(e)) => w.field("picture", &format!("Some(Emoji({}))", text(e))),
        Some(Picture::Svg(path)) => w.field("picture", &format!("Some(Svg({}))", text(path))),
        None => {}
    }
    if let Some(audio) = &stimulus.audio {
        w.field("audio", &format!("Some({})", text(audio)));
    }
    w.close(tail);
}

fn write_item(w: &mut Writer, item: &Item) {
    w.open("(");
    w.field("id", &text(&item.id));
    if let Some(stimulus) = &item.stimulus {
        write_stimulus(w, "stimulus: Some((", stimulus, ")),");
    }
    write_question(w, &item.question);
    w.field("explanation", &text(&item.explanation));
    w.translations("explanation_tr", &item.explanation_tr);
    w.ids("lessons", &item.lessons);
    w.close("),");
}

/// `name(field: value, …)` on one line.
fn inline(name: &str, fields: &[(&str, String)]) -> String {
    let fields: Vec<String> = fields.iter().map(|(n, v)| format!("{n}: {v}")).collect();
    format!("{name}({})", fields.join(", "))
}

fn write_question(w: &mut Writer, question: &Question) {
    let one_line = match question {
        Question::SingleChoice {
            prompt,
            options,
            correct,
            pinned,
        } => {
            let mut fields = vec![
                ("prompt", text(prompt)),
                ("options", texts(options)),
                ("correct", correct.to_string()),
            ];
            if !pinned.is_empty() {
                fields.push(("pinned", numbers(pinned)));
            }
            inline("SingleChoice", &fields)
        }
        Question::TrueFalse { statement, answer } => inline(
            "TrueFalse",
            &[
                ("statement", text(statement)),
                ("answer", answer.to_string()),
            ],
        ),
        Question::Matching {
            prompt,
            pairs,
            extra,
        } => {
            let pairs = list(
                pairs
                    .iter()
                    .map(|(l, r)| format!("({}, {})", text(l), text(r))),
            );
            let mut fields = vec![("prompt", text(prompt)), ("pairs", pairs)];
            if !extra.is_empty() {
                fields.push(("extra", texts(extra)));
            }
            inline("Matching", &fields)
        }
        Question::Place {
            prompt,
            options,
            correct,
        } => {
            let mut fields = Vec::new();
            if let Some(prompt) = prompt {
                fields.push(("prompt", format!("Some({})", text(prompt))));
            }
            fields.push(("options", texts(options)));
            fields.push(("correct", correct.to_string()));
            inline("Place", &fields)
        }
        Question::TickInfo {
            prompt,
            options,
            correct,
        } => inline(
            "TickInfo",
            &[
                ("prompt", text(prompt)),
                ("options", texts(options)),
                ("correct", numbers(correct)),
            ],
        ),
        Question::GapFill { text: t, gap } => {
            let gap = match gap {
                Gap::Choice { options, correct } => inline(
                    "Choice",
                    &[
                        ("options", texts(options)),
                        ("correct", correct.to_string()),
                    ],
                ),
                Gap::Typed { accepted } => inline("Typed", &[("accepted", texts(accepted))]),
            };
            inline("GapFill", &[("text", text(t)), ("gap", gap)])
        }
        Question::Form { prompt, fields } => {
            w.open("question: Form(");
            w.field("prompt", &text(prompt));
            w.open("fields: [");
            for field in fields {
                w.line(&format!("{},", form_field(field)));
            }
            w.close("],");
            w.close("),");
            return;
        }
        Question::Message {
            prompt,
            min_words,
            max_words,
            points,
            points_tr,
            model,
            sample_sufficient,
            sample_insufficient,
        } => {
            w.open("question: Message(");
            w.field("prompt", &text(prompt));
            w.field("min_words", &min_words.to_string());
            w.field("max_words", &max_words.to_string());
            w.field("points", &texts(points));
            write_points_tr(w, points_tr);
            w.field("model", &text(model));
            for (name, sample) in [
                ("sample_sufficient", sample_sufficient),
                ("sample_insufficient", sample_insufficient),
            ] {
                if let Some(sample) = sample {
                    w.field(name, &format!("Some({})", text(sample)));
                }
            }
            w.close("),");
            return;
        }
    };
    w.field("question", &one_line);
}

fn write_points_tr(w: &mut Writer, points_tr: &BTreeMap<String, Vec<String>>) {
    if points_tr.is_empty() {
        return;
    }
    w.open("points_tr: {");
    for (locale, points) in points_tr {
        w.line(&format!("{}: {},", text(locale), texts(points)));
    }
    w.close("},");
}

fn form_field(field: &FormField) -> String {
    let kind = match &field.kind {
        FieldKind::Text => "Text".to_string(),
        FieldKind::Date => "Date".to_string(),
        FieldKind::Number => "Number".to_string(),
        FieldKind::Phone => "Phone".to_string(),
        FieldKind::Email => "Email".to_string(),
        FieldKind::Choice(choices) => format!("Choice({})", texts(choices)),
    };
    let mut fields = vec![
        format!("label: {}", text(&field.label)),
        format!("kind: {kind}"),
    ];
    if field.required {
        fields.push("required: true".to_string());
    }
    if let Some(example) = &field.example {
        fields.push(format!("example: Some({})", text(example)));
    }
    format!("({})", fields.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::parse::parse_bank;

    #[test]
    fn texts_are_quoted_and_escaped() {
        assert_eq!(text("Ciao"), "\"Ciao\"");
        assert_eq!(text("a \"b\" \\ c\nd"), "\"a \\\"b\\\" \\\\ c\\nd\"");
        assert_eq!(text("è «x» 🏠"), "\"è «x» 🏠\"");
        assert_eq!(text("\u{7}"), "\"\\u{7}\"");
    }

    #[test]
    fn the_template_reads_back_unchanged() {
        let template = include_str!("../../../question-banks/TEMPLATE.ron");
        let bank = parse_bank("TEMPLATE.ron", template).unwrap();
        let written = to_ron(&bank);
        assert_eq!(
            parse_bank("written.ron", &written).unwrap(),
            bank,
            "{written}"
        );
    }
}
