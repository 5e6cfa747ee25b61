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
//!
//! The rules live in modules of their own, all re-exported here: [`crate::options`] (the
//! address's options), [`crate::deploy`] (the build-time settings), [`crate::address`]
//! (addresses and links). This module holds what the page's set-up is once read, and what
//! both the app and the modes module share.

pub use crate::address::*;
#[cfg(target_arch = "wasm32")]
pub use crate::browser::{enter, mark_ready};
pub use crate::deploy::*;
pub use crate::options::*;

/// Prefix of every key the app keeps in `localStorage` or `sessionStorage`: what a kiosk
/// reset wipes.
pub const STORAGE_PREFIX: &str = "her2-explained.";

/// The `type` of the height message an embedded app posts to its host page.
pub const HEIGHT_MESSAGE: &str = "her2-explained:height";

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

/// Whether this page keeps report answers on the device (storage). Never in a kiosk: there a
/// visitor's values stay in memory only, and a reset forgets them. Called by the report tool.
///
/// It reads `<html data-mode>`, which a locked kiosk's pages carry and which a small script in
/// each page's `<head>` sets from `?mode=kiosk` (src/head-mode.js), so the answer is right
/// from the start and costs no parsing in the app's WebAssembly. Outside the browser: `true`.
pub fn persist_answers() -> bool {
    #[cfg(target_arch = "wasm32")]
    return crate::browser::html_mode().as_deref() != Some("kiosk");
    #[cfg(not(target_arch = "wasm32"))]
    true
}

/// This page's deployment settings and set-up, read once (in the browser,
/// [`crate::browser::read_state`]). Outside the browser (pre-rendering, native tests): the
/// ordinary site, as a page without options or settings reads.
fn state() -> &'static (DeployConfig, Setup) {
    static STATE: std::sync::OnceLock<(DeployConfig, Setup)> = std::sync::OnceLock::new();
    #[cfg(target_arch = "wasm32")]
    return STATE.get_or_init(crate::browser::read_state);
    #[cfg(not(target_arch = "wasm32"))]
    STATE.get_or_init(|| {
        let config = DeployConfig::default();
        let (setup, _) = parse(&|_| None, &config, her2_content::LANGUAGE_CODES, &[]);
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
