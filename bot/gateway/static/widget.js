/* Waymark website widget: one <script> tag, no dependencies, no build step (docs/widget.md).
   What the bot or the resident says goes in as text nodes, never as HTML. ASCII only: the page may not be UTF-8. */
(function () {
  'use strict';
  if (window.waymarkWidget) return;
  var script = document.currentScript || document.querySelector('script[data-waymark-api],script[src*="widget.js"]');
  if (!script) return;
  var opt = script.dataset;
  var scriptUrl = new URL(script.src || 'widget.js', location.href);
  var api = new URL(opt.waymarkApi || '/', scriptUrl).href.replace(/\/+$/, '');
  var greeting = opt.waymarkGreeting === undefined ? 'hello' : opt.waymarkGreeting;
  // Idle this long, the conversation is forgotten on the device: widgets run on library and community
  // centre computers, where the next person must not find (or carry on) the last one's chat.
  var expireMs = (parseFloat(opt.waymarkExpireHours) || 0.5) * 3600e3;
  var KEY = 'waymark:v1:' + api;
  var KINDS = { hnc: 'HNC', esol: 'English (ESOL) course' }; // others read well as they are
  // The languages the assistant speaks; Urdu and Arabic are written right to left. Roman Urdu (ur-latn,
  // "ur-Latn" on a page) is Urdu in Latin letters, written left to right. The conversation starts in the
  // site's choice (data-waymark-lang), else the page's language when it is one of ours other than English,
  // else the first language of the browser's we speak (a council's English page, a Polish browser), else English.
  var SPOKEN = /^(en|ur|ur-latn|pa|ar|pl|ro)$/, RTL = /^(ur|ar)$/;
  function spoken(tag) {
    var t = str(tag).toLowerCase();
    if (t !== 'ur-latn') t = t.split('-')[0];
    return SPOKEN.test(t) ? t : '';
  }
  function browserLang() {
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < wanted.length; i++) { if (spoken(wanted[i])) return spoken(wanted[i]); }
    return '';
  }
  var pageLang = opt.waymarkLang ? spoken(opt.waymarkLang)
    : (spoken(document.documentElement.lang) !== 'en' && spoken(document.documentElement.lang)) || browserLang();
  if (!pageLang) pageLang = 'en';
  function dirOf(lang) { return RTL.test(lang) ? 'rtl' : 'ltr'; }
  var STATUSES = { open: 'Open for applications', waitlist: 'Waiting list', closed: 'Closed for now' };

  // ---- the session id and transcript survive a reload (localStorage; if blocked, the page's memory)
  var state = null;
  try { state = JSON.parse(localStorage.getItem(KEY)); } catch (e) { /* none */ }
  if (!state || !/^[A-Za-z0-9_-]{16,64}$/.test(state.session) || !Array.isArray(state.transcript) ||
      Date.now() - (state.at || 0) > expireMs) {
    state = { session: newSessionId(), transcript: [], open: false };
  }
  if (!SPOKEN.test(str(state.lang))) state.lang = pageLang;
  function save() {
    state.at = Date.now();
    state.transcript = state.transcript.slice(-200);
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* blocked: memory only */ }
  }
  function newSessionId() { // 'w' + 24 random characters from [A-Za-z0-9_-]
    var bytes = crypto.getRandomValues(new Uint8Array(24)), abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    return 'w' + [].map.call(bytes, function (b) { return abc[b & 63]; }).join('');
  }

  function el(tag, cls, text, attrs) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }
  function str(v) { return v == null ? '' : String(v); }
  // A catalogue's words with a {placeholder} filled ("Call {phone}", "What is wrong about {title}?").
  function fill(words, name, value) { return str(words).split('{' + name + '}').join(value); }
  function list(v) { return Array.isArray(v) ? v : []; }
  function safeUrl(u) {
    try { var x = new URL(str(u)); return /^https?:$/.test(x.protocol) ? x.href : null; } catch (e) { return null; }
  }
  // Bot text as text nodes; [words](https://...), bare https://... and **words** become real elements.
  function appendText(parent, text) {
    var re = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|\*\*(.+?)\*\*|https?:\/\/[^\s<>"']+/g, last = 0, m, node;
    while ((m = re.exec(text))) {
      var whole = m[2] || m[3] ? m[0] : m[0].replace(/[.,;:!?)]+$/, ''), href = !m[3] && safeUrl(m[2] || whole);
      node = m[3] ? el('strong', null, m[3]) : href ? el('a', 'wm-link', m[1] || whole, { href: href }) : document.createTextNode(whole);
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(node);
      re.lastIndex = last = m.index + whole.length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // ---- the widget
  var container = document.getElementById(opt.waymarkContainer || 'waymark-chat');
  var inline = !!container;
  // The controls' words come from the gateway (`words`) with a turn in another language, and are English
  // (lang="en") until then; the conversation has its own lang, and the whole widget mirrors (dir) for a
  // conversation written right to left.
  var root = el('div', 'wm-root ' + (inline ? 'wm-inline' : 'wm-floating'), null, { lang: 'en', dir: dirOf(state.lang) });
  var launcher, closeBtn;
  var panel = el('div', 'wm-panel', null, inline ? { role: 'region', 'aria-labelledby': 'wm-title' }
    : { id: 'wm-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'wm-title' });
  var header = el('div', 'wm-header'), heading = header.appendChild(el('div', 'wm-heading'));
  heading.appendChild(el('h2', 'wm-title', 'Waymark', { id: 'wm-title' }));
  var subtitle = heading.appendChild(el('p', 'wm-subtitle', 'Find your way into digital work'));
  var tools = header.appendChild(el('div', 'wm-tools'));
  var restartBtn = tools.appendChild(el('button', 'wm-hbtn', 'Start again', { type: 'button' }));
  if (!inline) closeBtn = tools.appendChild(el('button', 'wm-hbtn', 'Close', { type: 'button', 'aria-label': 'Close chat' }));
  var log = el('div', 'wm-log', null, { role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
  var status = el('p', 'wm-status', null, { role: 'status' });
  var form = el('form', 'wm-form');
  var inputLabel = form.appendChild(el('label', 'wm-label', 'Type your message', { for: 'wm-input' }));
  var row = form.appendChild(el('div', 'wm-row'));
  var input = row.appendChild(el('input', 'wm-input', null, { id: 'wm-input', type: 'text', autocomplete: 'off',
    enterkeyhint: 'send', 'aria-describedby': 'wm-hint', dir: 'auto' }));
  var sendBtn = row.appendChild(el('button', 'wm-send', 'Send', { type: 'submit' }));
  var hint = form.appendChild(el('p', 'wm-hint', 'Please do not type your name, address or phone number.', { id: 'wm-hint' }));
  [header, log, status, form].forEach(function (n) { panel.appendChild(n); });

  if (!inline) {
    launcher = el('button', 'wm-launcher', null, { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'wm-panel' });
    launcher.appendChild(el('span', 'wm-icon', null, { 'aria-hidden': 'true' }));
    var launcherText = launcher.appendChild(el('span', null, 'Chat with Waymark'));
    root.appendChild(launcher);
    panel.hidden = true;
  }
  root.appendChild(panel);
  // The controls' words: the gateway's for the conversation's language, kept with the transcript.
  var WORD_KEYS = ['subtitle', 'restart', 'close', 'close_label', 'log_label', 'input_label', 'send', 'hint',
    'launcher', 'you_said', 'bot_said', 'try_again', 'choose', 'replying', 'not_sent', 'cannot_read', 'try_later',
    'offline'];
  function w(key, english) {
    var t = state.words && state.words[key];
    return typeof t === 'string' && t ? t : english;
  }
  function wordsLang() { return state.words && state.words.send ? state.lang : 'en'; }
  function speak(lang, words) { // the conversation's language: on the log, the widget's direction and controls
    state.lang = SPOKEN.test(lang) ? lang : 'en';
    if (state.lang === 'en') state.words = {};
    else if (words && typeof words === 'object') {
      state.words = {};
      WORD_KEYS.forEach(function (k) { if (typeof words[k] === 'string') state.words[k] = words[k].slice(0, 200); });
    }
    log.setAttribute('lang', state.lang);
    log.setAttribute('dir', dirOf(state.lang));
    root.setAttribute('dir', dirOf(state.lang));
    root.setAttribute('lang', wordsLang());
    label(subtitle, 'subtitle', 'Find your way into digital work');
    label(restartBtn, 'restart', 'Start again');
    if (closeBtn) { label(closeBtn, 'close', 'Close'); closeBtn.setAttribute('aria-label', w('close_label', 'Close chat')); }
    log.setAttribute('aria-label', w('log_label', 'Conversation'));
    label(inputLabel, 'input_label', 'Type your message');
    label(sendBtn, 'send', 'Send');
    label(hint, 'hint', 'Please do not type your name, address or phone number.');
    if (launcherText) label(launcherText, 'launcher', 'Chat with Waymark');
  }
  function label(node, key, english) { // a control the gateway sent no word for stays English, marked so
    node.textContent = w(key, english);
    if (wordsLang() !== 'en' && !state.words[key]) node.setAttribute('lang', 'en'); else node.removeAttribute('lang');
  }
  speak(state.lang, state.words);
  // A page in another language: its words now, not after a first reply (the launcher, a lost connection).
  if (state.lang !== 'en' && wordsLang() === 'en' && window.fetch) {
    fetch(api + '/api/web/words?lang=' + encodeURIComponent(state.lang))
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (d) { if (d && d.lang === state.lang && wordsLang() === 'en') speak(state.lang, d.words); })
      .catch(function () {});
  }

  // Existing transcript goes in before the log is in the document, so a reload is not re-announced.
  var nodes = [];
  state.transcript.forEach(function (m, i) { nodes.push(log.appendChild(render(m, i === state.transcript.length - 1))); });

  function render(m, isLast) {
    // Each message says its language (WCAG 3.1.2): the bot's as the gateway says, what the resident typed
    // and a worker's reply as dir="auto" (written in whatever they wrote it in).
    // (The bubble keeps the conversation's direction, so it sits on its side; only its words are "auto".)
    var known = m.who === 'bot' && SPOKEN.test(str(m.lang));
    var wrap = el('div', 'wm-msg wm-' + m.who, null, known ? { lang: m.lang, dir: dirOf(m.lang) }
      : m.who === 'note' ? { lang: SPOKEN.test(str(m.lang)) ? m.lang : 'en' } : {});
    if (m.text) {
      var p = el('p', 'wm-bubble');
      p.appendChild(el('span', 'wm-vh', (m.who === 'me' ? w('you_said', 'You said:') : w('bot_said', 'Waymark:')) + ' ',
        { lang: wordsLang() }));
      var words = known || m.who === 'note' ? p : p.appendChild(el('span', 'wm-words', null, { dir: 'auto' }));
      if (m.who === 'bot') appendText(words, m.text); else words.appendChild(document.createTextNode(m.text));
      wrap.appendChild(p);
    }
    if (m.cards && m.cards.length) {
      var cardList = wrap.appendChild(renderCards(m.cards, m.labels || {}));
      if (m.lang) { cardList.setAttribute('lang', m.lang); cardList.setAttribute('dir', m.dir === 'rtl' ? 'rtl' : 'ltr'); }
    }
    if (m.retry) {
      wrap.appendChild(el('button', 'wm-btn', w('try_again', 'Try again'), { type: 'button', lang: wordsLang() }))
        .addEventListener('click', function () { retry(m); });
    }
    if (isLast && m.buttons && m.buttons.length) {
      var group = el('div', 'wm-replies', null, { role: 'group', 'aria-label': w('choose', 'Choose a reply') });
      m.buttons.forEach(function (b) {
        group.appendChild(el('button', 'wm-reply', b.title, { type: 'button' })).addEventListener('click', function () {
          input.focus(); // the button is about to go: focus must not be lost with it
          send({ text: b.title, payload: b.payload });
        });
      });
      wrap.appendChild(group);
    }
    return wrap;
  }

  // A card's fixed words: the gateway's `labels` when the conversation is in another language (in English, only the
  // headings said of someone the resident asks for: "Why it could suit her"), else English.
  // The catalogue's own words (title, reasons, next step) come as they are; in another language they are
  // English, marked "(in English)" with lang="en" so a screen reader says them as English.
  function renderCards(cards, L) {
    var ul = el('ul', 'wm-cards');
    var kinds = L.kinds || {}, statuses = L.statuses || {};
    function english(parent, tag, text) {
      var node = parent.appendChild(el(tag, null, text, L.in_english ? { lang: 'en' } : {}));
      if (L.in_english) node.appendChild(document.createTextNode(' ' + L.in_english));
      return node;
    }
    cards.forEach(function (c) {
      var li = el('li', 'wm-card');
      li.appendChild(el('h3', 'wm-card-title', c.title || 'A route for you'));
      if (c.provider) li.appendChild(el('p', 'wm-card-provider', c.provider));
      var meta = [kinds[c.kind] || KINDS[c.kind] || str(c.kind).replace(/_/g, ' '),
        statuses[c.status] || (c.status === 'open' && L.open) || STATUSES[c.status] || '']
        .filter(Boolean).join(' \u00b7 ');
      if (meta) li.appendChild(el('p', 'wm-card-meta', meta.charAt(0).toUpperCase() + meta.slice(1)));
      section(li, L.why || 'Why it could suit you', c.why, !!L.in_english);
      section(li, L.check || 'Check first', c.conditions, !!L.in_english);
      section(li, L.cost || 'Cost and funding', [c.paid_by].concat(list(c.facts)));
      var next = c.next_step || {};
      var box = el('div', 'wm-next');
      box.appendChild(el('p', 'wm-card-label', L.next || 'Next step'));
      if (next.text) { if (L.in_english) english(box, 'p', next.text); else box.appendChild(el('p', null, next.text)); }
      var href = safeUrl(next.url);
      var site = L.website ? fill(L.website, 'provider', c.provider || L.provider || '') : 'Go to the ' + (c.provider || 'provider') + ' website';
      if (href) box.appendChild(el('p')).appendChild(el('a', 'wm-link wm-action', site, { href: href }));
      else if (next.url) box.appendChild(el('p', null, next.url));
      var tel = str(next.phone).replace(/[^\d+]/g, '');
      if (tel.length > 2) box.appendChild(el('p')).appendChild(el('a', 'wm-link wm-action', L.call ? fill(L.call, 'phone', next.phone) : 'Call ' + next.phone, { href: 'tel:' + tel }));
      if (next.referral) box.appendChild(el('p', null, next.referral === true ? (L.referral || 'You need a referral: ask your work coach or adviser.') : next.referral));
      li.appendChild(box);
      var checked = c.checked || {};
      if (str(checked.text)) {
        var source = li.appendChild(el('p', 'wm-card-checked'));
        var page = safeUrl(checked.url), words = str(checked.text);
        if (page && words.indexOf(' — ') > 0) {
          var cut = words.indexOf(' — ');
          source.appendChild(document.createTextNode(words.slice(0, cut) + ' — '));
          source.appendChild(el('a', 'wm-link', words.slice(cut + 3), { href: page }));
        } else {
          source.appendChild(document.createTextNode(words));
        }
      }
      if (str(c.id)) li.appendChild(reportControl(c, L));
      ul.appendChild(li);
    });
    return ul;
  }
  // "Report wrong information": the resident's words go to the skills team with the route's id
  // (a payload the bot understands; bot.pathways.corrections keeps no sender id and removes contact details).
  var reports = 0;
  function reportControl(c, L) {
    var wrap = el('div', 'wm-report'), n = 'wm-report-' + (++reports);
    var open = wrap.appendChild(el('button', 'wm-link wm-report-open', (L && L.report) || 'Report wrong information',
      { type: 'button', 'aria-expanded': 'false', 'aria-controls': n }));
    var box = wrap.appendChild(el('form', 'wm-report-form', null, { id: n }));
    box.hidden = true;
    // The card's words in the conversation's language (the gateway's `labels`), else English.
    var title = str(c.title || (L && L.report_question ? '' : 'this route'));
    box.appendChild(el('label', 'wm-label', L && L.report_question ? fill(L.report_question, 'title', title)
      : 'What is wrong about ' + title + '?', { for: n + '-words' }));
    var words = box.appendChild(el('input', 'wm-input', null, { id: n + '-words', type: 'text', maxlength: '500', autocomplete: 'off' }));
    box.appendChild(el('button', 'wm-btn', (L && L.report_send) || 'Send report', { type: 'submit' }));
    open.addEventListener('click', function () {
      box.hidden = !box.hidden;
      open.setAttribute('aria-expanded', String(!box.hidden));
      if (!box.hidden) words.focus();
    });
    box.addEventListener('submit', function (e) {
      e.preventDefault();
      var said = words.value.trim().slice(0, 500);
      if (!said) { words.focus(); return; }
      words.value = '';
      box.hidden = true;
      open.setAttribute('aria-expanded', 'false');
      input.focus();
      send({ text: L && L.report_said ? fill(fill(L.report_said, 'title', str(c.title || '')), 'words', said)
        : 'Wrong information about ' + str(c.title || 'a route') + ': ' + said,
        payload: '/report_wrong_info' + JSON.stringify({ pathway_ref: str(c.id), report_words: said }) });
    });
    return wrap;
  }
  // `english`: the items are the catalogue's English words inside a card in another language (the reasons
  // and conditions, for now), so a screen reader says them as English.
  function section(parent, label, items, english) {
    items = list(items).map(str).filter(Boolean);
    if (!items.length) return;
    parent.appendChild(el('p', 'wm-card-label', label));
    var ul = el('ul', 'wm-list', null, english ? { lang: 'en' } : {});
    items.forEach(function (t) { ul.appendChild(el('li', null, t)); });
    parent.appendChild(ul);
  }

  // ---- transcript changes
  function add(entries) {
    var prev = nodes[nodes.length - 1], first;
    var old = prev && prev.querySelector('.wm-replies');
    if (old) prev.removeChild(old);
    entries.forEach(function (m, i) {
      state.transcript.push(m);
      var n = render(m, i === entries.length - 1);
      nodes.push(log.appendChild(n));
      first = first || n;
    });
    save();
    // Show the start of what is new, so cards are read from the top (at 400% zoom the panel scrolls).
    if (!first) return;
    if (log.scrollHeight > log.clientHeight) log.scrollTop = first.offsetTop - log.offsetTop - 8;
    else first.scrollIntoView({ block: 'nearest' });
  }
  function remove(m) {
    var i = state.transcript.indexOf(m);
    if (i < 0) return;
    state.transcript.splice(i, 1);
    log.removeChild(nodes.splice(i, 1)[0]);
    save();
  }
  function botEntries(messages) {
    return list(messages).map(function (m) {
      m = m || {};
      return {
        who: 'bot', text: str(m.text),
        buttons: list(m.buttons).filter(function (b) { return b && b.title; })
          .map(function (b) { return { title: str(b.title), payload: str(b.payload) }; }),
        cards: list(m.cards).filter(function (c) { return c && typeof c === 'object'; }),
        // The cards' language (the gateway sends it only for a language other than English).
        // Every message's language; a worker's reply comes with none ("" = unknown).
        lang: SPOKEN.test(str(m.lang)) ? str(m.lang) : '', dir: m.dir === 'rtl' ? 'rtl' : 'ltr',
        labels: m.labels && typeof m.labels === 'object' ? m.labels : null
      };
    }).filter(function (m) { return m.text || m.buttons.length || m.cards.length; });
  }

  // ---- the gateway: one request at a time, in order
  var queue = Promise.resolve(), pending = 0;
  function send(msg, silent) {
    var mine = silent ? null : { who: 'me', text: msg.text };
    if (mine) add([mine]);
    queue = queue.then(function () { return post(msg, mine); });
  }
  function retry(note) {
    remove(note);
    input.focus();
    send(note.retry, true);
  }
  function busy(delta) {
    pending += delta;
    status.textContent = pending ? w('replying', 'Waymark is replying\u2026') : '';
  }
  function post(msg, mine) {
    var body = { session: state.session, text: msg.text, lang: state.lang };
    if (msg.payload) body.payload = msg.payload;
    var ctrl = window.AbortController && new AbortController();
    var timer = ctrl && setTimeout(function () { ctrl.abort(); }, 30000), res = null;
    busy(1);
    return fetch(api + '/api/web/messages', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      signal: ctrl && ctrl.signal
    }).then(function (r) { res = r; return r.json(); })
      .catch(function () { return null; })
      .then(function (data) {
        clearTimeout(timer);
        busy(-1);
        var said = botEntries(data && data.messages);
        if (res && res.ok && data && !data.error) {
          if (data.erased === true) forget(said);
          else { if (SPOKEN.test(str(data.lang))) speak(data.lang, data.words); add(said); }
          return;
        }
        if (res && (res.status === 413 || res.status === 400)) {
          // Not accepted as it is: give the words back to shorten or change.
          if (mine) { remove(mine); if (!input.value) input.value = msg.text; }
          add(said.length ? said : [{ who: 'bot', lang: wordsLang(),
            text: w('cannot_read', 'Sorry, I could not read that message. Please change it and send it again.') }]);
          return;
        }
        // Offline, 429, a server fault, or a 200 saying it failed: keep it and offer Try again.
        var note = { who: 'note', retry: { text: msg.text, payload: msg.payload }, lang: wordsLang(),
          text: said.length ? w('not_sent', 'Your message was not sent.')
            : res ? w('try_later', 'Sorry, your message was not sent. Please try again in a moment.')
              : w('offline', 'Sorry, your message was not sent. Check your internet connection, then try again.') };
        add(said.concat([note]));
      });
  }

  // ---- shared computers: nothing of one resident is left for the next
  function fresh() { return { session: newSessionId(), transcript: [], open: state.open, lang: pageLang }; }
  function clearLog() { nodes = []; log.textContent = ''; }
  // "Forget me" done: this browser forgets too (the stored transcript and the session id). The reply
  // (with its receipt reference) is shown once, never stored.
  // Idle too long: the screen and the device forget the conversation, checked when the resident comes
  // back (focus, opening, sending) and every minute, so a walked-away chat does not stay on screen. The
  // stored time is read too: another tab of the same conversation counts as activity.
  function storedAt() {
    try { var s = JSON.parse(localStorage.getItem(KEY)); return s && s.session === state.session ? s.at || 0 : 0; }
    catch (e) { return 0; }
  }
  function lapse() {
    if (!state.transcript.length || pending || Date.now() - Math.max(state.at || 0, storedAt()) <= expireMs) return false;
    try { localStorage.removeItem(KEY); } catch (e) { /* blocked: it was memory only */ }
    state = fresh();
    clearLog();
    speak(state.lang);
    regreet = true; // the next thing the resident does starts the new conversation with the greeting
    return true;
  }
  var regreet = false;
  function forget(said) {
    try { localStorage.removeItem(KEY); } catch (e) { /* blocked: it was memory only */ }
    state = fresh();
    clearLog();
    speak(state.lang);
    said.forEach(function (m) { log.appendChild(render(m, false)); });
  }

  // ---- controls
  var small = window.matchMedia && matchMedia('(max-width: 30em), (max-height: 30em)');
  function fullScreen() { return !inline && !!small && small.matches; }
  function modal() { panel.setAttribute('aria-modal', String(fullScreen())); }
  if (small && !inline) small.addEventListener ? small.addEventListener('change', modal) : small.addListener(modal);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    input.value = '';
    lapse();
    if (regreet) greet();
    send({ text: text });
  });
  restartBtn.addEventListener('click', function () {
    // A new session id too: "start again" on a library computer must not carry on the last person's chat.
    state = fresh();
    clearLog();
    speak(state.lang);
    save();
    input.focus();
    send(pageLang === 'en' ? { text: 'start again' } : opening(), true);
  });
  // A page in another language opens with the greeting carrying the language as its entity, which the
  // `language` slot maps from, so the welcome is already in it.
  function opening() {
    return pageLang === 'en' ? { text: greeting } : { text: greeting || 'hello', payload: '/greet{"language":"' + pageLang + '"}' };
  }
  function greet() {
    if (!state.transcript.length && greeting && !pending) { regreet = false; send(opening(), true); }
  }
  function setOpen(open, moveFocus) {
    // Nothing is stored until the resident opens or uses the chat.
    if (state.open !== open) { state.open = open; save(); }
    if (inline) return;
    panel.hidden = !open;
    modal();
    launcher.hidden = open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      lapse();
      if (moveFocus) input.focus();
      greet();
    } else if (moveFocus) launcher.focus();
  }
  if (!inline) {
    launcher.addEventListener('click', function () { setOpen(true, true); });
    closeBtn.addEventListener('click', function () { setOpen(false, true); });
    // Escape closes from anywhere; focus goes back to the launcher if it was in the panel.
    document.addEventListener('keydown', function (e) {
      if (/^Esc/.test(e.key) && state.open && !e.defaultPrevented) {
        e.preventDefault();
        setOpen(false, panel.contains(document.activeElement));
      }
    });
    // Filling the screen (phones, 400% zoom), the panel is modal: Tab wraps inside it.
    panel.addEventListener('keydown', function (e) {
      if (e.key !== 'Tab' || !fullScreen()) return;
      var f = [].filter.call(panel.querySelectorAll('button, a[href], input, [tabindex="0"]'),
        function (n) { return n.offsetWidth || n.offsetHeight; });
      var first = f[0], last = f[f.length - 1], at = document.activeElement;
      if (e.shiftKey ? at === first : at === last) { e.preventDefault(); (e.shiftKey ? last : first).focus(); }
    });
    document.documentElement.classList.add('wm-has-launcher');
  }

  // ---- hidden until the stylesheet has loaded (or failed)
  root.hidden = true;
  function reveal() { root.hidden = false; }
  if (opt.waymarkCss !== 'none' && !document.querySelector('link[data-waymark-css]')) {
    var css = el('link', null, null, { rel: 'stylesheet', href: new URL('widget.css', scriptUrl).href, 'data-waymark-css': '' });
    css.onload = css.onerror = reveal;
    setTimeout(reveal, 3000);
    document.head.appendChild(css);
  } else reveal();
  (inline ? container : document.body).appendChild(root);
  if (inline) greet(); else setOpen(!!state.open, false);
  window.addEventListener('focus', lapse);
  document.addEventListener('visibilitychange', function () { if (!document.hidden) lapse(); });
  setInterval(lapse, 60000);

  // For the host page, e.g. its own "Chat with us" link: waymarkWidget.open()
  window.waymarkWidget = { open: function () { inline ? input.focus() : setOpen(true, true); } };
})();
