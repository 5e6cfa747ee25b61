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
  add("lang", d("lang"), /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/);
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

  var place = function () {
    var sel = d("her2-target");
    var target = null;
    try { target = sel ? document.querySelector(sel) : null; } catch (e) { target = null; }
    if (target) target.appendChild(frame);
    else if (me.parentNode) me.parentNode.insertBefore(frame, me.nextSibling);
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
  });
})();
