//! Shared by the native tests of the options and the deployment settings.

use crate::deploy::DeployConfig;
use crate::options::{parse, EmbedConfig, KioskConfig, Mode, Setup};

pub(crate) const LANGS: &[&str] = &["en", "es"];
pub(crate) const SECTIONS: &[&str] = &["what-is-her2", "report-tool", "faq", "glossary", "sources"];

/// Options from a query, decoded like `URLSearchParams` (first value; `+` is a space; bad
/// `%` escapes kept; bad UTF-8 replaced).
pub(crate) fn params(query: &str) -> impl Fn(&str) -> Option<String> + '_ {
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

pub(crate) fn parse_query(query: &str, config: &DeployConfig) -> (Setup, Vec<String>) {
    parse(&params(query), config, LANGS, SECTIONS)
}

pub(crate) fn run(query: &str) -> (Setup, Vec<String>) {
    parse_query(query, &DeployConfig::default())
}

pub(crate) fn kiosk(query: &str, config: &DeployConfig) -> (KioskConfig, Vec<String>) {
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

pub(crate) fn embed(query: &str, config: &DeployConfig) -> (EmbedConfig, Vec<String>) {
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

pub(crate) fn hospital() -> DeployConfig {
    DeployConfig {
        embed_origins: vec![
            "https://www.hospital.example".into(),
            "http://127.0.0.1:9000".into(),
        ],
        ..DeployConfig::default()
    }
}

pub(crate) fn locked() -> DeployConfig {
    DeployConfig {
        locked_kiosk: true,
        ..DeployConfig::default()
    }
}
