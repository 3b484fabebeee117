//! Counts of tasks and items per section, topic and kind, for `bank-check --stats`.
