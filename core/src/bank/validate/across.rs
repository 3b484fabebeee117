//! Checks across files: ids used twice (files, tasks) and task stimuli that are nearly the same
//! text.

use super::super::message::{msg, Message};
use super::findings::Checked;
use super::style::blank;
use super::Step::{Field as F, Index as I};
use crate::bank::{Bank, Content};
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

/// Two stimuli sharing more than this share of their word triples get a warning.
pub const SIMILAR_STIMULUS: f64 = 0.8;

/// Reports every file whose id an earlier file already uses; `message` words it from the id and
/// the earlier file's place.
pub(super) fn check_file_ids<T>(
    files: &mut [Checked<'_, T>],
    message: fn(&str, String) -> Message,
    id_of: impl Fn(&T) -> &str,
) {
    let mut first: HashMap<String, usize> = HashMap::new();
    for n in 0..files.len() {
        let id = id_of(&files[n].value).to_string();
        if blank(&id) {
            continue;
        }
        match first.get(&id) {
            Some(&m) => {
                let place = files[m].place(&[F("id")]);
                files[n].found.error(vec![F("id")], message(&id, place));
            }
            None => {
                first.insert(id, n);
            }
        }
    }
}

/// Reports every task whose id an earlier task, in any bank, already uses.
pub(super) fn check_task_ids(files: &mut [Checked<'_, Bank>]) {
    let mut first: HashMap<String, (usize, usize)> = HashMap::new();
    for n in 0..files.len() {
        for t in 0..files[n].value.tasks.len() {
            let id = files[n].value.tasks[t].id.clone();
            if blank(&id) {
                continue;
            }
            match first.get(&id) {
                Some(&(m, u)) => {
                    let place = files[m].place(&[F("tasks"), I(u), F("id")]);
                    files[n].found.error(
                        vec![F("tasks"), I(t), F("id")],
                        msg!("task-id-taken", id = id.as_str(), place = place),
                    );
                }
                None => {
                    first.insert(id, (n, t));
                }
            }
        }
    }
}

/// The words of a stimulus, lower-cased, for comparing texts.
fn stimulus_words(content: &Content) -> Vec<String> {
    let text = match content {
        Content::Text { body, .. } | Content::Announcement { body, .. } => body.clone(),
        Content::Dialogue { turns } => turns
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        Content::None => String::new(),
    };
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Word triples of a text, hashed; sorted and without repeats.
fn shingles(words: &[String]) -> Vec<u64> {
    let mut out: Vec<u64> = words
        .windows(3)
        .map(|w| {
            let mut h = DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn overlap(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Warns about task stimuli that are nearly the same text (Jaccard similarity of word triples
/// above [`SIMILAR_STIMULUS`]). Uses prefix filtering: two sets that similar must share one of the
/// rarest few triples of each, so only those pairs are compared.
pub(super) fn check_similar_stimuli(files: &mut [Checked<'_, Bank>]) {
    // (file, task, sorted shingles)
    let mut sets: Vec<(usize, usize, Vec<u64>)> = Vec::new();
    for (n, file) in files.iter().enumerate() {
        for (t, task) in file.value.tasks.iter().enumerate() {
            let set = shingles(&stimulus_words(&task.stimulus.content));
            if set.len() >= 3 {
                sets.push((n, t, set));
            }
        }
    }
    let mut frequency: HashMap<u64, u32> = HashMap::new();
    for (_, _, set) in &sets {
        for &s in set {
            *frequency.entry(s).or_default() += 1;
        }
    }
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut found: Vec<(usize, usize, f64)> = Vec::new();
    for (x, (_, _, set)) in sets.iter().enumerate() {
        let mut rare = set.clone();
        rare.sort_unstable_by_key(|s| (frequency[s], *s));
        let keep = (SIMILAR_STIMULUS * set.len() as f64).ceil() as usize;
        let prefix = &rare[..set.len() - keep.min(set.len()) + 1];
        let mut candidates: Vec<usize> = prefix
            .iter()
            .filter_map(|s| index.get(s))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for y in candidates {
            let other = &sets[y].2;
            let shared = overlap(set, other);
            let similarity = shared as f64 / (set.len() + other.len() - shared) as f64;
            if similarity > SIMILAR_STIMULUS {
                // One warning per task is enough: it names the first text it resembles.
                found.push((x, y, similarity));
                break;
            }
        }
        for &s in prefix {
            index.entry(s).or_default().push(x);
        }
    }
    for (x, y, similarity) in found {
        let (n, t, _) = sets[x];
        let (m, u, _) = sets[y];
        let other_id = files[m].value.tasks[u].id.clone();
        let place = files[m].place(&[F("tasks"), I(u), F("id")]);
        let id = files[n].value.tasks[t].id.clone();
        files[n].found.warn(
            vec![F("tasks"), I(t), F("stimulus")],
            msg!(
                "stimulus-similar",
                id = id,
                other = other_id,
                place = place,
                percent = (similarity * 100.0).round().to_string()
            ),
        );
    }
}
