//! What the history says: how ready the learner looks and why, the days practised in a row, the
//! score over time (a chart with labelled axes and the pass line, and a table for screen
//! readers) and accuracy per section, topic and item kind, weakest first, each with a link to
//! practise it.

use super::history::{format_date, format_day};
use super::Saved;
use crate::components::labels::section_name;
use crate::components::next_step::{part_name, practice_href};
use crate::storage::now_ms;
use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};
use leptos_router::components::A;
use sportello_core::next_step::{weakest_first, Part};
use sportello_core::progress::{
    accuracy, local_day, streak_days, Accuracy, ChartPoint, History, Readiness, CHART_HEIGHT,
    CHART_WIDTH,
};
use wasm_bindgen::JsValue;

/// How many of the latest exams the chart draws.
const CHART_POINTS: usize = 50;

/// The local day of `ms`, with the browser's time zone offset at that instant (summer time).
fn browser_local_day(ms: u64) -> i64 {
    let offset = js_sys::Date::new(&JsValue::from_f64(ms as f64)).get_timezone_offset();
    local_day(ms, -(offset as i32))
}

/// Readiness and the days practised in a row.
#[component]
pub(super) fn Summary(saved: Saved) -> impl IntoView {
    let readiness = Memo::new(move |_| saved.history.with(History::readiness));
    let basis = Memo::new(move |_| saved.history.with(History::readiness_basis));
    let held_back = move || {
        let basis = basis.get();
        basis.holding_back.map(|section| {
            let name = section_name(section);
            view! {
                " "
                <span data-testid="readiness-basis">
                    {move_tr!("readiness-held-back", { "count" => basis.exams, "section" => name.get() })}
                </span>
            }
        })
    };
    let streak = Memo::new(move |_| {
        saved.history.with(|h| {
            let days = h
                .attempts
                .iter()
                .map(|a| browser_local_day(a.started_at_ms));
            streak_days(days, browser_local_day(now_ms()))
        })
    });
    let message = move || match readiness.get() {
        Readiness::NeedMore { more } => {
            view! { {move_tr!("progress-ready-need-more", { "count" => more })} }.into_any()
        }
        Readiness::Ready => view! { "✓ " {move_tr!("progress-ready-yes")} }.into_any(),
        Readiness::Almost => view! { "◐ " {move_tr!("progress-ready-almost")} }.into_any(),
        Readiness::KeepPractising => view! { "✗ " {move_tr!("progress-ready-keep")} }.into_any(),
    };
    let kind = move || match readiness.get() {
        Readiness::NeedMore { .. } => "need-more",
        Readiness::Ready => "ready",
        Readiness::Almost => "almost",
        Readiness::KeepPractising => "keep-practising",
    };
    view! {
        <div class="progress-summary">
            <p class="readiness" data-testid="readiness" data-readiness=kind>{message}{held_back}</p>
            <p data-testid="streak">
                {move || {
                    let days = streak.get();
                    if days == 0 {
                        move_tr!("progress-streak-none").into_any()
                    } else {
                        move_tr!("progress-streak", { "count" => days }).into_any()
                    }
                }}
            </p>
        </div>
    }
}

