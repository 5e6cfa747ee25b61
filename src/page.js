// The page's own small script (a module, so it runs once the HTML is parsed). The pre-renderer
// (src/bin/prerender.rs) puts it into every page, filling in the __HER2_…__ values from the
// Rust constants, and drops its comments and indentation.
//
// Everything here works on the pre-rendered HTML, without the app's WebAssembly:
//   - the glossary term buttons show and hide their definition;
//   - following a language link remembers the choice on this device (localStorage, no cookie);
//   - a link or address with #anchor moves keyboard and screen-reader focus there;
//   - on small screens the shortcuts bar follows the person when they scroll back up;
//   - kiosk and embed options load the modes module (crates/her2-modes);
//   - the report tool's WebAssembly (the only large file) is fetched when the tool comes near
//     the screen or is used, not with the page, so the first load stays small;
//   - after the page has loaded, the offline service worker is registered.
// It marks <html data-page-ready> when set up, and the WebAssembly marks <html data-hydrated>
// when the tool is live.

const root = document.documentElement;
const siteRoot = document.querySelector("meta[name=her2-root]")?.content || "./";

// Kiosk and embed modes. The <head> script has already set data-mode from ?mode=. Any mode or
// mode option loads the modes module, which checks every option and sets the mode up.
const params = new URLSearchParams(location.search);
if (root.hasAttribute("data-mode") || __HER2_OPTION_NAMES__.some((name) => params.has(name))) {
  const modes = document.createElement("script");
  modes.type = "module";
  modes.src = siteRoot + "modes/start.js";
  root.append(modes);
}

// Glossary: a term button shows or hides the plain definition right after it. The words are
// copied, on first use, from the glossary section, which holds each definition once.
function toggleTerm(button) {
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  const definition = button.nextElementSibling;
  if (!definition) return;
  if (open && !definition.textContent) {
    const source = document.querySelector(
      "#term-" + CSS.escape(button.dataset.term || "") + " .glossary__definition",
    );
    definition.textContent = " (" + (source?.textContent || "") + ") ";
  }
  definition.hidden = !open;
}

// Language links: remember the choice (not in a kiosk or an embed, whose deployment sets it).
function rememberLanguage(link) {
  if (root.hasAttribute("data-mode")) return;
  try {
    localStorage.setItem(__HER2_LANGUAGE_KEY__, JSON.stringify(link.hreflang));
  } catch {
    // Storage may be off; the link still works.
  }
}

document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const term = target?.closest(".term__button");
  if (term) toggleTerm(term);
  const language = target?.closest(".language-switch a[hreflang]");
  if (language) rememberLanguage(language);
});

// #anchor focus: the sections and sources have tabindex="-1"; a question (<details>,
// which must stay without tabindex so that its summary is in the Tab order) is opened and its
// summary focused.
function focusHash() {
  const id = location.hash.slice(1);
  const element = id && document.getElementById(id);
  if (element) {
    // Open every closed <details> around it (a folded glossary or source list), and the
    // question itself when the target is one.
    for (let fold = element.closest("details"); fold; fold = fold.parentElement?.closest("details")) {
      fold.open = true;
    }
    const question = element.localName === "details" ? element : null;
    (question?.querySelector("summary") || element).focus();
    element.scrollIntoView();
  }
}
focusHash();
addEventListener("hashchange", focusHash);

// The report tool's WebAssembly: started when the tool is within about a screen of being seen,
// when anything in it is touched or focused, or at once in a kiosk or an embed (where the tool
// is the point) and in browsers without IntersectionObserver. Until then the tool's static note
// and result table show; if its files cannot be fetched, a message says so above the table.
// (The island itself has `display: contents`, no box to observe, so its section is watched.)
const island = document.querySelector("leptos-island");
const toolArea = island?.closest("section") || island?.parentElement;
let started = false;
function startTool() {
  if (started) return;
  started = true;
  import(__HER2_APP_JS__)
    .then((app) => app.default({ module_or_path: __HER2_APP_WASM__ }))
    .catch((error) => {
      console.warn("HER2 Explained: the report tool could not start", error);
      // The "getting ready" note gives way to the message.
      const note = toolArea.querySelector(".report-fallback__note");
      const failed = toolArea.querySelector(".report-fallback__failed");
      if (note && failed) {
        note.hidden = true;
        failed.hidden = false;
      }
    });
}
if (island && toolArea) {
  if (root.hasAttribute("data-mode") || !("IntersectionObserver" in window)) {
    startTool();
  } else {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          startTool();
        }
      },
      { rootMargin: "100% 0px" },
    );
    observer.observe(toolArea);
    for (const type of ["focusin", "pointerdown"]) {
      toolArea.addEventListener(type, startTool, { once: true });
    }
  }
}

// Shortcuts bar (small screens): it comes back to the top of the screen when the person
// scrolls back up, and goes away while they read on down or use the page (a tap or focus
// elsewhere), so that it does not sit over what they are reading or about to touch; scrolls
// that follow such a tap or focus (the browser bringing the element into view) leave it away.
// Focus in the bar (Tab from the top of the page) always shows it. Without JavaScript it stays
// at the top of the page and does not follow.
const shortcuts = document.querySelector(".shortcuts");
if (shortcuts) {
  const header = document.querySelector(".site-header");
  let lastY = scrollY;
  let quietUntil = 0;
  const belowHome = () => scrollY > (header ? header.getBoundingClientRect().bottom + scrollY : 0);
  addEventListener(
    "scroll",
    () => {
      const y = scrollY;
      if (Math.abs(y - lastY) < 8) return;
      if (performance.now() > quietUntil) shortcuts.toggleAttribute("data-away", y > lastY && belowHome());
      lastY = y;
    },
    { passive: true },
  );
  for (const type of ["pointerdown", "focusin"]) {
    document.addEventListener(type, (event) => {
      if (shortcuts.contains(event.target)) return;
      quietUntil = performance.now() + 600;
      if (belowHome()) shortcuts.setAttribute("data-away", "");
    });
  }
  shortcuts.addEventListener("focusin", () => shortcuts.removeAttribute("data-away"));
}

// Offline: the service worker (at the site root, so it works under any sub-path) in secure
// contexts, after the page has loaded so that it never competes with the first paint. It
// downloads the whole build in the background, so a visitor whose browser asks to save data
// (Save-Data) goes without it; a kiosk always has it.
function registerWorker() {
  const savingData = Boolean(navigator.connection && navigator.connection.saveData);
  if (savingData && root.getAttribute("data-mode") !== "kiosk") return;
  if (isSecureContext && "serviceWorker" in navigator) {
    navigator.serviceWorker.register(siteRoot + "sw.js").catch(() => {});
  }
}
if (document.readyState === "complete") registerWorker();
else addEventListener("load", registerWorker, { once: true });

root.setAttribute("data-page-ready", "");
