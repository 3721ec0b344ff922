/* Web Push opt-in on the Notifications page. Nothing is asked when the page loads: the browser's
   permission prompt appears only after the person presses "Turn on". The subscription (endpoint
   and keys, RFC 8030 / RFC 8291) goes to the server, which sends through the push service with its
   VAPID key (RFC 8292); "Turn off" unsubscribes the browser and tells the server. */
(function () {
  "use strict";
  var box = document.getElementById("push-control");
  if (!box || !("serviceWorker" in navigator) || !("PushManager" in window) || !window.isSecureContext
      || !("Notification" in window)) { return; }
  var unsupported = document.getElementById("push-unsupported");
  var state = document.getElementById("push-state");
  var on = document.getElementById("push-on");
  var off = document.getElementById("push-off");
  var token = document.querySelector('meta[name="csrf-token"]');

  function key(base64) {
    var padded = (base64 + "===".slice((base64.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = atob(padded), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { out[i] = raw.charCodeAt(i); }
    return out;
  }
  function post(url, body) {
    return fetch(url, { method: "POST", credentials: "same-origin", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", "X-CSRFToken": token ? token.content : "" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); });
  }
  function show(subscribed, message) {
    on.hidden = subscribed;
    off.hidden = !subscribed;
    state.textContent = message || state.getAttribute(subscribed ? "data-on" : "data-off");
  }
  function current() {
    return navigator.serviceWorker.ready.then(function (reg) { return reg.pushManager.getSubscription(); });
  }

  box.hidden = false;
  if (unsupported) { unsupported.hidden = true; }
  current().then(function (sub) { show(!!sub); }).catch(function () { show(false); });

  on.addEventListener("click", function () {
    on.disabled = true;
    Notification.requestPermission().then(function (permission) {
      if (permission !== "granted") { show(false, state.getAttribute("data-denied")); return null; }
      return navigator.serviceWorker.ready.then(function (reg) {
        return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key(box.getAttribute("data-key")) });
      }).then(function (sub) {
        return post(box.getAttribute("data-subscribe"), sub.toJSON()).then(function () { show(true); });
      });
    }).catch(function () { show(false, state.getAttribute("data-failed")); })
      .then(function () { on.disabled = false; });
  });

  off.addEventListener("click", function () {
    off.disabled = true;
    current().then(function (sub) {
      if (!sub) { return null; }
      var endpoint = sub.endpoint;
      return sub.unsubscribe().then(function () { return post(box.getAttribute("data-unsubscribe"), { endpoint: endpoint }); });
    }).then(function () { show(false); }, function () { show(true, state.getAttribute("data-failed")); })
      .then(function () { off.disabled = false; });
  });
})();
