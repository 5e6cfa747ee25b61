//! How the app is deployed: the ordinary site, a touch-screen **kiosk** in a waiting room, or
//! **embedded** in a hospital page through `embed.js`. See `docs/kiosk.md` and
//! `docs/embedding.md`.
//!
//! Two inputs decide it:
//! - the deployment's build-time settings ([`DeployConfig`]: `HER2_MODE`, `HER2_KIOSK_IDLE`,
//!   `HER2_KIOSK_PRINT`, `HER2_KIOSK_LISTEN`, `HER2_EMBED_ORIGINS`), which the pre-renderer checks and writes into
//!   every page as `<meta name="her2-config">` ([`DeployConfig::to_meta`]);
//! - the options in the page address (`?mode=kiosk`, `?mode=embed&sections=faq&parent=…`),
//!   read by [`parse`].
//!
//! The rules are plain Rust, unit-tested natively. Every address option is checked; a wrong one
//! is ignored and explained in a warning (the browser logs it with `console.warn`). A locked
//! kiosk (`HER2_MODE=kiosk`) stays a kiosk whatever the address says.
//!
//! Browser code stays small (the first load has a budget): the browser decodes the query
//! (`URLSearchParams`), so [`parse`] only looks options up; origins are checked at build time
//! and then only compared.

/// Prefix of every key the app keeps in `localStorage` or `sessionStorage`: what a kiosk
/// reset wipes.
pub const STORAGE_PREFIX: &str = "her2-explained.";

/// The `type` of the height message an embedded app posts to its host page.
pub const HEIGHT_MESSAGE: &str = "her2-explained:height";

/// Seconds without any activity before a kiosk warns that it will start over.
pub const IDLE_DEFAULT: u32 = 120;
/// The shortest idle time a kiosk accepts, in seconds.
pub const IDLE_MIN: u32 = 30;
/// The longest idle time a kiosk accepts, in seconds.
pub const IDLE_MAX: u32 = 3600;
/// How long the kiosk's "Are you still there?" warning counts down, in seconds (WCAG 2.2.1
/// asks for at least 20).
pub const WARNING_SECONDS: u32 = 30;
/// The most sections an embed may list.
pub const MAX_SECTIONS: usize = 20;
/// An embed reports its height to the host page rounded up to a multiple of this (CSS px), so
/// that the host page cannot tell from the exact height which result the visitor was shown.
pub const HEIGHT_STEP: f64 = 200.0;
/// The largest height an embed reports (the loader accepts 0 to 100000).
pub const HEIGHT_MAX: f64 = 100_000.0;

/// The height an embed reports for a content height (CSS px): rounded up to the next multiple
/// of [`HEIGHT_STEP`] (so the frame is never shorter than its content), at most
/// [`HEIGHT_MAX`]; 0 for nothing or a height that is not a number.
pub fn reported_height(content: f64) -> f64 {
    if content.is_nan() || content <= 0.0 {
        return 0.0;
    }
    ((content / HEIGHT_STEP).ceil() * HEIGHT_STEP).min(HEIGHT_MAX)
}

/// Looks an option up by name (the first value, decoded), like `URLSearchParams.get`.
pub type Options<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The deployment's build-time settings (environment variables of the pre-renderer).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeployConfig {
    /// `HER2_MODE=kiosk`: every page is a kiosk and no address can turn that off.
    pub locked_kiosk: bool,
    /// `HER2_KIOSK_IDLE`: a kiosk's idle time in seconds (default [`IDLE_DEFAULT`]).
    pub kiosk_idle: Option<u32>,
    /// `HER2_KIOSK_PRINT=1`: a kiosk shows print buttons (it has a printer).
    pub kiosk_print: bool,
    /// `HER2_KIOSK_LISTEN=1`: a kiosk shows the "Listen" controls (the clinic accepts sound in
    /// its waiting room).
    pub kiosk_listen: bool,
    /// `HER2_EMBED_ORIGINS`: the host pages (origins, as `location.origin` writes them) an
    /// embedded app tells its height to. The same list belongs in the server's
    /// `frame-ancestors`.
    pub embed_origins: Vec<String>,
}

impl DeployConfig {
    /// Reads the settings from environment variables (`get` is `std::env::var(..).ok()`).
    /// A wrong value is an error: a deployment must not silently get another set-up.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Result<DeployConfig, String> {
        let mut config = DeployConfig::default();
        let get = |name: &str| {
            get(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        match get("HER2_MODE").as_deref() {
            None | Some("normal") => {}
            Some("kiosk") => config.locked_kiosk = true,
            Some(other) => {
                return Err(format!(
                    "HER2_MODE={other}: must be `kiosk` (a locked kiosk) or `normal`"
                ))
            }
        }
        if let Some(idle) = get("HER2_KIOSK_IDLE") {
            config.kiosk_idle = Some(
                idle_seconds(&idle)
                    .ok_or_else(|| format!("HER2_KIOSK_IDLE={idle}: {IDLE_RULE}"))?,
            );
        }
        match get("HER2_KIOSK_PRINT").as_deref() {
            None | Some("0") => {}
            Some("1") => config.kiosk_print = true,
            Some(other) => return Err(format!("HER2_KIOSK_PRINT={other}: must be 1 or 0")),
        }
        match get("HER2_KIOSK_LISTEN").as_deref() {
            None | Some("0") => {}
            Some("1") => config.kiosk_listen = true,
            Some(other) => return Err(format!("HER2_KIOSK_LISTEN={other}: must be 1 or 0")),
        }
        for origin in get("HER2_EMBED_ORIGINS")
            .unwrap_or_default()
            .split_whitespace()
        {
            let normal = normal_origin(origin).ok_or_else(|| {
                format!(
                    "HER2_EMBED_ORIGINS: `{origin}` is not an origin like https://www.hospital.example"
                )
            })?;
            if !config.embed_origins.contains(&normal) {
                config.embed_origins.push(normal);
            }
        }
        Ok(config)
    }

    /// The `content` of `<meta name="her2-config">`, in query form (read back with
    /// [`from_meta`](Self::from_meta)): e.g. `mode=kiosk&locked&kiosk-idle=300&kiosk-print`
    /// or `embed-origins=https://a.example,https://b.example`. Empty for the defaults.
    pub fn to_meta(&self) -> String {
        let mut parts = Vec::new();
        if self.locked_kiosk {
            parts.push("mode=kiosk&locked".to_string());
        }
        if let Some(idle) = self.kiosk_idle {
            parts.push(format!("kiosk-idle={idle}"));
        }
        if self.kiosk_print {
            parts.push("kiosk-print".to_string());
        }
        if self.kiosk_listen {
            parts.push("kiosk-listen".to_string());
        }
        if !self.embed_origins.is_empty() {
            parts.push(format!("embed-origins={}", self.embed_origins.join(",")));
        }
        parts.join("&")
    }

    /// The CSP `frame-ancestors` source list this build implies: its [`embed_origins`]
    /// (space-separated), or `'none'` when it lists none. The pre-renderer writes it into
    /// `dist/frame-ancestors.txt`, from which `her2-serve`, `dist/_headers` and the deploy steps
    /// of `deploy/nginx.conf` and `deploy/apache.conf` take it, so that the server lets exactly
    /// the host pages frame the app that the app sends its height to (docs/embedding.md).
    ///
    /// [`embed_origins`]: Self::embed_origins
    pub fn frame_ancestors(&self) -> String {
        if self.embed_origins.is_empty() {
            "'none'".to_string()
        } else {
            self.embed_origins.join(" ")
        }
    }

    /// Reads [`to_meta`](Self::to_meta)'s settings (looked up in `get`); what it does not
    /// understand is left at the default.
    pub fn from_meta(get: Options) -> DeployConfig {
        DeployConfig {
            locked_kiosk: get("mode").as_deref() == Some("kiosk") && get("locked").is_some(),
            kiosk_idle: get("kiosk-idle").and_then(|v| idle_seconds(&v)),
            kiosk_print: get("kiosk-print").is_some(),
            kiosk_listen: get("kiosk-listen").is_some(),
            embed_origins: get("embed-origins")
                .map(|v| v.split(',').map(str::to_string).collect())
                .unwrap_or_default(),
        }
    }

    /// Extra attributes for `<html>`, so the kiosk styles apply from the first paint of a
    /// locked kiosk (before the WebAssembly runs): ` data-mode="kiosk" data-locked`.
    pub fn html_attributes(&self) -> &'static str {
        match (self.locked_kiosk, self.kiosk_print) {
            (false, _) => "",
            (true, false) => " data-mode=\"kiosk\" data-locked",
            (true, true) => " data-mode=\"kiosk\" data-locked data-kiosk-print",
        }
    }

