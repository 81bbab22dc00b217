// A stand-in for the Waymark gateway, for the browser test: serves the real widget files and pages from
// bot/gateway/ and answers POST /api/web/messages with a scripted conversation
// (greeting with buttons -> questions -> recommendation cards). It checks requests against the web API
// contract, so a widget that sends the wrong shape gets a 400 and the test fails.
// It also answers as Rasa's REST channel (POST /webhooks/rest/webhook) with the same script, so the real
// gateway can be tested in front of it.
//
//   node fake-gateway.mjs [port]      prints "listening http://127.0.0.1:PORT" once it is ready
import { createHash } from 'node:crypto';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const GATEWAY = path.resolve(here, '../../bot/gateway');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };
const ROUTES = { '/': 'templates/demo.html', '/accessibility': 'templates/accessibility.html',
  '/widget.js': 'static/widget.js', '/widget.css': 'static/widget.css' };
const SESSION = /^[A-Za-z0-9_-]{16,64}$/;
const MAX_TEXT = 1000; // the gateway's default WAYMARK_MAX_MESSAGE_CHARS

// The same Content-Security-Policy as the real gateway (bot/gateway/security.py): 'self' plus hashes of a
// page's own inline <style>/<script>, so the widget is tested under it (a violation is a console error).
function csp(html) {
  const hashes = (re) => [...html.matchAll(re)]
    .map((m) => ` 'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`).join('');
  return `default-src 'self'; script-src 'self'${hashes(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)}; ` +
    `style-src 'self'${hashes(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)}; img-src 'self' data:; connect-src 'self'; ` +
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
}

const AREAS = ['Birmingham', 'Coventry', 'Dudley', 'Sandwell', 'Solihull', 'Walsall', 'Wolverhampton'];
const GREETING = {
  text: "Hello, I'm Waymark. I can suggest free and low-cost ways into digital work in the West Midlands.\nWhat would you like to do?",
  buttons: [{ title: 'Find a course for me', payload: '/find_route' }, { title: 'How does this work?', payload: '/explain' }],
};
const CARDS = [
  {
    id: 'bootcamp-data-sccb', title: 'Skills Bootcamp in Data Analytics (evenings)',
    provider: 'South and City College Birmingham', kind: 'bootcamp', status: 'open',
    why: ['it is free for you because you get Universal Credit', 'it covers data, which you are interested in',
      'classes are in the evening, so they fit around other things'],
    conditions: ['you need to be 19 or older when the course starts'],
    next_step: { text: 'Apply online or through the provider. If you finish the course you get a guaranteed interview with an employer.',
      url: 'https://www.sccb.ac.uk' },
  },
  {
    id: 'eds-walsall', title: 'Essential Digital Skills for work', provider: 'Walsall College',
    kind: 'essential_digital_skills', status: 'waitlist',
    why: ['it is free', 'it is taught in Walsall, where you live'], conditions: [],
    next_step: { text: 'Call the college to book a short chat about which class suits you.', phone: '0121 496 0456' },
  },
  {
    id: 'apprenticeship-data', title: 'Data Technician apprenticeship (level 3)', provider: 'Black Country employers',
    kind: 'apprenticeship', status: 'open',
    why: ['you are paid while you learn'], conditions: ['you need GCSE English and maths, or to take them during the apprenticeship'],
    next_step: { text: 'Your work coach can put you forward.', referral: 'Ask your Jobcentre Plus work coach to refer you' },
  },
];

