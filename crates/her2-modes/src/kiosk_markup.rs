//! The names that the kiosk's controls, rendered with every page by the app
//! (`src/components/kiosk_controls.rs`), and the kiosk module (`kiosk.rs`, which opens, counts
//! down and answers them) share: one home for each.

/// The id of the attract screen (a `<dialog>`).
pub const ATTRACT: &str = "kiosk-attract";
/// The id of the "Are you still there?" warning (a `<dialog>`).
pub const WARNING: &str = "kiosk-warning";
/// The id of the warning's visible countdown.
pub const COUNT: &str = "kiosk-count";
/// The id of the warning's live region for screen readers.
pub const LIVE: &str = "kiosk-live";
/// The class of the "Start over" button.
pub const START_OVER_CLASS: &str = "kiosk-start-over";
/// The `data-kiosk` value of "Start over".
pub const START_OVER: &str = "start-over";
/// The `data-kiosk` value of "I'm still here".
pub const STAY: &str = "stay";
/// The `data-kiosk` value of "I'm finished".
pub const FINISHED: &str = "finished";