    /// Whether the page may carry the first-visit language redirect (never in a locked kiosk:
    /// its language is the deployment's, and a reset always comes back to it).
    pub fn language_redirect(&self) -> bool {
        !self.locked_kiosk
    }
}

/// A kiosk's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskConfig {
    /// Seconds without activity before the warning ([`IDLE_MIN`]..=[`IDLE_MAX`]).
    pub idle: u32,
    /// Print buttons are shown.
    pub print: bool,
    /// The "Listen" controls (the device's speech) are shown: `<html data-kiosk-listen>`.
    pub listen: bool,
    /// Locked by the deployment: addresses cannot change the kiosk's settings.
    pub locked: bool,
    /// Show the attract screen ("Touch the screen to start"): on a fresh start and after a
    /// reset, not when the visitor changes language (`attract=0`).
    pub attract: bool,
}

/// An embed's settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// Ids of the parts to show (empty: all).
    pub sections: Vec<String>,
    /// Accent colour as a CSS value (`#0b5394`).
    pub accent: Option<String>,
    /// Background colour (else transparent).
    pub bg: Option<String>,
    /// Text colour.
    pub fg: Option<String>,
    /// The host page's origin, present only when it is on the deployment's allow-list: where
    /// the height messages go.
    pub parent: Option<String>,
}

/// How this page runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The ordinary site.
    Normal,
    /// A kiosk.
    Kiosk(KioskConfig),
    /// Inside a host page's iframe.
    Embed(EmbedConfig),
}

/// The mode and the `lang` option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    /// How the page runs.
    pub mode: Mode,
    /// The language asked for (a registered code); in a kiosk, its home language.
    pub lang: Option<String>,
}

const IDLE_RULE: &str = "must be a whole number of seconds from 30 to 3600";
const FLAG_RULE: &str = "must be 1 or 0";
const LOCKED: &str = "this kiosk is locked by its deployment";
const KIOSK_OPTIONS: &[&str] = &["idle", "print", "listen", "attract"];
const EMBED_OPTIONS: &[&str] = &["sections", "accent", "bg", "fg", "parent"];
/// Every option of the page address [`parse`] looks at.
pub const OPTION_NAMES: &[&str] = &[
    "mode", "lang", "idle", "print", "listen", "attract", "sections", "accent", "bg", "fg",
    "parent",
];

/// Reads the page address's options (`get`, the first value of each, decoded) against the
/// deployment's settings. `languages` are the registered language codes; `sections` the ids
/// an embed may show. Unknown options are not looked at. Returns the set-up and a warning for
/// every option it ignored.
pub fn parse(
    get: Options,
    config: &DeployConfig,
    languages: &[&str],
    sections: &[&str],
) -> (Setup, Vec<String>) {
    let mut warnings = Vec::new();
    let mut warn = |name: &str, value: &str, why: &str| {
        warnings.push(format!("ignored {name}={value}: {why}"));
    };

    let mut kind = if config.locked_kiosk {
        "kiosk"
    } else {
        "normal"
    };
    if let Some(value) = get("mode") {
        match value.as_str() {
            "kiosk" => kind = "kiosk",
            _ if config.locked_kiosk => warn("mode", &value, LOCKED),
            "normal" => kind = "normal",
            "embed" => kind = "embed",
            _ => warn("mode", &value, "must be normal, kiosk or embed"),
        }
    }
    let lang = get("lang").filter(|value| {
        let known = languages.contains(&value.as_str());
        if !known {
            warn("lang", value, "not a language of this site");
        }
        known
    });
    for (options, only) in [(KIOSK_OPTIONS, "kiosk"), (EMBED_OPTIONS, "embed")] {
        if kind != only {
            for name in options {
                if let Some(value) = get(name) {
                    warn(
                        name,
                        &value,
                        if only == "kiosk" {
                            "only with mode=kiosk"
                        } else {
                            "only with mode=embed"
                        },
                    );
                }
            }
        }
    }

    let mode = match kind {
        "kiosk" => {
            let mut kiosk = KioskConfig {
                idle: config.kiosk_idle.unwrap_or(IDLE_DEFAULT),
                print: config.kiosk_print,
                listen: config.kiosk_listen,
                locked: config.locked_kiosk,
                attract: true,
            };
            if let Some(value) = get("idle") {
                match idle_seconds(&value) {
                    _ if kiosk.locked => warn("idle", &value, LOCKED),
                    Some(idle) => kiosk.idle = idle,
                    None => warn("idle", &value, IDLE_RULE),
                }
            }
            if let Some(value) = get("print") {
                match flag(&value) {
                    _ if kiosk.locked => warn("print", &value, LOCKED),
                    Some(print) => kiosk.print = print,
                    None => warn("print", &value, FLAG_RULE),
                }
            }
            if let Some(value) = get("listen") {
                match flag(&value) {
                    _ if kiosk.locked => warn("listen", &value, LOCKED),
                    Some(listen) => kiosk.listen = listen,
                    None => warn("listen", &value, FLAG_RULE),
                }
            }
            if let Some(value) = get("attract") {
                match flag(&value) {
                    Some(attract) => kiosk.attract = attract,
                    None => warn("attract", &value, FLAG_RULE),
                }
            }
            Mode::Kiosk(kiosk)
        }
        "embed" => {
            let mut embed = EmbedConfig::default();
            for id in get("sections").unwrap_or_default().split(',') {
                if id.is_empty() || embed.sections.iter().any(|s| s == id) {
                    continue;
                }
                if embed.sections.len() == MAX_SECTIONS {
                    warn("sections", id, "at most 20 sections");
                } else if !sections.contains(&id) {
                    warn("sections", id, "no part of the page has this id");
                } else {
                    embed.sections.push(id.to_string());
                }
            }
            for (name, slot) in [
                ("accent", &mut embed.accent),
                ("bg", &mut embed.bg),
                ("fg", &mut embed.fg),
            ] {
                if let Some(value) = get(name) {
                    if matches!(value.len(), 3 | 6) && value.bytes().all(|b| b.is_ascii_hexdigit())
                    {
                        *slot = Some(format!("#{value}"));
                    } else {
                        warn(name, &value, "must be 3 or 6 hex digits, without #");
                    }
                }
            }
            if let Some(value) = get("parent") {
                if config.embed_origins.contains(&value) {
                    embed.parent = Some(value);
                } else {
                    warn(
                        "parent",
                        &value,
                        "not one of this deployment's HER2_EMBED_ORIGINS",
                    );
                }
            }
            Mode::Embed(embed)
        }
        _ => Mode::Normal,
    };
    (Setup { mode, lang }, warnings)
}

