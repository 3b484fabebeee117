//! A stimulus in the editor: a text (with a title), an announcement (with its voice), a dialogue
//! (speakers, their voices, their words) or nothing; a picture emoji and a recording file.

use super::fields::{field_id, problems, small_button, text_field, Look};
use super::Ed;
use crate::i18n::tr_label;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::edit::{new_turn, ContentKind};
use sportello_core::bank::{Bank, Content, Gender, Picture, Section, Stimulus};
use std::sync::Arc;

/// Finds a stimulus in the bank.
type Find = Arc<dyn Fn(&mut Bank) -> Option<&mut Stimulus> + Send + Sync>;

/// Where a stimulus is in the bank (the task's or an item's own), for the fields that change it.
#[derive(Clone, Copy)]
struct At(StoredValue<Find>);

impl At {
    /// The stimulus in `bank`.
    fn get(self, bank: &mut Bank) -> Option<&mut Stimulus> {
        self.0.with_value(|find| find(bank))
    }
}

fn kind_label(kind: ContentKind) -> Signal<String> {
    match kind {
        ContentKind::Text => tr_label("editor-content-text"),
        ContentKind::Dialogue => tr_label("editor-content-dialogue"),
        ContentKind::Announcement => tr_label("editor-content-announcement"),
        ContentKind::None => tr_label("editor-content-none"),
    }
}

/// A select of the two voices.
fn voice_select(
    id: String,
    label: Signal<String>,
    voice: Gender,
    set: impl Fn(Gender) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    set(if event_target_value(&ev) == "male" { Gender::Male } else { Gender::Female })
                }
            >
                <option value="female" selected=voice == Gender::Female>
                    {tr_label("editor-voice-female")}
                </option>
                <option value="male" selected=voice == Gender::Male>
                    {tr_label("editor-voice-male")}
                </option>
            </select>
        </div>
    }
}

/// The content's own fields.
fn content_fields(ed: Ed, path: &str, content: &Content, at: At) -> AnyView {
    let path = format!("{path}/content");
    match content {
        Content::Text { title, body } => view! {
            {text_field(ed, &format!("{path}/title"), tr_label("editor-text-title"), title.clone().unwrap_or_default(), Look::Line, move |b, v| {
                if let Some(Content::Text { title, .. }) = at.get(b).map(|s| &mut s.content) {
                    *title = (!v.trim().is_empty()).then_some(v);
                }
            })}
            {text_field(ed, &format!("{path}/body"), tr_label("editor-text-body"), body.clone(), Look::Area, move |b, v| {
                if let Some(Content::Text { body, .. }) = at.get(b).map(|s| &mut s.content) {
                    *body = v;
                }
            })}
        }
        .into_any(),
        Content::Announcement { voice, body } => {
            view! {
                {voice_select(field_id(&format!("{path}/voice")), tr_label("editor-voice"), *voice, move |g| ed.edit(|b| {
                    if let Some(Content::Announcement { voice, .. }) = at.get(b).map(|s| &mut s.content) {
                        *voice = g;
                    }
                }))}
                {text_field(ed, &format!("{path}/body"), tr_label("editor-announcement-body"), body.clone(), Look::Area, move |b, v| {
                    if let Some(Content::Announcement { body, .. }) = at.get(b).map(|s| &mut s.content) {
                        *body = v;
                    }
                })}
            }
            .into_any()
        }
        Content::Dialogue { turns } => {
            let count = turns.len();
            let rows = turns
                .iter()
                .enumerate()
                .map(|(k, turn)| {
                    let turn_path = format!("{path}/turns/{k}");
                    let n = k + 1;
                    let with_turn = move |b: &mut Bank, f: &mut dyn FnMut(&mut sportello_core::bank::Turn)| {
                        if let Some(Content::Dialogue { turns }) = at.get(b).map(|s| &mut s.content) {
                            if let Some(t) = turns.get_mut(k) {
                                f(t);
                            }
                        }
                    };
                    view! {
                        <fieldset class="turn">
                            <legend>{move_tr!("editor-turn", { "n" => n })}</legend>
                            {text_field(ed, &format!("{turn_path}/speaker"), tr_label("editor-turn-speaker"), turn.speaker.clone(), Look::Line, move |b, v| {
                                let mut v = Some(v);
                                with_turn(b, &mut |t| t.speaker = v.take().unwrap_or_default());
                            })}
                            {voice_select(field_id(&format!("{turn_path}/gender")), tr_label("editor-voice"), turn.gender, move |g| ed.edit(|b| with_turn(b, &mut |t| t.gender = g)))}
                            {text_field(ed, &format!("{turn_path}/text"), tr_label("editor-turn-text"), turn.text.clone(), Look::Area, move |b, v| {
                                let mut v = Some(v);
                                with_turn(b, &mut |t| t.text = v.take().unwrap_or_default());
                            })}
                            {problems(ed, turn_path.clone())}
                            {(count > 1).then(|| small_button(tr_label("editor-turn-remove"), "editor-turn-remove", None, move || {
                                ed.restructure(|d| {
                                    if let Some(Content::Dialogue { turns }) = at.get(&mut d.bank).map(|s| &mut s.content) {
                                        if k < turns.len() {
                                            turns.remove(k);
                                        }
                                    }
                                }, None)
                            }))}
                        </fieldset>
                    }
                })
                .collect_view();
            let add_id = field_id(&format!("{path}/add-turn"));
            let focus = field_id(&format!("{path}/turns/{count}/speaker"));
            view! {
                {rows}
                {small_button(tr_label("editor-turn-add"), "editor-turn-add", Some(add_id), move || {
                    ed.restructure(|d| {
                        if let Some(Content::Dialogue { turns }) = at.get(&mut d.bank).map(|s| &mut s.content) {
                            // Voices take turns, as two people talking.
                            let gender = match turns.last().map(|t| t.gender) {
                                Some(Gender::Female) => Gender::Male,
                                _ => Gender::Female,
                            };
                            turns.push(new_turn(gender));
                        }
                    }, Some(focus.clone()))
                })}
            }
            .into_any()
        }
        Content::None => view! { <p class="hint">{tr_label("editor-content-none-help")}</p> }.into_any(),
    }
}

