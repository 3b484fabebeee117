//! The editor's widgets: a labelled text box or area bound to one text of the draft, numbers,
//! translations, lists with add and remove buttons, and under each field the problems the
//! validator finds there (an error or advice said in words, not by colour alone).

use super::Ed;
use crate::i18n::tr_label;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::edit::anchor;
use sportello_core::bank::translations::LEARNER_LOCALES;
use sportello_core::bank::validate::FieldProblem;
use sportello_core::bank::{Bank, Level, Translations};
use std::sync::Arc;

/// The id of a field of the form at `path` (`ed-tasks-0-instructions`).
pub(super) fn field_id(path: &str) -> String {
    format!("ed-{}", path.replace('/', "-"))
}

/// The id of the list of problems at `anchor`.
pub(super) fn problems_id(anchor: &str) -> String {
    format!("problems-{}", anchor.replace('/', "-"))
}

/// The problems found at `anchor`, in the interface language.
pub(super) fn problems(ed: Ed, anchor: String) -> impl IntoView {
    let id = problems_id(&anchor);
    let here = move || {
        ed.problems.with(|all| {
            all.iter()
                .filter(|p| p.path == anchor)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <ul class="field-problems" id=id data-testid="field-problems">
            {move || here().into_iter().map(problem_line).collect_view()}
        </ul>
    }
}

/// One problem as a list line: "Error:" or "Advice:" (said, not only coloured), then what is
/// wrong, in the interface language.
pub(super) fn problem_line(problem: FieldProblem) -> impl IntoView {
    let lang = crate::i18n::checker_language();
    let (class, kind) = if problem.error {
        ("problem error", tr_label("editor-error"))
    } else {
        ("problem advice", tr_label("editor-advice"))
    };
    let message = problem.message;
    view! {
        <li class=class>
            <strong>{kind}</strong>
            " "
            {move || message.render(lang())}
        </li>
    }
}

/// How a text field looks.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Look {
    /// One line of test content, in Italian.
    Line,
    /// Several lines of test content, in Italian.
    Area,
    /// A code, a name or a licence: one line, left to right.
    Code,
    /// A text in the learner's language `lang` (a translation).
    In(&'static str),
}

/// A labelled text field for the value at `path`, starting at `value`; `set` writes what is
/// typed into the draft. Its problems are listed under it when the form has no wider field for
/// them (an option's are listed under the options).
pub(super) fn text_field(
    ed: Ed,
    path: &str,
    label: Signal<String>,
    value: String,
    look: Look,
    set: impl Fn(&mut Bank, String) + Send + Sync + 'static,
) -> AnyView {
    // One body for every field, whatever writes it: the form has hundreds.
    text_field_of(ed, path, label, value, look, Arc::new(set))
}

/// Writes what is typed into the draft.
type SetText = Arc<dyn Fn(&mut Bank, String) + Send + Sync>;

fn text_field_of(
    ed: Ed,
    path: &str,
    label: Signal<String>,
    value: String,
    look: Look,
    set: SetText,
) -> AnyView {
    let id = field_id(path);
    let at = anchor(path);
    let own = (at == path).then(|| problems(ed, at.clone()));
    let describedby = problems_id(&at);
    let invalid = move || ed.has_error(&at).to_string();
    let input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        ed.edit(|b| set(b, typed));
    };
    let (lang, dir) = match look {
        Look::Line | Look::Area => (Some("it"), "ltr"),
        Look::Code => (None, "ltr"),
        Look::In(lang) => (
            Some(lang),
            if matches!(lang, "ar" | "ur") {
                "rtl"
            } else {
                "ltr"
            },
        ),
    };
    let control = if look == Look::Area {
        view! {
            <textarea
                id=id.clone()
                rows="3"
                lang=lang
                dir=dir
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=value
                on:input=input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                lang=lang
                dir=dir
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=value
                on:input=input
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {control}
            {own}
        </div>
    }
    .into_any()
}

/// A labelled whole-number field for the value at `path`.
pub(super) fn number_field(
    ed: Ed,
    path: &str,
    label: Signal<String>,
    value: u32,
    set: impl Fn(&mut Bank, u32) + Send + Sync + 'static,
) -> AnyView {
    number_field_of(ed, path, label, value, Arc::new(set))
}

/// Writes a number typed into the draft.
type SetNumber = Arc<dyn Fn(&mut Bank, u32) + Send + Sync>;

fn number_field_of(
    ed: Ed,
    path: &str,
    label: Signal<String>,
    value: u32,
    set: SetNumber,
) -> AnyView {
    let id = field_id(path);
    let at = anchor(path);
    let own = (at == path).then(|| problems(ed, at.clone()));
    let describedby = problems_id(&at);
    view! {
        <div class="field number">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="number"
                inputmode="numeric"
                min="0"
                aria-describedby=describedby
                prop:value=value.to_string()
                on:input=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                        ed.edit(|b| set(b, n));
                    }
                }
            />
            {own}
        </div>
    }
    .into_any()
}

