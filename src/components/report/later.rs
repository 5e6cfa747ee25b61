//! Parts of the tool that the pre-rendered page never shows: the steps after the first, the
//! result with its summaries, and the note for a cancer the tool does not read. The page is
//! always pre-rendered at step 1 with nothing answered (answers kept on the device are read
//! only once the tool is live), so these parts are only ever drawn in the browser. Drawn by
//! [`draw_later`], they never go through hydration, and the tool's WebAssembly carries no code
//! to hydrate them, nor to patch one drawing of them into another: each change draws them anew.

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
    let effect = RenderEffect::new(move |old: Option<Option<V::State>>| {
        if let Some(Some(mut old)) = old {
            old.unmount();
        }
        let parent = parent.get()?;
        let mut drawn = view().build();
        drawn.mount(&parent, None);
        Some(drawn)
    });
    // The drawing lives as long as the component that asked for it.
    StoredValue::new_local(effect);
}
