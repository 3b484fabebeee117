//! The frame of a page: its section, named by its class, and its heading.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

/// Puts the focus on the page's main content (`main#main`, which has a tabindex), for when what
/// held it is gone: the keyboard and a screen reader go on from the start of the page.
pub fn focus_main() {
    if let Some(main) = document().get_element_by_id("main") {
        main.unchecked_into::<web_sys::HtmlElement>().focus().ok();
    }
}
