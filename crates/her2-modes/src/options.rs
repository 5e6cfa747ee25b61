//! The page address's options (`?mode=kiosk`, `?mode=embed&sections=faq&parent=…`, `lang`)
//! and what they set up: [`parse`] reads them against the deployment's settings
//! ([`DeployConfig`]) into a [`Setup`], and explains every option it ignores. Plain Rust,
//! tested natively; the browser decodes the query (`URLSearchParams`), so [`parse`] only looks
//! options up.

use crate::deploy::DeployConfig;

/// Looks an option up by name (the first value, decoded), like `URLSearchParams.get`.
pub type Options<'a> = &'a dyn Fn(&str) -> Option<String>;

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

pub(crate) const IDLE_RULE: &str = "must be a whole number of seconds from 30 to 3600";

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

/// A kiosk's idle time in seconds, when `value` is one ([`IDLE_MIN`]..=[`IDLE_MAX`], digits only).
pub(crate) fn idle_seconds(value: &str) -> Option<u32> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::*;

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
}