// "forget me": the reply with a receipt, marked so the widget forgets too (the real gateway answers
// {"messages": [...], "erased": true} when Rasa's turn carries the custom {"type": "conversation_erased"}).
// The page's language opens the conversation in it (the widget sends /greet{"language":"ur"}); the script
// then answers in that language, each message with its lang and dir as the real gateway sends them.
const GREETINGS = {
  ur: { text: 'السلام علیکم، میں ویمارک ہوں۔ آپ کیا کرنا چاہیں گے؟',
    buttons: [{ title: 'میرے لیے کورس تلاش کریں', payload: '/find_route' }] },
  ar: { text: 'مرحبا، أنا ويمارك. ماذا تريد أن تفعل؟',
    buttons: [{ title: 'ابحث عن دورة لي', payload: '/find_route' }] },
};
const AGE = { ur: 'آپ کی عمر کیا ہے؟', ar: 'كم عمرك؟' };
// The widget's own controls in the conversation's language, as the real gateway sends them with a turn in a
// language other than English (`words`, from the catalogues' "widget" entries; a few are enough here).
export const CONTROL_WORDS = {
  ur: { send: 'بھیجیں', input_label: 'اپنا پیغام لکھیں', restart: 'دوبارہ شروع کریں', you_said: 'آپ نے کہا:',
    launcher: 'ویمارک سے بات کریں' },
  ar: { send: 'إرسال', input_label: 'اكتب رسالتك', restart: 'ابدأ من جديد', you_said: 'قلت:',
    launcher: 'تحدث مع ويمارك' },
};
const RTL = ['ur', 'ar'];
function inLanguage(conversation, said) {
  const lang = conversation.lang || 'en';
  return Object.assign(said.map((m) => ({ ...m, lang, dir: RTL.includes(lang) ? 'rtl' : 'ltr' })),
    { erased: said.erased, lang });
}

const ERASED = 'Done. I have deleted this conversation. Your receipt reference is E-TEST-0001. Say hello if you want to start again.';

function reply(conversation, body) {
  const text = (body.text || '').trim().toLowerCase();
  const payload = body.payload || '';
  const asked = /^\/greet(\{.*\})$/.exec(payload);
  if (asked) {
    const lang = JSON.parse(asked[1]).language;
    if (GREETINGS[lang]) {
      Object.assign(conversation, { step: 1, lang });
      return [GREETINGS[lang]];
    }
  }
  if (conversation.lang && conversation.lang !== 'en' && conversation.step === 1) {
    conversation.step = 2;
    return [{ text: AGE[conversation.lang] }];
  }
  if (text === 'forget me') {
    conversation.step = 0;
    delete conversation.lang;
    return Object.assign([{ text: ERASED }], { erased: true });
  }
  if (text === 'start again' || text === 'hello' || conversation.step === 0) {
    conversation.step = 1;
    return [GREETING];
  }
  if (conversation.step === 1) {
    if (payload === '/explain') {
      return [{ text: 'I ask a few questions about you, then suggest courses. You can choose Start again at any time.', buttons: GREETING.buttons }];
    }
    conversation.step = 2;
    return [{ text: 'How old are you? You can type a number, like 34.' }];
  }
  if (conversation.step === 2) {
    conversation.step = 3;
    return [{ text: 'Thank you. Which area do you live in?',
      buttons: AREAS.map((a) => ({ title: a, payload: `/inform{"local_authority":"${a.toLowerCase()}"}` })) }];
  }
  if (conversation.step === 3) {
    conversation.step = 4;
    return [{ text: 'What would you like to learn about? For example: coding, data, IT support, or using a computer.' }];
  }
  if (conversation.step === 4) {
    conversation.step = 5;
    return [
      { text: 'Here are 3 routes that could suit you.', cards: CARDS },
      { text: 'You can read more about Skills Bootcamps at https://www.wmca.org.uk/. Ask me about any of these, or choose Start again.' },
    ];
  }
  // Anything later is echoed, which lets the test check that what a resident types is shown as text.
  return [{ text: `You said: ${body.text}` }];
}

