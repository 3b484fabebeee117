//! What a backup's exams must satisfy to be imported: a file from outside may have been edited,
//! so each summary and each exam kept in full is checked for consistency (scores within the
//! exam's maximum, sections adding up, plausible dates) and refused, with the reason, if it
//! does not hold. Nothing on the device is ever checked away: this applies to imports only.

use super::backup::BackupData;
use crate::attempt::{Attempt, AttemptSummary};
use crate::layout::Layout;

/// The earliest start an exam can have: 2020-01-01 (before Sportello existed), in ms since the
/// Unix epoch.
pub const EARLIEST_MS: u64 = 1_577_836_800_000;

/// An exam of a backup that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The exam's id (`"{started_at_ms}-{seed}"`, as in the file).
    pub id: String,
    /// What does not hold.
    pub reason: String,
}

/// Fails with `why` unless `holds`.
fn ensure(holds: bool, why: impl FnOnce() -> String) -> Result<(), String> {
    if holds {
        Ok(())
    } else {
        Err(why())
    }
}

/// Whether a summary from a backup holds together at `now_ms`: total and pass mark within a
/// maximum above zero (the layout's maximum when `layouts` has its layout), sections adding up
/// to the total and the maximum, each within its own maximum, the verdict and completeness
/// matching, the id matching start and seed, and dates from [`EARLIEST_MS`] to `now_ms`.
pub fn check_summary(s: &AttemptSummary, layouts: &[Layout], now_ms: u64) -> Result<(), String> {
    ensure(s.id == format!("{}-{}", s.started_at_ms, s.seed), || {
        "the id does not match its start and code".to_string()
    })?;
    ensure(s.max.halves() > 0, || "a maximum of 0 points".to_string())?;
    ensure(s.total <= s.max, || {
        format!("{} of {} points", s.total, s.max)
    })?;
    ensure(s.pass_mark <= s.max, || {
        format!("a pass mark of {} above the maximum {}", s.pass_mark, s.max)
    })?;
    if let Some(layout) = layouts.iter().find(|l| l.id == s.layout_id) {
        ensure(layout.max_points() == s.max, || {
            format!(
                "a maximum of {} points where layout {} gives {}",
                s.max,
                layout.id,
                layout.max_points()
            )
        })?;
    }
    let points: u64 = s
        .sections
        .iter()
        .map(|x| u64::from(x.points.halves()))
        .sum();
    let max: u64 = s.sections.iter().map(|x| u64::from(x.max.halves())).sum();
    ensure(
        points == u64::from(s.total.halves()) && max == u64::from(s.max.halves()),
        || "the sections do not add up to the total".to_string(),
    )?;
    ensure(s.sections.iter().all(|x| x.points <= x.max), || {
        "a section above its maximum".to_string()
    })?;
    ensure(s.passed == (s.total >= s.pass_mark), || {
        "the verdict does not match the total".to_string()
    })?;
    ensure(s.complete == s.sections.iter().all(|x| x.graded), || {
        "completeness does not match the sections".to_string()
    })?;
    let plausible = |ms: u64| (EARLIEST_MS..=now_ms).contains(&ms);
    ensure(plausible(s.started_at_ms), || {
        format!(
            "started at {} ms, not between 2020 and now",
            s.started_at_ms
        )
    })?;
    ensure(
        s.finished_at_ms
            .is_none_or(|f| plausible(f) && f >= s.started_at_ms),
        || "finished before it started, or in the future".to_string(),
    )
}

/// Whether an exam kept in full in a backup holds together: consistent with its own exam (see
/// [`Attempt::check`]), finished, and with a summary that passes [`check_summary`].
pub fn check_finished(a: &Attempt, layouts: &[Layout], now_ms: u64) -> Result<(), String> {
    a.check().map_err(|e| e.to_string())?;
    ensure(a.is_finished(), || "not finished".to_string())?;
    check_summary(&a.summary(), layouts, now_ms)
}

/// Removes from `data` the summaries and exams that do not hold together (see
/// [`check_summary`], [`check_finished`]) and says which and why.
pub fn sift(data: &mut BackupData, layouts: &[Layout], now_ms: u64) -> Vec<Refusal> {
    let mut refused = Vec::new();
    data.history.attempts.retain(|s| {
        check_summary(s, layouts, now_ms)
            .map_err(|reason| {
                refused.push(Refusal {
                    id: s.id.clone(),
                    reason,
                })
            })
            .is_ok()
    });
    data.finished.retain(|a| {
        check_finished(a, layouts, now_ms)
            .map_err(|reason| refused.push(Refusal { id: a.id(), reason }))
            .is_ok()
    });
    refused
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exam::generate;
    use crate::exam::test_support::{bank_for, layout, VADEMECUM};
    use crate::points::Points;

    const NOW: u64 = 1_760_000_000_000;

    fn finished() -> Attempt {
        let layout = layout(VADEMECUM);
        let exam = generate(&layout, &bank_for(&layout, 3), 5, |_| false).unwrap();
        let mut attempt = Attempt::start(exam, NOW - 10_000);
        attempt.submit(NOW - 1_000);
        attempt
    }

    fn why(change: impl FnOnce(&mut AttemptSummary)) -> String {
        let mut s = finished().summary();
        change(&mut s);
        check_summary(&s, &[layout(VADEMECUM)], NOW).unwrap_err()
    }

    #[test]
    fn a_real_exam_holds_together() {
        let a = finished();
        assert_eq!(check_finished(&a, &[layout(VADEMECUM)], NOW), Ok(()));
        assert_eq!(check_summary(&a.summary(), &[], NOW), Ok(()));
    }

    #[test]
    fn edited_scores_and_dates_are_refused_with_the_reason() {
        let total = |s: &mut AttemptSummary, halves: u32| {
            s.total = Points::from_halves(halves);
            s.sections[0].points = Points::from_halves(halves);
        };
        assert_eq!(why(|s| total(s, 2_000_000_000)), "1000000000 of 100 points");
        assert!(why(|s| {
            s.max = Points::ZERO;
            s.total = Points::whole(5);
        })
        .contains("maximum of 0"));
        assert!(why(|s| s.max = Points::whole(90)).contains("layout vademecum gives 100"));
        assert!(why(|s| s.total = Points::whole(1)).contains("do not add up"));
        assert!(why(|s| s.pass_mark = Points::whole(101)).contains("pass mark"));
        assert!(why(|s| s.passed = !s.passed).contains("verdict"));
        assert!(why(|s| {
            s.started_at_ms = 0;
            s.id = format!("0-{}", s.seed);
        })
        .contains("not between 2020 and now"));
        assert!(why(|s| {
            s.started_at_ms = NOW + 1;
            s.id = format!("{}-{}", NOW + 1, s.seed);
        })
        .contains("not between 2020 and now"));
        assert!(why(|s| s.finished_at_ms = Some(NOW + 1)).contains("future"));
        assert!(why(|s| s.id = "1-1".into()).contains("id"));
    }

    #[test]
    fn sifting_keeps_what_holds_and_says_what_does_not() {
        let a = finished();
        let mut data = BackupData::default();
        data.history.record(a.summary());
        let mut bad = a.summary();
        bad.id = format!("{}-{}", bad.started_at_ms + 1, bad.seed);
        bad.started_at_ms += 1;
        bad.max = Points::ZERO;
        data.history.record(bad.clone());
        data.finished.push(a.clone());
        let refused = sift(&mut data, &[layout(VADEMECUM)], NOW);
        assert_eq!(data.history.attempts, [a.summary()]);
        assert_eq!(data.finished, [a]);
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].id, bad.id);
    }
}
