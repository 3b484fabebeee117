//! Writes the guides of `docs/` (Markdown) as pages of the built app, so that a teacher reads
//! them where the app is, with no other site: `docs/teachers.md` becomes `guide/teachers.html`,
//! links between guides follow, headings get the anchors the guides link to, and the
//! screenshots they show are copied next to them.
//!
//! Run by Trunk after each build (`Trunk.toml`): `sportello-guide DOCS OUT`, or with `OUT` from
//! `$TRUNK_STAGING_DIR/guide`.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};
use std::error::Error;
use std::fs;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let docs = PathBuf::from(args.next().unwrap_or_else(|| "docs".into()));
    let out = match args.next() {
        Some(out) => PathBuf::from(out),
        None => PathBuf::from(std::env::var("TRUNK_STAGING_DIR")?).join("guide"),
    };
    fs::create_dir_all(&out)?;
    let mut guides: Vec<PathBuf> = fs::read_dir(&docs)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    guides.sort();
    for guide in guides {
        let markdown = fs::read_to_string(&guide)?;
        let page = Page::of(&markdown);
        for image in &page.images {
            fs::copy(docs.join(image), out.join(image))
                .map_err(|e| format!("{}: image {image}: {e}", guide.display()))?;
        }
        let name = guide.with_extension("html");
        let name = name.file_name().ok_or("a guide without a name")?;
        fs::write(out.join(name), page.html)?;
    }
    Ok(())
}

/// One guide as a web page, and the images it shows (files next to it).
struct Page {
    html: String,
    images: Vec<String>,
}

impl Page {
    fn of(markdown: &str) -> Page {
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        let mut events: Vec<Event<'_>> = Parser::new_ext(markdown, options).collect();
        let title = anchor_headings(&mut events);
        let mut images = Vec::new();
        for event in &mut events {
            match event {
                Event::Start(Tag::Link { dest_url, .. }) => *dest_url = local_page(dest_url),
                Event::Start(Tag::Image { dest_url, .. }) if is_local(dest_url) => {
                    images.push(dest_url.to_string());
                }
                _ => {}
            }
        }
        let mut body = String::new();
        html::push_html(&mut body, events.into_iter());
        // A wide table scrolls in its own box: the keyboard must reach it too.
        let body = body.replace("<table>", r#"<table tabindex="0">"#);
        Page {
            html: shell(&title, &body),
            images,
        }
    }
}

/// Gives each heading the anchor GitHub gives it (the guides link to those); returns the text of
/// the first heading, the page's title.
fn anchor_headings(events: &mut [Event<'_>]) -> String {
    let mut title = None;
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { .. }) = &events[i] {
            let mut text = String::new();
            for event in &events[i + 1..] {
                match event {
                    Event::Text(t) | Event::Code(t) => text.push_str(t),
                    Event::End(TagEnd::Heading(_)) => break,
                    _ => {}
                }
            }
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                *id = Some(CowStr::from(slug(&text)));
            }
            title.get_or_insert(text);
        }
        i += 1;
    }
    title.unwrap_or_else(|| "Sportello".into())
}

/// GitHub's anchor of a heading: lower case, spaces to hyphens, punctuation dropped.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Whether a link or image points into `docs/` itself.
fn is_local(url: &str) -> bool {
    !url.contains(':') && !url.starts_with('/') && !url.starts_with('#')
}

/// A link to another guide (`lessons-format.md#…`) points to its page; others are kept.
fn local_page<'a>(url: &CowStr<'a>) -> CowStr<'a> {
    let (path, anchor) = url.split_once('#').unwrap_or((url, ""));
    if !is_local(url) || !path.ends_with(".md") {
        return url.clone();
    }
    let page = format!("{}.html", path.trim_end_matches(".md"));
    if anchor.is_empty() {
        page.into()
    } else {
        format!("{page}#{anchor}").into()
    }
}

/// The page around a guide's body: the app's style sheet, a policy that allows no script, and a
/// way back to the teachers' page.
fn shell(title: &str, body: &str) -> String {
    let title = escape(title);
    format!(
        r#"<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'" />
    <meta name="color-scheme" content="light dark" />
    <link rel="icon" href="/icons/icon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/main.css" />
    <title>{title} · Sportello</title>
  </head>
  <body>
    <main class="guide-page">
      <p><a href="/teacher">Sportello: the teachers' page</a></p>
{body}    </main>
  </body>
</html>
"#
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_the_anchors_the_guides_link_to() {
        let page = Page::of(
            "# Guide\n\n## Items: the eight kinds\n\nSee [items](#items-the-eight-kinds).\n",
        );
        assert!(page
            .html
            .contains(r#"<h2 id="items-the-eight-kinds">Items: the eight kinds</h2>"#));
        assert!(page.html.contains("<title>Guide · Sportello</title>"));
    }

    #[test]
    fn links_to_guides_become_pages_and_images_are_listed() {
        let page = Page::of(
            "[lessons](lessons-format.md#a) [web](https://rustup.rs) ![class](screenshot-class.png)",
        );
        assert!(page.html.contains(r#"href="lessons-format.html#a""#));
        assert!(page.html.contains(r#"href="https://rustup.rs""#));
        assert_eq!(page.images, ["screenshot-class.png"]);
    }

    #[test]
    fn every_guide_in_docs_converts_with_its_images() {
        let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs");
        for entry in fs::read_dir(&docs).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|x| x == "md") {
                let page = Page::of(&fs::read_to_string(&path).unwrap());
                for image in page.images {
                    assert!(docs.join(&image).is_file(), "{}: {image}", path.display());
                }
            }
        }
    }
}