export async function startFakeGateway(port = 0) {
  const conversations = new Map();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const send = (status, type, data) => {
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
      if (type.startsWith('text/html')) headers['Content-Security-Policy'] = csp(String(data));
      res.writeHead(status, headers);
      res.end(data);
    };
    const json = (status, obj) => send(status, 'application/json', JSON.stringify(obj));
    try {
      if (url.pathname === '/api/web/messages') {
        if (req.method !== 'POST') return json(405, { error: 'method_not_allowed', messages: [] });
        let raw = '';
        for await (const chunk of req) raw += chunk;
        let body;
        try { body = JSON.parse(raw); } catch { body = null; }
        const bad = (why) => json(400, { error: why, messages: [{ text: 'Sorry, something went wrong with that message.' }] });
        if (!body || typeof body !== 'object') return bad('invalid_json');
        if (typeof body.session !== 'string' || !SESSION.test(body.session)) return bad('invalid_session');
        if (typeof body.text !== 'string' || !body.text.trim()) return bad('missing_text');
        if ('payload' in body && (typeof body.payload !== 'string' || !body.payload.startsWith('/'))) return bad('invalid_payload');
        if ('lang' in body && typeof body.lang !== 'string') return bad('invalid_lang');
        const extra = Object.keys(body).filter((k) => !['session', 'text', 'payload', 'lang'].includes(k));
        if (extra.length) return bad(`unexpected_fields:${extra.join(',')}`);
        if (body.text.length > MAX_TEXT) {
          return json(413, { error: 'too_large', messages: [{ text: 'That message is too long for me. Please send a shorter one.' }] });
        }
        if (!conversations.has(body.session)) conversations.set(body.session, { step: 0 });
        await new Promise((r) => setTimeout(r, 120)); // a bot takes a moment
        const conversation = conversations.get(body.session);
        const said = inLanguage(conversation, reply(conversation, body));
        return json(200, { messages: [...said], lang: said.lang, dir: RTL.includes(said.lang) ? 'rtl' : 'ltr',
          ...(CONTROL_WORDS[said.lang] ? { words: CONTROL_WORDS[said.lang] } : {}),
          ...(said.erased ? { erased: true } : {}) });
      }
      if (url.pathname === '/api/web/words' && req.method === 'GET') { // the page's language's words, at load
        const lang = url.searchParams.get('lang');
        if (!CONTROL_WORDS[lang]) return json(400, { error: 'unknown_language' });
        return json(200, { lang, dir: RTL.includes(lang) ? 'rtl' : 'ltr', words: CONTROL_WORDS[lang] });
      }
      if (url.pathname === '/webhooks/rest/webhook' && req.method === 'POST') {
        // Rasa's REST channel, for running the real gateway against this script (WAYMARK_RASA_URL).
        let raw = '';
        for await (const chunk of req) raw += chunk;
        const { sender, message } = JSON.parse(raw);
        if (!conversations.has(sender)) conversations.set(sender, { step: 0 });
        const said = reply(conversations.get(sender), message.startsWith('/') ? { text: message, payload: message } : { text: message });
        return json(200, said.flatMap((m) => [
          ...(m.text ? [{ recipient_id: sender, text: m.text, ...(m.buttons ? { buttons: m.buttons } : {}) }] : []),
          ...(m.cards ? [{ recipient_id: sender, custom: { type: 'pathway_recommendations', pathways: m.cards } }] : []),
        ]).concat(said.erased ? [{ recipient_id: sender, custom: { type: 'conversation_erased' } }] : []));
      }
      const pageLang = url.pathname === '/' && url.searchParams.get('lang');
      if (pageLang && /^[a-z]{2}$/.test(pageLang)) { // the demo page on a site in another language
        const html = String(await readFile(path.resolve(GATEWAY, ROUTES['/'])))
          .replace('<script src="/widget.js" defer>', `<script src="/widget.js" defer data-waymark-lang="${pageLang}">`);
        return send(200, TYPES['.html'], html);
      }
      let file = ROUTES[url.pathname];
      if (!file && url.pathname.startsWith('/static/')) file = 'static/' + url.pathname.slice('/static/'.length);
      const full = file && path.resolve(GATEWAY, file);
      if (!full || !full.startsWith(GATEWAY + path.sep)) return send(404, 'text/plain', 'Not found');
      const data = await readFile(full);
      return send(200, TYPES[path.extname(full)] || 'application/octet-stream', data);
    } catch (err) {
      if (err.code === 'ENOENT') return send(404, 'text/plain', 'Not found');
      return send(500, 'text/plain', String(err));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const gateway = await startFakeGateway(Number(process.argv[2] || 0));
  console.log(`listening ${gateway.url}`);
  const stop = () => gateway.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
