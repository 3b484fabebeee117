//! Offering a text as a file to download (a backup, data put aside). The file's object URL
//! lives as long as the page that offered it, so the browser has time to start the download,
//! and is revoked when the next file replaces it or the page goes away.

use gloo_file::{Blob, ObjectUrl};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The downloads a page offers.
#[derive(Clone, Copy)]
pub struct Downloads {
    last: StoredValue<Option<ObjectUrl>, LocalStorage>,
}

impl Downloads {
    /// Downloads owned by the current component.
    pub fn new() -> Self {
        Downloads {
            last: StoredValue::new_local(None),
        }
    }

    /// Offers `text` as a file named `file_name`. Returns false if the browser refused.
    pub fn offer(self, file_name: &str, text: &str) -> bool {
        let url = ObjectUrl::from(Blob::new(text));
        let start = || -> Result<(), JsValue> {
            let anchor: web_sys::HtmlAnchorElement =
                document().create_element("a")?.unchecked_into();
            anchor.set_href(&url);
            anchor.set_download(file_name);
            // In the document while clicked: some browsers ignore clicks on detached links.
            let body = document().body().ok_or(JsValue::NULL)?;
            body.append_child(&anchor)?;
            anchor.click();
            anchor.remove();
            Ok(())
        };
        let started = start().is_ok();
        self.last.set_value(Some(url));
        started
    }
}

impl Default for Downloads {
    fn default() -> Self {
        Downloads::new()
    }
}

/// Today's date as `YYYY-MM-DD`, for file names.
pub fn file_date() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}
