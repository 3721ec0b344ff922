/* Progressive enhancement for every page; the pages work without it.
   - the header menu (a <details>) stays open on wide screens, closed on phones;
   - the service worker is registered (offline page, cached shell);
   - [data-copy] buttons copy the text of the element they name. */
(function () {
  "use strict";
  var menu = document.getElementById("menu");
  if (menu && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 64rem)");
    var sync = function () { menu.open = wide.matches; };
    sync();
    if (wide.addEventListener) { wide.addEventListener("change", sync); }
  }

  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
  }

  document.querySelectorAll("[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) { return; }
      var text = "value" in source && source.value !== undefined ? source.value : source.textContent;
      navigator.clipboard.writeText(text).then(function () {
        var done = button.getAttribute("data-copied");
        if (done) {
          var label = button.textContent;
          button.textContent = done;
          setTimeout(function () { button.textContent = label; }, 2000);
        }
      });
    });
  });

  /* live character counter for [data-counter] textareas: the counter names its limit */
  document.querySelectorAll("[data-count-for]").forEach(function (counter) {
    var field = document.getElementById(counter.getAttribute("data-count-for"));
    var limit = parseInt(counter.getAttribute("data-limit"), 10);
    var out = counter.querySelector("[data-count]");
    if (!field || !out) { return; }
    var update = function () {
      var n = Array.from(field.value).length;
      out.textContent = String(n);
      counter.classList.toggle("over", limit > 0 && n > limit);
    };
    field.addEventListener("input", update);
    update();
  });
})();