/// The score of the latest exams as a line chart, with the same data as a table.
#[component]
pub(super) fn ScoreOverTime(saved: Saved) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let chart = Memo::new(move |_| saved.history.with(|h| h.score_chart(CHART_POINTS)));
    let line = move |ys: fn(&ChartPoint) -> f64, span_one: bool| {
        chart.with(|c| match c.points.as_slice() {
            // One exam: its pass mark still spans the chart.
            [p] if span_one => format!("0,{y:.1} {CHART_WIDTH:.1},{y:.1}", y = ys(p)),
            points => points
                .iter()
                .map(|p| format!("{:.1},{:.1}", p.x, ys(p)))
                .collect::<Vec<_>>()
                .join(" "),
        })
    };
    let markers = move || {
        chart.with(|c| {
            c.points
                .iter()
                .map(|p| {
                    if p.passed {
                        view! { <circle class="mark passed" cx=p.x cy=p.score_y r="3.5" /> }
                            .into_any()
                    } else {
                        view! {
                            <rect
                                class="mark failed"
                                x=p.x - 3.0
                                y=p.score_y - 3.0
                                width="6"
                                height="6"
                            />
                        }
                        .into_any()
                    }
                })
                .collect_view()
        })
    };
    let shown = move || chart.with(|c| c.points.len());
    let rows = move || {
        let lang = i18n.language.get().id;
        saved.history.with(|h| {
            let latest = &h.attempts[h.attempts.len().saturating_sub(CHART_POINTS)..];
            latest
                .iter()
                .map(|a| {
                    let verdict = if a.passed {
                        view! { "✓ " {move_tr!("progress-passed")} }.into_any()
                    } else {
                        view! { "✗ " {move_tr!("progress-failed")} }.into_any()
                    };
                    view! {
                        <tr>
                            <td>{format_date(a.started_at_ms, lang)}</td>
                            <td>{format!("{} / {}", a.total, a.max)}</td>
                            <td>{a.pass_mark.to_string()}</td>
                            <td>{verdict}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    // The axes' labels: the maximum at the top, the pass mark on its line, the first and last
    // dates below.
    let axes = move || {
        let lang = i18n.language.get().id;
        saved.history.with(|h| {
            let latest = &h.attempts[h.attempts.len().saturating_sub(CHART_POINTS)..];
            let (first, last) = (latest.first()?, latest.last()?);
            let pass_y = chart.with(|c| c.points.last().map(|p| p.pass_y))?;
            let dates = if latest.len() > 1 {
                view! {
                    <text class="axis-label" x="0" y=CHART_HEIGHT + 14.0 text-anchor="start">
                        {format_day(first.started_at_ms, lang)}
                    </text>
                    <text class="axis-label" x=CHART_WIDTH y=CHART_HEIGHT + 14.0 text-anchor="end">
                        {format_day(last.started_at_ms, lang)}
                    </text>
                }
                .into_any()
            } else {
                view! {
                    <text class="axis-label" x=CHART_WIDTH / 2.0 y=CHART_HEIGHT + 14.0 text-anchor="middle">
                        {format_day(last.started_at_ms, lang)}
                    </text>
                }
                .into_any()
            };
            Some(view! {
                <text class="axis-label" x="-5" y="4" text-anchor="end">{last.max.to_string()}</text>
                <text class="axis-label pass-label" x="-5" y=pass_y + 4.0 text-anchor="end">
                    {last.pass_mark.to_string()}
                </text>
                <text class="axis-label" x="-5" y=CHART_HEIGHT + 4.0 text-anchor="end">"0"</text>
                {dates}
            })
        })
    };
    let view_box = format!("-40 -22 {} {}", CHART_WIDTH + 52.0, CHART_HEIGHT + 62.0);
    view! {
        <h2>{move_tr!("progress-chart-title")}</h2>
        <figure class="score-chart">
            <svg
                viewBox=view_box
                role="img"
                aria-label=move_tr!("progress-chart-label", { "count" => shown() })
                data-testid="score-chart"
            >
                <text class="axis-title" x="-40" y="-10" text-anchor="start">
                    {move_tr!("progress-chart-axis-points")}
                </text>
                <text class="axis-title" x=CHART_WIDTH / 2.0 y=CHART_HEIGHT + 34.0 text-anchor="middle">
                    {move_tr!("progress-chart-axis-dates")}
                </text>
                {axes}
                <line class="axis" x1="0" y1="0" x2="0" y2=CHART_HEIGHT />
                <line class="grid" x1="0" y1="0" x2=CHART_WIDTH y2="0" />
                <line class="grid" x1="0" y1=CHART_HEIGHT / 2.0 x2=CHART_WIDTH y2=CHART_HEIGHT / 2.0 />
                <line class="axis" x1="0" y1=CHART_HEIGHT x2=CHART_WIDTH y2=CHART_HEIGHT />
                <polyline class="pass-line" points=move || line(|p| p.pass_y, true) />
                <polyline class="score-line" points=move || line(|p| p.score_y, false) />
                {markers}
            </svg>
            <figcaption>
                <ul class="chart-legend">
                    <li><span class="key score-key" aria-hidden="true"></span>{move_tr!("progress-chart-score")}</li>
                    <li><span class="key pass-key" aria-hidden="true"></span>{move_tr!("progress-chart-pass")}</li>
                    <li><span aria-hidden="true">"● "</span>{move_tr!("progress-passed")}</li>
                    <li><span aria-hidden="true">"■ "</span>{move_tr!("progress-failed")}</li>
                </ul>
            </figcaption>
        </figure>
        <details class="chart-table">
            <summary>{move_tr!("progress-chart-table")}</summary>
            <table data-testid="score-table">
                <thead>
                    <tr>
                        <th scope="col">{move_tr!("progress-col-date")}</th>
                        <th scope="col">{move_tr!("progress-col-score")}</th>
                        <th scope="col">{move_tr!("progress-col-pass")}</th>
                        <th scope="col">{move_tr!("progress-col-result")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}

/// One row of an accuracy table: name, right out of asked, the share with a bar and, below it
/// (three columns fit a narrow phone), a link to practise that part.
fn accuracy_row(part: Part, a: Accuracy) -> impl IntoView {
    let percent = a.percent().unwrap_or(0);
    let name = part_name(part);
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td>{move_tr!("progress-right-of", { "right" => a.right, "units" => a.units })}</td>
            <td>
                {format!("{percent} %")}
                <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="bar-back" width="100" height="4" />
                    <rect class="bar-fill" width=percent height="4" />
                </svg>
                <A href=practice_href(part) attr:class="practise-this" attr:data-testid="practise-this">
                    {move_tr!("progress-practise-this")}
                    <span class="sr-only">": " {name}</span>
                </A>
            </td>
        </tr>
    }
}

/// One accuracy table, weakest first: its first column's header, its test id and its rows.
fn accuracy_table<T: Copy + Send + Sync + 'static>(
    first: Signal<String>,
    testid: &'static str,
    rows: Signal<Vec<(T, Accuracy)>>,
    part: fn(T) -> Part,
) -> impl IntoView {
    view! {
        <table class="accuracy" data-testid=testid>
            <thead>
                <tr>
                    <th scope="col">{first}</th>
                    <th scope="col">{move_tr!("progress-col-right")}</th>
                    <th scope="col">{move_tr!("progress-col-percent")}</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    rows.with(|r| {
                        weakest_first(r)
                            .into_iter()
                            .map(|(t, a)| accuracy_row(part(t), a))
                            .collect_view()
                    })
                }}
            </tbody>
        </table>
    }
}

/// Accuracy per section, topic and item kind over the exams kept in full, weakest first.
#[component]
pub(super) fn AccuracyTables(saved: Saved) -> impl IntoView {
    let report = Memo::new(move |_| saved.finished.with(|f| accuracy(f)));
    let kept = move || saved.finished.with(Vec::len);
    let sections = Signal::derive(move || report.with(|r| r.sections.clone()));
    let topics = Signal::derive(move || report.with(|r| r.topics.clone()));
    let kinds = Signal::derive(move || report.with(|r| r.kinds.clone()));
    view! {
        <h2>{move_tr!("progress-accuracy-title")}</h2>
        <Show
            when=move || report.with(|r| !r.sections.is_empty())
            fallback=|| view! { <p>{move_tr!("progress-accuracy-none")}</p> }
        >
            <p>{move_tr!("progress-accuracy-lead", { "count" => kept() })}</p>
            <p>{move_tr!("progress-weakest-first")}</p>
            {accuracy_table(move_tr!("progress-col-section"), "accuracy-sections", sections, Part::Section)}
            {accuracy_table(move_tr!("progress-col-topic"), "accuracy-topics", topics, Part::Topic)}
            {accuracy_table(move_tr!("progress-col-kind"), "accuracy-kinds", kinds, Part::Kind)}
        </Show>
    }
}
