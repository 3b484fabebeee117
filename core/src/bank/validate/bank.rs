//! Bank and task checks: a bank's own fields, each task's fields, stimulus and items, and the
//! rules that look at a whole task or a whole bank (item ids, repeated explanations, silent
//! listening tasks, the right answer always in the same place).

use super::super::message::{item_label, msg, task_label};
use super::findings::{Ctx, Findings};
use super::items::check_item;
use super::stimulus::check_stimulus;
use super::style::{blank, folded};
use super::Step::{Field as F, Index as I};
use crate::bank::translations::missing_translations;
use crate::bank::{Bank, ItemKind, Question, Section, Task};
use std::collections::{HashMap, HashSet};

/// Checks one bank alone.
pub(super) fn check_bank(bank: &Bank, out: &mut Findings) {
    let label = msg!("label-bank", id = &bank.id);
    let ctx = &mut Ctx::new(out, Vec::new(), &label);
    ctx.id_and_title(&msg!("label-bank-alone"), &bank.id, &bank.title);
    if bank.language != "it" {
        ctx.at(&[F("language")]).error(msg!(
            "bank-language",
            label = &label,
            language = &bank.language
        ));
    }
    for (n, author) in bank.authors.iter().enumerate() {
        ctx.at(&[F("authors"), I(n)])
            .required(msg!("what-author", n = n + 1), author);
    }
    ctx.at(&[F("license")])
        .required(msg!("what-license"), &bank.license);
    if bank.version == 0 {
        ctx.at(&[F("version")])
            .error(msg!("bank-version", label = &label));
    }
    if bank.tasks.is_empty() {
        ctx.at(&[F("tasks")])
            .error(msg!("bank-no-tasks", label = &label));
    }
    for (t, task) in bank.tasks.iter().enumerate() {
        let task_label = task_label(&task.id);
        check_task(task, &mut ctx.named(&[F("tasks"), I(t)], &task_label));
    }

    check_translations(bank, ctx);

    let corrects: Vec<usize> = bank
        .tasks
        .iter()
        .flat_map(|t| &t.items)
        .filter_map(|i| match &i.question {
            Question::SingleChoice { correct, .. } | Question::Place { correct, .. } => {
                Some(*correct)
            }
            _ => None,
        })
        .collect();
    if corrects.len() >= 4 && corrects.iter().all(|&c| c == corrects[0]) {
        ctx.at(&[F("id")]).warn(msg!(
            "bank-same-position",
            label = &label,
            position = corrects[0],
            count = corrects.len()
        ));
    }
}

/// A language the bank translates into must cover all its texts: otherwise a learner reading it
/// sees some help in their language and some in English or none.
fn check_translations(bank: &Bank, ctx: &mut Ctx<'_>) {
    let label = ctx.label;
    let used: HashSet<&str> = bank
        .tasks
        .iter()
        .flat_map(|t| {
            t.instructions_tr
                .keys()
                .chain(t.items.iter().flat_map(|i| i.explanation_tr.keys()))
        })
        .map(String::as_str)
        .collect();
    let partial: Vec<String> = missing_translations(bank)
        .into_iter()
        .filter(|(locale, count)| *count > 0 && used.contains(locale))
        .map(|(locale, count)| format!("{locale} ({count})"))
        .collect();
    if !partial.is_empty() {
        ctx.at(&[F("id")]).warn(msg!(
            "bank-partial-translations",
            label = label,
            languages = partial.join(", ")
        ));
    }
}

/// Checks a task; `ctx` is at the task, labelled `task x`.
pub(super) fn check_task(task: &Task, ctx: &mut Ctx<'_>) {
    let label = ctx.label;
    ctx.named(&[F("id")], &msg!("label-task-alone"))
        .required(msg!("what-id"), &task.id);
    ctx.at(&[F("instructions")])
        .italian(msg!("what-instructions"), &task.instructions);
    ctx.at(&[F("instructions_tr")])
        .translations(msg!("what-instructions"), &task.instructions_tr);
    check_stimulus(&task.stimulus, &mut ctx.at(&[F("stimulus")]));
    if task.items.is_empty() {
        ctx.at(&[F("items")])
            .error(msg!("task-no-items", label = label));
    }

    let mut ids: HashSet<&str> = HashSet::new();
    let mut explanations: HashMap<String, &str> = HashMap::new();
    for (i, item) in task.items.iter().enumerate() {
        let item_label = item_label(label, &item.id);
        let item_ctx = &mut ctx.named(&[F("items"), I(i)], &item_label);
        if !blank(&item.id) && !ids.insert(&item.id) {
            item_ctx.at(&[F("id")]).error(msg!(
                "item-id-twice",
                label = &item_label,
                id = &item.id
            ));
        }
        check_item(item, item_ctx);

        let kind = item.question.kind();
        let writing_kind = matches!(kind, ItemKind::Form | ItemKind::Message);
        if task.section == Section::Writing && !writing_kind {
            item_ctx.at(&[F("question")]).error(msg!(
                "item-not-for-writing",
                label = &item_label,
                kind = kind.as_str()
            ));
        } else if task.section != Section::Writing && writing_kind {
            item_ctx.at(&[F("question")]).error(msg!(
                "item-only-for-writing",
                label = &item_label,
                kind = kind.as_str()
            ));
        }

        if !blank(&item.explanation) {
            let key = folded(&item.explanation);
            match explanations.get(&key) {
                Some(first) => item_ctx.at(&[F("explanation")]).warn(msg!(
                    "item-same-explanation",
                    label = &item_label,
                    first = *first
                )),
                None => {
                    explanations.insert(key, &item.id);
                }
            }
        }
    }

    if task.section == Section::Listening {
        if task.stimulus.content.spoken_text().is_none() {
            check_words_to_hear(task, ctx);
        }
        super::heard::check_names_heard(task, ctx);
    }
}

/// A listening task whose stimulus has no words: every item needs a stimulus of its own.
fn check_words_to_hear(task: &Task, ctx: &mut Ctx<'_>) {
    let label = ctx.label;
    let silent: Vec<usize> = (0..task.items.len())
        .filter(|&i| {
            task.items[i]
                .stimulus
                .as_ref()
                .and_then(|s| s.content.spoken_text())
                .is_none()
        })
        .collect();
    if !silent.is_empty() && silent.len() == task.items.len() {
        ctx.at(&[F("stimulus")])
            .error(msg!("listening-silent-task", label = label));
    } else {
        for i in silent {
            let item_label = item_label(label, &task.items[i].id);
            ctx.at(&[F("items"), I(i), F("id")])
                .error(msg!("listening-silent-item", label = item_label));
        }
    }
}
