//! One choice among a few: a real `<fieldset>` with its `<legend>`, and a native
//! `<input type="radio">` inside a `<label>` per option, so the arrow keys move within the group
//! as browsers do natively.

use leptos::prelude::*;
use sportello_core::wording;

/// One option of a [`RadioGroup`].
pub struct RadioOption<T> {
    /// The value chosen with this option.
    value: T,
    /// The radio's `value` attribute.
    attr: String,
    /// What the option says.
    label: Signal<String>,
    /// The language of this option's label (`lang` on its `<label>`).
    lang: Option<&'static str>,
    /// The writing direction of this option's label (`dir` on its `<label>`).
    dir: Option<&'static str>,
    /// Whether the option cannot be chosen now.
    disabled: Signal<bool>,
}

impl<T> RadioOption<T> {
    /// An option choosing `value`, whose radio has the `value` attribute `attr`.
    pub fn new(value: T, attr: impl Into<String>, label: impl Into<Signal<String>>) -> Self {
        RadioOption {
            value,
            attr: attr.into(),
            label: label.into(),
            lang: None,
            dir: None,
            disabled: Signal::stored(false),
        }
    }

    /// Makes the option unavailable while `disabled` holds (say why next to the group).
    pub fn disabled_when(mut self, disabled: impl Into<Signal<bool>>) -> Self {
        self.disabled = disabled.into();
        self
    }

    /// Marks the option's label as written in `lang` and `dir` (each language in itself).
    pub fn in_language(mut self, lang: &'static str, dir: &'static str) -> Self {
        self.lang = Some(lang);
        self.dir = Some(dir);
        self
    }
}

/// A radio group: choosing an option calls `on_choose` with its value, and the checked radio
/// follows `selected`.
#[component]
pub fn RadioGroup<T>(
    /// The `name` shared by the radios (unique on the page).
    #[prop(into)]
    name: String,
    /// The question the group answers.
    #[prop(into)]
    legend: Signal<String>,
    /// The options, in order.
    options: Vec<RadioOption<T>>,
    /// The value chosen now, if any.
    #[prop(into)]
    selected: Signal<Option<T>>,
    /// Called with the value the learner chooses.
    on_choose: Callback<T>,
    /// Classes of the `<fieldset>`.
    #[prop(optional)]
    class: Option<&'static str>,
    /// The fieldset's `data-testid`.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// The language of the legend and of every option's `<label>` (test content in Italian).
    #[prop(optional)]
    lang: Option<&'static str>,
    /// The language of the options' text only (`lang` on the text's `<span>`), when the question
    /// is in the learner's language but the options are not (layout titles).
    #[prop(optional)]
    text_lang: Option<&'static str>,
    /// The options side by side on one row (true/false) instead of one per line.
    #[prop(optional)]
    inline: bool,
    /// A letter badge (A, B, C…) before each option's text, hidden from screen readers.
    #[prop(optional)]
    letters: bool,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let label_class = if inline { "choice inline" } else { "choice" };
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let RadioOption {
                value,
                attr,
                label,
                lang: own_lang,
                dir,
                disabled,
            } = option;
            let chosen = value.clone();
            let checked = move || selected.with(|s| s.as_ref() == Some(&value));
            view! {
                <label class=label_class lang=own_lang.or(lang) dir=dir>
                    <input
                        type="radio"
                        name=name.clone()
                        value=attr
                        prop:checked=checked
                        disabled=disabled
                        on:change=move |_| on_choose.run(chosen.clone())
                    />
                    {letters
                        .then(|| {
                            view! {
                                <span class="letter" aria-hidden="true">
                                    {wording::letter(i).to_string()}
                                </span>
                            }
                        })}
                    <span lang=text_lang>{label}</span>
                </label>
            }
        })
        .collect_view();
    let radios = if inline {
        view! { <div class="row">{radios}</div> }.into_any()
    } else {
        radios.into_any()
    };
    view! {
        <fieldset class=class data-testid=testid>
            <legend lang=lang>{legend}</legend>
            {radios}
        </fieldset>
    }
}