impl Setup {
    /// The language whose page to go to first, if not the page's own (`page_lang`): the
    /// `lang` option, except in a kiosk session the visitor has moved on in (`attract=0`).
    pub fn language_to_open(&self, page_lang: &str) -> Option<&str> {
        if let Mode::Kiosk(KioskConfig { attract: false, .. }) = self.mode {
            return None;
        }
        self.lang.as_deref().filter(|lang| *lang != page_lang)
    }

    /// The query that keeps a kiosk's settings across its pages, without the `?`:
    /// `mode=kiosk`, the options that differ from the deployment's (`config`), the home
    /// language and, when `attract` is false, `attract=0`. `None` outside a kiosk.
    pub fn kiosk_query(&self, config: &DeployConfig, attract: bool) -> Option<String> {
        let Mode::Kiosk(kiosk) = &self.mode else {
            return None;
        };
        let mut query = String::from("mode=kiosk");
        if kiosk.idle != config.kiosk_idle.unwrap_or(IDLE_DEFAULT) {
            query += &format!("&idle={}", kiosk.idle);
        }
        if kiosk.print != config.kiosk_print {
            query += if kiosk.print { "&print=1" } else { "&print=0" };
        }
        if kiosk.listen != config.kiosk_listen {
            query += if kiosk.listen {
                "&listen=1"
            } else {
                "&listen=0"
            };
        }
        if let Some(lang) = &self.lang {
            query += "&lang=";
            query += lang;
        }
        if !attract {
            query += "&attract=0";
        }
        Some(query)
    }
}

/// Whether this page keeps report answers on the device (storage). Never in a kiosk: there a
/// visitor's values stay in memory only, and a reset forgets them. Called by the report tool.
///
/// It reads `<html data-mode>`, which a locked kiosk's pages carry and which a small script in
/// each page's `<head>` sets from `?mode=kiosk` (src/head-mode.js), so the answer is right
/// from the start and costs no parsing in the app's WebAssembly. Outside the browser: `true`.
pub fn persist_answers() -> bool {
    browser::html_mode().as_deref() != Some("kiosk")
}

/// The relative address of language `to`'s page from language `from`'s page (the default
/// language at the site root, the others in `<code>/`), so it works under any sub-path. The
/// one rule for the address of a language page: the language links, the pre-renderer, the
/// modes module, and the `<head>` scripts (`src/head-mode.js`, `src/head-language.js`), which
/// mirror it in JavaScript (`end2end/build/addresses.test.mjs` checks that the built pages
/// agree).
pub fn page_href(from: &str, to: &str) -> String {
    let mut href = String::from(site_root(from));
    if to != her2_content::DEFAULT_LANGUAGE_CODE {
        href += to;
        href += "/";
    }
    href
}

/// The site root (where the default language's page, the service worker and the build's files
/// are), relative to language `from`'s page: `./` from the default language's page, `../` from
/// the others (one folder down).
pub fn site_root(from: &str) -> &'static str {
    if from == her2_content::DEFAULT_LANGUAGE_CODE {
        "./"
    } else {
        "../"
    }
}

/// `scheme://host[:port]` for http(s), lowercased, without a default port (as
/// `location.origin` writes it); `None` for anything else (paths, user names, other schemes,
/// bad characters). Used at build time.
pub fn normal_origin(value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    let default_port = match scheme {
        "https" => ":443",
        "http" => ":80",
        _ => return None,
    };
    // `host` or `[v6]`, either with `:port`.
    let (host, port) = if rest.starts_with('[') {
        rest.split_at(rest.find(']')? + 1)
    } else {
        rest.split_at(rest.rfind(':').unwrap_or(rest.len()))
    };
    let port = match port.strip_prefix(':') {
        Some(p)
            if p.parse::<u16>().is_ok_and(|p| p > 0) && p.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(p)
        }
        None if port.is_empty() => None,
        _ => return None,
    };
    let host_ok = if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        !inner.is_empty()
            && inner
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
    } else {
        !host.is_empty()
            && !host.starts_with(['.', '-'])
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    };
    if !host_ok {
        return None;
    }
    let origin = match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    };
    Some(
        origin
            .strip_suffix(default_port)
            .map(str::to_string)
            .unwrap_or(origin),
    )
}

