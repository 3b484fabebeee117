//! Layout checks: a layout alone (sections, slots, scoring, pass mark), and whether the banks can
//! give every slot of every section a task of its own.

use super::super::message::{msg, task_label};
use super::findings::{Ctx, Findings};
use super::Step::{Field as F, Index as I};
use crate::bank::{Bank, ItemKind, Section, Task};
use crate::layout::{Layout, Scoring, SectionLayout, MAX_MINUTES, MAX_POINTS_EACH};
use std::collections::{HashMap, HashSet};

/// Checks one layout alone.
pub(super) fn check_layout(layout: &Layout, out: &mut Findings) {
    let label = msg!("label-layout", id = &layout.id);
    let ctx = &mut Ctx::new(out, Vec::new(), &label);
    ctx.id_and_title(&msg!("label-layout-alone"), &layout.id, &layout.title);
    if layout.sections.is_empty() {
        ctx.at(&[F("sections")])
            .error(msg!("layout-no-sections", label = &label));
    }
    let mut seen = HashSet::new();
    for (s, section) in layout.sections.iter().enumerate() {
        let here = msg!(
            "label-section",
            layout = &label,
            section = section.section.as_str()
        );
        let section_ctx = &mut ctx.named(&[F("sections"), I(s)], &here);
        if !seen.insert(section.section) {
            section_ctx
                .at(&[F("section")])
                .error(msg!("layout-section-twice", label = &here));
        }
        check_section(section, section_ctx);
    }
    // Points beyond the bounds were reported by section; the total is worth checking only
    // within them (it cannot overflow then).
    let bounded = layout.sections.iter().all(|s| {
        let (each, _) = band_points(&s.scoring);
        each <= MAX_POINTS_EACH && s.tasks.iter().all(|t| t.items <= MAX_SLOT_ITEMS)
    });
    if bounded {
        let max = layout.max_points();
        if layout.pass_mark > max {
            ctx.at(&[F("pass_mark")]).error(msg!(
                "layout-pass-mark",
                label = &label,
                pass_mark = layout.pass_mark.to_string(),
                max = max.to_string()
            ));
        }
    }
}

/// The most scored answers one slot may ask for, so totals never overflow.
const MAX_SLOT_ITEMS: u32 = 1000;

/// The points of a right answer (or of a complete task), and of a sufficient one.
fn band_points(scoring: &Scoring) -> (crate::points::Points, crate::points::Points) {
    match scoring {
        Scoring::PerItem(p) => (*p, *p),
        Scoring::Bands {
            complete,
            sufficient,
        } => (*complete, *sufficient),
    }
}

/// Checks a section of a layout; `ctx` is at the section, labelled `layout x: section y`.
fn check_section(section: &SectionLayout, ctx: &mut Ctx<'_>) {
    let here = ctx.label;
    // Whole minutes in real layouts; whole seconds are allowed for test layouts (3 seconds).
    let seconds = section.minutes * 60.0;
    if !((1.0..=f64::from(MAX_MINUTES) * 60.0).contains(&seconds) && seconds.fract() == 0.0) {
        let minutes = if section.minutes.abs() < 1e6 {
            section.minutes.to_string()
        } else {
            format!("{:e}", section.minutes)
        };
        ctx.at(&[F("minutes")]).error(msg!(
            "layout-minutes",
            label = here,
            minutes = minutes,
            max = MAX_MINUTES
        ));
    }
    if section.tasks.is_empty() {
        ctx.at(&[F("tasks")])
            .error(msg!("layout-no-slots", label = here));
    }
    let writing = section.section == Section::Writing;
    for (n, slot) in section.tasks.iter().enumerate() {
        let slot_label = msg!("label-slot", section = here, n = n + 1);
        let slot_ctx = &mut ctx.named(&[F("tasks"), I(n)], &slot_label);
        if slot.items == 0 {
            slot_ctx
                .at(&[F("items")])
                .error(msg!("layout-slot-empty", label = &slot_label));
        } else if slot.items > MAX_SLOT_ITEMS {
            slot_ctx.at(&[F("items")]).error(msg!(
                "layout-slot-too-many",
                label = &slot_label,
                items = slot.items,
                max = MAX_SLOT_ITEMS
            ));
        }
        let mut kinds_ctx = slot_ctx.at(&[F("kinds")]);
        if slot.kinds.is_empty() {
            kinds_ctx.error(msg!("layout-slot-no-kinds", label = &slot_label));
        }
        for kind in &slot.kinds {
            let writing_kind = matches!(kind, ItemKind::Form | ItemKind::Message);
            if writing_kind != writing {
                let key = if writing_kind {
                    msg!("layout-slot-writing-kind", label = &slot_label)
                } else {
                    msg!("layout-slot-not-writing-kind", label = &slot_label)
                };
                kinds_ctx.error(key.arg("kind", kind.as_str()));
            }
        }
    }
    let mut scoring_ctx = ctx.at(&[F("scoring")]);
    let (each, _) = band_points(&section.scoring);
    if each > MAX_POINTS_EACH {
        scoring_ctx.error(msg!(
            "layout-points-too-many",
            label = here,
            points = each.to_string(),
            max = MAX_POINTS_EACH.to_string()
        ));
    }
    match &section.scoring {
        Scoring::PerItem(_) if writing => {
            scoring_ctx.error(msg!("layout-writing-per-item", label = here))
        }
        Scoring::Bands { .. } if !writing => {
            scoring_ctx.error(msg!("layout-bands-not-writing", label = here))
        }
        Scoring::Bands {
            complete,
            sufficient,
        } if sufficient > complete => scoring_ctx.error(msg!(
            "layout-sufficient-above-complete",
            label = here,
            sufficient = sufficient.to_string(),
            complete = complete.to_string()
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
                    msg!(
                        "layout-fill-short",
                        layout = &layout.id,
                        section = name,
                        need = need,
                        items = slot.items,
                        kinds = kinds.join(", "),
                        have = have
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
                msg!(
                    "layout-fill-together",
                    layout = &layout.id,
                    section = name,
                    need = fits.len(),
                    filled = filled
                ),
            );
        }
    }
}

/// Warns about each task whose number of scored answers no slot of its section has in any of
/// `layouts`: no exam can use it. Sections no layout has are left alone.
pub(super) fn check_task_sizes(bank: &Bank, layouts: &[&Layout], out: &mut Findings) {
    for (t, task) in bank.tasks.iter().enumerate() {
        let mut sizes: Vec<u32> = layouts
            .iter()
            .flat_map(|l| &l.sections)
            .filter(|s| s.section == task.section)
            .flat_map(|s| s.tasks.iter().map(|slot| slot.items))
            .collect();
        sizes.sort_unstable();
        sizes.dedup();
        if !sizes.is_empty() && !sizes.contains(&task.units()) {
            let sizes: Vec<String> = sizes.iter().map(u32::to_string).collect();
            out.warn(
                vec![F("tasks"), I(t), F("items")],
                msg!(
                    "task-fits-no-layout",
                    label = task_label(&task.id),
                    count = task.units(),
                    section = task.section.as_str(),
                    sizes = sizes.join(", ")
                ),
            );
        }
    }
}
