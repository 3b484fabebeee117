//! Class results: the teacher pastes the learners' result codes; each is scored here from the
//! teacher's own copy of the set (a code carries answers, never a total to trust), listed with
//! its sections and verdict, and the item analysis shows the hardest questions first. The codes
//! are kept in this browser only; the table is exported as CSV.

use crate::catalog::Catalog;
use crate::components::labels::section_name;
use crate::components::table_head::table_head;
use crate::download::Downloads;
use crate::storage;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::packed::PackProblem;
use sportello_core::result_code::{item_analysis, results_csv, CodeProblem, ResultCode, Scored};
use sportello_core::saved::StorageKey;
use std::sync::Arc;

/// A code and what it gave here.
type Counted = (String, Result<Scored, CodeProblem>);

/// Scores every code with the files of `catalog`.
fn count(catalog: &Catalog, codes: &[String]) -> Vec<Counted> {
    codes
        .iter()
        .map(|code| {
            let scored = ResultCode::decode(code).and_then(|r| r.score(catalog));
            (code.clone(), scored)
        })
        .collect()
}

/// Why the code on line `line` is not counted, in words.
fn refusal(line: usize, problem: CodeProblem) -> Signal<String> {
    match problem {
        CodeProblem::Unreadable(PackProblem::NewerFormat(_)) => {
            move_tr!("class-results-newer", { "line" => line })
        }
        CodeProblem::Unreadable(_) => move_tr!("class-results-unreadable", { "line" => line }),
        CodeProblem::MissingBank(bank) => {
            move_tr!("class-results-missing-bank", { "line" => line, "bank" => bank.clone() })
        }
        CodeProblem::OtherVersion { bank, held, needed } => {
            move_tr!("class-results-other-version", {
                "line" => line,
                "bank" => bank.clone(),
                "held" => held,
                "needed" => needed,
            })
        }
        CodeProblem::UnknownLayout(layout) => {
            move_tr!("class-results-unknown-layout", { "line" => line, "layout" => layout.clone() })
        }
        CodeProblem::NotThisExam => move_tr!("class-results-not-this-exam", { "line" => line }),
    }
}

