//! The header: app name and the main navigation, usable on a 320 px phone.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::components::A;

/// Site header with the main menu.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">
                {move_tr!("app-name")}
            </A>
            <nav aria-label=move_tr!("nav-label")>
                <ul class="nav-list">
                    <li><A href="/">{move_tr!("nav-home")}</A></li>
                    <li><A href="/exam">{move_tr!("nav-exam")}</A></li>
                    <li><A href="/practice">{move_tr!("nav-practice")}</A></li>
                    <li><A href="/lessons">{move_tr!("nav-lessons")}</A></li>
                    <li><A href="/progress">{move_tr!("nav-progress")}</A></li>
                    <li><A href="/teacher">{move_tr!("nav-teacher")}</A></li>
                    <li><A href="/settings">{move_tr!("nav-settings")}</A></li>
                    <li><A href="/about">{move_tr!("nav-about")}</A></li>
                </ul>
            </nav>
        </header>
    }
}
