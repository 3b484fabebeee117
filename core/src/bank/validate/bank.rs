//! Bank and task checks: a bank's own fields, each task's fields, stimulus and items, and the
//! rules that look at a whole task or a whole bank (item ids, repeated explanations, silent
//! listening tasks, the right answer always in the same place).

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
    let label = format!("bank {}", bank.id);
    let ctx = &mut Ctx::new(out, Vec::new(), &label);
    ctx.named(&[F("id")], "bank").required("the id", &bank.id);
    ctx.at(&[F("title")]).required("the title", &bank.title);
    if bank.language != "it" {
        ctx.at(&[F("language")]).error(format!(
            "{label}: language must be \"it\", not \"{}\"",
            bank.language
        ));
    }
    for (n, author) in bank.authors.iter().enumerate() {
        ctx.at(&[F("authors"), I(n)])
            .required(&format!("author {}", n + 1), author);
    }
    ctx.at(&[F("license")])
        .required("the license", &bank.license);
    if bank.version == 0 {
        ctx.at(&[F("version")])
            .error(format!("{label}: version must be 1 or more"));
    }
    if bank.tasks.is_empty() {
        ctx.at(&[F("tasks")])
            .error(format!("{label}: it has no tasks"));
    }
    for (t, task) in bank.tasks.iter().enumerate() {
        let task_label = format!("task {}", task.id);
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
        let ordinal = ["first", "second", "third", "fourth"]
            .get(corrects[0])
            .copied()
            .unwrap_or("same");
        ctx.at(&[F("id")]).warn(format!(
            "{label}: the right answer is the {ordinal} option in all {} single-choice and \
             place items; vary its position",
            corrects.len()
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
        ctx.at(&[F("id")]).warn(format!(
            "{label}: some texts have no translation in {}: learners reading those languages \
             see the English there, or only the Italian",
            partial.join(", ")
        ));
    }
}

/// Checks a task; `ctx` is at the task, labelled `task x`.
pub(super) fn check_task(task: &Task, ctx: &mut Ctx<'_>) {
    let label = ctx.label;
    ctx.named(&[F("id")], "task").required("the id", &task.id);
    ctx.at(&[F("instructions")])
        .italian("the instructions", &task.instructions);
    ctx.at(&[F("instructions_tr")])
        .translations("the instructions", &task.instructions_tr);
    check_stimulus(&task.stimulus, &mut ctx.at(&[F("stimulus")]));
    if task.items.is_empty() {
        ctx.at(&[F("items")])
            .error(format!("{label}: it has no items"));
    }

    let mut ids: HashSet<&str> = HashSet::new();
    let mut explanations: HashMap<String, &str> = HashMap::new();
    for (i, item) in task.items.iter().enumerate() {
        let item_label = format!("{label} / item {}", item.id);
        let item_ctx = &mut ctx.named(&[F("items"), I(i)], &item_label);
        if !blank(&item.id) && !ids.insert(&item.id) {
            item_ctx.at(&[F("id")]).error(format!(
                "{item_label}: another item of this task already has the id {}",
                item.id
            ));
        }
        check_item(item, item_ctx);

        let kind = item.question.kind();
        let writing_kind = matches!(kind, ItemKind::Form | ItemKind::Message);
        if task.section == Section::Writing && !writing_kind {
            item_ctx.at(&[F("question")]).error(format!(
                "{item_label}: a writing task can only have form or message items, not {}",
                kind.as_str()
            ));
        } else if task.section != Section::Writing && writing_kind {
            item_ctx.at(&[F("question")]).error(format!(
                "{item_label}: a {} item can only be in a writing task",
                kind.as_str()
            ));
        }

        if !blank(&item.explanation) {
            let key = folded(&item.explanation);
            match explanations.get(&key) {
                Some(first) => item_ctx.at(&[F("explanation")]).warn(format!(
                    "{item_label}: the explanation is the same as item {first}'s; \
                     explain each answer on its own"
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
        ctx.at(&[F("stimulus")]).error(format!(
            "{label}: a listening task needs words to speak: its stimulus has none \
             (use a Dialogue or an Announcement) and no item has a stimulus of its own"
        ));
    } else {
        for i in silent {
            ctx.at(&[F("items"), I(i), F("id")]).error(format!(
                "{label} / item {}: nothing to hear: the task's stimulus has no words \
                 and this item has no stimulus of its own",
                task.items[i].id
            ));
        }
    }
}