/// The paste box, the table of learners, and the item analysis.
#[component]
pub fn ClassResults(catalog: Arc<Catalog>) -> impl IntoView {
    let saved: Vec<String> = storage::saved()
        .load(StorageKey::ClassResults)
        .unwrap_or_default();
    let catalog = StoredValue::new(catalog);
    let codes = RwSignal::new(saved);
    let pasted = RwSignal::new(String::new());
    // The pasted lines refused, with their reasons.
    let refused = RwSignal::new(Vec::<(usize, CodeProblem)>::new());
    let save_failed = RwSignal::new(false);
    let counted = Memo::new(move |_| codes.with(|codes| catalog.with_value(|c| count(c, codes))));
    let add = move |_| {
        let mut accepted = codes.get_untracked();
        let mut problems = Vec::new();
        let mut kept = Vec::new();
        let text = pasted.get_untracked();
        // Codes one per line or several on a line: each refusal names its line.
        let codes_by_line = text
            .lines()
            .enumerate()
            .flat_map(|(n, line)| line.split_whitespace().map(move |code| (n + 1, code)));
        for (line, code) in codes_by_line {
            match catalog.with_value(|c| ResultCode::decode(code).and_then(|r| r.score(c))) {
                Ok(_) if accepted.iter().any(|c| c == code) => {}
                Ok(_) => accepted.push(code.to_string()),
                Err(problem) => {
                    problems.push((line, problem));
                    kept.push(code);
                }
            }
        }
        save_failed.set(
            storage::saved()
                .save(StorageKey::ClassResults, &accepted)
                .is_err(),
        );
        codes.set(accepted);
        refused.set(problems);
        // What was refused stays in the box, to be fixed.
        pasted.set(kept.join("\n"));
    };
    let downloads = Downloads::new();
    let export = move |_| {
        let rows: Vec<Scored> = counted.with_untracked(|all| {
            all.iter()
                .filter_map(|(_, r)| r.as_ref().ok().cloned())
                .collect()
        });
        downloads.offer("risultati-classe.csv", &results_csv(&rows));
    };
    let rows = move || {
        counted.with(|all| {
            all.iter()
                .enumerate()
                .map(|(n, (_, result))| match result {
                    Ok(scored) => result_row(scored).into_any(),
                    Err(problem) => view! {
                        <tr>
                            <td colspan="5" class="notice warning">{refusal(n + 1, problem.clone())}</td>
                        </tr>
                    }
                    .into_any(),
                })
                .collect_view()
        })
    };
    let analysis = move || {
        let scored: Vec<Scored> = counted.with(|all| {
            all.iter()
                .filter_map(|(_, r)| r.as_ref().ok().cloned())
                .collect()
        });
        item_analysis(&scored)
            .into_iter()
            .map(|stat| {
                let wrong = stat
                    .common_wrong
                    .map(|(answer, n)| format!("{answer} ({n})"))
                    .unwrap_or_default();
                view! {
                    <tr data-testid="class-item-row">
                        <td lang="it" dir="ltr">{stat.prompt}</td>
                        <td>{move_tr!("class-results-right", { "right" => stat.right, "of" => stat.of })}</td>
                        <td lang="it" dir="ltr">{wrong}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let any = move || counted.with(|all| all.iter().any(|(_, r)| r.is_ok()));
    view! {
        <section aria-labelledby="class-results-title">
            <h2 id="class-results-title">{move_tr!("class-results-title")}</h2>
            <p>{move_tr!("class-results-help")}</p>
            <label class="form-field">
                <span>{move_tr!("class-results-input")}</span>
                <textarea
                    rows="4"
                    dir="ltr"
                    data-testid="class-results-input"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
            </label>
            <div class="actions">
                <button type="button" class="button" data-testid="class-results-add" on:click=add>
                    {move_tr!("class-results-add")}
                </button>
            </div>
            <div role="status">
                <ul class="diagnostics" data-testid="class-results-refused">
                    {move || {
                        refused
                            .get()
                            .into_iter()
                            .map(|(line, problem)| view! { <li>{refusal(line, problem)}</li> })
                            .collect_view()
                    }}
                </ul>
                <Show when=move || save_failed.get()>
                    <p class="notice warning">{move_tr!("save-failed")}</p>
                </Show>
            </div>
            <Show when=any>
                // Focusable: a table wider than the screen scrolls with the keyboard too.
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="class-results-title">
                    <table class="class-results">
                        {table_head([
                            move_tr!("class-results-col-name"),
                            section_name(sportello_core::bank::Section::Listening),
                            section_name(sportello_core::bank::Section::Reading),
                            section_name(sportello_core::bank::Section::Writing),
                            move_tr!("class-results-col-total"),
                        ])}
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <div class="actions">
                    <button type="button" class="button secondary" data-testid="class-results-csv" on:click=export>
                        {move_tr!("class-results-csv")}
                    </button>
                </div>
                <h3 id="class-items-title">{move_tr!("class-results-analysis")}</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="class-items-title">
                    <table class="class-items">
                        {table_head([
                            move_tr!("class-results-col-question"),
                            move_tr!("class-results-col-right"),
                            move_tr!("class-results-col-wrong"),
                        ])}
                        <tbody>{analysis}</tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

/// One learner's row: name, the points of each section, total and verdict.
fn result_row(scored: &Scored) -> impl IntoView {
    let report = &scored.report;
    let points = |section| {
        report
            .sections
            .iter()
            .find(|s| s.section == section)
            .map(|s| format!("{} / {}", s.points, s.max))
            .unwrap_or_default()
    };
    let name = scored.name.clone();
    let verdict = if !report.complete() {
        move_tr!("class-results-provisional")
    } else if report.passed {
        move_tr!("class-results-passed")
    } else {
        move_tr!("class-results-failed")
    };
    let mark = if report.passed { "✓ " } else { "✗ " };
    use sportello_core::bank::Section;
    view! {
        <tr data-testid="class-result-row" data-total=report.total.to_string()>
            <td>
                {if name.is_empty() {
                    view! { <span>{move_tr!("class-results-no-name")}</span> }.into_any()
                } else {
                    view! { <bdi>{name}</bdi> }.into_any()
                }}
            </td>
            <td>{points(Section::Listening)}</td>
            <td>{points(Section::Reading)}</td>
            <td>{points(Section::Writing)}</td>
            <td>
                <strong>{format!("{} / {}", report.total, report.max)}</strong>
                " "
                {report.complete().then_some(mark)}
                {verdict}
            </td>
        </tr>
    }
}
