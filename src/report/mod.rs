//! The state of "Understand my report", kept apart from the views so it can be tested natively.
//!
//! - [`answers`]: what the person chose and typed, exactly as typed, turned into the core's
//!   `Input` (numbers read by `her2_core::number::read_number`), with a problem per field.
//! - [`steps`]: the steps of the guided form.
//! - [`reading`]: what the result view shows, worked out from `her2_core::interpret` (the views
//!   hold no medical rules).
//! - [`paste`]: the paste-your-report reader's highlighting and how found values fill the form.
//! - [`storage`]: where answers are kept (this device, or memory only).

pub mod answers;
pub mod paste;
pub mod reading;
pub mod steps;
pub mod storage;

pub use answers::{Answers, FieldProblem, FormField, IhcAnswer, IshAnswer, Pick, Problem};
pub use reading::Reading;
pub use steps::Step;
pub use storage::Persistence;
