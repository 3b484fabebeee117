//! Spaced review of mistakes: every scored item answered wrong, in practice or in a finished
//! exam, becomes a card of the review queue, keyed by task id and item id, and comes back for
//! review at growing intervals while it is answered right.
//!
//! Nothing here reads a clock: every function that depends on time takes `now_ms` (or `at_ms`),
//! milliseconds since the Unix epoch.
//!
//! # The scheduler
//! SM-2 (P. Woźniak, SuperMemo 2, 1990) reduced to right/wrong, as Anki's classic scheduler
//! applies it:
//! - a new mistake is due at once;
//! - a wrong answer starts the card over: it comes back after [`RELEARN_MS`] (ten minutes, so a
//!   review session moves on) and, if the card had been remembered before, its ease drops by
//!   [`EASE_STEP_PERMILLE`] (never below [`MIN_EASE_PERMILLE`]);
//! - right answers in a row space it out: 1 day, then 6 days, then each interval times the
//!   card's ease (2.5 at first), up to [`MAX_INTERVAL_DAYS`].
//!
//! The FSRS scheduler of the `rs-fsrs` crate (1.2.1) was considered first and left out: it
//! depends on `chrono` with its default features, whose `wasmbind` feature brings `wasm-bindgen`
//! and `js-sys` into a wasm32 build, and it reads the clock itself (`Utc::now()` in
//! `Card::new`). This crate must stay free of web crates and clocks; with two answers (right,
//! wrong) instead of four ratings, FSRS would gain little over SM-2 here anyway.

use crate::answer::{is_correct, Answer};
use crate::attempt::Attempt;
use crate::bank::Task;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A day, in milliseconds.
pub const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// How soon a card answered wrong comes back.
pub const RELEARN_MS: u64 = 10 * 60 * 1000;

/// The ease of a new card, in thousandths (2.5 as in SM-2).
pub const START_EASE_PERMILLE: u32 = 2500;

/// The lowest ease, in thousandths (1.3 as in SM-2).
pub const MIN_EASE_PERMILLE: u32 = 1300;

/// How much the ease drops when a remembered card is forgotten, in thousandths (Anki's 0.2).
pub const EASE_STEP_PERMILLE: u32 = 200;

/// The longest interval between two reviews.
pub const MAX_INTERVAL_DAYS: u32 = 365;

/// Which item a card is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ItemKey {
    /// The task's id in its bank.
    pub task_id: String,
    /// The item's id in its task.
    pub item_id: String,
}

impl ItemKey {
    /// The key of item `item_id` of task `task_id`.
    pub fn new(task_id: &str, item_id: &str) -> ItemKey {
        ItemKey {
            task_id: task_id.to_string(),
            item_id: item_id.to_string(),
        }
    }
}

/// One item to review and its schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// The item.
    pub key: ItemKey,
    /// When it is next due.
    pub due_ms: u64,
    /// Days between the last right answer and `due_ms`; 0 while the card is being relearnt.
    pub interval_days: u32,
    /// How fast the intervals grow, in thousandths.
    pub ease_permille: u32,
    /// Right answers in a row.
    pub streak: u32,
    /// Wrong answers so far, the first mistake included.
    pub lapses: u32,
    /// When it was last answered or made a mistake on.
    pub updated_ms: u64,
}

impl Card {
    /// A card for a new mistake on `key` made at `at_ms`: due at once.
    pub fn new(key: ItemKey, at_ms: u64) -> Card {
        Card {
            key,
            due_ms: at_ms,
            interval_days: 0,
            ease_permille: START_EASE_PERMILLE,
            streak: 0,
            lapses: 1,
            updated_ms: at_ms,
        }
    }

    /// Whether it is due at `now_ms`.
    pub fn is_due(&self, now_ms: u64) -> bool {
        self.due_ms <= now_ms
    }
}

/// Schedules `card` after an answer at `now_ms` (see the module documentation).
pub fn record(card: &mut Card, right: bool, now_ms: u64) {
    card.updated_ms = now_ms;
    if right {
        card.streak += 1;
        card.interval_days = match card.streak {
            1 => 1,
            2 => 6,
            _ => {
                let grown = (u64::from(card.interval_days) * u64::from(card.ease_permille))
                    .div_ceil(1000)
                    .min(u64::from(MAX_INTERVAL_DAYS)) as u32;
                // A short interval times a low ease could round back to itself.
                grown.max(card.interval_days + 1)
            }
        }
        .min(MAX_INTERVAL_DAYS);
        card.due_ms = now_ms + u64::from(card.interval_days) * DAY_MS;
    } else {
        if card.streak > 0 {
            card.ease_permille = card
                .ease_permille
                .saturating_sub(EASE_STEP_PERMILLE)
                .max(MIN_EASE_PERMILLE);
        }
        card.streak = 0;
        card.lapses += 1;
        card.interval_days = 0;
        card.due_ms = now_ms + RELEARN_MS;
    }
}

