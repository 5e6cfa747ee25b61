// The first script of every page's <head> (a classic script, so it runs before anything is
// painted). The pre-renderer (src/bin/prerender.rs) puts it into every page, filling in the
// __HER2_…__ values from the Rust constants, and drops its comments and indentation, as for
// src/page.js. It holds nothing that changes from build to build (the page's parts are a
// <meta> value), so its CSP hash changes only when this file does (docs/serving.md).
//
// - `?mode=kiosk` or `?mode=embed` marks the page (<html data-mode>) before it is painted, so
//   the mode's styles apply at once; the modes module (crates/her2-modes) then checks every
//   option. A locked kiosk's pages carry their mode already (<html data-locked>).
// - In a kiosk (locked or not), until the modes module marks <html data-modes-ready>, no link
//   is followed; the context menu and middle clicks are always blocked (as the module's
//   `kiosk::on_event` does once loaded, which then decides about links).
// - Outside a kiosk, a `lang` option naming another of the site's languages opens that
//   language's page at once, as the modes module would (`Setup::language_to_open`), without
//   loading it here first; anything else is left to the module.
// - In an embed, `sections=` is read as the modes module reads it (`parse`: the first
//   MAX_SECTIONS distinct ids of the page's parts), and the other parts are hidden as the
//   parser adds them: a mutation observer's callback runs before the browser next paints.
(function () {
  const root = document.documentElement;
  const params = new URLSearchParams(location.search);
  const mode = params.get("mode");
  const lang = params.get("lang");
  const pageLanguage = root.getAttribute("lang");
  const defaultLanguage = __HER2_DEFAULT_LANGUAGE__;
  const locked = root.hasAttribute("data-locked");

  if (!locked && (mode === "kiosk" || mode === "embed")) root.setAttribute("data-mode", mode);

  if (root.getAttribute("data-mode") === "kiosk") {
    ["click", "auxclick", "contextmenu"].forEach(function (type) {
      document.addEventListener(
        type,
        function (event) {
          // Every middle click and context menu; a click on a link until the module is ready.
          const target = event.target;
          const ready = root.hasAttribute("data-modes-ready");
          if (type !== "click" || (!ready && target.closest && target.closest("a[href]"))) {
            event.preventDefault();
          }
        },
        true,
      );
    });
  }
  if (locked) return;

  // The address of language `to`'s page from language `from`'s page (the default language at
  // the site root, the others in `<code>/`): mirrors `her2_modes::mode::page_href`
  // (end2end/build/addresses.test.mjs checks that they agree for every language).
  const pageHref = function (from, to) {
    return (from === defaultLanguage ? "./" : "../") + (to === defaultLanguage ? "" : to + "/");
  };
  if (mode !== "kiosk" && lang && lang !== pageLanguage && __HER2_LANGUAGE_CODES__.indexOf(lang) >= 0) {
    location.replace(pageHref(pageLanguage, lang) + location.search + location.hash);
    return;
  }

  if (mode !== "embed") return;
  const meta = document.querySelector("meta[name=her2-sections]") || { content: "" };
  const parts = meta.content.split(",");
  const asked = (params.get("sections") || "").split(",");
  const shown = [];
  for (let i = 0; i < asked.length; i++) {
    const id = asked[i];
    if (id && shown.indexOf(id) < 0 && shown.length < __HER2_MAX_SECTIONS__ && parts.indexOf(id) >= 0) {
      shown.push(id);
    }
  }
  if (!shown.length) return;
  // Hides the parts (`main > section[id]`) the embed does not show, as they are added.
  const hide = function (records) {
    for (let j = 0; j < records.length; j++) {
      const added = records[j].addedNodes;
      for (let n = 0; n < added.length; n++) {
        const element = added[n];
        const parent = element.parentNode;
        if (
          element.nodeName === "SECTION" &&
          element.id &&
          parent &&
          parent.nodeName === "MAIN" &&
          shown.indexOf(element.id) < 0
        ) {
          element.hidden = true;
        }
      }
    }
  };
  const observer = new MutationObserver(hide);
  observer.observe(root, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", function () {
    hide(observer.takeRecords());
    observer.disconnect();
  });
})();
