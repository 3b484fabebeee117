//! The checker's messages as data: a key and named arguments, rendered in the teacher's
//! language from the Fluent files `locales/checker/<lang>.ftl` (one per interface language).
//!
//! Findings keep a [`Message`], never a rendered string, so the same finding reads in English
//! in `bank-check`, in French on the teacher page, and in any language a test asks for. An
//! argument can itself be a message (a task's label, "the title"), rendered in the same language.
//! A key missing in a language falls back to English, then Italian. Isolation marks are kept out
//! of the output: the texts are plain lines for a terminal as well as for a page.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::fmt;
use std::sync::{Mutex, OnceLock};

/// The languages the checker speaks, as interface language codes.
pub const LANGUAGES: [&str; 10] = ["it", "en", "fr", "es", "ar", "bn", "sq", "uk", "ur", "zh"];

/// The Fluent text of each language built in: every language with the `all-languages` feature
/// (the command-line checker, the tests), else English only, the fallback: the app adds the
/// interface language's with [`add_language`], downloaded when it needs them.
#[cfg(feature = "all-languages")]
const SOURCES: &[(&str, &str)] = &[
    ("it", include_str!("../../../locales/checker/it.ftl")),
    ("en", include_str!("../../../locales/checker/en.ftl")),
    ("fr", include_str!("../../../locales/checker/fr.ftl")),
    ("es", include_str!("../../../locales/checker/es.ftl")),
    ("ar", include_str!("../../../locales/checker/ar.ftl")),
    ("bn", include_str!("../../../locales/checker/bn.ftl")),
    ("sq", include_str!("../../../locales/checker/sq.ftl")),
    ("uk", include_str!("../../../locales/checker/uk.ftl")),
    ("ur", include_str!("../../../locales/checker/ur.ftl")),
    ("zh", include_str!("../../../locales/checker/zh.ftl")),
];
#[cfg(not(feature = "all-languages"))]
const SOURCES: &[(&str, &str)] = &[("en", include_str!("../../../locales/checker/en.ftl"))];

/// The value of a named argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Shown as written: ids, names, file places, texts quoted from the bank.
    Text(String),
    /// A count, which a language may choose its words by ("1 task", "2 tasks").
    Number(u64),
    /// Another message (a label, a part of the bank), rendered in the same language.
    Message(Message),
}

/// `From` conversions into [`Arg`], each as `type => |value| arg`.
macro_rules! arg_from {
    ($($from:ty => |$value:ident| $arg:expr),* $(,)?) => {
        $(impl From<$from> for Arg {
            fn from($value: $from) -> Self {
                $arg
            }
        })*
    };
}

arg_from! {
    &str => |text| Arg::Text(text.to_string()),
    String => |text| Arg::Text(text),
    &String => |text| Arg::Text(text.clone()),
    usize => |n| Arg::Number(n as u64),
    u32 => |n| Arg::Number(u64::from(n)),
    Message => |message| Arg::Message(message),
    &Message => |message| Arg::Message(message.clone()),
}

/// A message of the checker: the key of its text in `locales/checker/*.ftl` and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The Fluent message id.
    pub key: &'static str,
    /// The named arguments, in the order given.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message `key`, with no arguments yet.
    pub fn new(key: &'static str) -> Self {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// The same message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `lang` (one of [`LANGUAGES`]; any other reads as English).
    pub fn render(&self, lang: &str) -> String {
        render(self, lang)
    }
}

/// Shows the message in English.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render(self, "en"))
    }
}

/// `msg!(KEY, NAME = VALUE, …)`: a [`Message`] with its arguments.
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::bank::message::Message::new($key)$(.arg(stringify!($name), $value))*
    };
}
pub(crate) use msg;

/// The label of a task: `task x`.
pub(crate) fn task_label(id: &str) -> Message {
    msg!("label-task", id = id)
}

/// The label of an item of the task labelled `task`: `task x / item y`.
pub(crate) fn item_label(task: &Message, id: &str) -> Message {
    msg!("label-item", task = task, id = id)
}

type Bundle = FluentBundle<FluentResource>;

/// A bundle of `lang`'s messages from a Fluent text; None if the text does not parse.
fn parse_bundle(lang: &str, source: &str) -> Option<Bundle> {
    let id = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_string()).ok()?;
    bundle.add_resource(resource).ok()?;
    Some(bundle)
}

/// The bundle of each language built in, made on first use.
fn built_in() -> &'static [(&'static str, Bundle)] {
    static BUNDLES: OnceLock<Vec<(&'static str, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            // The locale tests keep every file whole.
            .filter_map(|(lang, source)| Some((*lang, parse_bundle(lang, source)?)))
            .collect()
    })
}

