//! Stimulus checks: the text, announcement or dialogue a task or an item is about, its picture
//! and its audio.

use super::super::message::msg;
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
                    .required(msg!("what-stimulus-title"), title);
            }
            content
                .at(&[F("body")])
                .italian(msg!("what-stimulus-body"), body);
        }
        Content::Announcement { body, .. } => {
            content
                .at(&[F("body")])
                .italian(msg!("what-announcement"), body);
        }
        Content::Dialogue { turns } => {
            if turns.is_empty() {
                let message = msg!("dialogue-no-turns", label = content.label);
                content.error(message);
            }
            for (n, turn) in turns.iter().enumerate() {
                let mut turn_ctx = content.at(&[F("turns"), I(n)]);
                let n = n + 1;
                turn_ctx
                    .at(&[F("speaker")])
                    .required(msg!("what-turn-speaker", n = n), &turn.speaker);
                turn_ctx
                    .at(&[F("text")])
                    .italian(msg!("what-turn-text", n = n), &turn.text);
            }
        }
        Content::None => {}
    }
    if let Some(picture) = &stimulus.picture {
        let (Picture::Emoji(p) | Picture::Svg(p)) = picture;
        ctx.at(&[F("picture")]).required(msg!("what-picture"), p);
    }
    if let Some(audio) = &stimulus.audio {
        ctx.at(&[F("audio")]).required(msg!("what-audio"), audio);
    }
}
