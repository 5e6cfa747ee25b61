//! Parts of the tool that the pre-rendered page never shows: the steps after the first, the
//! result with its summaries, and the note for a cancer the tool does not read. The page is
//! always pre-rendered at step 1 with nothing answered (answers kept on the device are read
//! only once the tool is live), so these parts are only ever drawn in the browser. Drawn by
//! [`draw_later`] and [`draw_part`], they never go through hydration, and the tool's
//! WebAssembly carries no code to hydrate them, nor to patch one drawing of them into another:
//! each change draws them anew.
//!
//! The steps after the first and the result are [`Part`]s: their code can come later than the
//! rest of the tool. A release build (feature `split`, scripts/build-tool.sh) splits the tool's
//! WebAssembly in two at [`build_part`]: the first step, the state and everything the page
//! hydrates come when the tool is near; the other steps and the result come as a second file
//! once the person starts to answer ([`LaterCode::load`]), or when a part is needed. Other
//! builds (debug builds, such as `trunk serve` without `--release`, and the tests') have all
//! the code in one file, and [`LaterCode`] is ready from the start.

use super::guided_form::{step_view, HEADING_ID};
use super::{focus_id, result_part, Shown};
use crate::locale::use_ui;
use crate::report::{Answers, Step};
use leptos::html::Div;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

/// Draws what `view` gives at the end of the element `parent`, once that element is in the
/// page, and draws it anew (taking the old drawing away) each time something `view` reads
/// changes. Nothing is drawn on the server.
///
/// Every change of what `view` reads draws the whole part again, so it should read only what
/// the part is drawn from (a memo of the step, say); inside, the part's own reactive pieces
/// follow the rest of the state as in any view.
pub fn draw_later<V>(parent: NodeRef<Div>, view: impl Fn() -> V + 'static)
where
    V: Render + 'static,
{
    draw(parent, move || {
        Some(Box::new(view().build()) as Box<dyn Mountable>)
    });
}

/// A part of the tool whose code may come later.
// One is made per drawing and moved straight into `build_part`: boxing the large variant would
// only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Part {
    /// A step after the first.
    Step(Step),
    /// The result on show, with its summaries, for these answers.
    Result(Shown, Answers),
}

/// Draws the part `part` gives (if any) at the end of `parent`, as [`draw_later`] does; while
/// the part's code is on its way, a short note says so, and if it could not be loaded, a note
/// with a button to try again.
pub fn draw_part(parent: NodeRef<Div>, part: impl Fn() -> Option<Part> + 'static) {
    let code = use_context::<LaterCode>().unwrap_or_default();
    let ui = use_ui();
    // "Try again" goes away as it is pressed, so the focus goes to the step's heading just
    // above it (a result that was asked for takes the focus when it is drawn, as always).
    let retry = move |_| {
        focus_id(HEADING_ID);
        code.load();
    };
    draw(parent, move || {
        let part = part()?;
        // A part is needed: its code is asked for first if it never was (before the state is
        // read, so that this drawing follows it from Loading on, not drawn twice).
        code.ask();
        Some(match code.state.get() {
            Code::Ready => built_now(part)?,
            Code::Failed => Box::new(
                view! {
                    <div class="report-later report-later--failed" role="alert">
                        <p>{ui.later_failed}</p>
                        <button type="button" class="button" on:click=retry>
                            {ui.later_retry}
                        </button>
                    </div>
                }
                .build(),
            ),
            Code::NotAsked | Code::Loading => Box::new(
                view! { <p class="report-later" role="status">{ui.later_loading}</p> }.build(),
            ),
        })
    });
}

/// Draws what `build` builds at the end of `parent`, anew each time what it reads changes.
fn draw(parent: NodeRef<Div>, build: impl Fn() -> Option<Box<dyn Mountable>> + 'static) {
    let effect = RenderEffect::new(move |old: Option<Option<Box<dyn Mountable>>>| {
        if let Some(Some(mut old)) = old {
            old.unmount();
        }
        let parent = parent.get()?;
        let mut drawn = build()?;
        drawn.mount(&parent, None);
        Some(drawn)
    });
    // The drawing lives as long as the component that asked for it.
    StoredValue::new_local(effect);
}

/// Where the code of the [`Part`]s is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    /// Not asked for yet.
    NotAsked,
    /// On its way.
    Loading,
    /// Here: parts can be drawn.
    Ready,
    /// It could not be loaded (no connection, say); asking again tries again.
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    Failed,
}

/// Where the code of the [`Part`]s is, for the whole tool (a context of the report tool).
#[derive(Debug, Clone, Copy)]
pub struct LaterCode {
    state: RwSignal<Code>,
}

impl LaterCode {
    /// Ready at once when the code is all in one file; else not asked for yet.
    pub fn new() -> Self {
        let state = if cfg!(feature = "split") {
            Code::NotAsked
        } else {
            Code::Ready
        };
        LaterCode {
            state: RwSignal::new(state),
        }
    }

    /// Starts to load the code of the parts if it was never asked for (a failed load waits
    /// for [`LaterCode::load`], from "Try again" or the next answer).
    fn ask(self) {
        if self.state.get_untracked() == Code::NotAsked {
            self.load();
        }
    }

    /// Starts to load the code of the parts, unless it is here or on its way.
    pub fn load(self) {
        if !matches!(self.state.get_untracked(), Code::NotAsked | Code::Failed) {
            return;
        }
        self.state.set(Code::Loading);
        #[cfg(feature = "split")]
        leptos::task::spawn_local(async move {
            let loaded = load_parts().await.is_ok();
            self.state
                .set(if loaded { Code::Ready } else { Code::Failed });
        });
    }
}

impl Default for LaterCode {
    fn default() -> Self {
        Self::new()
    }
}

/// A part, built now: its code is here ([`LaterCode`] is ready), so the split function's
/// future is ready at its first poll.
fn built_now(part: Part) -> Option<Box<dyn Mountable>> {
    #[cfg(feature = "split")]
    {
        use std::future::Future;
        use std::task::{Context, Poll, Waker};
        let future = std::pin::pin!(build_part(part));
        match future.poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(Ok(built)) => Some(built),
            Poll::Ready(Err(_)) | Poll::Pending => None,
        }
    }
    #[cfg(not(feature = "split"))]
    build_part(part).ok()
}

/// Builds a part: where the tool's WebAssembly is split in two (everything only this function
/// reaches goes into the second file).
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        later_parts,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(load_parts)
    )
)]
fn build_part(part: Part) -> Result<Box<dyn Mountable>, leptos::wasm_split::SplitLoaderError> {
    Ok(match part {
        Part::Step(step) => Box::new(step_view(step).build()),
        Part::Result(shown, answers) => Box::new(result_part(shown, answers).build()),
    })
}
