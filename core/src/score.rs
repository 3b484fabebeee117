//! Scoring: points per item and writing bands from the layout, exact totals, pass or fail.