/// Whether a link's `href` leaves the app's origin (`origin`, like `https://a.example`):
/// addresses with a scheme (`https:`, `mailto:`) or `//` that are not on `origin`. Relative
/// links stay.
pub fn leaves_app(href: &str, origin: &str) -> bool {
    let first = href
        .bytes()
        .position(|b| matches!(b, b':' | b'/' | b'?' | b'#'));
    let absolute = href.starts_with("//") || first.is_some_and(|i| href.as_bytes()[i] == b':');
    let same_origin = href.strip_prefix(origin).is_some_and(|rest| {
        !origin.is_empty() && matches!(rest.bytes().next(), None | Some(b'/' | b'?' | b'#'))
    });
    absolute && !same_origin
}

/// Where an in-page link (`href="#id"`) of an embed points (see [`link_in_embed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget {
    /// No element has this id.
    Missing,
    /// Outside the page's parts (`main > section`): the site's header, table of contents or
    /// footer, which no embed shows ("Back to contents" → `#contents`).
    OutsideParts,
    /// In a part the embed shows.
    Shown,
    /// In a part the host page did not ask for (`sections=`), so hidden.
    Hidden,
}

/// What an embed does with an in-page link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkAction {
    /// Leave it as it is.
    Keep,
    /// Take it out of the page (`hidden`): it could only lead to something no embed shows.
    Remove,
    /// Open the full app (this language's page, without the embed options) at the same id, in a
    /// new tab, saying so ([`FULL_APP_MARK`]).
    OpenFullApp,
}

/// The attribute an embed sets on a link that opens the full app in a new tab (styled with a
/// visible "↗" and described as opening a new tab).
pub const FULL_APP_MARK: &str = "data-her2-full-app";

/// The one rule for in-page links in an embed, for every kind of link:
///
/// - links to another part that the host page left out (the report tool, another section of
///   the guide, a source number `R12` or "All sources", the word list, a question of the FAQ):
///   they open the full app at that place in a new tab, as the part is useful and
///   the reader asked for it;
/// - links to the site's own furniture (`#contents`, `Back to contents`): they are taken
///   out, as no embed shows a table of contents and the full app's would be no help;
/// - links within the parts shown, and links to ids that do not exist: unchanged.
///
/// (Glossary words in the text are buttons that show their meaning in place, not links: they
/// work in every embed.)
pub fn link_in_embed(target: LinkTarget) -> LinkAction {
    match target {
        LinkTarget::Missing | LinkTarget::Shown => LinkAction::Keep,
        LinkTarget::OutsideParts => LinkAction::Remove,
        LinkTarget::Hidden => LinkAction::OpenFullApp,
    }
}

/// The address of the full app at `id` from an embedded page: this language's page without
/// the embed's options (`./#source-R1` resolves against `…/es/?mode=embed&…` to `…/es/#source-R1`).
pub fn full_app_href(id: &str) -> String {
    format!("./#{id}")
}

/// A link's address as someone would type it at home: without `https://` and a trailing `/`
/// (`mailto:` and the like as they are).
pub fn typed_address(href: &str) -> &str {
    let bare = href
        .strip_prefix("https://")
        .or_else(|| href.strip_prefix("http://"))
        .unwrap_or(href);
    bare.strip_suffix('/').unwrap_or(bare)
}

fn idle_seconds(value: &str) -> Option<u32> {
    let idle = value.parse::<u32>().ok()?;
    ((IDLE_MIN..=IDLE_MAX).contains(&idle) && value.bytes().all(|b| b.is_ascii_digit()))
        .then_some(idle)
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// This page's deployment settings and set-up, read once from the document
/// (`<meta name="her2-config">`, the address, the ids of the page's parts), with a
/// `console.warn` for every ignored option. Outside the browser (pre-rendering, native tests):
/// the ordinary site.
fn state() -> &'static (DeployConfig, Setup) {
    static STATE: std::sync::OnceLock<(DeployConfig, Setup)> = std::sync::OnceLock::new();
    STATE.get_or_init(|| {
        let config = DeployConfig::from_meta(&browser::options(&browser::meta_config()));
        let sections = browser::section_ids();
        let sections: Vec<&str> = sections.iter().map(String::as_str).collect();
        let (setup, warnings) = parse(
            &browser::options(&browser::query()),
            &config,
            her2_content::LANGUAGE_CODES,
            &sections,
        );
        for warning in warnings {
            browser::warn(&warning);
        }
        (config, setup)
    })
}

/// This page's set-up (see [`state`]).
pub fn setup() -> &'static Setup {
    &state().1
}

/// This page's mode.
pub fn mode() -> &'static Mode {
    &setup().mode
}

/// The deployment's settings, as written into the page.
pub fn deploy_config() -> &'static DeployConfig {
    &state().0
}

/// Marks `<html data-modes-ready>` once the modes module has set the page up (for tests).
#[cfg(target_arch = "wasm32")]
pub fn mark_ready() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-modes-ready", "");
    }
}

/// In the modes module, first thing: goes to the page of the `lang` option if it is not this one
/// (keeping the query; returns `false` as this page is being replaced), else marks
/// `<html data-mode="kiosk|embed">` for the kiosk and embed styles (and a kiosk with sound
/// `<html data-kiosk-listen>`, which src/page.js reads once `data-modes-ready` is set) and
/// returns `true`.
#[cfg(target_arch = "wasm32")]
pub fn enter() -> bool {
    let setup = setup();
    let Some(window) = web_sys::window() else {
        return true;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return true;
    };
    let page_lang = root.get_attribute("lang").unwrap_or_default();
    if let Some(lang) = setup.language_to_open(&page_lang) {
        let location = window.location();
        let mut target = page_href(&page_lang, lang);
        target += &location.search().unwrap_or_default();
        target += &location.hash().unwrap_or_default();
        if location.replace(&target).is_ok() {
            return false;
        }
    }
    let kind = match setup.mode {
        Mode::Kiosk(KioskConfig { listen, .. }) => {
            if listen {
                let _ = root.set_attribute("data-kiosk-listen", "");
            }
            "kiosk"
        }
        Mode::Embed(_) => "embed",
        Mode::Normal => return true,
    };
    let _ = root.set_attribute("data-mode", kind);
    true
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::JsCast;

    fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    pub fn meta_config() -> String {
        document()
            .and_then(|d| d.query_selector("meta[name=her2-config]").ok().flatten())
            .and_then(|m| m.get_attribute("content"))
            .unwrap_or_default()
    }

    pub fn query() -> String {
        web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }

    /// The browser decodes the query.
    pub fn options(query: &str) -> impl Fn(&str) -> Option<String> {
        let params = web_sys::UrlSearchParams::new_with_str(query).ok();
        move |name| params.as_ref()?.get(name)
    }

    /// The ids of the page's parts (`main > section[id]`): what `sections=` may list.
    pub fn section_ids() -> Vec<String> {
        let Some(list) = document().and_then(|d| d.query_selector_all("main>section[id]").ok())
        else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.id())
            .collect()
    }

    pub fn html_mode() -> Option<String> {
        document()?.document_element()?.get_attribute("data-mode")
    }

    pub fn warn(message: &str) {
        web_sys::console::warn_1(&format!("HER2 Explained: {message}").into());
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    pub fn meta_config() -> String {
        String::new()
    }
    pub fn query() -> String {
        String::new()
    }
    pub fn options(_: &str) -> impl Fn(&str) -> Option<String> {
        |_| None
    }
    pub fn section_ids() -> Vec<String> {
        Vec::new()
    }
    pub fn html_mode() -> Option<String> {
        None
    }
    pub fn warn(_: &str) {}
}

