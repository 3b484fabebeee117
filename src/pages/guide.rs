//! `/guide`: the real test explained — who takes it, booking, the day, the result, a fail — each
//! answer with its sources and the date they were checked (listed in `docs/guide-sources.md`).

use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::components::A;

/// The day the sources were last checked (shown as `guide-checked` in the learner's language).
const CHECKED: &str = "2026-12-01";

/// Where the guide's facts come from (addresses and quoted words in `docs/guide-sources.md`).
#[derive(Clone, Copy)]
enum Source {
    /// Decreto del Ministro dell'Interno 4 giugno 2010, art. 3.
    Decree2010,
    /// DM 7 dicembre 2021, which replaced it; its art. 4 lists who need not take the test.
    Decree2021,
    /// The ministry's circular n. 7589 of 16 November 2010 on the 2010 decree.
    Circular7589,
    /// The ministry's news of 17 June 2010 on the 2010 decree (English version).
    MinistryNews,
    /// The Prefettura di Varese's page on the test.
    Varese,
    /// A Prefettura's "Guida al test di italiano" on the ministry's site.
    PrefetturaGuide,
    /// The Prefettura di Gorizia's page on immigration.
    Gorizia,
    /// The CPIA di Fermo's page for candidates.
    Fermo,
    /// The ministry's Vademecum, as restated by CPIAs and the Province of Bolzano.
    Vademecum,
    /// The examiners' guide of the Veneto CPIAs under the 2021 decree.
    Veneto,
    /// Public CPIA pages and provincial guides collected in the project's reference notes.
    CpiaPages,
}

impl Source {
    /// Every source, in the order of the sources list.
    const ALL: [Source; 11] = [
        Source::Decree2010,
        Source::Decree2021,
        Source::Circular7589,
        Source::MinistryNews,
        Source::Varese,
        Source::PrefetturaGuide,
        Source::Gorizia,
        Source::Fermo,
        Source::Vademecum,
        Source::Veneto,
        Source::CpiaPages,
    ];