/// The stimulus at `path` (`tasks/0/stimulus`, or an item's own), found in the bank by `find`.
pub(super) fn stimulus_view(
    ed: Ed,
    path: &str,
    stimulus: &Stimulus,
    section: Section,
    find: impl Fn(&mut Bank) -> Option<&mut Stimulus> + Send + Sync + 'static,
) -> AnyView {
    let at = At(StoredValue::new(Arc::new(find)));
    let kind = ContentKind::of(&stimulus.content);
    let name = field_id(&format!("{path}/kind"));
    let radios = ContentKind::ALL
        .into_iter()
        .map(|k| {
            let name = name.clone();
            let focus = format!("{name}-{}", k as u8);
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        id=focus.clone()
                        name=name
                        checked=k == kind
                        on:change=move |_| {
                            ed.restructure(|d| {
                                if let Some(s) = at.get(&mut d.bank) {
                                    s.content = k.content(&s.content);
                                }
                            }, Some(focus.clone()))
                        }
                    />
                    <span>{kind_label(k)}</span>
                </label>
            }
        })
        .collect_view();
    let hint = (section == Section::Listening)
        .then(|| view! { <p class="hint">{tr_label("editor-listening-help")}</p> });
    let emoji = match &stimulus.picture {
        Some(Picture::Emoji(e)) => e.clone(),
        _ => String::new(),
    };
    let svg = match &stimulus.picture {
        Some(Picture::Svg(file)) => {
            let file = file.clone();
            Some(
                view! { <p class="hint">{move_tr!("editor-picture-svg", { "file" => file.clone() })}</p> },
            )
        }
        _ => None,
    };
    view! {
        <fieldset class="editor-stimulus">
            <legend>{tr_label("editor-stimulus")}</legend>
            {hint}
            <fieldset class="content-kind">
                <legend>{tr_label("editor-content-kind")}</legend>
                {radios}
            </fieldset>
            {problems(ed, format!("{path}/content"))}
            {content_fields(ed, path, &stimulus.content, at)}
            {svg}
            {text_field(ed, &format!("{path}/picture"), tr_label("editor-picture"), emoji, Look::Code, move |b, v| {
                if let Some(s) = at.get(b) {
                    if !matches!(s.picture, Some(Picture::Svg(_))) {
                        s.picture = (!v.trim().is_empty()).then(|| Picture::Emoji(v.trim().to_string()));
                    }
                }
            })}
            {text_field(ed, &format!("{path}/audio"), tr_label("editor-audio"), stimulus.audio.clone().unwrap_or_default(), Look::Code, move |b, v| {
                if let Some(s) = at.get(b) {
                    s.audio = (!v.trim().is_empty()).then(|| v.trim().to_string());
                }
            })}
            <p class="hint">{tr_label("editor-audio-help")}</p>
        </fieldset>
    }
    .into_any()
}
