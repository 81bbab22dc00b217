/* Kiosk mode: the resident chats on the worker's tablet, full screen. When they finish (or walk away:
   3 minutes idle), the page is emptied, any browser storage this origin used is cleared, history
   entries are replaced, and the tablet shows only "please hand it back". Without this script the
   forms still work and the server still clears the transcript. */
(function () {
  "use strict";
  var root = document.getElementById("kiosk");
  if (!root) { return; }
  var sayUrl = root.getAttribute("data-say");
  var finishUrl = root.getAttribute("data-finish");
  var csrf = root.getAttribute("data-csrf");
  var chat = document.getElementById("chat");
  var options = document.getElementById("options");
  var form = document.getElementById("say");
  var input = document.getElementById("text");
  var IDLE_MS = 3 * 60 * 1000;
  var idle = null;

  function wipe() {
    try { window.sessionStorage.clear(); } catch (e) { /* storage may be disabled */ }
    try { window.localStorage.clear(); } catch (e) { /* storage may be disabled */ }
    document.body.replaceChildren();
    document.title = "Thank you";
  }

  function finish() {
    window.clearTimeout(idle);
    var done = "/console/kiosk-done";
    wipe();
    fetch(finishUrl, { method: "POST", credentials: "same-origin",
                       headers: { "X-CSRF-Token": csrf, "Accept": "application/json" } })
      .catch(function () { return null; })
      .then(function () {
        if (document.fullscreenElement && document.exitFullscreen) { document.exitFullscreen().catch(function () {}); }
        window.location.replace(done);
      });
  }

  function restartIdle() {
    window.clearTimeout(idle);
    idle = window.setTimeout(finish, IDLE_MS);
  }

  function line(who, text) {
    var li = document.createElement("li");
    li.className = "msg " + who;
    var label = document.createElement("span");
    label.className = "who";
    label.textContent = who === "resident" ? "You" : "Waymark";
    li.appendChild(label);
    li.appendChild(document.createTextNode(" " + text));  // text only: never HTML from a message
    chat.appendChild(li);
    li.scrollIntoView({ block: "end" });
  }

  function send(body, shown) {
    // A quick reply chosen by keyboard is removed with the others: without this, focus would fall to
    // the page and a keyboard or switch user would have to find their way back to the box.
    var chosen = options.contains(document.activeElement);
    line("resident", shown);
    options.replaceChildren();
    if (chosen) { input.focus(); }
    return fetch(sayUrl, { method: "POST", credentials: "same-origin",
                           headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
                           body: JSON.stringify(body) })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        (data.messages || []).forEach(function (m) {
          var words = m.text || (m.cards || []).map(function (c) { return c.title; }).join(" / ");
          if (words) { line("bot", words); }
          (m.buttons || []).forEach(function (b) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "secondary";
            button.textContent = b.title;
            button.addEventListener("click", function () { send({ payload: b.payload, title: b.title }, b.title); });
            options.appendChild(button);
          });
        });
      })
      .catch(function () { line("bot", "Sorry, that didn't go through. Please try again."); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    restartIdle();
    send({ text: text }, text);
  });
  document.getElementById("finish").addEventListener("submit", function (event) {
    event.preventDefault();
    finish();
  });
  ["pointerdown", "keydown"].forEach(function (name) { document.addEventListener(name, restartIdle); });
  document.addEventListener("pointerdown", function goFull() {
    document.removeEventListener("pointerdown", goFull);
    var el = document.documentElement;
    if (el.requestFullscreen) { el.requestFullscreen().catch(function () {}); }
  });
  window.history.replaceState(null, "", window.location.pathname);
  restartIdle();
}());