    /// The id of its entry in the sources list.
    fn anchor(self) -> &'static str {
        match self {
            Source::Decree2010 => "source-dm-2010",
            Source::Decree2021 => "source-dm-2021",
            Source::Circular7589 => "source-circolare-7589",
            Source::MinistryNews => "source-ministero-2010",
            Source::Varese => "source-prefettura-varese",
            Source::PrefetturaGuide => "source-prefettura-guida",
            Source::Gorizia => "source-prefettura-gorizia",
            Source::Fermo => "source-cpia-fermo",
            Source::Vademecum => "source-vademecum",
            Source::Veneto => "source-veneto",
            Source::CpiaPages => "source-cpia",
        }
    }

    /// Its short name, as cited under each answer: official titles stay Italian.
    fn short(self) -> AnyView {
        let name = match self {
            Source::Decree2010 => "DM 4 giugno 2010, art. 3",
            Source::Decree2021 => "DM 7 dicembre 2021, art. 4",
            Source::Circular7589 => "Circolare n. 7589/2010",
            Source::MinistryNews => "Ministero dell'Interno, 17.06.2010",
            Source::Varese => "Prefettura di Varese",
            Source::PrefetturaGuide => "Guida al test di italiano",
            Source::Gorizia => "Prefettura di Gorizia",
            Source::Fermo => "CPIA di Fermo",
            Source::Vademecum => "Vademecum ministeriale",
            Source::Veneto => return with_terms(move_tr!("guide-source-veneto-short")).into_any(),
            Source::CpiaPages => return with_terms(move_tr!("guide-source-cpia-short")).into_any(),
        };
        italian(name).into_any()
    }

    /// The public page it was read on, as (address, the address's short form), when there is one.
    fn address(self) -> Option<(&'static str, &'static str)> {
        Some(match self {
            Source::Decree2010 => (
                "https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.versione=1&art.idGruppo=0&art.flagTipoArticolo=0&art.codiceRedazionale=10A07303&art.idArticolo=3&art.idSottoArticolo=1&art.idSottoArticolo1=10&art.dataPubblicazioneGazzetta=2010-06-11&art.progressivo=0",
                "gazzettaufficiale.it (10A07303, art. 3)",
            ),
            Source::Decree2021 => (
                "https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.versione=1&art.idGruppo=0&art.flagTipoArticolo=0&art.codiceRedazionale=22A01025&art.idArticolo=4&art.idSottoArticolo=1&art.idSottoArticolo1=10&art.dataPubblicazioneGazzetta=2022-02-12&art.progressivo=0",
                "gazzettaufficiale.it (22A01025, art. 4)",
            ),
            Source::Circular7589 => (
                "http://www2.immigrazione.regione.toscana.it/?datafine=20241121&doc=%2Fdb%2Fnir%2FDbPaesi%2Fcircolari%2F_circolare-7589-2010.xml&q=norma",
                "immigrazione.regione.toscana.it",
            ),
            Source::MinistryNews => (
                "http://www.cittadinitalia.it/mininterno/export/sites/default/en/sezioni/sala_stampa/notizie/news/09960_Italian_language_test_for_migrants.html_8783074.html",
                "cittadinitalia.it/mininterno",
            ),
            Source::Varese => (
                "https://prefettura.interno.gov.it/it/prefetture/varese/test-lingua-italiana",
                "prefettura.interno.gov.it/it/prefetture/varese/test-lingua-italiana",
            ),
            Source::PrefetturaGuide => (
                "https://prefettura.interno.gov.it/it/node/88332",
                "prefettura.interno.gov.it/it/node/88332",
            ),
            Source::Gorizia => (
                "https://prefettura.interno.gov.it/it/prefetture/gorizia/immigrazione-0",
                "prefettura.interno.gov.it/it/prefetture/gorizia/immigrazione-0",
            ),
            Source::Fermo => (
                "https://www.cpiafermo.edu.it/index.php?idpag=2200",
                "cpiafermo.edu.it",
            ),
            Source::Vademecum => (
                "https://provinz.bz.it/formazione-lingue/scuola-italiana/imparare-lingue/certificazioni-stranieri.asp",
                "provinz.bz.it",
            ),
            Source::Veneto | Source::CpiaPages => return None,
        })
    }

    /// Its full name and what the guide takes from it, as in the sources list.
    fn full(self) -> AnyView {
        let title_in = |lang: &'static str, title: &'static str| {
            view! { <cite lang=lang dir="ltr">{title}</cite> }.into_any()
        };
        let italian_title = move |title: &'static str| title_in("it", title);
        let translated_title =
            |title: Signal<String>| view! { <cite>{with_terms(title)}</cite> }.into_any();
        let (title, note) = match self {
            Source::Decree2010 => (
                italian_title(
                    "Decreto del Ministro dell'Interno 4 giugno 2010, art. 3 (Gazzetta Ufficiale, codice 10A07303)",
                ),
                move_tr!("guide-source-dm2010-note"),
            ),
            Source::Decree2021 => (
                italian_title(
                    "DM 7 dicembre 2021, art. 4 (Gazzetta Ufficiale n. 36, 12 febbraio 2022, codice 22A01025)",
                ),
                move_tr!("guide-source-dm2021-note"),
            ),
            Source::Circular7589 => (
                italian_title("Circolare del Ministero dell'Interno n. 7589 del 16 novembre 2010"),
                move_tr!("guide-source-circolare-note"),
            ),
            Source::MinistryNews => (
                title_in(
                    "en",
                    "Ministry of the Interior, 17.06.2010: How to take the Italian language test for immigrants explained by a decree",
                ),
                move_tr!("guide-source-ministero-note"),
            ),
            Source::Varese => (
                italian_title("Prefettura di Varese, «Test lingua italiana»"),
                move_tr!("guide-source-varese-note"),
            ),
            Source::PrefetturaGuide => (
                italian_title("Prefettura, «Guida al test di italiano»"),
                move_tr!("guide-source-guida-note"),
            ),
            Source::Gorizia => (
                italian_title("Prefettura di Gorizia, «Immigrazione»"),
                move_tr!("guide-source-gorizia-note"),
            ),
            Source::Fermo => (
                italian_title("CPIA di Fermo, «Test di lingua italiana A2 (D.M. 4/6/2010)»"),
                move_tr!("guide-source-fermo-note"),
            ),
            Source::Vademecum => (
                italian_title("Vademecum ministeriale"),
                move_tr!("guide-source-vademecum-note"),
            ),
            Source::Veneto => (
                translated_title(move_tr!("guide-source-veneto")),
                move_tr!("guide-source-veneto-note"),
            ),
            Source::CpiaPages => (
                translated_title(move_tr!("guide-source-cpia")),
                move_tr!("guide-source-cpia-note"),
            ),
        };
        // The Vademecum's note reads on from its name ("Vademecum ministeriale, as restated…").
        let separator = if matches!(self, Source::Vademecum) {
            ", "
        } else {
            ": "
        };
        let address = self.address().map(|(href, text)| {
            view! { " " <a href=href dir="ltr">{text}</a> }
        });
        view! { {title}{separator}{with_terms(note)}{address} }.into_any()
    }
}

