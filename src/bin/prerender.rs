//! Build-time pre-rendering (feature `ssr`, native). Run by Trunk as a post-build hook
//! (`scripts/prerender.sh`): renders [`App`] once per language and writes the HTML into the
//! page Trunk produced, as `index.html` (default language) and `<code>/index.html`.
//!
//! Usage: prerender <dir containing Trunk's index.html>

use her2_content::{Language, LANGUAGES};
use her2_explained::components::report::paste_results;
use her2_explained::locale::STORAGE_KEY;
use her2_explained::mode::{page_href, site_root, DeployConfig, MAX_SECTIONS, OPTION_NAMES};
use her2_explained::App;
use leptos::prelude::*;
use std::path::PathBuf;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .expect("usage: prerender <dist dir>");
    let template_path = dir.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", template_path.display()));
    assert!(
        !template.contains("<leptos-island"),
        "{} is already pre-rendered",
        template_path.display()
    );
    // Files next to index.html (hashed JS, wasm, CSS): referenced as `./name` by Trunk
    // (`public_url = "./"`), so the other languages' pages, one folder down, need `../name`
    // (the site root from their page).
    let assets: Vec<String> = std::fs::read_dir(&dir)
        .expect("readable dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "index.html")
        .collect();

    let app = AppFiles::find(&dir, &assets);
    for (i, language) in LANGUAGES.iter().enumerate() {
        let body = render(language);
        let mut page = page(&template, language, &body, &app);
        let out = if i == 0 {
            template_path.clone()
        } else {
            let root = site_root(language.code);
            for name in &assets {
                page = page.replace(&format!("./{name}"), &format!("{root}{name}"));
            }
            let sub = dir.join(language.code);
            std::fs::create_dir_all(&sub).expect("create language dir");
            sub.join("index.html")
        };
        std::fs::write(&out, page)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
        println!("prerender: {} ({} KB)", out.display(), body.len() / 1024);
    }
    // A release build: no page loads Trunk's build of the tool, so it is not shipped (nor
    // precached by the service worker).
    if app.trunk_tool_unused() {
        for name in [&app.js, &app.trunk_wasm] {
            let path = dir.join(name);
            std::fs::remove_file(&path)
                .unwrap_or_else(|e| panic!("cannot remove {}: {e}", path.display()));
        }
    }
    // Who may frame the app (CSP frame-ancestors): the host pages the pages just written send
    // their height to (HER2_EMBED_ORIGINS), or 'none'. her2-serve, dist/_headers and the deploy
    // steps of deploy/nginx.conf and deploy/apache.conf take it from here (docs/embedding.md).
    let frame_ancestors = dir.join("frame-ancestors.txt");
    std::fs::write(
        &frame_ancestors,
        format!("{}\n", deploy_config().frame_ancestors()),
    )
    .unwrap_or_else(|e| panic!("cannot write {}: {e}", frame_ancestors.display()));
}

