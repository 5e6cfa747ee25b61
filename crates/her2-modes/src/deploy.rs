//! The deployment's build-time settings ([`DeployConfig`]: `HER2_MODE`, `HER2_KIOSK_IDLE`,
//! `HER2_KIOSK_PRINT`, `HER2_KIOSK_LISTEN`, `HER2_EMBED_ORIGINS`), which the pre-renderer checks
//! and writes into every page as `<meta name="her2-config">` ([`DeployConfig::to_meta`]), and
//! what they imply for the server (`frame-ancestors`). A wrong value stops the build; origins are
//! checked here, at build time, and the browser only compares them.

use crate::address::normal_origin;
#[cfg(doc)]
use crate::options::IDLE_DEFAULT;
use crate::options::{idle_seconds, Options, IDLE_RULE};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::*;

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
}