/// Italian words inside text of any language and direction.
fn italian(text: &'static str) -> impl IntoView {
    view! { <span lang="it" dir="ltr">{text}</span> }
}

/// A message whose Italian terms, written `[[…]]` in the `.ftl` files, are marked as Italian and
/// laid out left-to-right whatever the page's direction.
fn with_terms(message: Signal<String>) -> impl IntoView {
    move || {
        let text = message.get();
        let mut parts = Vec::new();
        let mut rest = text.as_str();
        while let Some((before, after)) = rest.split_once("[[") {
            let Some((term, tail)) = after.split_once("]]") else {
                break;
            };
            parts.push(before.to_string().into_any());
            parts.push(view! { <span lang="it" dir="ltr">{term.to_string()}</span> }.into_any());
            rest = tail;
        }
        parts.push(rest.to_string().into_any());
        parts
    }
}

/// When the sources were checked, in the learner's language.
fn checked() -> impl IntoView {
    view! { <time datetime=CHECKED>{move_tr!("guide-checked")}</time> }
}

/// One question of the guide, its answer, and the sources of the answer.
#[component]
fn Question(
    /// The section's id, the target of the contents' link.
    id: &'static str,
    /// The question, as the section's heading.
    title: Signal<String>,
    /// Where the answer's facts come from.
    sources: &'static [Source],
    children: Children,
) -> impl IntoView {
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section id=id aria-labelledby=labelled_by>
            <h2 id=heading>{title}</h2>
            {children()}
            <p class="note guide-source">
                {move_tr!("guide-source-label")}
                " "
                {sources
                    .iter()
                    .map(|s| {
                        view! {
                            <a href=format!("#{}", s.anchor())>{s.short()}</a>
                            " · "
                        }
                    })
                    .collect_view()}
                {checked()}
            </p>
        </section>
    }
}