/// Every card, one per item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReviewQueue {
    cards: Vec<Card>,
}

impl ReviewQueue {
    /// Every card, in the order they were added.
    pub fn cards(&self) -> &[Card] {
        &self.cards
    }

    /// The card of an item, if it has one.
    pub fn card(&self, key: &ItemKey) -> Option<&Card> {
        self.cards.iter().find(|c| &c.key == key)
    }

    /// Notes a mistake on `key` made at `at_ms`: a new card due at once, or, for an item that
    /// already has a card, a wrong answer (see [`record`]). A mistake not newer than the card's
    /// last change is already counted and changes nothing, so recording the same finished exam
    /// twice adds nothing. Returns whether the queue changed.
    pub fn add_mistake(&mut self, key: ItemKey, at_ms: u64) -> bool {
        match self.cards.iter_mut().find(|c| c.key == key) {
            Some(card) if at_ms <= card.updated_ms => false,
            Some(card) => {
                record(card, false, at_ms);
                true
            }
            None => {
                self.cards.push(Card::new(key, at_ms));
                true
            }
        }
    }

    /// Notes an answer given in practice or in a review at `now_ms`: a wrong one is a mistake
    /// ([`ReviewQueue::add_mistake`]); a right one reschedules the item's card if it is due (a
    /// right answer before the card is due does not count as a review).
    pub fn answered(&mut self, key: ItemKey, right: bool, now_ms: u64) {
        if !right {
            self.add_mistake(key, now_ms);
        } else if let Some(card) = self
            .cards
            .iter_mut()
            .find(|c| c.key == key && c.is_due(now_ms))
        {
            record(card, true, now_ms);
        }
    }

    /// The cards due at `now_ms`, longest due first (ties by key).
    pub fn due(&self, now_ms: u64) -> Vec<&Card> {
        let mut due: Vec<&Card> = self.cards.iter().filter(|c| c.is_due(now_ms)).collect();
        due.sort_by(|a, b| a.due_ms.cmp(&b.due_ms).then_with(|| a.key.cmp(&b.key)));
        due
    }

    /// The cards due at `now_ms` whose item is still among `tasks`, longest due first: the ones a
    /// review can serve (a card outlives a task removed from the banks or an item renamed).
    pub fn due_among<'a>(
        &self,
        now_ms: u64,
        tasks: impl IntoIterator<Item = &'a Task>,
    ) -> Vec<&Card> {
        let items: BTreeSet<(&str, &str)> = tasks
            .into_iter()
            .flat_map(|t| t.items.iter().map(|i| (t.id.as_str(), i.id.as_str())))
            .collect();
        let mut due = self.due(now_ms);
        due.retain(|c| items.contains(&(c.key.task_id.as_str(), c.key.item_id.as_str())));
        due
    }

    /// How many cards are not yet due at `now_ms`.
    pub fn waiting(&self, now_ms: u64) -> usize {
        self.cards.iter().filter(|c| !c.is_due(now_ms)).count()
    }

    /// Adds the mistakes of a finished exam (see [`attempt_mistakes`]), made when it ended.
    /// Recording the same attempt again adds nothing. Returns how many cards changed.
    pub fn add_attempt(&mut self, attempt: &Attempt) -> usize {
        let Some(at_ms) = attempt.finished_at_ms() else {
            return 0;
        };
        attempt_mistakes(attempt)
            .into_iter()
            .filter(|key| self.add_mistake(key.clone(), at_ms))
            .count()
    }
}

