//! The first visit's word on keeping the app: what is being kept on this phone for use with no
//! connection (all of it, or only what is opened on mobile data), how much once kept, and where to
//! change it. There from the first paint (`boot.js` decides before the app starts), so it moves
//! nothing; gone once dismissed, and on later visits.

use crate::offline::{first_keep, kept_bytes};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::settings::{megabytes, Keeping};

/// The notice, when this visit starts keeping the app.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let keeping = first_keep();
    let open = RwSignal::new(keeping.is_some());
    let bytes = kept_bytes();
    view! {
        <Show when=move || open.get()>
            <div class="notice offline-notice" data-testid="offline-notice">
                <p>
                    {move || match keeping {
                        Some(Keeping::Used) => move_tr!("offline-first-used"),
                        _ => move_tr!("offline-first-all"),
                    }}
                </p>
                // Its line is there before the size is known, so nothing moves when it is.
                <p class="offline-kept" role="status" data-testid="offline-kept">
                    {move || kept_size(bytes.get())}
                </p>
                <p class="actions">
                    <a href="/settings/offline" data-testid="offline-change">
                        {move_tr!("offline-change")}
                    </a>
                    <button type="button" class="button" data-testid="offline-ok" on:click=move |_| open.set(false)>
                        {move_tr!("offline-ok")}
                    </button>
                </p>
            </div>
        </Show>
    }
}

/// "Space used on this phone: 9.4 MB", once the size is known (a label and a value: a message
/// with an argument would bring Fluent's argument code into the light shell).
pub fn kept_size(bytes: Option<u64>) -> Option<impl IntoView> {
    let size = format!("{} MB", megabytes(bytes.filter(|&b| b > 0)?));
    Some(view! { {move_tr!("offline-space")} " " <span dir="ltr">{size}</span> })
}
