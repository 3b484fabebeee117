//! Stimulus checks: the text, announcement or dialogue a task or an item is about, its picture
//! and its audio.

use super::findings::Ctx;
use super::Step::{Field as F, Index as I};
use crate::bank::{Content, Picture, Stimulus};

/// Checks a stimulus; `ctx` is at the stimulus.
pub(super) fn check_stimulus(stimulus: &Stimulus, ctx: &mut Ctx<'_>) {
    let mut content = ctx.at(&[F("content")]);
    match &stimulus.content {
        Content::Text { title, body } => {
            if let Some(title) = title {
                content
                    .at(&[F("title")])
                    .required("the stimulus title", title);
            }
            content.at(&[F("body")]).italian("the stimulus body", body);
        }
        Content::Announcement { body, .. } => {
            content.at(&[F("body")]).italian("the announcement", body);
        }
        Content::Dialogue { turns } => {
            if turns.is_empty() {
                let message = format!("{}: the dialogue has no turns", content.label);
                content.error(message);
            }
            for (n, turn) in turns.iter().enumerate() {
                let mut turn_ctx = content.at(&[F("turns"), I(n)]);
                let what = format!("turn {}", n + 1);
                turn_ctx
                    .at(&[F("speaker")])
                    .required(&format!("the speaker of {what}"), &turn.speaker);
                turn_ctx
                    .at(&[F("text")])
                    .italian(&format!("the text of {what}"), &turn.text);
            }
        }
        Content::None => {}
    }
    if let Some(picture) = &stimulus.picture {
        let (Picture::Emoji(p) | Picture::Svg(p)) = picture;
        ctx.at(&[F("picture")]).required("the picture", p);
    }
    if let Some(audio) = &stimulus.audio {
        ctx.at(&[F("audio")]).required("the audio file name", audio);
    }
}