/// The names of the app's JS glue and WebAssembly, and of the modes module's start file in
/// `modes/` (scripts/build-wasm-libs.sh), all with content hashes. In a release build, each
/// language's page has a build of the report tool of its own, split in two, in `tool/`
/// (`<code>-<hash>.js` and `<code>-<hash>_bg.wasm`, which load the rest: scripts/build-tool.sh);
/// otherwise (a debug build) every page uses Trunk's build.
struct AppFiles {
    /// Trunk's JS glue.
    js: String,
    /// Trunk's WebAssembly.
    trunk_wasm: String,
    /// The languages whose page has a build of the tool of its own: (language code, JS glue
    /// in `tool/`).
    tools: Vec<(&'static str, String)>,
    modes_start: String,
    /// The paste reader's module in `paste/` (scripts/build-wasm-libs.sh): JS glue, WebAssembly.
    paste: (String, String),
    /// The report file reader (`report-file-<hash>.js`, scripts/build-wasm-libs.sh).
    file_reader: String,
}

impl AppFiles {
    fn find(dir: &std::path::Path, assets: &[String]) -> AppFiles {
        let app = concat!(env!("CARGO_PKG_NAME"), "-");
        let js = only_one(assets, app, ".js", "");
        let trunk_wasm = wasm_of(&js);
        assert!(assets.contains(&trunk_wasm), "no {trunk_wasm} next to {js}");
        let tool_dir = dir.join("tool");
        let tool_files = if tool_dir.is_dir() {
            file_names(&tool_dir)
        } else {
            Vec::new()
        };
        // `<code>-<16 hex digits>.js`: the glue of the language's build.
        let glue_of = |code: &str, name: &str| {
            name.strip_prefix(code)
                .and_then(|rest| rest.strip_prefix('-'))
                .and_then(|rest| rest.strip_suffix(".js"))
                .is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
        };
        let tools: Vec<(&'static str, String)> = LANGUAGES
            .iter()
            .filter_map(|l| {
                let mut glue = tool_files.iter().filter(|name| glue_of(l.code, name));
                let found = glue.next()?;
                assert!(
                    glue.next().is_none(),
                    "more than one build of the tool for {}",
                    l.code
                );
                let wasm = wasm_of(found);
                assert!(
                    tool_files.contains(&wasm),
                    "no tool/{wasm} next to tool/{found}"
                );
                Some((l.code, found.clone()))
            })
            .collect();
        let modes_files = file_names(&dir.join("modes"));
        let paste_files = file_names(&dir.join("paste"));
        AppFiles {
            js,
            trunk_wasm,
            tools,
            modes_start: only_one(&modes_files, "start-", ".js", "modes/"),
            paste: (
                only_one(&paste_files, "her2_paste-", ".js", "paste/"),
                only_one(&paste_files, "her2_paste-", "_bg.wasm", "paste/"),
            ),
            file_reader: only_one(assets, "report-file-", ".js", ""),
        }
    }

    /// The report tool's JS glue and WebAssembly for a language's page, from the page: its own
    /// build, or else Trunk's (`./name`, which the other languages' pages rewrite to `../name`).
    fn tool(&self, code: &str) -> (String, String) {
        match self.tools.iter().find(|(c, _)| *c == code) {
            Some((_, glue)) => {
                let at = format!("{}tool/{glue}", site_root(code));
                let wasm = wasm_of(&at);
                (at, wasm)
            }
            None => (format!("./{}", self.js), format!("./{}", self.trunk_wasm)),
        }
    }

    /// Whether every page has a build of the tool of its own (Trunk's is then used by none).
    fn trunk_tool_unused(&self) -> bool {
        LANGUAGES
            .iter()
            .all(|l| self.tools.iter().any(|(c, _)| *c == l.code))
    }
}

/// The WebAssembly next to a wasm-bindgen JS glue file: `name.js` loads `name_bg.wasm`.
fn wasm_of(glue: &str) -> String {
    glue.trim_end_matches(".js").to_string() + "_bg.wasm"
}

/// The names of the files in the folder `dir` (the build stops if it cannot be read).
fn file_names(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// The one name in `names` that starts with `prefix` and ends with `suffix`; the build stops
/// when there is none or more than one (`folder` names where they were looked for).
fn only_one(names: &[String], prefix: &str, suffix: &str, folder: &str) -> String {
    let mut found = names
        .iter()
        .filter(|name| name.starts_with(prefix) && name.ends_with(suffix));
    match (found.next(), found.next()) {
        (Some(name), None) => name.clone(),
        _ => panic!("expected exactly one {folder}{prefix}<hash>{suffix} in {names:?}"),
    }
}

/// The page's own script (src/page.js) with the Rust constants filled in. It holds nothing
/// that changes from build to build (the files it loads are named by [`file_metas`]), so its CSP
/// hash changes only when its source does (docs/serving.md).
fn page_script() -> String {
    let script = our_script(
        "src/page.js",
        include_str!("../page.js"),
        &[
            (
                "__HER2_OPTION_NAMES__",
                json_list(OPTION_NAMES.iter().copied()),
            ),
            ("__HER2_LANGUAGE_KEY__", json(STORAGE_KEY)),
            ("__HER2_PASTE_READ__", json(paste_results::READ_EVENT)),
            ("__HER2_PASTE_CLEAR__", json(paste_results::CLEAR_EVENT)),
            ("__HER2_PASTE_FAILED__", json(paste_results::FAILED_ID)),
        ],
    );
    format!("<script type=\"module\">{script}</script>")
}

/// One of the page's own scripts (`src/*.js`, written to be read) as the pages carry it: without
/// its comment lines and indentation, with its `__HER2_…__` placeholders replaced by `values`
/// (JavaScript literals). The build stops if a placeholder is left that `values` does not fill.
fn our_script(file: &str, source: &str, values: &[(&str, String)]) -> String {
    let lines: Vec<&str> = source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect();
    let mut script = lines.join("\n");
    for (placeholder, value) in values {
        assert!(
            script.contains(placeholder),
            "{file} does not use {placeholder}"
        );
        script = script.replace(placeholder, value);
    }
    assert!(
        !script.contains("__HER2_"),
        "{file} has an unknown placeholder"
    );
    script
}

/// A JavaScript string literal.
fn json(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A JavaScript array literal of strings: `["a","b"]`.
fn json_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    format!("[{}]", items.map(json).collect::<Vec<_>>().join(","))
}

/// The content-hashed files the page's script loads later, as `<meta>` values it reads: the
/// report tool's JS and WebAssembly and the file reader (next to the page), and the modes
/// module's start file and the paste reader's module (`modes/`, `paste/`, from the site root).
fn file_metas(app: &AppFiles, code: &str) -> String {
    let tool = app.tool(code);
    format!(
        "<meta name=\"her2-app-js\" content=\"{}\"><meta name=\"her2-app-wasm\" content=\"{}\">\
<meta name=\"her2-file-reader\" content=\"./{}\"><meta name=\"her2-modes\" content=\"modes/{}\">\
<meta name=\"her2-paste-js\" content=\"paste/{}\"><meta name=\"her2-paste-wasm\" content=\"paste/{}\">",
        attr(&tool.0),
        attr(&tool.1),
        attr(&app.file_reader),
        attr(&app.modes_start),
        attr(&app.paste.0),
        attr(&app.paste.1)
    )
}

/// The app's HTML for one language, with hydration markers (needed inside islands).
fn render(language: &'static Language) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <App language=language/> }.to_html())
}

/// Trunk's page with the language's `lang`, title, description and the rendered body. Trunk's
/// start-up script and preloads for the app's WebAssembly are replaced by the page's own script
/// (src/page.js), which fetches the WebAssembly only when the report tool is near or used.
fn page(template: &str, language: &Language, body: &str, app: &AppFiles) -> String {
    let ui = language.content.ui;
    let mut html = template.to_string();
    remove_trunk_start(&mut html, app);
    let head_end = html.find("</head>").expect("</head>");
    html.insert_str(head_end, &(file_metas(app, language.code) + &page_script()));
    let deploy = deploy_config();
    replace_tag(&mut html, "<html", |_| {
        Some(format!(
            "<html lang=\"{}\"{}>",
            attr(language.code),
            deploy.html_attributes()
        ))
    });
    replace_between(&mut html, "<title>", "</title>", &text(ui.site_title));
    let title_end = html.find("</title>").expect("<title>") + "</title>".len();
    html.insert_str(title_end, &head_extras(language, &main_section_ids(body)));
    // The deployment's settings for kiosk and embed modes, if any (crates/her2-modes/src/deploy.rs, docs/kiosk.md).
    let settings = deploy.to_meta();
    if !settings.is_empty() {
        let meta = format!(
            "<meta name=\"her2-config\" content=\"{}\">",
            attr(&settings)
        );
        html.insert_str(title_end, &meta);
    }
    replace_tag(&mut html, "<meta", |tag| {
        (tag.contains("name=description") || tag.contains("name=\"description\"")).then(|| {
            format!(
                "<meta name=\"description\" content=\"{}\">",
                attr(ui.meta_description)
            )
        })
    });
    // Trunk writes `<body></body>` (or `<body>\n</body>` without minification).
    let open = html.find("<body").expect("<body>");
    let start = open + html[open..].find('>').expect("<body ...>") + 1;
    let end = html.rfind("</body>").expect("</body>");
    html.replace_range(start..end, body);
    html
}

/// The site root, `hreflang` alternates when the site address is known, the page's parts, the
/// early mode script (src/head-mode.js) and, on the default language's page, the first-visit
/// language script (src/head-language.js), both run before anything is painted.
///
/// `sections` are the ids of the page's parts (`main > section[id]`), which an embed's
/// `sections=` option may list.
fn head_extras(language: &Language, sections: &[String]) -> String {
    let default = &LANGUAGES[0];
    let is_default = std::ptr::eq(language, default);
    // Where the site root is, relative to this page (the service worker lives there).
    let mut out = format!(
        "<meta name=\"her2-root\" content=\"{}\">",
        site_root(language.code)
    );
    // `hreflang` alternates need absolute addresses, so they are written only when the
    // deployment says where the site lives (HER2_SITE_URL, e.g. https://example.org/her2/).
    if let Ok(site) = std::env::var("HER2_SITE_URL") {
        let site = format!("{}/", site.trim_end_matches('/'));
        for other in LANGUAGES {
            // The site root's address and the page's address from there.
            let page = page_href(default.code, other.code);
            let href = format!("{site}{}", page.trim_start_matches("./"));
            out.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                attr(other.code),
                attr(&href)
            ));
        }
    }
    // The page's parts, for the script below (a value, so that the script itself stays the same
    // from build to build, and so does its CSP hash).
    out.push_str(&format!(
        "<meta name=\"her2-sections\" content=\"{}\">",
        attr(&sections.join(","))
    ));
    // Sets the mode before the first paint, guards a kiosk's links, opens the page of a `lang`
    // option and hides the parts an embed leaves out (src/head-mode.js).
    let codes = || LANGUAGES.iter().map(|l| l.code);
    out.push_str(&format!(
        "<script>{}</script>",
        our_script(
            "src/head-mode.js",
            include_str!("../head-mode.js"),
            &[
                ("__HER2_DEFAULT_LANGUAGE__", json(default.code)),
                ("__HER2_LANGUAGE_CODES__", json_list(codes())),
                ("__HER2_MAX_SECTIONS__", MAX_SECTIONS.to_string()),
            ],
        )
    ));
    // Never in a locked kiosk: its language is the deployment's (src/head-language.js).
    if is_default && deploy_config().language_redirect() {
        out.push_str(&format!(
            "<script>{}</script>",
            our_script(
                "src/head-language.js",
                include_str!("../head-language.js"),
                &[
                    ("__HER2_OTHER_LANGUAGES__", json_list(codes().skip(1))),
                    ("__HER2_DEFAULT_LANGUAGE__", json(default.code)),
                    ("__HER2_LANGUAGE_KEY__", json(STORAGE_KEY)),
                ],
            )
        ));
    }
    out
}

/// The deployment's kiosk and embed settings, from `HER2_MODE`, `HER2_KIOSK_IDLE`,
/// `HER2_KIOSK_PRINT`, `HER2_KIOSK_LISTEN` and `HER2_EMBED_ORIGINS`; a wrong value stops the build.
fn deploy_config() -> DeployConfig {
    DeployConfig::from_env(|name| std::env::var(name).ok())
        .unwrap_or_else(|e| panic!("prerender: wrong deployment setting: {e}"))
}

/// Removes Trunk's inline `<script type=module>` that starts the app, and its `<link>`
/// preloads of the app's JS and WebAssembly.
fn remove_trunk_start(html: &mut String, app: &AppFiles) {
    let import = html.find("import init").expect("Trunk's start-up script");
    let start = html[..import].rfind("<script").expect("<script");
    let end = import + html[import..].find("</script>").expect("</script>") + "</script>".len();
    html.replace_range(start..end, "");
    let mut from = 0;
    while let Some(at) = html[from..].find("<link").map(|p| p + from) {
        let end = at + html[at..].find('>').expect("tag end") + 1;
        if html[at..end].contains(&app.js) || html[at..end].contains(&app.trunk_wasm) {
            html.replace_range(at..end, "");
        } else {
            from = end;
        }
    }
    assert!(
        !html.contains(&app.trunk_wasm) && !html.contains(&app.js),
        "Trunk's page refers to the app in an unexpected way"
    );
}

/// Replaces the first tag starting with `prefix` for which `f` returns a replacement.
fn replace_tag(html: &mut String, prefix: &str, f: impl Fn(&str) -> Option<String>) {
    let mut from = 0;
    while let Some(at) = html[from..].find(prefix).map(|p| p + from) {
        let end = at + html[at..].find('>').expect("tag end") + 1;
        if let Some(new) = f(&html[at..end]) {
            html.replace_range(at..end, &new);
            return;
        }
        from = end;
    }
    panic!("no {prefix} tag to replace in Trunk's index.html");
}

fn replace_between(html: &mut String, open: &str, close: &str, new: &str) {
    let start = html.find(open).expect("open tag") + open.len();
    let end = start + html[start..].find(close).expect("close tag");
    html.replace_range(start..end, new);
}

/// The ids of the `<section>` elements that are children of `<main>` in the rendered body.
fn main_section_ids(body: &str) -> Vec<String> {
    let start = body.find("<main").expect("<main>");
    let end = body.rfind("</main>").expect("</main>");
    let main = &body[start..end];
    let mut ids = Vec::new();
    let mut depth = 0usize;
    let mut at = 0;
    loop {
        let open = main[at..].find("<section").map(|p| p + at);
        let close = main[at..].find("</section>").map(|p| p + at);
        match (open, close) {
            (Some(open), close) if close.is_none_or(|close| open < close) => {
                let tag_end = open + main[open..].find('>').expect("tag end");
                let id = main[open..tag_end]
                    .split(" id=\"")
                    .nth(1)
                    .and_then(|rest| rest.split('"').next());
                if let (0, Some(id)) = (depth, id) {
                    ids.push(id.to_string());
                }
                depth += 1;
                at = tag_end;
            }
            (_, Some(close)) => {
                depth = depth.saturating_sub(1);
                at = close + "</section>".len();
            }
            _ => break,
        }
    }
    assert!(!ids.is_empty(), "no <section id> in <main>");
    ids
}

fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn attr(s: &str) -> String {
    text(s).replace('"', "&quot;")
}
