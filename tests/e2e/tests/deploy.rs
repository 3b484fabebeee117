//! What `make build` gives a static host: modules named after their content (so a returning
//! visitor never mixes an old glue with a new wasm), a 404 page that is the app itself, and
//! beside every text and wasm file a gzip and a brotli copy that decompress to the same bytes; a
//! browser on a host serving them downloads the compressed copies; a web app manifest whose
//! icons load at their sizes, so the app can be installed on a phone's home screen.

use sportello_e2e::{dist, fresh};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every file of `dir`, below it too.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// `tool -dc copy`: the bytes a host's copy decompresses to.
fn decompressed(tool: &str, copy: &Path) -> Vec<u8> {
    let out = Command::new(tool)
        .arg("-dc")
        .arg(copy)
        .output()
        .unwrap_or_else(|e| panic!("{tool}: {e}"));
    assert!(out.status.success(), "{tool} -dc {}", copy.display());
    out.stdout
}

#[test]
fn every_text_and_wasm_file_has_gzip_and_brotli_copies_of_the_same_bytes() {
    let dist = dist();
    let compressible = [
        "html",
        "js",
        "wasm",
        "css",
        "ron",
        "json",
        "svg",
        "txt",
        "webmanifest",
    ];
    let mut checked = 0;
    for file in files(&dist) {
        let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !compressible.contains(&ext) {
            continue;
        }
        let bytes = std::fs::read(&file).unwrap();
        for (tool, suffix) in [("gzip", "gz"), ("brotli", "br")] {
            let copy = PathBuf::from(format!("{}.{suffix}", file.display()));
            assert!(copy.exists(), "{} has no .{suffix} copy", file.display());
            assert!(
                decompressed(tool, &copy) == bytes,
                "{} differs from its file",
                copy.display()
            );
        }
        checked += 1;
    }
    assert!(checked > 40, "only {checked} files");
    assert_eq!(
        std::fs::read(dist.join("404.html")).unwrap(),
        std::fs::read(dist.join("index.html")).unwrap()
    );
}

#[test]
fn each_module_is_named_after_its_content_and_boot_js_loads_that_name() {
    let dist = dist();
    let boot = std::fs::read_to_string(dist.join("boot.js")).unwrap();
    for module in ["sportello", "exam", "shell", "teacher"] {
        assert!(
            !dist.join(format!("{module}.js")).exists(),
            "{module}.js kept its plain name"
        );
        let glue: Vec<String> = std::fs::read_dir(&dist)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(&format!("{module}-")) && n.ends_with(".js"))
            .collect();
        assert_eq!(glue.len(), 1, "{module}: {glue:?}");
        let named = glue[0].trim_end_matches(".js");
        let mut both = std::fs::read(dist.join(&glue[0])).unwrap();
        both.extend(std::fs::read(dist.join(format!("{named}_bg.wasm"))).unwrap());
        let mut sha = Command::new("sha256sum")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut sha.stdin.take().unwrap(), &both).unwrap();
        let digest = String::from_utf8(sha.wait_with_output().unwrap().stdout).unwrap();
        assert_eq!(named, format!("{module}-{}", &digest[..16]));
        assert!(
            boot.contains(&format!("\"{module}\":\"{named}\"")),
            "boot.js does not load {named}"
        );
    }
}

#[tokio::test]
async fn a_browser_downloads_the_compressed_copies() {
    let mut browser = fresh("en").await;
    // What the host sends, not the service worker's copy.
    browser.bypass_service_worker().await;
    browser.open("/exam").await;
    browser.wait_for("main h1").await;
    let sizes = browser
        .js("const e = performance.getEntriesByType('resource')
                 .find(r => /[/]exam-[0-9a-f]{16}_bg[.]wasm$/.test(r.name));
             return e ? [e.encodedBodySize, e.decodedBodySize] : null")
        .await;
    let encoded = sizes[0]
        .as_f64()
        .expect("the exam module's wasm was downloaded");
    let decoded = sizes[1].as_f64().unwrap();
    assert!(
        encoded < decoded / 2.0,
        "the wasm came uncompressed: {encoded} bytes for {decoded}"
    );
    browser.close_without_errors().await;
}

#[tokio::test]
async fn the_manifest_names_the_app_and_its_icons_load_at_their_sizes() {
    let mut browser = fresh("en").await;
    browser.open("/").await;
    browser.wait_for("main h1").await;
    browser
        .js("window.manifest = null;
             fetch(document.querySelector('link[rel=manifest]').href)
               .then(r => r.json())
               .then(async m => {
                 const sizes = await Promise.all(m.icons.map(i => new Promise(done => {
                   const img = new Image();
                   img.onload = () => done(`${img.naturalWidth}x${img.naturalHeight}`);
                   img.onerror = () => done('broken');
                   img.src = i.src;
                 })));
                 window.manifest = { m, sizes };
               });")
        .await;
    sportello_e2e::wait_for_value("the manifest read", true, || async {
        browser
            .js("return window.manifest !== null")
            .await
            .as_bool()
            == Some(true)
    })
    .await;
    let read = browser.js("return window.manifest").await;
    let manifest = &read["m"];
    assert_eq!(manifest["short_name"], "Sportello");
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["start_url"], "/");
    let icons = manifest["icons"].as_array().unwrap();
    let mut maskable = false;
    for (icon, size) in icons.iter().zip(read["sizes"].as_array().unwrap()) {
        let declared = icon["sizes"].as_str().unwrap();
        let size = size.as_str().unwrap();
        assert_ne!(size, "broken", "{icon}");
        if declared != "any" {
            assert_eq!(size, declared, "{icon}");
        }
        maskable |= icon["purpose"] == "maskable";
    }
    assert!(maskable, "a maskable icon for Android's round masks");
    for wanted in ["192x192", "512x512"] {
        assert!(icons.iter().any(|i| i["sizes"] == wanted), "{wanted}");
    }
    browser.close_without_errors().await;
}
