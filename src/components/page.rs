//! The frame of a page: its section, named by its class, and its heading.

use leptos::prelude::*;

/// `<section class="page {class}">` opening with the page's `<h1>` (and `lead`), then
/// `children`.
#[component]
pub fn Page(
    /// The class naming the page (`practice`, `teacher`…), beside `page`.
    class: &'static str,
    /// The page's heading.
    #[prop(into)]
    title: Signal<String>,
    /// A paragraph under the heading saying what the page is for.
    #[prop(optional, into)]
    lead: Option<Signal<String>>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class=format!("page {class}")>
            <h1>{title}</h1>
            {lead.map(|lead| view! { <p>{lead}</p> })}
            {children()}
        </section>
    }
}
