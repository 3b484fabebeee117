//! The list of finished exams, latest first, a page at a time; each opens its review while the
//! exam is kept in full.

use super::Saved;
use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};
use leptos_router::components::A;
use sportello_core::attempt::{format_mm_ss, AttemptSummary};
use std::collections::HashSet;
use wasm_bindgen::JsValue;

/// How many exams the list shows at first, and how many more each "show more" adds.
const PAGE: usize = 50;

/// The date and time of `ms` in the interface language (e.g. "12 mar 2025, 14:05").
pub(super) fn format_date(ms: u64, lang: &str) -> String {
    format_instant(ms, lang, Some("short"))
}

/// The date of `ms` alone, short, in the interface language (e.g. "12/03/25").
pub(super) fn format_day(ms: u64, lang: &str) -> String {
    format_instant(ms, lang, None)
}

/// `ms` as the browser writes it in `lang`: a medium date with the time in `time_style`, or a
/// short date alone.
fn format_instant(ms: u64, lang: &str, time_style: Option<&str>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let date_style = if time_style.is_some() {
        "medium"
    } else {
        "short"
    };
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &date_style.into());
    if let Some(time) = time_style {
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &time.into());
    }
    date.to_locale_string(lang, &options).into()
}

/// The history of finished exams.
#[component]
pub(super) fn AttemptList(saved: Saved) -> impl IntoView {
    let shown = RwSignal::new(PAGE);
    let count = move || saved.history.with(|h| h.attempts.len());
    let kept = Memo::new(move |_| {
        saved
            .finished
            .with(|f| f.iter().map(|a| a.id()).collect::<HashSet<_>>())
    });
    let rows = move || {
        let kept = kept.get();
        saved.history.with(|h| {
            h.attempts
                .iter()
                .rev()
                .take(shown.get())
                .map(|a| view! { <AttemptRow summary=a.clone() kept=kept.contains(&a.id) /> })
                .collect_view()
        })
    };
    view! {
        <h2>{move_tr!("progress-history-title")}</h2>
        <p>{move_tr!("progress-history-count", { "count" => count() })}</p>
        <ol class="attempts" data-testid="attempts">{rows}</ol>
        <Show when=move || { count() > shown.get() }>
            <button
                type="button"
                class="button"
                data-testid="attempts-more"
                on:click=move |_| shown.update(|n| *n += PAGE)
            >
                {move_tr!("progress-show-more", { "count" => count().saturating_sub(shown.get()).min(PAGE) })}
            </button>
        </Show>
    }
}

/// One finished exam: when, which layout, the score, the verdict in words and symbol, the time
/// used and a link to its review.
#[component]
fn AttemptRow(summary: AttemptSummary, kept: bool) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let started = summary.started_at_ms;
    let date = move || format_date(started, i18n.language.get().id);
    let verdict = if !summary.complete {
        view! { <span class="verdict">"… " {move_tr!("progress-provisional")}</span> }.into_any()
    } else if summary.passed {
        view! { <span class="verdict passed">"✓ " {move_tr!("progress-passed")}</span> }.into_any()
    } else {
        view! { <span class="verdict failed">"✗ " {move_tr!("progress-failed")}</span> }.into_any()
    };
    let review = if kept {
        let href = format!("/progress?attempt={}", summary.id);
        view! {
            <A href=href attr:data-testid="attempt-open">
                {move_tr!("progress-open-review")}
            </A>
        }
        .into_any()
    } else {
        view! { <span class="muted">{move_tr!("progress-details-gone")}</span> }.into_any()
    };
    let time = format_mm_ss(summary.time_used_ms);
    let (points, max) = (summary.total.to_string(), summary.max.to_string());
    view! {
        <li class="attempt" data-testid="attempt" data-attempt-id=summary.id.clone()>
            <p class="attempt-when">
                <strong>{date}</strong>
                " · "
                <span lang="it">{summary.layout_title.clone()}</span>
            </p>
            <p class="attempt-result">
                <span data-testid="attempt-score">
                    {move_tr!("progress-score", {
                        "points" => points.clone(),
                        "max" => max.clone(),
                    })}
                </span>
                " · "
                {verdict}
                " · "
                {move_tr!("progress-time-used", { "time" => time.clone() })}
            </p>
            {summary
                .timed_out
                .then(|| {
                    view! {
                        <p class="muted" data-testid="attempt-timed-out">
                            {move_tr!("progress-timed-out")}
                            {summary
                                .excluded_from_readiness
                                .then(|| view! { " · " {move_tr!("progress-not-counted")} })}
                        </p>
                    }
                })}
            <p>{review}</p>
        </li>
    }
}