/// The bundles added with [`add_language`], kept for the life of the program.
static ADDED: Mutex<Vec<(&'static str, &'static Bundle)>> = Mutex::new(Vec::new());

/// The bundles of `lang`: the built-in one, then those added.
fn bundles(lang: &str) -> Vec<&'static Bundle> {
    let added = ADDED.lock().unwrap_or_else(|e| e.into_inner());
    built_in()
        .iter()
        .filter(|(l, _)| *l == lang)
        .map(|(_, bundle)| bundle)
        .chain(added.iter().filter(|(l, _)| *l == lang).map(|(_, b)| *b))
        .collect()
}

/// Whether messages of `lang` are there (built in or added).
pub fn has_language(lang: &str) -> bool {
    !bundles(lang).is_empty()
}

/// Adds the messages of `lang` (one of [`LANGUAGES`]) from the Fluent text `source`, as
/// `locales/checker/<lang>.ftl` has them. False, and nothing added, for another language or a
/// text that does not parse.
pub fn add_language(lang: &str, source: &str) -> bool {
    let Some(lang) = LANGUAGES.iter().find(|l| **l == lang) else {
        return false;
    };
    let Some(bundle) = parse_bundle(lang, source) else {
        return false;
    };
    let bundle: &'static Bundle = Box::leak(Box::new(bundle));
    ADDED
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push((lang, bundle));
    true
}

/// The message in `lang`, else in English, else in Italian; its key when no language has it.
pub fn render(message: &Message, lang: &str) -> String {
    let lang = if LANGUAGES.contains(&lang) {
        lang
    } else {
        "en"
    };
    [lang, "en", "it"]
        .into_iter()
        .find_map(|l| render_in(message, l))
        .unwrap_or_else(|| message.key.to_string())
}

fn render_in(message: &Message, lang: &str) -> Option<String> {
    let bundles = bundles(lang);
    let (bundle, pattern) = bundles
        .iter()
        .find_map(|b| Some((b, b.get_message(message.key)?.value()?)))?;
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Message(inner) => FluentValue::from(render(inner, lang)),
        };
        args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    Some(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_renders_with_its_arguments_in_each_language() {
        let label = msg!("label-task", id = "t-1");
        let empty = msg!("empty", label = label, what = msg!("what-title"));
        assert_eq!(empty.render("en"), "task t-1: the title is empty");
        assert_eq!(empty.to_string(), "task t-1: the title is empty");
        for lang in LANGUAGES {
            let text = empty.render(lang);
            assert!(text.contains("t-1"), "{lang}: {text}");
            assert!(
                !text.contains('\u{2068}'),
                "{lang}: isolation marks in {text:?}"
            );
            if lang != "en" {
                assert_ne!(text, empty.render("en"), "{lang} is not translated");
            }
        }
    }

    #[test]
    fn a_language_s_messages_can_be_added_to_those_built_in() {
        let added = "test-only-added = ajouté pour { $what }\n";
        assert!(add_language("fr", added));
        assert!(has_language("fr"));
        let m = msg!("test-only-added", what = "le test");
        assert_eq!(m.render("fr"), "ajouté pour le test");
        // The built-in messages are still there, and other languages do not have the new one.
        assert_ne!(
            msg!("file-empty").render("fr"),
            msg!("file-empty").render("en")
        );
        assert_eq!(m.render("es"), "test-only-added");
        // Only the checker's languages, and only texts that parse.
        assert!(!add_language("de", added));
        assert!(!add_language("fr", "broken = { $"));
    }

    #[test]
    fn a_brace_in_a_message_is_written_as_a_literal() {
        // Fluent reads a bare `}` as a syntax error, and the message was lost.
        let text = msg!("expected-translations-end").render("en");
        assert!(
            text.ends_with("is a comma `,` or a closing `}` missing?"),
            "{text}"
        );
    }

    #[test]
    fn an_unknown_language_reads_as_english_and_an_unknown_key_as_itself() {
        let m = msg!("file-empty");
        assert_eq!(m.render("de"), m.render("en"));
        assert_eq!(msg!("no-such-key").render("fr"), "no-such-key");
    }

    #[test]
    fn counts_choose_their_words() {
        let fill = |need: usize, items: usize| {
            msg!(
                "layout-fill-short",
                layout = "l",
                section = "reading",
                need = need,
                items = items,
                kinds = "true_false",
                have = 0usize
            )
            .render("en")
        };
        assert_eq!(
            fill(1, 1),
            "layout l: section reading needs 1 task of 1 item using only [true_false]; the banks have 0"
        );
        assert!(fill(2, 5).contains("needs 2 tasks of 5 items"));
    }
}
