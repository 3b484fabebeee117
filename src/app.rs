//! The app's frame: translation context, first-visit language choice, header, routes.

use crate::components::language_picker::LanguageGate;
use crate::components::nav::Header;
use crate::i18n::I18nProvider;
use crate::pages;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    crate::catalog::provide_catalog();
    crate::settings::provide_settings();
    view! {
        <I18nProvider>
            <Router>
                <a class="skip-link" href="#main">{move_tr!("skip-to-content")}</a>
                <LanguageGate>
                    <Header />
                    <main id="main" tabindex="-1">
                        <Routes fallback=pages::not_found::NotFound>
                            <Route path=path!("/") view=pages::home::Home />
                            <Route path=path!("/exam") view=pages::exam::Exam />
                            <Route path=path!("/practice") view=pages::practice::Practice />
                            <Route path=path!("/progress") view=pages::progress::Progress />
                            <Route path=path!("/teacher") view=pages::teacher::Teacher />
                            <Route path=path!("/settings") view=pages::settings::Settings />
                            <Route path=path!("/about") view=pages::about::About />
                        </Routes>
                    </main>
                </LanguageGate>
            </Router>
        </I18nProvider>
    }
}