/// The translations of a text at `path` (instructions, an explanation): one field per learner
/// language, folded until asked for; an emptied field removes its translation.
pub(super) fn translations_field(
    ed: Ed,
    path: &str,
    label: Signal<String>,
    value: &Translations,
    get: impl Fn(&mut Bank) -> Option<&mut Translations> + Copy + Send + Sync + 'static,
) -> AnyView {
    translations_of(ed, path, label, value, Arc::new(get))
}

/// Finds a table of translations in the bank.
type GetTranslations = Arc<dyn Fn(&mut Bank) -> Option<&mut Translations> + Send + Sync>;

fn translations_of(
    ed: Ed,
    path: &str,
    label: Signal<String>,
    value: &Translations,
    get: GetTranslations,
) -> AnyView {
    let count = value.values().filter(|t| !t.trim().is_empty()).count();
    let at = anchor(path);
    let fields = LEARNER_LOCALES
        .into_iter()
        .map(|lang| {
            let own_label = Signal::derive(move || format!("{} ({lang})", label.get()));
            let get = get.clone();
            text_field(
                ed,
                &format!("{path}/{lang}"),
                own_label,
                value.get(lang).cloned().unwrap_or_default(),
                Look::In(lang),
                move |b, text| {
                    if let Some(map) = get(b) {
                        if text.trim().is_empty() {
                            map.remove(lang);
                        } else {
                            map.insert(lang.to_string(), text);
                        }
                    }
                },
            )
        })
        .collect_view();
    view! {
        <details class="translations">
            <summary>
                {move_tr!("editor-translations", { "count" => count, "total" => LEARNER_LOCALES.len() })}
            </summary>
            <p class="hint">{tr_label("editor-translations-help")}</p>
            {fields}
        </details>
        {problems(ed, at)}
    }
    .into_any()
}

/// A small button that adds or removes something and builds the form again.
pub(super) fn small_button(
    label: Signal<String>,
    testid: &'static str,
    id: Option<String>,
    on_click: impl Fn() + Send + Sync + 'static,
) -> AnyView {
    small_button_of(label, testid, id, Box::new(on_click))
}

fn small_button_of(
    label: Signal<String>,
    testid: &'static str,
    id: Option<String>,
    on_click: Box<dyn Fn() + Send + Sync>,
) -> AnyView {
    view! {
        <button type="button" class="small" id=id data-testid=testid on:click=move |_| on_click()>
            {label}
        </button>
    }
    .into_any()
}

/// The bank's own fields: code, title, authors, licence, level, version.
pub(super) fn bank_fields(ed: Ed, bank: &Bank) -> impl IntoView {
    let level_id = field_id("level");
    view! {
        <fieldset class="editor-bank">
            <legend>{tr_label("editor-bank-legend")}</legend>
            {problems(ed, String::new())}
            {problems(ed, "tasks".to_string())}
            {text_field(ed, "title", tr_label("editor-bank-title"), bank.title.clone(), Look::Line, |b, v| b.title = v)}
            {text_field(ed, "id", tr_label("editor-bank-id"), bank.id.clone(), Look::Code, |b, v| b.id = v)}
            {text_field(
                ed,
                "authors",
                tr_label("editor-bank-authors"),
                bank.authors.join(", "),
                Look::Code,
                |b, v| {
                    b.authors = v.split(',').map(|a| a.trim().to_string()).collect();
                },
            )}
            {text_field(ed, "license", tr_label("editor-bank-license"), bank.license.clone(), Look::Code, |b, v| b.license = v)}
            <div class="field">
                <label for=level_id.clone()>{tr_label("editor-bank-level")}</label>
                <select
                    id=level_id
                    on:change=move |ev| {
                        let level = match event_target_value(&ev).as_str() {
                            "A1" => Level::A1,
                            "B1" => Level::B1,
                            _ => Level::A2,
                        };
                        ed.edit(|b| b.level = level);
                    }
                >
                    {[(Level::A1, "A1"), (Level::A2, "A2"), (Level::B1, "B1")]
                        .into_iter()
                        .map(|(level, name)| {
                            view! {
                                <option value=name selected=bank.level == level>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            {number_field(ed, "version", tr_label("editor-bank-version"), bank.version, |b, n| b.version = n)}
        </fieldset>
    }
}
