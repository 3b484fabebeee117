//! The head row of a data table: one column header for each translated title.

use leptos::prelude::*;

/// `<thead>` with a `<th scope="col">` for each title, in order.
pub fn table_head<const N: usize>(titles: [Signal<String>; N]) -> impl IntoView {
    let cells = titles.map(|title| view! { <th scope="col">{title}</th> });
    view! {
        <thead>
            <tr>{cells}</tr>
        </thead>
    }
}
