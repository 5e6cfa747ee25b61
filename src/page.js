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
//   - "Open a file" in the report tool loads its reader (public/report-file.js) when used;
//   - the paste reader's module (what a pasted report holds) is loaded when the paste reader
//     is opened or a text is read;
//   - after the page has loaded, the offline service worker is registered;
//   - "Listen" reads a part of the page aloud with the device's own voice.
// It marks <html data-page-ready> when set up, and the WebAssembly marks <html data-hydrated>
// when the tool is live.

const root = document.documentElement;
// Values the pre-renderer writes into <meta> tags: where the site root is, and the
// content-hashed files this page loads later (the report tool, the modes module, the file
// reader). Keeping them
// out of this script keeps its CSP hash the same from build to build (docs/serving.md), and an
// open page keeps loading its own build's files after a new build is deployed.
const meta = (name) => document.querySelector(`meta[name=${name}]`)?.content || "";
const siteRoot = meta("her2-root") || "./";

// Kiosk and embed modes. The <head> script has already set data-mode from ?mode=. Any mode or
// mode option loads the modes module, which checks every option and sets the mode up.
const params = new URLSearchParams(location.search);
if (root.hasAttribute("data-mode") || __HER2_OPTION_NAMES__.some((name) => params.has(name))) {
  const modes = document.createElement("script");
  modes.type = "module";
  modes.src = siteRoot + meta("her2-modes");
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
// A wasm-bindgen module (its JS glue and WebAssembly), started. The WebAssembly is fetched at
// once, beside its JS glue rather than after it: one round trip less on a slow network. (A failed
// fetch is reported by the glue's start.)
function loadModule(js, wasm) {
  const response = fetch(wasm);
  response.catch(() => {});
  return import(js).then((module) => module.default({ module_or_path: response }).then(() => module));
}
function startTool() {
  if (started) return;
  started = true;
  loadModule(meta("her2-app-js"), meta("her2-app-wasm"))
    .then((app) => {
      // Leptos' islands: each <leptos-island> is hydrated by the WebAssembly export that
      // #[island] made for it, named by its data-component (src/client.rs).
      for (const element of document.querySelectorAll("leptos-island")) {
        const hydrate = app[element.dataset.component];
        if (hydrate) hydrate(element);
        else console.warn("HER2 Explained: no island called", element.dataset.component);
      }
      // For tests (and CSS if wanted): the page is interactive now.
      root.setAttribute("data-hydrated", "");
    })
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

// The paste reader's module (src/paste_module.rs): the report tool's "Read my report" sends the
// text in an event from the results' box, and the module, loaded the first time it is needed
// (or as soon as the paste reader is opened, to be ready by the time a text is pasted), reads it
// and shows what it found there; "Forget my answers" (or reading an empty box) takes that away.
// If the module cannot be loaded, a message says so and the next "Read my report" tries again.
const paste = { read: __HER2_PASTE_READ__, clear: __HER2_PASTE_CLEAR__, failed: __HER2_PASTE_FAILED__ };
let pasteModule = null;
function loadPaste() {
  if (!pasteModule) {
    pasteModule = loadModule(siteRoot + meta("her2-paste-js"), siteRoot + meta("her2-paste-wasm"));
    pasteModule.catch(() => (pasteModule = null));
  }
  return pasteModule;
}
document.addEventListener(
  "toggle",
  (event) => {
    if (event.target.matches?.(".paste-reader[open]")) loadPaste().catch(() => {});
  },
  true,
);
document.addEventListener(paste.read, (event) => {
  const box = event.target;
  const failed = document.getElementById(paste.failed);
  loadPaste().then(
    (module) => {
      if (failed) failed.hidden = true;
      module.show_found(box, event.detail, root.lang);
    },
    (error) => {
      console.warn("HER2 Explained: the paste reader could not start", error);
      if (failed) failed.hidden = false;
    },
  );
});
// (Nothing is on show if the module is not loaded.)
document.addEventListener(paste.clear, () => pasteModule?.then((module) => module.clear_found(), () => {}));

// "Open a file" in the report tool: its reader (report-file.js, and pdf.js for a PDF) is fetched
// only when a file is chosen. Not in a kiosk, whose visitors have no files there.
document.addEventListener("change", (event) => {
  const input = event.target;
  if (input?.id !== "report-file" || root.dataset.mode === "kiosk") return;
  import(meta("her2-file-reader")).then(
    (reader) => reader.openFile(input),
    (error) => console.warn("HER2 Explained: the file reader could not start", error),
  );
});

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

// ---------------------------------------------------------------------------------------------
// Listen (src/components/listen.rs): the device's own speech (Web Speech API) reads a part of
// the page aloud in the page's language. The controls stay hidden unless the device has a
// voice for that language (voices may arrive later: `voiceschanged`), and in a kiosk unless
// the deployment turned sound on (the modes module marks <html data-kiosk-listen>, crates/her2-modes/src/browser.rs `enter`).
// A local voice (`localService`) is preferred: then the note says nothing is sent; with only
// online voices the controls show with a note that the voice may use an online service, except
// those marked data-listen-local (the report tool's result: the person's own values), which
// show only with a local voice. The report tool adds its controls later: they are watched for.
// The text is read in short pieces (sentences, joined up to about 200 characters), because
// Chrome stops a long utterance after about 15 seconds. Starting another part, Stop, leaving
// the page (`pagehide`, also a kiosk's reset) or losing the voice stops the reading.
if (document.querySelector(".listen") && "speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
  const speech = window.speechSynthesis;
  const pageLang = (root.lang || "en").toLowerCase();
  const LISTEN_READ = "h2, h3, h4, p, li, figcaption, tr, dt, dd";
  let voice = null;
  let reading = null;
  const voiceLang = (v) => String(v.lang || "").toLowerCase().replace("_", "-").split("-")[0];
  const chooseVoice = () => {
    const voices = (speech.getVoices() || []).filter((v) => voiceLang(v) === pageLang);
    return voices.find((v) => v.localService && v.default) || voices.find((v) => v.localService) || voices[0] || null;
  };
  // The words a person sees in an element: without the hidden glossary definitions, the
  // listen controls, pictures' inner labels and anything hidden.
  const plainText = (element) => {
    const copy = element.cloneNode(true);
    for (const skip of copy.querySelectorAll(".term__definition, .listen, svg, [hidden], [aria-hidden=true]")) skip.remove();
    return copy.textContent.replace(/\s+/g, " ").trim();
  };
  const piecesOf = (part) => {
    const texts = [];
    for (const element of part.querySelectorAll(LISTEN_READ)) {
      // Not what is folded away (a closed <details>), hidden, or for printing only.
      if (element.closest(".listen, .section-meta, .back-to-contents, [data-print], details:not([open])")) continue;
      if (!element.getClientRects().length) continue;
      if (element.parentElement.closest(LISTEN_READ)) continue;
      const text = element.localName === "tr"
        ? [...element.cells].map(plainText).filter(Boolean).join(", ")
        : plainText(element);
      if (text) texts.push(text);
    }
    const pieces = [];
    for (const text of texts) {
      let piece = "";
      for (const sentence of text.split(/(?<=[.!?…:;])\s+/)) {
        if (piece && piece.length + sentence.length + 1 > 200) {
          pieces.push(piece);
          piece = sentence;
        } else {
          piece = piece ? piece + " " + sentence : sentence;
        }
      }
      if (piece) pieces.push(piece);
    }
    return pieces;
  };
  // idle, playing or paused: which buttons and status show; focus follows the button pressed.
  const showState = (block, state) => {
    const shown = { play: state === "idle", pause: state === "playing", resume: state === "paused", stop: state !== "idle" };
    const hadFocus = block.contains(document.activeElement);
    for (const button of block.querySelectorAll("[data-listen]")) button.hidden = !shown[button.dataset.listen];
    for (const status of block.querySelectorAll("[data-listen-state]")) status.hidden = status.dataset.listenState !== state;
    if (hadFocus && (!document.activeElement || document.activeElement.hidden || !block.contains(document.activeElement))) {
      block.querySelector(state === "idle" ? "[data-listen=play]" : state === "playing" ? "[data-listen=pause]" : "[data-listen=resume]")?.focus();
    }
  };
  const stopReading = () => {
    const was = reading;
    reading = null;
    if (was) {
      speech.cancel();
      showState(was.block, "idle");
    }
  };
  const speakNext = (current) => {
    if (reading !== current) return;
    const text = current.pieces[current.next++];
    if (text === undefined) {
      stopReading();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice ? voice.lang : pageLang;
    if (voice) utterance.voice = voice;
    utterance.onend = () => {
      if (current.utterance === utterance) speakNext(current);
    };
    utterance.onerror = () => {
      if (reading === current && current.utterance === utterance) stopReading();
    };
    current.utterance = utterance;
    speech.speak(utterance);
  };
  const startReading = (block) => {
    stopReading();
    const part = block.closest("section") || block.parentElement;
    const current = { block, pieces: piecesOf(part), next: 0, utterance: null };
    reading = current;
    speech.cancel();
    if (speech.paused) speech.resume();
    showState(block, "playing");
    speakNext(current);
  };
  const updateListen = () => {
    voice = chooseVoice();
    const kiosk = root.getAttribute("data-mode") === "kiosk";
    const allowed = !kiosk || (root.hasAttribute("data-modes-ready") && root.hasAttribute("data-kiosk-listen"));
    const on = Boolean(voice) && allowed;
    if (!on) stopReading();
    const where = voice && voice.localService ? "local" : "online";
    for (const block of document.querySelectorAll(".listen")) {
      block.hidden = !on || (where !== "local" && block.hasAttribute("data-listen-local"));
      if (reading && reading.block === block && block.hidden) stopReading();
      for (const note of block.querySelectorAll("[data-listen-voice]")) note.hidden = note.dataset.listenVoice !== where;
    }
  };
  updateListen();
  speech.addEventListener("voiceschanged", updateListen);
  new MutationObserver(updateListen).observe(root, {
    attributes: true,
    attributeFilter: ["data-mode", "data-modes-ready", "data-kiosk-listen"],
  });
  if (toolArea) {
    new MutationObserver((records) => {
      if (reading && !reading.block.isConnected) stopReading();
      const added = records.some((record) => [...record.addedNodes].some((node) => node instanceof Element && (node.matches(".listen") || node.querySelector(".listen"))));
      if (added) updateListen();
    }).observe(toolArea, { childList: true, subtree: true });
  }
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-listen]") : null;
    const block = button?.closest(".listen");
    if (!block) return;
    const action = button.dataset.listen;
    if (action === "play") startReading(block);
    else if (!reading || reading.block !== block) showState(block, "idle");
    else if (action === "pause") {
      speech.pause();
      showState(block, "paused");
    } else if (action === "resume") {
      speech.resume();
      showState(block, "playing");
    } else stopReading();
  });
  addEventListener("pagehide", stopReading);
}
// ---------------------------------------------------------------------------------------------

root.setAttribute("data-page-ready", "");
