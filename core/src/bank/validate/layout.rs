//! Layout checks: a layout alone (sections, slots, scoring, pass mark), and whether the banks can
//! give every slot of every section a task of its own.

use super::findings::{Ctx, Findings};
use super::Step::{Field as F, Index as I};
use crate::bank::{Bank, ItemKind, Section, Task};
use crate::layout::{Layout, Scoring, SectionLayout};
use std::collections::{HashMap, HashSet};

/// Checks one layout alone.
pub(super) fn check_layout(layout: &Layout, out: &mut Findings) {
    let label = format!("layout {}", layout.id);
    let ctx = &mut Ctx::new(out, Vec::new(), &label);
    ctx.named(&[F("id")], "layout")
        .required("the id", &layout.id);
    ctx.at(&[F("title")]).required("the title", &layout.title);
    if layout.sections.is_empty() {
        ctx.at(&[F("sections")])
            .error(format!("{label}: it has no sections"));
    }
    let mut seen = HashSet::new();
    for (s, section) in layout.sections.iter().enumerate() {
        let here = format!("{label}: section {}", section.section.as_str());
        let section_ctx = &mut ctx.named(&[F("sections"), I(s)], &here);
        if !seen.insert(section.section) {
            section_ctx.at(&[F("section")]).error(format!(
                "{here} appears twice; put all its task slots in one section"
            ));
        }
        check_section(section, section_ctx);
    }
    let max = layout.max_points();
    if layout.pass_mark > max {
        ctx.at(&[F("pass_mark")]).error(format!(
            "{label}: the pass mark {} is above the most points the exam gives ({max})",
            layout.pass_mark
        ));
    }
}

/// Checks a section of a layout; `ctx` is at the section, labelled `layout x: section y`.
fn check_section(section: &SectionLayout, ctx: &mut Ctx<'_>) {
    let here = ctx.label;
    if !(section.minutes > 0.0 && section.minutes.is_finite()) {
        ctx.at(&[F("minutes")]).error(format!(
            "{here} lasts {} minutes; it must last more than 0",
            section.minutes
        ));
    }
    if section.tasks.is_empty() {
        ctx.at(&[F("tasks")])
            .error(format!("{here} has no task slots"));
    }
    let writing = section.section == Section::Writing;
    for (n, slot) in section.tasks.iter().enumerate() {
        let slot_label = format!("{here}, slot {}", n + 1);
        let slot_ctx = &mut ctx.named(&[F("tasks"), I(n)], &slot_label);
        if slot.items == 0 {
            slot_ctx
                .at(&[F("items")])
                .error(format!("{slot_label} has 0 items"));
        }
        let mut kinds_ctx = slot_ctx.at(&[F("kinds")]);
        if slot.kinds.is_empty() {
            kinds_ctx.error(format!("{slot_label} lists no item kinds"));
        }
        for kind in &slot.kinds {
            let writing_kind = matches!(kind, ItemKind::Form | ItemKind::Message);
            if writing_kind != writing {
                let rule = if writing_kind {
                    "only writing tasks have it"
                } else {
                    "writing tasks have only form and message items"
                };
                kinds_ctx.error(format!("{slot_label} lists {}, but {rule}", kind.as_str()));
            }
        }
    }
    let mut scoring_ctx = ctx.at(&[F("scoring")]);
    match &section.scoring {
        Scoring::PerItem(_) if writing => scoring_ctx.error(format!(
            "{here} must be scored with Bands(complete: …, sufficient: …), not PerItem"
        )),
        Scoring::Bands { .. } if !writing => {
            scoring_ctx.error(format!("{here} must be scored with PerItem(…), not Bands"))
        }
        Scoring::Bands {
            complete,
            sufficient,
        } if sufficient > complete => scoring_ctx.error(format!(
            "{here}: sufficient ({sufficient}) is more than complete ({complete})"
        )),
        _ => {}
    }
}

/// Tries to give slot `slot` a task, moving earlier choices if needed (Kuhn's augmenting paths).
fn assign(
    slot: usize,
    fits: &[Vec<usize>],
    owner: &mut HashMap<usize, usize>,
    seen: &mut HashSet<usize>,
) -> bool {
    for &task in &fits[slot] {
        if seen.insert(task) {
            let free = match owner.get(&task) {
                None => true,
                Some(&other) => assign(other, fits, owner, seen),
            };
            if free {
                owner.insert(task, slot);
                return true;
            }
        }
    }
    false
}

/// Errors when the banks cannot give every slot of a section its own task.
pub(super) fn check_fill(layout: &Layout, banks: &[&Bank], out: &mut Findings) {
    let tasks: Vec<&Task> = banks.iter().flat_map(|b| &b.tasks).collect();
    for (s, section) in layout.sections.iter().enumerate() {
        let fits: Vec<Vec<usize>> = section
            .tasks
            .iter()
            .map(|slot| {
                (0..tasks.len())
                    .filter(|&t| {
                        let task = tasks[t];
                        task.section == section.section
                            && task.units() == slot.items
                            && task
                                .items
                                .iter()
                                .all(|i| slot.kinds.contains(&i.question.kind()))
                    })
                    .collect()
            })
            .collect();
        let name = section.section.as_str();
        let mut short = false;
        let mut groups: Vec<(usize, usize)> = Vec::new(); // (first slot, slots alike)
        for (n, slot) in section.tasks.iter().enumerate() {
            match groups
                .iter_mut()
                .find(|(first, _)| section.tasks[*first] == *slot)
            {
                Some(group) => group.1 += 1,
                None => groups.push((n, 1)),
            }
        }
        for (first, need) in groups {
            let have = fits[first].len();
            if have < need {
                short = true;
                let slot = &section.tasks[first];
                let kinds: Vec<&str> = slot.kinds.iter().map(|k| k.as_str()).collect();
                out.error(
                    vec![F("sections"), I(s), F("tasks"), I(first)],
                    format!(
                        "layout {}: section {name} needs {need} {} of {} {} using only [{}]; \
                         the banks have {have}",
                        layout.id,
                        if need == 1 { "task" } else { "tasks" },
                        slot.items,
                        if slot.items == 1 { "item" } else { "items" },
                        kinds.join(", ")
                    ),
                );
            }
        }
        if short {
            continue;
        }
        let mut owner = HashMap::new();
        let filled = (0..fits.len())
            .filter(|&slot| assign(slot, &fits, &mut owner, &mut HashSet::new()))
            .count();
        if filled < fits.len() {
            out.error(
                vec![F("sections"), I(s), F("section")],
                format!(
                    "layout {}: section {name} needs {} different tasks for its slots; \
                     the banks have only {filled} that fit them together",
                    layout.id,
                    fits.len()
                ),
            );
        }
    }
}
