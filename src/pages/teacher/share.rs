//! One exam for a whole class: a layout and a code make a link `/exam?seed=N&layout=ID`; the
//! exam page builds the same exam from the same code on every device.

use super::class_link::ClassLink;
use super::print::PrintQuery;
use crate::catalog::Catalog;
use crate::components::copy_field::CopyField;
use crate::components::radio_group::{RadioGroup, RadioOption};
use crate::pages::exam::query::ExamQuery;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::layout::DEFAULT_LAYOUT;
use std::sync::Arc;

/// A new six-digit code, short enough to write on the board.
fn new_code() -> u64 {
    100_000 + (js_sys::Math::random() * 900_000.0) as u64
}

/// Layout choice, code and link.
#[component]
pub fn Share(catalog: LocalResource<Arc<Catalog>>) -> impl IntoView {
    let chosen = RwSignal::new(None::<String>);
    let seed = RwSignal::new(new_code());
    view! {
        <section aria-labelledby="teacher-share-title">
            <h2 id="teacher-share-title">{move_tr!("teacher-share-title")}</h2>
            <p>{move_tr!("teacher-share-help")}</p>
            <Transition fallback=|| {
                view! { <p role="status">{move_tr!("loading-banks")}</p> }
            }>
                {move || Suspend::new(async move {
                    let catalog = catalog.await;
                    link_maker(catalog, chosen, seed)
                })}
            </Transition>
        </section>
    }
}

fn link_maker(
    catalog: Arc<Catalog>,
    chosen: RwSignal<Option<String>>,
    seed: RwSignal<u64>,
) -> AnyView {
    let layouts: Vec<(String, String)> = catalog
        .layouts()
        .iter()
        .map(|l| (l.id.clone(), l.title.clone()))
        .collect();
    let Some(fallback) = catalog
        .layout(DEFAULT_LAYOUT)
        .or_else(|| catalog.layouts().first())
        .map(|l| l.id.clone())
    else {
        return view! { <p class="notice warning">{move_tr!("teacher-share-none")}</p> }.into_any();
    };
    let ids: Vec<String> = layouts.iter().map(|(id, _)| id.clone()).collect();
    // The teacher's choice, or the default when the chosen layout is gone.
    let current = Memo::new(move |_| {
        chosen
            .get()
            .filter(|id| ids.contains(id))
            .unwrap_or_else(|| fallback.clone())
    });
    let path =
        Memo::new(move |_| current.with(|layout| ExamQuery::shared(seed.get(), layout).href()));
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let url = Memo::new(move |_| format!("{origin}{}", path.get()));
    let has_imported = !catalog.imported.is_empty();
    view! {
        <RadioGroup
            name="teacher-layout"
            legend=move_tr!("teacher-share-layout")
            options=layouts
                .into_iter()
                .map(|(id, title)| RadioOption::new(id.clone(), id, title))
                .collect()
            selected=Signal::derive(move || Some(current.get()))
            on_choose=Callback::new(move |id| chosen.set(Some(id)))
            text_lang="it"
        />
        <p class="share-code" data-testid="teacher-share-code">
            {move_tr!("teacher-share-code", { "seed" => seed.get().to_string() })}
        </p>
        <div class="actions">
            <button
                type="button"
                class="button"
                data-testid="teacher-share-new"
                on:click=move |_| seed.set(new_code())
            >
                {move_tr!("teacher-share-new")}
            </button>
        </div>
        <p class="share-link">
            <a href=move || path.get() data-testid="teacher-share-link">
                {move || url.get()}
            </a>
        </p>
        <CopyField
            label=move_tr!("teacher-share-copy")
            value=url
            testid="teacher-share-url"
            qr=true
        />
        <div class="actions">
            <a
                class="button"
                data-testid="teacher-print-test"
                href=move || current.with(|layout| PrintQuery::href(seed.get(), layout, false))
            >
                {move_tr!("teacher-print-test")}
            </a>
            <a
                class="button"
                data-testid="teacher-print-sheet"
                href=move || current.with(|layout| PrintQuery::href(seed.get(), layout, true))
            >
                {move_tr!("teacher-print-sheet")}
            </a>
        </div>
        {has_imported.then(|| view! { <ClassLink catalog layout=current seed /> })}
    }
    .into_any()
}
