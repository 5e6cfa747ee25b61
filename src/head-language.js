// The default language's page only (never in a locked kiosk, whose language is the
// deployment's): a tiny classic script in the <head> that sends a first-time visitor whose
// browser prefers another of the site's languages, or who chose one before on this device, to
// that language's page before anything is painted. It does nothing when the address has a
// `mode` or `lang` option (kiosk, embed, or a chosen language: the modes module decides). The
// pre-renderer (src/bin/prerender.rs) fills in the __HER2_…__ values from the Rust constants
// and drops comments and indentation, as for src/page.js.
(function () {
  try {
    const query = location.search;
    if (/[?&](mode|lang)=/.test(query)) return;
    const others = __HER2_OTHER_LANGUAGES__;
    const defaultLanguage = __HER2_DEFAULT_LANGUAGE__;
    // The choice a language link remembered (src/page.js), else the browser's languages.
    let stored = localStorage.getItem(__HER2_LANGUAGE_KEY__);
    let choice = null;
    if (stored) {
      stored = JSON.parse(stored);
      if (stored === defaultLanguage) return;
      if (others.indexOf(stored) >= 0) choice = stored;
    } else {
      const preferred = navigator.languages || [navigator.language];
      for (let i = 0; i < preferred.length && !choice; i++) {
        const code = String(preferred[i] || "").toLowerCase().split("-")[0];
        if (code === defaultLanguage) return;
        if (others.indexOf(code) >= 0) choice = code;
      }
    }
    // From the default language's page: `her2_modes::mode::page_href(default, choice)`
    // (end2end/build/addresses.test.mjs checks that they agree for every language).
    if (choice) location.replace("./" + choice + "/" + query + location.hash);
  } catch (error) {
    // Storage may be off, or the stored value not JSON: stay on this page.
  }
})();
