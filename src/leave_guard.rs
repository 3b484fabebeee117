//! Asks the browser to confirm before the page is left or reloaded, while something the learner
//! did exists only in memory (an exam that could not be saved): going to another module's pages
//! is a page load (`boot.js`), which would lose it.

use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;

/// A handler of the page's `beforeunload` event.
type Handler = Closure<dyn Fn(web_sys::Event)>;

thread_local! {
    /// The `beforeunload` handler, made once and kept for the page's life.
    static HANDLER: RefCell<Option<Handler>> = const { RefCell::new(None) };
    /// Whether the learner is asked before the page is left.
    static ASKING: Cell<bool> = const { Cell::new(false) };
}

/// Whether leaving the page asks the learner first (then the app asks too, before it loads
/// another module's page).
pub fn asking() -> bool {
    ASKING.with(Cell::get)
}

/// Asks, or stops asking, before the page is left.
pub fn ask_before_leaving(ask: bool) {
    ASKING.with(|asking| asking.set(ask));
    let Some(window) = web_sys::window() else {
        return;
    };
    if !ask {
        window.set_onbeforeunload(None);
        return;
    }
    HANDLER.with(|handler| {
        let mut handler = handler.borrow_mut();
        let handler = handler.get_or_insert_with(|| {
            Closure::new(|event: web_sys::Event| {
                event.prevent_default();
                // Browsers before 2023 ask only when `returnValue` is set.
                let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"".into());
            })
        });
        window.set_onbeforeunload(Some(handler.as_ref().unchecked_ref()));
    });
}
