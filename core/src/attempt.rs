//! An exam in progress: answers, section deadlines as timestamps, and its state transitions.