/// The guide page.
#[component]
pub fn Guide() -> impl IntoView {
    use Source::*;
    view! {
        <article class="page guide">
            <h1>{move_tr!("guide-title")}</h1>
            <p class="lead">{move_tr!("guide-lead")}</p>
            <nav class="guide-contents" aria-labelledby="guide-contents-title">
                <h2 id="guide-contents-title">{move_tr!("guide-contents")}</h2>
                <ol>
                    {[
                        ("#who", move_tr!("guide-who-title")),
                        ("#exempt", move_tr!("guide-exempt-title")),
                        ("#book", move_tr!("guide-book-title")),
                        ("#bring", move_tr!("guide-bring-title")),
                        ("#day", move_tr!("guide-day-title")),
                        ("#results", move_tr!("guide-results-title")),
                        ("#fail", move_tr!("guide-fail-title")),
                        ("#valid", move_tr!("guide-valid-title")),
                        ("#sources", move_tr!("guide-sources-title")),
                    ]
                        .map(|(href, title)| view! { <li><a href=href>{title}</a></li> })}
                </ol>
            </nav>
            <Question id="who" title=move_tr!("guide-who-title") sources=&[Varese, Decree2010, Decree2021]>
                <p>{with_terms(move_tr!("guide-who-permit"))}</p>
                <p>{with_terms(move_tr!("guide-who-checks"))}</p>
            </Question>
            <Question id="exempt" title=move_tr!("guide-exempt-title") sources=&[MinistryNews, Decree2021, Circular7589, Varese, Gorizia, CpiaPages]>
                <p>{with_terms(move_tr!("guide-exempt-lead"))}</p>
                <ul>
                    <li>{with_terms(move_tr!("guide-exempt-child"))}</li>
                    <li>{with_terms(move_tr!("guide-exempt-limits"))}</li>
                    <li>{with_terms(move_tr!("guide-exempt-cert"))}</li>
                    <li>{with_terms(move_tr!("guide-exempt-cpia-course"))}</li>
                    <li>{with_terms(move_tr!("guide-exempt-accordo"))}</li>
                    <li>{with_terms(move_tr!("guide-exempt-school"))}</li>
                    <li>{with_terms(move_tr!("guide-exempt-university"))}</li>
                    <li>{with_terms(move_tr!("guide-exempt-art27"))}</li>
                </ul>
                <p>{with_terms(move_tr!("guide-exempt-writing"))}</p>
            </Question>
            <Question id="book" title=move_tr!("guide-book-title") sources=&[Decree2010, Varese, PrefetturaGuide, Gorizia]>
                <p>{with_terms(move_tr!("guide-book-online"))}</p>
                <p>{with_terms(move_tr!("guide-book-help"))}</p>
                <p>{with_terms(move_tr!("guide-book-cpia"))}</p>
                <p>{with_terms(move_tr!("guide-book-letter"))}</p>
            </Question>
            <Question id="bring" title=move_tr!("guide-bring-title") sources=&[PrefetturaGuide, Decree2010, Fermo]>
                <p>{with_terms(move_tr!("guide-bring-papers"))}</p>
                <p>{with_terms(move_tr!("guide-bring-pen"))}</p>
            </Question>
            <Question id="day" title=move_tr!("guide-day-title") sources=&[Vademecum, Decree2010, Decree2021, Veneto]>
                <p>{with_terms(move_tr!("guide-day-lead"))}</p>
                <ul>
                    <li>{with_terms(move_tr!("guide-day-listening"))}</li>
                    <li>{with_terms(move_tr!("guide-day-reading"))}</li>
                    <li>{with_terms(move_tr!("guide-day-writing"))}</li>
                </ul>
                <p>{with_terms(move_tr!("guide-day-pass"))}</p>
                <p>{with_terms(move_tr!("guide-day-twice"))}</p>
                <p>{with_terms(move_tr!("guide-day-order"))}</p>
                <p>{with_terms(move_tr!("guide-day-no-speaking"))}</p>
                <p>{with_terms(move_tr!("guide-day-variant"))}</p>
            </Question>
            <Question id="results" title=move_tr!("guide-results-title") sources=&[MinistryNews, Fermo]>
                <p>{with_terms(move_tr!("guide-results-prefettura"))}</p>
                <p>{with_terms(move_tr!("guide-results-you"))}</p>
                <p>{with_terms(move_tr!("guide-results-when"))}</p>
            </Question>
            <Question id="fail" title=move_tr!("guide-fail-title") sources=&[Varese, Fermo, CpiaPages]>
                <p>{with_terms(move_tr!("guide-fail-wait"))}</p>
                <p>{with_terms(move_tr!("guide-fail-unlimited"))}</p>
            </Question>
            <Question id="valid" title=move_tr!("guide-valid-title") sources=&[Varese, Fermo]>
                <p>{with_terms(move_tr!("guide-valid-permit"))}</p>
                <p>{with_terms(move_tr!("guide-valid-how-long"))}</p>
            </Question>
            <section id="sources" aria-labelledby="sources-title" data-testid="guide-sources">
                <h2 id="sources-title">{move_tr!("guide-sources-title")}</h2>
                <p>{with_terms(move_tr!("guide-sources-lead"))}</p>
                <ul class="guide-source-list">
                    {Source::ALL
                        .iter()
                        .map(|s| {
                            view! {
                                <li id=s.anchor()>
                                    {s.full()}
                                    " "
                                    <span class="note">{checked()}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            <div class="actions">
                <A href="/exam" attr:class="button primary">{move_tr!("home-exam-cta")}</A>
            </div>
        </article>
    }
}
