//! The style sheets are well formed: every block is closed, so no rule ends up nested inside
//! the rule before it (a browser then drops it silently). A native test:
//! `cargo test -p sportello --test style`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// Where the braces of `css` stop balancing: `Err((line, problem))`.
fn balance(css: &str) -> Result<(), (usize, &'static str)> {
    let mut depth = 0usize;
    let mut line = 1;
    let mut chars = css.chars().peekable();
    let mut opened_at = Vec::new();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                    }
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '{' => {
                depth += 1;
                opened_at.push(line);
            }
            '}' => {
                depth = depth.checked_sub(1).ok_or((line, "a `}` closes nothing"))?;
                opened_at.pop();
            }
            _ => {}
        }
    }
    match opened_at.last() {
        Some(&at) => Err((at, "this block is never closed")),
        None => Ok(()),
    }
}

#[test]
fn every_block_of_every_style_sheet_is_closed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("style");
    let mut sheets = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "css") {
            sheets += 1;
            let css = std::fs::read_to_string(&path).unwrap();
            if let Err((line, problem)) = balance(&css) {
                panic!("{}:{line}: {problem}", path.display());
            }
        }
    }
    assert!(sheets > 0, "no style sheet in {}", dir.display());
}

#[test]
fn an_unclosed_rule_is_found_where_it_opens() {
    assert_eq!(balance("a {\n  color: red;\n}\n"), Ok(()));
    assert_eq!(
        balance("a {\n  color: red;\n\n/* b */\nb { x: y; }\n"),
        Err((1, "this block is never closed"))
    );
    assert_eq!(balance("a { }\n}"), Err((2, "a `}` closes nothing")));
    assert_eq!(
        balance("/* { */ a { }"),
        Ok(()),
        "braces in comments do not count"
    );
}
