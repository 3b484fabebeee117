//! What the learner reads or hears: texts, pictures, recordings with their play button, and
//! transcripts. Bank text is untrusted and always rendered as text.

use crate::speech;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::{Content, Picture, Stimulus};
use sportello_core::speech_plan::lines_of;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Numbers the recordings of a page, so each plays-left line has its own id.
static NEXT_RECORDING: AtomicUsize = AtomicUsize::new(0);

/// A picture from a bank: an emoji, or an SVG shipped with the banks.
#[component]
pub fn PictureView(picture: Picture) -> impl IntoView {
    match picture {
        Picture::Emoji(emoji) => {
            view! { <p class="picture" aria-hidden="true">{emoji}</p> }.into_any()
        }
        Picture::Svg(path) => {
            let safe = !path.contains("..") && !path.contains(':') && !path.starts_with('/');
            safe.then(|| {
                view! { <img class="picture" src=format!("/question-banks/{path}") alt="" /> }
            })
            .into_any()
        }
    }
}

/// The words of a content: a titled text, dialogue turns with speakers, or an announcement.
#[component]
pub fn ContentText(content: Content) -> impl IntoView {
    match content {
        Content::Text { title, body } => view! {
            <div class="text-card" lang="it">
                {title.map(|t| view! { <p class="text-title">{t}</p> })}
                <p class="body">{body}</p>
            </div>
        }
        .into_any(),
        Content::Dialogue { turns } => view! {
            <dl class="dialogue" lang="it">
                {turns
                    .into_iter()
                    .map(|t| view! { <dt>{t.speaker}</dt> <dd>{t.text}</dd> })
                    .collect_view()}
            </dl>
        }
        .into_any(),
        Content::Announcement { body, .. } => {
            view! { <p class="body text-card" lang="it">{body}</p> }.into_any()
        }
        Content::None => ().into_any(),
    }
}

/// A stimulus to read: picture and text.
#[component]
pub fn ReadingStimulus(stimulus: Stimulus) -> impl IntoView {
    view! {
        <div class="stimulus">
            {stimulus.picture.map(|p| view! { <PictureView picture=p /> })}
            <ContentText content=stimulus.content />
        </div>
    }
}

/// The transcript of a recording, folded until asked for.
#[component]
pub fn Transcript(content: Content) -> impl IntoView {
    view! {
        <details class="transcript">
            <summary>{move_tr!("transcript")}</summary>
            <ContentText content=content />
        </details>
    }
}

/// A recording: a play button that speaks the content in Italian (or plays the bank's audio
/// file), with the plays left; when the device cannot speak Italian, the text is shown instead.
#[component]
pub fn Recording(
    stimulus: Stimulus,
    /// Plays left, or `None` when unlimited (practice).
    #[prop(into)]
    plays_left: Signal<Option<u32>>,
    /// Speech rate.
    #[prop(into)]
    rate: Signal<f32>,
    /// Asked before each play; `false` refuses it (no plays left).
    on_play: Callback<(), bool>,
    /// Told when the text had to be shown because the device has no Italian voice.
    on_read: Callback<()>,
) -> impl IntoView {
    let playing = RwSignal::new(false);
    let shown_as_text = RwSignal::new(false);
    let plays_id = format!(
        "plays-left-{}",
        NEXT_RECORDING.fetch_add(1, Ordering::Relaxed)
    );
    let content = StoredValue::new(stimulus.content.clone());
    let audio = stimulus.audio.clone();
    let exhausted = move || plays_left.get() == Some(0);
    let play = move |_| {
        if playing.get_untracked() {
            speech::stop();
            playing.set(false);
            return;
        }
        if exhausted() {
            return;
        }
        // Without a recording file or an Italian voice nothing would sound: show the text and
        // spend no play.
        if audio.is_none() && !speech::has_italian_voice() {
            shown_as_text.set(true);
            on_read.run(());
            return;
        }
        if !on_play.run(()) {
            return;
        }
        if let Some(path) = audio.clone() {
            let url = format!("/question-banks/{path}");
            if speech::play_audio(&url, move || playing.set(false)).is_ok() {
                playing.set(true);
                return;
            }
        }
        let lines = content.with_value(lines_of);
        match speech::speak(lines, rate.get_untracked(), move || playing.set(false)) {
            Ok(()) => playing.set(true),
            Err(_) => {
                shown_as_text.set(true);
                on_read.run(());
            }
        }
    };
    on_cleanup(speech::stop);
    view! {
        <div class="recording">
            {stimulus.picture.clone().map(|p| view! { <PictureView picture=p /> })}
            <button
                type="button"
                class="button play"
                data-testid="play"
                aria-pressed=move || playing.get().to_string()
                aria-describedby=plays_id.clone()
                disabled=move || exhausted() && !playing.get()
                on:click=play
            >
                {move || {
                    if playing.get() {
                        move_tr!("play-stop").get()
                    } else {
                        move_tr!("play-listen").get()
                    }
                }}
            </button>
            // Read with the button, and announced (politely) when a play is spent.
            <span class="plays-left" id=plays_id aria-live="polite">
                {move || match plays_left.get() {
                    Some(n) => move_tr!("plays-left", { "count" => n }).get(),
                    None => String::new(),
                }}
            </span>
            <Show when=move || shown_as_text.get()>
                <p class="notice" role="status">{move_tr!("no-italian-voice")}</p>
                <ContentText content=content.get_value() />
            </Show>
        </div>
    }
}
