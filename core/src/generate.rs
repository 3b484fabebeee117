//! Seeded exam generation: the same seed, layout and banks always give the same exam.
