/* HER2 Explained embed loader (ES5, no dependencies). Contract: docs/serving.md.
<script src="https://host/tools/her2/embed.js" data-her2-target="#her2" data-lang="es"
 data-sections="report-tool" data-accent="#0b5394" async></script> */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me) {
    var all = document.getElementsByTagName("script");
    for (var i = all.length - 1; i >= 0 && !me; i--) {
      if (/embed\.js(\?|#|$)/.test(all[i].src) && !all[i].getAttribute("data-her2-done")) me = all[i];
    }
  }
  if (!me || me.getAttribute("data-her2-done")) return;
  me.setAttribute("data-her2-done", "1");

  var m = /^(https?:\/\/[^\/?#]+)([^?#]*\/)/.exec(me.src);
  if (!m) return;
  var origin = m[1];
  var d = function (n) { return me.getAttribute("data-" + n) || ""; };
  var q = ["mode=embed"];
  var add = function (key, value, pattern) {
    if (value && pattern.test(value)) q.push(key + "=" + encodeURIComponent(value.replace(/^#/, "")));
  };
  var lang = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(d("lang")) ? d("lang") : "";
  add("lang", lang, /./);
  add("sections", d("sections"), /^[a-z0-9-]{1,40}(,[a-z0-9-]{1,40}){0,19}$/);
  add("accent", d("accent"), /^#?([0-9a-fA-F]{3}){1,2}$/);
  add("bg", d("bg"), /^#?([0-9a-fA-F]{3}){1,2}$/);
  add("fg", d("fg"), /^#?([0-9a-fA-F]{3}){1,2}$/);
  var l = window.location;
  var parent = l.origin || l.protocol + "//" + l.host;
  if (/^https?:\/\//.test(parent)) q.push("parent=" + encodeURIComponent(parent));

  var frame = document.createElement("iframe");
  frame.src = origin + m[2] + "?" + q.join("&");
  frame.title = d("title") || "HER2 Explained";
  frame.setAttribute("loading", "lazy");
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.setAttribute("width", "100%");
  frame.style.cssText = "display:block;width:100%;border:0;height:" +
    (/^\d{2,5}$/.test(d("height")) ? d("height") : "600") + "px";

  // When the app does not answer (the server does not let this page frame it, or it is down),
  // a plain link to it takes the frame's place; it goes if the app answers after all.
  var es = /^es\b/.test(lang);
  var link = document.createElement("p");
  link.className = "her2-fallback";
  link.setAttribute("lang", es ? "es" : "en");
  link.hidden = true;
  var a = document.createElement("a");
  // The site root with the `lang` option: the app itself opens that language's page
  // (src/head-mode.js), so this file never builds a language page's address.
  a.href = origin + m[2] + (lang ? "?lang=" + lang : "");
  a.textContent = es ? "Abrir HER2 explicado" : "Open HER2 Explained";
  link.appendChild(a);
  var answered = false, timer = 0;
  var show = function (app) {
    frame.style.display = app ? "block" : "none";
    link.hidden = app;
  };
  // Timed from each load of the frame (it is lazy: it loads when it comes near the screen).
  frame.addEventListener("load", function () {
    clearTimeout(timer);
    if (!answered) timer = setTimeout(function () { if (!answered) show(false); }, 10000);
  });

  var place = function () {
    var sel = d("her2-target");
    var target = null;
    try { target = sel ? document.querySelector(sel) : null; } catch (e) { target = null; }
    if (target) { target.appendChild(frame); target.appendChild(link); }
    else if (me.parentNode) {
      me.parentNode.insertBefore(link, me.nextSibling);
      me.parentNode.insertBefore(frame, link);
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", place);
  else place();

  window.addEventListener("message", function (e) {
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    var data = e.data;
    if (!data || typeof data !== "object" || data.type !== "her2-explained:height") return;
    var h = data.height;
    if (typeof h !== "number" || !isFinite(h) || h < 0 || h > 100000) return;
    frame.style.height = Math.ceil(h) + "px";
    if (!answered) { answered = true; clearTimeout(timer); show(true); }
  });
})();