#[cfg(test)]
mod tests {
    #[test]
    fn reported_heights_are_coarse_and_never_too_small() {
        assert_eq!(reported_height(0.0), 0.0);
        assert_eq!(reported_height(-5.0), 0.0);
        assert_eq!(reported_height(f64::NAN), 0.0);
        assert_eq!(reported_height(0.5), 200.0);
        assert_eq!(reported_height(200.0), 200.0);
        assert_eq!(reported_height(200.1), 400.0);
        assert_eq!(reported_height(1234.5), 1400.0);
        assert_eq!(reported_height(1399.0), reported_height(1201.0));
        assert_eq!(reported_height(f64::INFINITY), HEIGHT_MAX);
        assert_eq!(reported_height(250_000.0), HEIGHT_MAX);
        for tenth in 1..20_000 {
            let content = f64::from(tenth) / 10.0 * 7.0;
            let reported = reported_height(content);
            assert!(
                reported >= content && reported - content < HEIGHT_STEP,
                "{content}"
            );
            assert_eq!(reported % HEIGHT_STEP, 0.0, "{content}");
        }
    }

    use super::*;

    const LANGS: &[&str] = &["en", "es"];
    const SECTIONS: &[&str] = &["what-is-her2", "report-tool", "faq", "glossary", "sources"];

