// followup web: keyboard shortcuts only. Every action is a plain HTML form; this file
// adds no behaviour a mouse or the Tab key does not have. Loaded from /static (the
// Content-Security-Policy allows no inline script).
(function () {
  "use strict";
  var pending = "";
  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }
  function drafts() { return Array.prototype.slice.call(document.querySelectorAll("article.draft")); }
  function current() {
    var list = drafts();
    for (var i = 0; i < list.length; i++) { if (list[i].classList.contains("current")) { return list[i]; } }
    return null;
  }
  function select(el) {
    drafts().forEach(function (d) { d.classList.remove("current"); });
    if (el) { el.classList.add("current"); el.focus(); el.scrollIntoView({ block: "nearest" }); }
  }
  function move(step) {
    var list = drafts(); if (!list.length) { return; }
    var at = list.indexOf(current());
    select(list[Math.max(0, Math.min(list.length - 1, at + step))]);
  }
  function submit(selector, ask) {
    var d = current(); if (!d) { return; }
    var form = d.querySelector(selector); if (!form) { return; }
    if (ask && !window.confirm(ask)) { return; }
    form.submit();
  }
  function focus(selector) {
    var d = current(); if (!d) { return; }
    var el = d.querySelector(selector); if (el) { el.focus(); if (el.select) { el.select(); } }
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (typing(ev.target)) {
      if (ev.key === "Escape") { ev.target.blur(); var d = ev.target.closest("article.draft"); if (d) { select(d); } }
      return;
    }
    var key = ev.key;
    if (pending === "g") {
      pending = "";
      var to = { p: "/", r: "/review", i: "/insights" }[key];
      if (to) { window.location.href = to; ev.preventDefault(); }
      return;
    }
    if (key === "g") { pending = "g"; return; }
    if (key === "/") { var s = document.getElementById("search"); if (s) { s.focus(); ev.preventDefault(); } return; }
    if (!drafts().length) { return; }
    var actions = {
      j: function () { move(1); }, k: function () { move(-1); },
      e: function () { focus("textarea"); }, t: function () { focus("input.to"); },
      a: function () { submit("form[action$='/approve']"); },
      s: function () { focus("form.snooze input[name=until]"); },
      x: function () { submit("form.discard", "Discard this draft?"); }
    };
    if (actions[key]) { if (!current()) { select(drafts()[0]); if (key === "j" || key === "k") { ev.preventDefault(); return; } } actions[key](); ev.preventDefault(); }
  });
  document.addEventListener("DOMContentLoaded", function () {
    var hash = window.location.hash;
    var target = hash && document.getElementById(hash.slice(1));
    if (target && target.classList.contains("draft")) { select(target); }
  });
})();
