//! Semantic checks of banks and layouts, shared by the `bank-check` CLI and the app.
