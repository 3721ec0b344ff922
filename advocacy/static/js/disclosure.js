/* Live disclosure check for [data-dc-editor] blocks (templates/disclosure/_editor.html).
   No inline script (CSP script-src 'self'); without this file the host form checks on submit. */
(function () {
  "use strict";
  if (window.__dcLoaded) { return; }
  window.__dcLoaded = true;

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function parse(json, fallback) {
    try { return JSON.parse(json || ""); } catch (e) { return fallback; }
  }

  // Spans are in code points (Python indices); JS strings are UTF-16.
  function utf16Offsets(text) {
    var offsets = [], pos = 0;
    for (var ch of text) { offsets.push(pos); pos += ch.length; }
    offsets.push(pos);
    return offsets;
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function Editor(root) {
    this.root = root;
    this.form = root.closest("form");
    this.text = root.querySelector("[data-dc-text]");
    this.status = root.querySelector("[data-dc-status]");
    this.preview = root.querySelector("[data-dc-preview]");
    this.list = root.querySelector("[data-dc-findings]");
    this.suggestion = root.querySelector("[data-dc-suggestion]");
    this.suggested = root.querySelector("[data-dc-suggested]");
    this.apply = root.querySelector("[data-dc-apply]");
    this.endpoint = root.getAttribute("data-dc-endpoint");
    this.config = parse(root.getAttribute("data-dc-config"), {});
    this.labels = parse(root.getAttribute("data-dc-labels"), {});
    this.timer = null;
    this.seq = 0;
    this.last = null;
    var self = this;
    this.text.addEventListener("input", function () { self.schedule(); });
    if (this.form) {
      this.form.addEventListener("change", function (ev) {
        if (ev.target !== self.text) { self.schedule(); }
      });
    }
    if (this.apply) {
      this.apply.hidden = false;
      this.apply.addEventListener("click", function () { self.applySuggestion(); });
    }
    if (this.text.value) { this.schedule(0); }
  }

  Editor.prototype.field = function (name) {
    if (!this.form || !name) { return null; }
    return this.form.elements.namedItem(name);
  };

  Editor.prototype.value = function (name) {
    var input = this.field(name);
    if (!input) { return undefined; }
    if (input.type === "checkbox") { return input.checked; }
    return input.value === "" ? null : input.value;
  };

  Editor.prototype.payload = function () {
    var cfg = this.config, context = Object.assign({}, cfg.context || {});
    var fields = cfg.context_fields || {};
    for (var key in fields) {
      if (Object.prototype.hasOwnProperty.call(fields, key)) {
        var v = this.value(fields[key]);
        if (v !== undefined) { context[key] = v; }
      }
    }
    var network = (cfg.network_field && this.value(cfg.network_field)) || cfg.network || "linkedin";
    var lang = (cfg.lang_field && this.value(cfg.lang_field)) || cfg.lang || null;
    return { text: this.text.value, network: network, lang: lang, context: context,
             locale: document.documentElement.lang === "fr" ? "fr" : "en" };
  };

  Editor.prototype.schedule = function (delay) {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.run(); }, delay === undefined ? 300 : delay);
  };

  Editor.prototype.run = function () {
    var self = this, seq = ++this.seq, body = this.payload();
    if (!body.text.trim()) { this.clear(); return; }
    this.setStatus("checking", this.labels.checking);
    fetch(this.endpoint, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify(body)
    }).then(function (resp) {
      if (!resp.ok) { throw new Error("HTTP " + resp.status); }
      return resp.json();
    }).then(function (result) {
      if (seq === self.seq) { self.render(body.text, result); }
    }).catch(function () {
      if (seq === self.seq) { self.setStatus("error", self.labels.error); }
    });
  };

  Editor.prototype.setStatus = function (kind, label) {
    this.status.textContent = "";
    var cls = kind === "pass" || kind === "warn" || kind === "fail" ? "badge " + kind : "dc-muted";
    this.status.appendChild(el("span", cls, label));
  };

  Editor.prototype.clear = function () {
    this.status.textContent = "";
    this.preview.textContent = "";
    this.list.textContent = "";
    this.suggestion.hidden = true;
  };

  Editor.prototype.render = function (text, result) {
    var self = this;
    this.last = result;
    this.setStatus(result.verdict, this.labels[result.verdict] || result.verdict);
    if (result.verdict === "pass" && result.owed === false && result.owed_reason_text && this.labels.owed) {
      this.status.appendChild(document.createTextNode(" "));
      var owed = el("span", "dc-owed", this.labels.owed.replace("{reason}", result.owed_reason_text));
      owed.setAttribute("data-dc-owed", "");
      this.status.appendChild(owed);
    }
    // marked preview
    this.preview.textContent = "";
    var chars = Array.from(text), spans = [];
    result.findings.forEach(function (f, i) {
      if (f.span && f.span[1] > f.span[0]) { spans.push([f.span[0], f.span[1], f.severity, i]); }
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    if (spans.length) {
      var pos = 0;
      spans.forEach(function (s) {
        var start = Math.max(s[0], pos), end = Math.min(s[1], chars.length);
        if (start >= end) { return; }
        if (start > pos) { self.preview.appendChild(document.createTextNode(chars.slice(pos, start).join(""))); }
        var mark = el("mark", "dc-" + s[2], chars.slice(start, end).join(""));
        mark.setAttribute("data-dc-index", String(s[3]));
        self.preview.appendChild(mark);
        pos = end;
      });
      if (pos < chars.length) { this.preview.appendChild(document.createTextNode(chars.slice(pos).join(""))); }
    }
    // findings
    this.list.textContent = "";
    result.findings.forEach(function (f) {
      var li = el("li", "dc-finding dc-" + f.severity);
      li.appendChild(el("span", "badge " + f.severity, self.labels["sev_" + f.severity] || f.severity));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("strong", null, f.message));
      li.appendChild(el("span", "dc-fix", (self.labels.fix || "Fix") + " : " + f.fix));
      li.appendChild(el("span", "dc-ref", (self.labels.reference || "Reference") + " : " + f.reference));
      if (f.span) {
        var show = el("button", "link dc-show", "⌖");
        show.type = "button";
        show.setAttribute("aria-label", f.message);
        show.addEventListener("click", function () { self.select(text, f.span); });
        li.appendChild(show);
      }
      self.list.appendChild(li);
    });
    // suggestion
    var needed = result.verdict !== "pass" && result.suggested_text && result.suggested_text !== text;
    this.suggestion.hidden = !needed;
    this.suggested.textContent = needed ? result.suggested_text : "";
  };

  Editor.prototype.select = function (text, span) {
    var off = utf16Offsets(text);
    this.text.focus();
    this.text.setSelectionRange(off[Math.min(span[0], off.length - 1)], off[Math.min(span[1], off.length - 1)]);
  };

  Editor.prototype.applySuggestion = function () {
    if (!this.last || !this.last.suggested_text) { return; }
    this.text.value = this.last.suggested_text;
    this.text.dispatchEvent(new Event("input", { bubbles: true }));
    this.text.focus();
  };

  function init() {
    document.querySelectorAll("[data-dc-editor]").forEach(function (root) {
      if (!root.__dc) { root.__dc = new Editor(root); }
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