    /// Options from a query, decoded like `URLSearchParams` (first value; `+` is a space; bad
    /// `%` escapes kept; bad UTF-8 replaced).
    fn params(query: &str) -> impl Fn(&str) -> Option<String> + '_ {
        fn decode(text: &str) -> String {
            let b = text.as_bytes();
            let mut out = Vec::new();
            let mut i = 0;
            while i < b.len() {
                let hex = text
                    .get(i + 1..i + 3)
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match (b[i], hex) {
                    (b'+', _) => out.push(b' '),
                    (b'%', Some(byte)) => {
                        out.push(byte);
                        i += 2;
                    }
                    (byte, _) => out.push(byte),
                }
                i += 1;
            }
            String::from_utf8_lossy(&out).into_owned()
        }
        move |name| {
            query
                .trim_start_matches('?')
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| p.split_once('=').unwrap_or((p, "")))
                .find(|(k, _)| decode(k) == name)
                .map(|(_, v)| decode(v))
        }
    }

    fn parse_query(query: &str, config: &DeployConfig) -> (Setup, Vec<String>) {
        parse(&params(query), config, LANGS, SECTIONS)
    }

    fn run(query: &str) -> (Setup, Vec<String>) {
        parse_query(query, &DeployConfig::default())
    }

    fn kiosk(query: &str, config: &DeployConfig) -> (KioskConfig, Vec<String>) {
        match parse_query(query, config) {
            (
                Setup {
                    mode: Mode::Kiosk(k),
                    ..
                },
                w,
            ) => (k, w),
            other => panic!("not a kiosk: {other:?}"),
        }
    }

    fn embed(query: &str, config: &DeployConfig) -> (EmbedConfig, Vec<String>) {
        match parse_query(query, config) {
            (
                Setup {
                    mode: Mode::Embed(e),
                    ..
                },
                w,
            ) => (e, w),
            other => panic!("not an embed: {other:?}"),
        }
    }

    fn hospital() -> DeployConfig {
        DeployConfig {
            embed_origins: vec![
                "https://www.hospital.example".into(),
                "http://127.0.0.1:9000".into(),
            ],
            ..DeployConfig::default()
        }
    }

    fn locked() -> DeployConfig {
        DeployConfig {
            locked_kiosk: true,
            ..DeployConfig::default()
        }
    }

    #[test]
    fn no_query_is_the_ordinary_site() {
        let normal = Setup {
            mode: Mode::Normal,
            lang: None,
        };
        for query in ["", "?", "?&", "?utm_source=x&foo"] {
            assert_eq!(run(query), (normal.clone(), vec![]), "{query}");
        }
    }

    #[test]
    fn mode_is_one_of_three() {
        assert_eq!(run("?mode=normal").0.mode, Mode::Normal);
        assert!(matches!(run("?mode=kiosk").0.mode, Mode::Kiosk(_)));
        assert!(matches!(run("mode=embed").0.mode, Mode::Embed(_)));
        for bad in ["Kiosk", "kiosk+", "", "full", "embed%00", "%E0%A4"] {
            let (setup, warnings) = run(&format!("?mode={bad}"));
            assert_eq!(setup.mode, Mode::Normal, "{bad}");
            assert_eq!(warnings.len(), 1, "{bad}: {warnings:?}");
            assert!(warnings[0].starts_with("ignored mode="), "{warnings:?}");
        }
        // The first value counts (as with URLSearchParams.get).
        assert!(matches!(
            run("?mode=embed&mode=kiosk").0.mode,
            Mode::Embed(_)
        ));
    }

    #[test]
    fn lang_must_be_registered() {
        assert_eq!(run("?lang=es").0.lang.as_deref(), Some("es"));
        assert_eq!(run("?mode=embed&lang=en").0.lang.as_deref(), Some("en"));
        assert_eq!(run("?mode=kiosk&lang=es").0.lang.as_deref(), Some("es"));
        for bad in ["fr", "ES", "es-MX", "", "../x", "%zz"] {
            let (setup, warnings) = run(&format!("?lang={bad}"));
            assert_eq!(setup.lang, None, "{bad}");
            assert_eq!(warnings.len(), 1, "{bad}");
            assert!(warnings[0].contains("not a language"), "{warnings:?}");
        }
    }

    #[test]
    fn kiosk_defaults() {
        let (k, w) = kiosk("?mode=kiosk", &DeployConfig::default());
        assert_eq!(
            k,
            KioskConfig {
                idle: 120,
                print: false,
                listen: false,
                locked: false,
                attract: true
            }
        );
        assert!(w.is_empty());
    }

    #[test]
    fn idle_is_30_to_3600_seconds() {
        for (value, idle) in [("30", 30), ("3600", 3600), ("300", 300), ("0120", 120)] {
            let (k, w) = kiosk(
                &format!("?mode=kiosk&idle={value}"),
                &DeployConfig::default(),
            );
            assert_eq!(k.idle, idle, "{value}");
            assert!(w.is_empty(), "{value}");
        }
        for bad in [
            "29",
            "3601",
            "0",
            "-60",
            "%2B60",
            "60s",
            "1e3",
            "",
            "99999999999",
            "60.5",
        ] {
            let (k, w) = kiosk(&format!("?mode=kiosk&idle={bad}"), &DeployConfig::default());
            assert_eq!(k.idle, IDLE_DEFAULT, "{bad}");
            assert_eq!(w.len(), 1, "{bad}");
            assert!(w[0].contains("30 to 3600"), "{w:?}");
        }
    }

    #[test]
    fn print_and_attract_are_flags() {
        let (k, w) = kiosk("?mode=kiosk&print=1&attract=0", &DeployConfig::default());
        assert!(k.print && !k.attract && w.is_empty());
        // Sound is off unless the address or the deployment turns it on.
        assert!(!k.listen);
        let (k, w) = kiosk("?mode=kiosk&listen=1", &DeployConfig::default());
        assert!(k.listen && w.is_empty());
        let (k, w) = kiosk("?mode=kiosk&listen=on", &DeployConfig::default());
        assert!(
            !k.listen && w.len() == 1 && w[0].contains("listen=on"),
            "{w:?}"
        );
        let (k, w) = kiosk("?mode=kiosk&print=yes&attract=no", &DeployConfig::default());
        assert!(!k.print && k.attract);
        assert_eq!(w.len(), 2);
        assert!(w.iter().all(|w| w.ends_with("must be 1 or 0")), "{w:?}");
    }

    #[test]
    fn options_of_another_mode_are_ignored_with_a_warning() {
        let (setup, w) = run("?idle=60&sections=faq&parent=https://www.hospital.example");
        assert_eq!(setup.mode, Mode::Normal);
        assert_eq!(w.len(), 3, "{w:?}");
        let (k, w) = kiosk(
            "?mode=kiosk&sections=faq&accent=fff",
            &DeployConfig::default(),
        );
        assert_eq!(k.idle, IDLE_DEFAULT);
        assert_eq!(
            w,
            [
                "ignored sections=faq: only with mode=embed",
                "ignored accent=fff: only with mode=embed"
            ]
        );
        let (_, w) = embed("?mode=embed&idle=60&print=1&attract=0", &hospital());
        assert_eq!(w.len(), 3);
        assert!(
            w.iter().all(|w| w.contains("only with mode=kiosk")),
            "{w:?}"
        );
    }

    #[test]
    fn a_locked_kiosk_cannot_be_switched_out() {
        for query in [
            "",
            "?mode=normal",
            "?mode=embed&parent=https%3A%2F%2Fwww.hospital.example",
            "?mode=kiosk",
            "?mode=nonsense",
            "?mode=Kiosk&mode=normal",
        ] {
            let (setup, warnings) = parse_query(query, &locked());
            let Mode::Kiosk(k) = setup.mode else {
                panic!("{query} left the kiosk")
            };
            assert!(k.locked);
            let expected = usize::from(query.contains("mode=") && !query.contains("mode=kiosk"))
                + usize::from(query.contains("parent"));
            assert_eq!(warnings.len(), expected, "{query}: {warnings:?}");
        }
        // Its idle time and printing come from the deployment only.
        let config = DeployConfig {
            kiosk_idle: Some(300),
            kiosk_print: true,
            ..locked()
        };
        let (k, w) = kiosk("?idle=30&print=0&listen=1&attract=0&lang=es", &config);
        assert_eq!(
            (k.idle, k.print, k.listen, k.attract),
            (300, true, false, false)
        );
        assert_eq!(w.len(), 3);
        assert!(
            w.iter().all(|w| w.ends_with("locked by its deployment")),
            "{w:?}"
        );
    }

    #[test]
    fn the_deployment_sets_kiosk_defaults() {
        let config = DeployConfig {
            kiosk_idle: Some(600),
            kiosk_print: true,
            ..DeployConfig::default()
        };
        let (k, _) = kiosk("?mode=kiosk", &config);
        assert_eq!((k.idle, k.print, k.locked), (600, true, false));
        let (k, _) = kiosk("?mode=kiosk&idle=60&print=0", &config);
        assert_eq!((k.idle, k.print), (60, false));
        let listening = DeployConfig {
            kiosk_listen: true,
            ..DeployConfig::default()
        };
        let (setup, _) = parse_query("?mode=kiosk", &listening);
        assert!(matches!(
            setup.mode,
            Mode::Kiosk(KioskConfig { listen: true, .. })
        ));
        assert_eq!(
            setup.kiosk_query(&DeployConfig::default(), true).as_deref(),
            Some("mode=kiosk&listen=1")
        );
        let (setup, _) = parse_query("?mode=kiosk&listen=0", &listening);
        assert_eq!(
            setup.kiosk_query(&listening, true).as_deref(),
            Some("mode=kiosk&listen=0")
        );
    }

    #[test]
    fn sections_are_known_ids() {
        let (e, w) = embed("?mode=embed&sections=report-tool,faq", &hospital());
        assert_eq!(e.sections, ["report-tool", "faq"]);
        assert!(w.is_empty());
        let (e, w) = embed(
            "?mode=embed&sections=faq,,nope,FAQ,faq,glossary",
            &hospital(),
        );
        assert_eq!(e.sections, ["faq", "glossary"]);
        assert_eq!(
            w,
            [
                "ignored sections=nope: no part of the page has this id",
                "ignored sections=FAQ: no part of the page has this id"
            ]
        );
        let (e, w) = embed("?mode=embed&sections=%3Cscript%3E", &hospital());
        assert!(e.sections.is_empty());
        assert_eq!(w.len(), 1);
        let many = ["faq"; 25].join(",");
        let (e, _) = embed(&format!("?mode=embed&sections={many}"), &hospital());
        assert_eq!(e.sections, ["faq"]);
        let (e, w) = embed("?mode=embed&sections=", &hospital());
        assert!(e.sections.is_empty() && w.is_empty());
    }

    #[test]
    fn at_most_twenty_sections() {
        let ids: Vec<String> = (0..22).map(|i| format!("s{i}")).collect();
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let query = format!("?mode=embed&sections={}", refs.join(","));
        let (setup, w) = parse(&params(&query), &hospital(), LANGS, &refs);
        let Mode::Embed(e) = setup.mode else { panic!() };
        assert_eq!(e.sections.len(), MAX_SECTIONS);
        assert_eq!(w.len(), 2);
    }

    #[test]
    fn colours_are_3_or_6_hex_digits_without_hash() {
        let (e, w) = embed("?mode=embed&accent=0B5394&bg=fff&fg=1b1f24", &hospital());
        assert_eq!(e.accent.as_deref(), Some("#0B5394"));
        assert_eq!(e.bg.as_deref(), Some("#fff"));
        assert_eq!(e.fg.as_deref(), Some("#1b1f24"));
        assert!(w.is_empty());
        for bad in [
            "%230b5394",
            "0b539",
            "0b53944",
            "red",
            "ggg",
            "",
            "fff;x:1",
            "0b5394ff",
            "f%C3%BFf",
        ] {
            let (e, w) = embed(
                &format!("?mode=embed&accent={bad}&bg={bad}&fg={bad}"),
                &hospital(),
            );
            assert_eq!((e.accent, e.bg, e.fg), (None, None, None), "{bad}");
            assert_eq!(w.len(), 3, "{bad}");
        }
    }

    #[test]
    fn parent_must_be_an_allowed_origin() {
        for (value, expected) in [
            (
                "https%3A%2F%2Fwww.hospital.example",
                "https://www.hospital.example",
            ),
            (
                "https://www.hospital.example",
                "https://www.hospital.example",
            ),
            ("http://127.0.0.1:9000", "http://127.0.0.1:9000"),
        ] {
            let (e, w) = embed(&format!("?mode=embed&parent={value}"), &hospital());
            assert_eq!(e.parent.as_deref(), Some(expected), "{value}");
            assert!(w.is_empty(), "{value}");
        }
        for bad in [
            "https://evil.example",
            "http://www.hospital.example",
            "https://www.hospital.example/",
            "https://www.hospital.example/page",
            "https://www.hospital.example.evil.example",
            "https://user@www.hospital.example",
            "https://WWW.hospital.example",
            "https://www.hospital.example:443",
            "*",
            "null",
            "",
            "javascript:alert(1)",
            "http://127.0.0.1:9001",
        ] {
            let (e, w) = embed(&format!("?mode=embed&parent={bad}"), &hospital());
            assert_eq!(e.parent, None, "{bad}");
            assert_eq!(w.len(), 1, "{bad}");
            assert!(w[0].contains("HER2_EMBED_ORIGINS"));
        }
        // No allow-list: never a parent.
        let (e, w) = embed(
            "?mode=embed&parent=https://www.hospital.example",
            &DeployConfig::default(),
        );
        assert_eq!(e.parent, None);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn origins_are_normalised_and_checked() {
        for (value, expected) in [
            ("https://a.example", Some("https://a.example")),
            ("HTTPS://A.Example", Some("https://a.example")),
            ("http://a.example:80", Some("http://a.example")),
            ("https://a.example:443", Some("https://a.example")),
            ("http://a.example:8080", Some("http://a.example:8080")),
            ("https://a.example:80", Some("https://a.example:80")),
            ("http://[::1]:8080", Some("http://[::1]:8080")),
            ("http://[::1]", Some("http://[::1]")),
            ("http://localhost:3000", Some("http://localhost:3000")),
            ("ftp://a.example", None),
            ("https://", None),
            ("https://a.example:", None),
            ("https://a.example:0", None),
            ("https://a.example:65536", None),
            ("https://a.example:+80", None),
            ("https://a.example:x", None),
            ("https://a b.example", None),
            ("https://a.example/", None),
            ("https://a.example?x", None),
            ("https://a.example#x", None),
            ("https://user@a.example", None),
            ("https://.a.example", None),
            ("http://[::1", None),
            ("a.example", None),
            ("*", None),
            ("'self'", None),
        ] {
            assert_eq!(normal_origin(value).as_deref(), expected, "{value}");
        }
    }

    #[test]
    fn the_language_page_to_open() {
        let (setup, _) = run("?mode=embed&lang=es");
        assert_eq!(setup.language_to_open("en"), Some("es"));
        assert_eq!(setup.language_to_open("es"), None);
        let (setup, _) = run("?mode=kiosk&lang=es");
        assert_eq!(setup.language_to_open("en"), Some("es"));
        // A kiosk visitor who chose English stays there.
        let (setup, _) = run("?mode=kiosk&lang=es&attract=0");
        assert_eq!(setup.language_to_open("en"), None);
        assert_eq!(run("?lang=es").0.language_to_open("en"), Some("es"));
        assert_eq!(run("").0.language_to_open("en"), None);
    }

    #[test]
    fn page_addresses_are_relative() {
        assert_eq!(page_href("en", "en"), "./");
        assert_eq!(page_href("en", "es"), "./es/");
        assert_eq!(page_href("es", "en"), "../");
        assert_eq!(page_href("es", "es"), "../es/");
        assert_eq!(site_root("en"), "./");
        assert_eq!(site_root("es"), "../");
        for from in her2_content::LANGUAGE_CODES {
            assert_eq!(page_href(from, "en"), site_root(from));
        }
    }

    #[test]
    fn the_kiosk_query_keeps_settings_not_visitor_data() {
        let config = DeployConfig::default();
        let (setup, _) = run("?mode=kiosk&idle=60&print=1&lang=es&attract=0&x=1");
        assert_eq!(
            setup.kiosk_query(&config, true).as_deref(),
            Some("mode=kiosk&idle=60&print=1&lang=es")
        );
        assert_eq!(
            setup.kiosk_query(&config, false).as_deref(),
            Some("mode=kiosk&idle=60&print=1&lang=es&attract=0")
        );
        let (setup, _) = run("?mode=kiosk&idle=120");
        assert_eq!(
            setup.kiosk_query(&config, true).as_deref(),
            Some("mode=kiosk")
        );
        let (setup, _) = parse_query("", &locked());
        assert_eq!(
            setup.kiosk_query(&locked(), false).as_deref(),
            Some("mode=kiosk&attract=0")
        );
        assert_eq!(run("?mode=embed").0.kiosk_query(&config, true), None);
    }

    #[test]
    fn links_that_leave_the_app() {
        let origin = "http://127.0.0.1:8090";
        for href in [
            "https://doi.org/10.1200/JCO.2018.77.8738",
            "HTTP://example.org",
            "//example.org/x",
            "mailto:someone@example.org",
            "tel:+15555550100",
            "http://127.0.0.1:8091/",
            "http://127.0.0.1:80900/",
            "javascript:void(0)",
        ] {
            assert!(leaves_app(href, origin), "{href}");
            assert!(leaves_app(href, ""), "{href}");
        }
        for href in [
            "#faq",
            "./",
            "../",
            "es/",
            "?mode=kiosk",
            "/tools/her2/",
            "http://127.0.0.1:8090/es/",
            "http://127.0.0.1:8090",
            "es/a:b",
            "",
        ] {
            assert!(!leaves_app(href, origin), "{href}");
        }
    }

    #[test]
    fn addresses_to_visit_at_home() {
        assert_eq!(
            typed_address("https://doi.org/10.1200/JCO.22.02864"),
            "doi.org/10.1200/JCO.22.02864"
        );
        assert_eq!(typed_address("http://www.cancer.gov/"), "www.cancer.gov");
        assert_eq!(
            typed_address("mailto:a@example.org"),
            "mailto:a@example.org"
        );
    }

    #[test]
    fn deployment_settings_from_the_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            DeployConfig::from_env(env(&[])),
            Ok(DeployConfig::default())
        );
        assert_eq!(
            DeployConfig::from_env(env(&[("HER2_MODE", " ")])),
            Ok(DeployConfig::default())
        );
        assert_eq!(
            DeployConfig::from_env(env(&[("HER2_MODE", "normal")])),
            Ok(DeployConfig::default())
        );
        let config = DeployConfig::from_env(env(&[
            ("HER2_MODE", "kiosk"),
            ("HER2_KIOSK_IDLE", "300"),
            ("HER2_KIOSK_PRINT", "1"),
            ("HER2_KIOSK_LISTEN", "1"),
            (
                "HER2_EMBED_ORIGINS",
                " https://a.example  HTTPS://B.example:443\thttps://a.example ",
            ),
        ]))
        .unwrap();
        assert_eq!(
            config,
            DeployConfig {
                locked_kiosk: true,
                kiosk_idle: Some(300),
                kiosk_print: true,
                kiosk_listen: true,
                embed_origins: vec!["https://a.example".into(), "https://b.example".into()],
            }
        );
        for bad in [
            &[("HER2_MODE", "embed")][..],
            &[("HER2_MODE", "Kiosk")],
            &[("HER2_KIOSK_IDLE", "10")],
            &[("HER2_KIOSK_IDLE", "2m")],
            &[("HER2_KIOSK_PRINT", "yes")],
            &[("HER2_KIOSK_LISTEN", "on")],
            &[("HER2_EMBED_ORIGINS", "https://a.example/path")],
            &[("HER2_EMBED_ORIGINS", "*")],
            &[("HER2_EMBED_ORIGINS", "'self'")],
            &[("HER2_EMBED_ORIGINS", "https://a.example,https://b.example")],
        ] {
            assert!(DeployConfig::from_env(env(bad)).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn deployment_settings_round_trip_through_the_page() {
        let configs = [
            DeployConfig::default(),
            locked(),
            DeployConfig {
                locked_kiosk: true,
                kiosk_idle: Some(45),
                kiosk_print: true,
                kiosk_listen: true,
                embed_origins: vec!["https://a.example".into(), "http://127.0.0.1:9000".into()],
            },
            DeployConfig {
                kiosk_idle: Some(600),
                ..hospital()
            },
        ];
        for config in configs {
            let meta = config.to_meta();
            assert_eq!(DeployConfig::from_meta(&params(&meta)), config, "{meta}");
        }
        assert_eq!(DeployConfig::default().to_meta(), "");
        assert_eq!(locked().to_meta(), "mode=kiosk&locked");
        // Anything else is left at the default; `locked` alone does not lock.
        let config = DeployConfig::from_meta(&params("locked&kiosk-idle=5&what"));
        assert_eq!(config, DeployConfig::default());
    }

    #[test]
    fn a_locked_kiosk_page_is_marked_and_never_redirects() {
        assert_eq!(DeployConfig::default().html_attributes(), "");
        assert!(DeployConfig::default().language_redirect());
        assert_eq!(
            locked().html_attributes(),
            " data-mode=\"kiosk\" data-locked"
        );
        assert!(!locked().language_redirect());
        let printing = DeployConfig {
            kiosk_print: true,
            ..locked()
        };
        assert!(printing.html_attributes().ends_with("data-kiosk-print"));
    }

    #[test]
    fn answers_persist_outside_kiosks() {
        // Natively (pre-rendering) the page is the ordinary site.
        assert_eq!(
            setup(),
            &Setup {
                mode: Mode::Normal,
                lang: None
            }
        );
        assert_eq!(deploy_config(), &DeployConfig::default());
        assert!(persist_answers());
    }

    #[test]
    fn every_part_of_the_page_can_be_embedded_alone() {
        // The ids `sections=` accepts are those of `main > section[id]`: the guide's sections
        // and these four (src/app.rs). embed.js passes them on unchanged.
        let en = her2_content::default_language();
        let mut ids: Vec<&str> = en.content.sections.iter().map(|s| s.id).collect();
        ids.extend(["report-tool", "faq", "glossary", "sources"]);
        for id in &ids {
            assert!(
                id.len() <= 40
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{id} would not pass embed.js's data-sections check"
            );
        }
        let shown = &ids[..MAX_SECTIONS.min(ids.len())];
        let query = format!("?mode=embed&sections={}", shown.join(","));
        let (setup, w) = parse(&params(&query), &hospital(), LANGS, &ids);
        assert!(w.is_empty(), "{w:?}");
        let Mode::Embed(e) = setup.mode else { panic!() };
        assert_eq!(e.sections, shown);
    }

    #[test]
    fn the_build_implies_its_frame_ancestors() {
        assert_eq!(DeployConfig::default().frame_ancestors(), "'none'");
        let config = DeployConfig::from_env(|name| {
            (name == "HER2_EMBED_ORIGINS").then(|| {
                " https://WWW.a.example:443  http://127.0.0.1:9000 https://www.a.example ".into()
            })
        })
        .unwrap();
        assert_eq!(
            config.frame_ancestors(),
            "https://www.a.example http://127.0.0.1:9000"
        );
    }

    #[test]
    fn links_to_hidden_parts_open_the_full_app_and_links_to_the_contents_go() {
        assert_eq!(link_in_embed(LinkTarget::Shown), LinkAction::Keep);
        assert_eq!(link_in_embed(LinkTarget::Missing), LinkAction::Keep);
        assert_eq!(link_in_embed(LinkTarget::OutsideParts), LinkAction::Remove);
        assert_eq!(link_in_embed(LinkTarget::Hidden), LinkAction::OpenFullApp);
        assert_eq!(full_app_href("source-R1"), "./#source-R1");
    }
}