/// The items of a finished exam that were not answered fully right: unanswered or wrong scored
/// items (a matching with any pair wrong included) of every section that was opened. Writing
/// tasks, graded by the learner, and sections never reached are left out; an unfinished
/// attempt has none.
pub fn attempt_mistakes(attempt: &Attempt) -> Vec<ItemKey> {
    if !attempt.is_finished() {
        return Vec::new();
    }
    let answers = attempt.answers();
    attempt
        .exam()
        .sections
        .iter()
        .zip(attempt.section_times())
        .filter(|(_, times)| times.started_at_ms.is_some())
        .flat_map(|(section, _)| &section.tasks)
        .flat_map(|task| task.items.iter().map(move |item| (task, item)))
        .filter(|(_, item)| Answer::right_for(&item.question).is_some())
        .filter(|(task, item)| {
            !answers
                .get(&task.id, &item.id)
                .is_some_and(|a| is_correct(&item.question, a))
        })
        .map(|(task, item)| ItemKey::new(&task.id, &item.id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exam::generate;
    use crate::exam::test_support::{all_right, bank_for, layout, VADEMECUM};

    const T0: u64 = 1_750_000_000_000;
    const MIN: u64 = 60_000;

    fn key(item: &str) -> ItemKey {
        ItemKey::new("ascolto-salute-01", item)
    }

    #[test]
    fn a_new_mistake_is_due_at_once() {
        let mut queue = ReviewQueue::default();
        assert!(queue.due(T0).is_empty());
        assert!(queue.add_mistake(key("1"), T0));
        let due = queue.due(T0);
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].key, key("1"));
        assert!(queue.due(T0 - 1).is_empty(), "not due before the mistake");
    }

    #[test]
    fn a_wrong_answer_comes_back_soon_but_not_at_once() {
        let mut card = Card::new(key("1"), T0);
        record(&mut card, true, T0 + MIN);
        record(&mut card, false, T0 + 2 * MIN);
        assert_eq!(card.due_ms, T0 + 2 * MIN + RELEARN_MS);
        assert!(!card.is_due(T0 + 2 * MIN), "a review session moves on");
        assert!(card.is_due(T0 + 2 * MIN + 10 * MIN));
        assert_eq!((card.streak, card.interval_days, card.lapses), (0, 0, 2));
    }

    #[test]
    fn right_answers_in_a_row_space_the_card_out() {
        let mut card = Card::new(key("1"), T0);
        let mut now = T0;
        let mut intervals = Vec::new();
        for _ in 0..8 {
            record(&mut card, true, now);
            assert_eq!(card.due_ms, now + u64::from(card.interval_days) * DAY_MS);
            intervals.push(card.interval_days);
            now = card.due_ms;
        }
        assert_eq!(&intervals[..4], &[1, 6, 15, 38]);
        assert!(
            intervals
                .windows(2)
                .all(|w| w[1] > w[0] || w[1] == MAX_INTERVAL_DAYS),
            "{intervals:?}"
        );
        assert_eq!(*intervals.last().unwrap(), MAX_INTERVAL_DAYS);
    }

    #[test]
    fn forgetting_a_remembered_card_lowers_its_ease_down_to_a_floor() {
        let mut card = Card::new(key("1"), T0);
        // Wrong while relearning: the ease stays.
        record(&mut card, false, T0);
        assert_eq!(card.ease_permille, START_EASE_PERMILLE);
        for n in 1..=10 {
            record(&mut card, true, T0 + n);
            record(&mut card, false, T0 + n);
        }
        assert_eq!(card.ease_permille, MIN_EASE_PERMILLE);
        // A lower ease grows intervals more slowly.
        let mut easy = Card::new(key("2"), T0);
        for _ in 0..3 {
            record(&mut card, true, T0);
            record(&mut easy, true, T0);
        }
        assert!(card.interval_days < easy.interval_days);
    }

    #[test]
    fn the_same_mistake_twice_is_one_card() {
        let mut queue = ReviewQueue::default();
        assert!(queue.add_mistake(key("1"), T0));
        assert!(!queue.add_mistake(key("1"), T0));
        assert_eq!(queue.cards().len(), 1);
        assert_eq!(queue.card(&key("1")).unwrap().lapses, 1);
        // A later mistake on the same item is a lapse of the same card.
        assert!(queue.add_mistake(key("1"), T0 + MIN));
        assert_eq!(queue.cards().len(), 1);
        assert_eq!(queue.card(&key("1")).unwrap().lapses, 2);
    }

    #[test]
    fn a_right_answer_counts_only_for_a_due_card() {
        let mut queue = ReviewQueue::default();
        queue.answered(key("1"), true, T0);
        assert!(queue.cards().is_empty(), "a right answer makes no card");
        queue.answered(key("1"), false, T0);
        queue.answered(key("1"), true, T0 + MIN);
        let card = queue.card(&key("1")).unwrap().clone();
        assert_eq!((card.streak, card.interval_days), (1, 1));
        assert!(queue.due(T0 + MIN).is_empty());
        // Answered right again the same day: not due, nothing changes.
        queue.answered(key("1"), true, T0 + 2 * MIN);
        assert_eq!(queue.card(&key("1")), Some(&card));
        assert_eq!(queue.due(T0 + MIN + DAY_MS).len(), 1);
    }

    #[test]
    fn due_cards_come_longest_due_first() {
        let mut queue = ReviewQueue::default();
        queue.add_mistake(key("3"), T0 + 2);
        queue.add_mistake(key("2"), T0);
        queue.add_mistake(key("1"), T0 + 2);
        let order: Vec<&str> = queue
            .due(T0 + 5)
            .iter()
            .map(|c| c.key.item_id.as_str())
            .collect();
        assert_eq!(order, ["2", "1", "3"]);
        assert_eq!(queue.due(T0 + 1).len(), 1);
    }

    #[test]
    fn only_due_cards_of_items_still_in_the_banks_can_be_served() {
        let tasks = bank_for(&layout(VADEMECUM), 1);
        let task = &tasks[0];
        let mut queue = ReviewQueue::default();
        queue.add_mistake(ItemKey::new(&task.id, &task.items[1].id), T0 + 2);
        queue.add_mistake(ItemKey::new(&task.id, "no-such-item"), T0);
        queue.add_mistake(ItemKey::new("a-removed-task", "1"), T0);
        queue.add_mistake(ItemKey::new(&task.id, &task.items[0].id), T0 + 1);
        queue.add_mistake(ItemKey::new(&task.id, &task.items[2].id), T0 + MIN);
        let due: Vec<&ItemKey> = queue
            .due_among(T0 + 5, &tasks)
            .into_iter()
            .map(|c| &c.key)
            .collect();
        assert_eq!(
            due,
            [
                &ItemKey::new(&task.id, &task.items[0].id),
                &ItemKey::new(&task.id, &task.items[1].id)
            ]
        );
        assert_eq!(queue.due(T0 + 5).len(), 4);
        assert_eq!(queue.waiting(T0 + 5), 1);
        assert_eq!(queue.waiting(T0 + MIN), 0);
    }

    fn attempt() -> Attempt {
        let layout = layout(VADEMECUM);
        let exam = generate(&layout, &bank_for(&layout, 3), 21, |_| false).unwrap();
        Attempt::start(exam, T0)
    }

    #[test]
    fn an_exam_handed_in_empty_puts_every_scored_item_in_the_queue_once() {
        let mut attempt = attempt();
        let mut queue = ReviewQueue::default();
        assert_eq!(queue.add_attempt(&attempt), 0, "not finished yet");
        for n in 1..=3 {
            attempt.next_section(T0 + n * MIN).unwrap();
        }
        let mistakes = attempt_mistakes(&attempt);
        // 10 listening and 10 reading units, in items; writing is left out.
        let scored: usize = attempt.exam().sections[..2]
            .iter()
            .flat_map(|s| &s.tasks)
            .map(|t| t.items.len())
            .sum();
        assert_eq!(mistakes.len(), scored);
        let writing = &attempt.exam().sections[2].tasks[0].id;
        assert!(mistakes.iter().all(|k| &k.task_id != writing));
        assert_eq!(queue.add_attempt(&attempt), scored);
        assert_eq!(queue.due(T0 + 3 * MIN).len(), scored);
        // Recorded again (after grading the writing): nothing new.
        assert_eq!(queue.add_attempt(&attempt), 0);
        assert_eq!(queue.cards().len(), scored);
        assert!(queue.cards().iter().all(|c| c.lapses == 1));
    }

    #[test]
    fn right_answers_and_unopened_sections_stay_out_of_the_queue() {
        let mut attempt = attempt();
        let answers = all_right(attempt.exam());
        let first = attempt.exam().sections[0].tasks[0].clone();
        for item in &first.items {
            let right = answers.get(&first.id, &item.id).unwrap().clone();
            attempt.answer(&first.id, &item.id, right, T0).unwrap();
        }
        // Handed in during the listening: reading was never opened.
        attempt.submit(T0 + MIN);
        let mistakes = attempt_mistakes(&attempt);
        let second = &attempt.exam().sections[0].tasks[1];
        let expected: Vec<ItemKey> = second
            .items
            .iter()
            .map(|i| ItemKey::new(&second.id, &i.id))
            .collect();
        assert_eq!(mistakes, expected);
    }

    #[test]
    fn a_queue_survives_a_json_round_trip() {
        let mut queue = ReviewQueue::default();
        queue.add_mistake(key("1"), T0);
        queue.answered(key("1"), true, T0 + MIN);
        let json = serde_json::to_string(&queue).unwrap();
        assert_eq!(serde_json::from_str::<ReviewQueue>(&json).unwrap(), queue);
    }
}
