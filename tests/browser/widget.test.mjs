// The Waymark website widget in a real browser: Debian's Chromium driven by playwright-core, checked with
// axe-core. Opens the demo page, opens the widget with the keyboard, holds a conversation to recommendation
// cards (clicking quick replies and typing answers), reloads and resumes, checks the live region, 320 px
// and 400% zoom reflow, error handling and XSS safety, that "start again" and "forget me" leave nothing of
// one resident for the next on a shared computer, and runs axe with zero WCAG 2.x A/AA violations.
//
//   WAYMARK_BASE_URL=http://localhost:8080 node widget.test.mjs   against a running gateway
//   node widget.test.mjs                                           against the scripted fake gateway
//   WAYMARK_SCRIPTED=1 WAYMARK_BASE_URL=...                        a gateway whose Rasa is fake-gateway.mjs
// Env: CHROMIUM (default /usr/bin/chromium), WAYMARK_SCREENSHOT_DIR (default /tmp), WAYMARK_TURN_TIMEOUT_MS.
import assert from 'node:assert/strict';
import path from 'node:path';
import { startFakeGateway } from './fake-gateway.mjs';
import { CHROMIUM, animationsDone, axeCheck, launch, run, step } from './kit.mjs';

const SHOTS = process.env.WAYMARK_SCREENSHOT_DIR || '/tmp';
const TURN_TIMEOUT = Number(process.env.WAYMARK_TURN_TIMEOUT_MS || 60000);
const API = '**/api/web/messages';

// Answers a resident might type, chosen by words in the question (used when there are no buttons).
const ANSWERS = [
  [/old|age|born/i, "I'm 45"],
  [/area|live|council|where/i, 'Walsall'],
  [/learn|interest|like to do|subject/i, 'data'],
  [/work|job|employ/i, 'unemployed'],
  [/income|earn|money|pay/i, 'just benefits'],
  [/qualif|school|gcse/i, 'GCSEs'],
  [/time|when|hours|availab/i, 'part time'],
  [/universal credit|benefit/i, 'yes'],
  [/english/i, 'fluent'],
  [/immigra|visa|british|national/i, 'British'],
  [/background|tell me|about you/i, 'I lost my job in a warehouse'],
];
const PREFERRED_REPLY = /find|course|start|walsall|data|yes|part|evening/i;

const widget = {
  messages: (page) => page.locator('.wm-log .wm-msg'),
  botBubbles: (page) => page.locator('.wm-log .wm-bot .wm-bubble'),
  replies: (page) => page.locator('.wm-log .wm-replies .wm-reply'),
  cards: (page) => page.locator('.wm-log .wm-card'),
  focused: (page) => page.evaluate(() => {
    const a = document.activeElement;
    return a ? (a.id || a.className || a.tagName).toString() : '';
  }),
};

// Wait for the bot to finish a turn: nothing pending and at least `count` messages in the log.
async function settle(page, count) {
  await page.waitForFunction((n) => {
    const status = document.querySelector('.wm-status');
    return status && status.textContent === '' && document.querySelectorAll('.wm-log .wm-msg').length >= n;
  }, count, { timeout: TURN_TIMEOUT });
}
async function typeAndSend(page, text) {
  const before = await widget.messages(page).count();
  await page.locator('#wm-input').focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await settle(page, before + 2); // your message and at least one reply
}
async function lastBotText(page) {
  const bubbles = widget.botBubbles(page);
  return (await bubbles.count()) ? bubbles.last().innerText() : '';
}

async function main() {
  let gateway = null;
  let base = process.env.WAYMARK_BASE_URL;
  if (!base) {
    gateway = await startFakeGateway();
    base = gateway.url;
    console.log(`(no WAYMARK_BASE_URL: using the scripted fake gateway at ${base})`);
  }
  base = base.replace(/\/+$/, '');
  // The scripted conversation is known word for word: check cards and links exactly.
  const scripted = Boolean(gateway) || process.env.WAYMARK_SCRIPTED === '1';
  // A fresh profile every run, so nothing from an earlier run (localStorage above all) leaks in.
  let browser;
  try {
    browser = await launch();
  } catch (err) {
    if (gateway) await gateway.close();
    throw err;
  }
  const { page } = browser;
  const cleanup = async () => {
    await browser.close();
    if (gateway) await gateway.close();
  };
  const problems = [];
  let expectNetworkErrors = false;
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    // Failed loads are reported by URL below; the console only says "Failed to load resource".
    if (msg.type() === 'error' && !/^Failed to load resource/.test(msg.text())) problems.push(`console error: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !expectNetworkErrors) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on('requestfailed', (req) => {
    if (!expectNetworkErrors) problems.push(`request failed: ${req.url()} ${req.failure() && req.failure().errorText}`);
  });
  const sent = [];
  page.on('request', (req) => {
    if (req.url().endsWith('/api/web/messages') && req.method() === 'POST') sent.push(req.postDataJSON());
  });
  let clicked = 0;
  let typed = 0;

  try {
    console.log(`Waymark widget in ${CHROMIUM} against ${base}`);

    await step('demo page loads with lang, a heading and a link to the accessibility statement', async () => {
      // The page's clock runs as normal until a step moves it on (the idle expiry below).
      await page.clock.install();
      await page.goto(base + '/');
      assert.match(await page.getAttribute('html', 'lang'), /^en/);
      assert.match(await page.locator('h1').innerText(), /Find your way into digital work/);
      assert.equal(await page.locator('a[href="/accessibility"]').count() >= 1, true);
      await page.locator('.wm-launcher').waitFor({ state: 'visible' });
      assert.equal(await page.locator('.wm-panel').isVisible(), false, 'panel starts closed');
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored before the resident opens the chat');
    });

    await step('axe: demo page with the widget closed', () => axeCheck(page, 'closed'));

    await step('the launcher is reached with Tab, has a visible focus ring, and Enter opens the panel with focus in the input', async () => {
      let reached = false;
      for (let i = 0; i < 40 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement && document.activeElement.classList.contains('wm-launcher'));
      }
      assert.ok(reached, 'Tab never reached the launcher');
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return { width: parseFloat(s.outlineWidth), style: s.outlineStyle, shadow: s.boxShadow };
      });
      assert.ok(ring.width >= 2 && ring.style !== 'none', `focus outline too thin: ${JSON.stringify(ring)}`);
      assert.equal(await page.getAttribute('.wm-launcher', 'aria-expanded'), 'false');
      await page.keyboard.press('Enter');
      await page.locator('.wm-panel').waitFor({ state: 'visible' });
      assert.equal(await widget.focused(page), 'wm-input');
      assert.equal(await page.getAttribute('.wm-panel', 'role'), 'dialog');
      assert.equal(await page.locator('.wm-panel').getAttribute('aria-labelledby'), 'wm-title');
    });

    await step('the greeting arrives in a polite role="log" live region, with quick replies', async () => {
      await settle(page, 1);
      const log = page.locator('.wm-log');
      assert.equal(await log.getAttribute('role'), 'log');
      assert.equal(await log.getAttribute('aria-live'), 'polite');
      assert.ok(await log.getAttribute('aria-label'), 'log has a name');
      assert.ok((await lastBotText(page)).length > 0, 'greeting text shown');
      assert.ok(await widget.replies(page).count() >= 1, 'greeting has quick replies');
      // It was added while the region was in the document, so screen readers announce it.
      assert.equal(await page.locator('.wm-log .wm-bot .wm-vh').first().innerText(), 'Waymark:');
      assert.deepEqual(Object.keys(sent[0]).sort(), ['lang', 'session', 'text']);
      assert.equal(sent[0].lang, 'en'); // the conversation's language as the widget last heard it
      assert.match(sent[0].session, /^[A-Za-z0-9_-]{16,64}$/);
    });

    await step('controls are labelled and targets are at least 44 px tall (24 px is the AA minimum)', async () => {
      const names = await page.evaluate(() => ({
        input: document.querySelector('label[for="wm-input"]').textContent,
        send: document.querySelector('.wm-send').textContent,
        restart: [...document.querySelectorAll('.wm-hbtn')].map((b) => b.getAttribute('aria-label') || b.textContent),
      }));
      assert.equal(names.input, 'Type your message');
      assert.equal(names.send, 'Send');
      assert.deepEqual(names.restart, ['Start again', 'Close chat']);
      const small = await page.evaluate(() => [...document.querySelectorAll('.wm-root button, .wm-root input')]
        .filter((n) => n.offsetParent)
        .map((n) => ({ name: n.textContent || n.id, ...n.getBoundingClientRect().toJSON() }))
        .filter((r) => r.height < 44 || r.width < 44));
      assert.deepEqual(small, []);
    });

    await step('axe: widget open with the greeting and quick replies', () => axeCheck(page, 'open'));
    await animationsDone(page);
    await page.screenshot({ path: path.join(SHOTS, 'waymark-widget-open.png') });

    await step('Tab order in the panel: header controls, conversation, replies, then the message box', async () => {
      await page.locator('.wm-hbtn').first().focus();
      const order = [];
      for (let i = 0; i < 12; i += 1) {
        order.push(await page.evaluate(() => {
          const a = document.activeElement;
          return a.id || a.getAttribute('aria-label') || a.textContent.trim().slice(0, 30);
        }));
        if (order.at(-1) === 'Send') break;
        await page.keyboard.press('Tab');
      }
      assert.deepEqual(order.slice(0, 3), ['Start again', 'Close chat', 'Conversation']);
      assert.deepEqual(order.slice(-2), ['wm-input', 'Send']);
      assert.ok(order.length >= 6, `quick replies are in the Tab order: ${order.join(' > ')}`);
    });

    await step('Escape closes the panel and focus returns to the launcher; Enter opens it again', async () => {
      await page.locator('#wm-input').focus();
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('.wm-panel').isVisible(), false);
      assert.match(await widget.focused(page), /wm-launcher/);
      await page.keyboard.press('Enter');
      assert.equal(await widget.focused(page), 'wm-input');
      assert.equal(await widget.messages(page).count() >= 1, true, 'the conversation is still there');
    });

    // Hold the conversation: click a quick reply when there are some, otherwise type an answer.
    async function turn() {
      const replies = widget.replies(page);
      const before = await widget.messages(page).count();
      if (await replies.count()) {
        const titles = await replies.allInnerTexts();
        const pick = Math.max(0, titles.findIndex((t) => PREFERRED_REPLY.test(t)));
        await replies.nth(pick).click();
        clicked += 1;
        await settle(page, before + 2);
        const last = sent.at(-1);
        assert.equal(last.text, titles[pick], 'a quick reply sends its title as text');
        assert.ok(typeof last.payload === 'string' && last.payload.length > 0, 'a quick reply sends its payload');
        assert.equal(await widget.focused(page), 'wm-input', 'focus goes to the message box, not lost with the button');
        return;
      }
      const question = await lastBotText(page);
      const answer = (ANSWERS.find(([re]) => re.test(question)) || [null, 'not sure'])[1];
      await typeAndSend(page, answer);
      typed += 1;
      assert.equal(sent.at(-1).text, answer);
      assert.equal('payload' in sent.at(-1), false, 'typed text has no payload');
    }

    await step('conversation: two turns (a quick reply clicked, an answer typed)', async () => {
      await turn();
      await turn();
      const mine = await page.locator('.wm-log .wm-me .wm-bubble').allInnerTexts();
      assert.ok(mine.length >= 2, 'your messages are shown');
    });

    let before;
    await step('reload mid-conversation: the same session, the transcript restored, the panel still open', async () => {
      before = { texts: await widget.messages(page).allInnerTexts(), session: sent.at(-1).session };
      await page.reload();
      await page.locator('.wm-panel').waitFor({ state: 'visible' });
      assert.deepEqual(await widget.messages(page).allInnerTexts(), before.texts);
      assert.equal(await page.locator('.wm-status').innerText(), '', 'nothing re-sent on reload');
    });

    await step('conversation continues after the reload to recommendation cards', async () => {
      for (let i = 0; i < 25 && !(await widget.cards(page).count()); i += 1) await turn();
      assert.ok(await widget.cards(page).count() >= 1, 'no recommendation cards after 25 turns');
      assert.equal(sent.at(-1).session, before.session, 'the same session id after the reload');
      assert.ok(clicked >= 1 && typed >= 1, `clicked ${clicked} quick replies and typed ${typed} answers`);
    });

    await step('cards: a heading, provider, why list, and the next step as a named link', async () => {
      const cards = await page.evaluate(() => [...document.querySelectorAll('.wm-card')].map((c) => ({
        title: c.querySelector('h3') && c.querySelector('h3').textContent,
        provider: c.querySelector('.wm-card-provider') && c.querySelector('.wm-card-provider').textContent,
        why: c.querySelectorAll('.wm-list li').length,
        links: [...c.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href'), name: a.textContent })),
        text: c.innerText,
      })));
      for (const c of cards) {
        assert.ok(c.title, 'card has an h3 title');
        assert.ok(c.why >= 1, `card "${c.title}" lists why it suits`);
        assert.match(c.text, /Next step/);
        for (const l of c.links) assert.match(l.href, /^(https?:|tel:\+?\d+$)/);
      }
      const web = cards.flatMap((c) => c.links).find((l) => l.href.startsWith('http'));
      assert.ok(web, 'at least one next step is a web link');
      assert.match(web.name, /^Go to the .+ website$/);
      if (scripted) {
        assert.deepEqual(cards.map((c) => c.title), ['Skills Bootcamp in Data Analytics (evenings)',
          'Essential Digital Skills for work', 'Data Technician apprenticeship (level 3)']);
        assert.deepEqual(cards[0].links, [{ href: 'https://www.sccb.ac.uk/', name: 'Go to the South and City College Birmingham website' }]);
        assert.deepEqual(cards[1].links, [{ href: 'tel:01214960456', name: 'Call 0121 496 0456' }]);
        assert.match(cards[1].text, /Waiting list/);
        assert.match(cards[2].text, /Ask your Jobcentre Plus work coach to refer you/);
        const urlInText = page.locator('.wm-bubble a[href="https://www.wmca.org.uk/"]');
        assert.equal(await urlInText.count(), 1, 'a web address in bot text becomes a link');
      }
    });

    await step('axe: widget with recommendation cards', () => axeCheck(page, 'cards'));

    await step('"Report wrong information" on a card asks for the words, then sends them with the route id', async () => {
      const card = widget.cards(page).first();
      const open = card.locator('.wm-report-open');
      assert.equal(await open.getAttribute('aria-expanded'), 'false');
      await open.click();
      assert.equal(await open.getAttribute('aria-expanded'), 'true');
      const words = card.locator('.wm-report-form input');
      assert.ok(await words.evaluate((n) => n === document.activeElement), 'focus moves to the words');
      assert.match(await card.locator('.wm-report-form label').innerText(), /^What is wrong about .+\?$/);
      await axeCheck(page, 'report-open');
      const id = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage)
        .find((k) => k.startsWith('waymark:'))) || '{}').transcript.flatMap((m) => m.cards || [])[0].id);
      const before = await widget.messages(page).count();
      const sent = page.waitForRequest((r) => r.url().includes('/api/web/messages') && r.method() === 'POST');
      await words.fill('the course has "closed"');
      await words.press('Enter');
      const body = JSON.parse((await sent).postData());
      assert.equal(body.payload, '/report_wrong_info' + JSON.stringify({ pathway_ref: id, report_words: 'the course has "closed"' }));
      assert.match(body.text, /^Wrong information about .+: the course has "closed"$/);
      await settle(page, before + 2);
      assert.equal(await open.getAttribute('aria-expanded'), 'false');
    });

    await step('reload with cards: cards and transcript restored', async () => {
      const texts = await widget.messages(page).allInnerTexts();
      await page.reload();
      await page.locator('.wm-panel').waitFor({ state: 'visible' });
      assert.deepEqual(await widget.messages(page).allInnerTexts(), texts);
      assert.ok(await widget.cards(page).count() >= 1);
      // Scroll the first card into view for the screenshot.
      await page.locator('.wm-card').first().evaluate((n) => n.scrollIntoView({ block: 'start' }));
      await animationsDone(page);
      await page.screenshot({ path: path.join(SHOTS, 'waymark-widget-cards.png') });
    });

    await step('320 px wide: no horizontal scroll on the page or in the panel; axe clean', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => {
        const out = [];
        const doc = document.scrollingElement;
        if (doc.scrollWidth > doc.clientWidth) out.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
        for (const sel of ['.wm-panel', '.wm-log', '.wm-form', '.wm-header']) {
          const n = document.querySelector(sel);
          if (n.scrollWidth > n.clientWidth + 1) out.push(`${sel} ${n.scrollWidth} > ${n.clientWidth}`);
          if (n.getBoundingClientRect().right > window.innerWidth + 0.5) out.push(`${sel} sticks out`);
        }
        return out;
      });
      assert.deepEqual(overflow, []);
      const panel = await page.locator('.wm-panel').boundingBox();
      assert.ok(panel.width <= 320 && panel.x >= 0, `panel fits: ${JSON.stringify(panel)}`);
      // The full-screen panel is modal (updated when the media query changes, on the next frame).
      await page.waitForFunction(() => document.querySelector('.wm-panel').getAttribute('aria-modal') === 'true');
      await animationsDone(page);
      await page.screenshot({ path: path.join(SHOTS, 'waymark-widget-320.png') });
      await axeCheck(page, '320px');
    });

    await step('400% zoom (1280x1024 shown as 320x256): reflows, and Tab wraps inside the full-screen panel', async () => {
      await page.setViewportSize({ width: 320, height: 256 });
      // Close and reopen at this size: focus returns to the launcher on close, Enter opens it again.
      await page.locator('.wm-hbtn').last().click();
      await page.keyboard.press('Enter');
      assert.equal(await widget.focused(page), 'wm-input');
      const overflow = await page.evaluate(() => {
        const doc = document.scrollingElement;
        const panel = document.querySelector('.wm-panel');
        return { page: doc.scrollWidth - doc.clientWidth, panel: panel.scrollWidth - panel.clientWidth };
      });
      assert.ok(overflow.page <= 0 && overflow.panel <= 1, `horizontal overflow at 400%: ${JSON.stringify(overflow)}`);
      await page.locator('.wm-send').focus();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Start again', 'Tab wraps to the first control');
      await page.keyboard.press('Shift+Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Send');
      await page.locator('#wm-input').focus();
      const box = await page.locator('#wm-input').boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 256 + 1, 'the focused input is scrolled into view');
      await animationsDone(page);
      await page.screenshot({ path: path.join(SHOTS, 'waymark-widget-400-zoom.png') });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.waitForFunction(() => document.querySelector('.wm-panel').getAttribute('aria-modal') === 'false');
    });

    await step('reduced motion: no panel animation and no smooth scrolling', async () => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const styles = await page.evaluate(() => ({
        animation: getComputedStyle(document.querySelector('.wm-panel')).animationName,
        scroll: getComputedStyle(document.querySelector('.wm-log')).scrollBehavior,
      }));
      assert.deepEqual(styles, { animation: 'none', scroll: 'auto' });
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.wm-log')).scrollBehavior), 'smooth');
    });

    await step('what the resident types is shown as text, never run as HTML', async () => {
      const probe = '<img src=x onerror="window.__wmXss=1">hello <b>there</b>';
      await typeAndSend(page, probe);
      const mine = await page.locator('.wm-log .wm-me .wm-bubble').last().innerText();
      assert.ok(mine.includes(probe), 'shown literally');
      assert.equal(await page.locator('.wm-root img, .wm-root b').count(), 0);
      assert.equal(await page.evaluate(() => window.__wmXss), undefined);
    });

    await step('what the bot sends is shown as text; javascript: links are not made', async () => {
      await page.route(API, (route) => route.fulfill({
        status: 200, contentType: 'application/json',
        body: JSON.stringify({ messages: [
          { text: '<img src=x onerror="window.__wmXss=2"> <script>window.__wmXss=3</script>' },
          { text: 'It is **free**. [Apply here](https://example.org/apply) or see https://example.org/more. [Bad](javascript:alert(1))' },
          { text: 'Card test', cards: [{ id: 'x', title: '<i>Title</i>', provider: '<img src=x onerror="window.__wmXss=4">',
            kind: 'course', status: 'open', why: ['<b>why</b>'], conditions: [],
            next_step: { text: 'Go', url: 'javascript:window.__wmXss=5', phone: '<script>' } }] },
        ] }),
      }), { times: 1 });
      await typeAndSend(page, 'show me something odd');
      assert.equal(await page.locator('.wm-root img, .wm-root script, .wm-root i, .wm-root b').count(), 0);
      assert.equal(await page.locator('.wm-root a[href^="javascript"]').count(), 0);
      assert.ok((await page.locator('.wm-card').last().innerText()).includes('<i>Title</i>'));
      // The little Markdown the bot may use on the web: links and bold, built as elements.
      const rich = page.locator('.wm-bot .wm-bubble', { hasText: 'Apply here' });
      assert.equal(await rich.locator('strong').innerText(), 'free');
      assert.deepEqual(await rich.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')])),
        [['Apply here', 'https://example.org/apply'], ['https://example.org/more', 'https://example.org/more']]);
      assert.match(await rich.innerText(), /\[Bad\]\(javascript:alert\(1\)\)/, 'a javascript: link stays as text');
      await page.locator('.wm-card').last().locator('a').count().then((n) => assert.equal(n, 0));
      assert.equal(await page.evaluate(() => window.__wmXss), undefined);
    });

    await step('network failure: a polite "not sent" with Try again, nothing lost, then it goes through', async () => {
      expectNetworkErrors = true;
      await page.route(API, (route) => route.abort('internetdisconnected'), { times: 1 });
      const before = await widget.messages(page).count();
      await page.locator('#wm-input').fill('can I do it online?');
      await page.keyboard.press('Enter');
      await settle(page, before + 2);
      const note = page.locator('.wm-log .wm-note').last();
      assert.match(await note.innerText(), /not sent.*internet connection/is);
      assert.match(await page.locator('.wm-log .wm-me .wm-bubble').last().innerText(), /can I do it online\?/,
        'your message stays in the conversation');
      const stored = await page.evaluate(() => JSON.stringify(localStorage));
      assert.ok(stored.includes('can I do it online?'), 'and it survives a reload');
      const sentBefore = sent.length;
      await note.getByRole('button', { name: 'Try again' }).click();
      await settle(page, before + 2);
      await page.waitForFunction(() => !document.querySelector('.wm-log .wm-note'));
      assert.equal(sent.at(-1).text, 'can I do it online?');
      assert.equal(sent.length, sentBefore + 1);
      assert.equal(await widget.focused(page), 'wm-input');
      expectNetworkErrors = false;
    });

    await step('413 too large: the polite reply is shown and the text is given back to edit', async () => {
      expectNetworkErrors = true;
      await page.route(API, (route) => route.fulfill({ status: 413, contentType: 'application/json',
        body: JSON.stringify({ error: 'too_large', messages: [{ text: 'That message is too long for me. Please send a shorter one.' }] }) }),
      { times: 1 });
      const long = 'I would like to tell you about my work history. '.repeat(8).trim();
      const before = await widget.messages(page).count();
      await page.locator('#wm-input').fill(long);
      await page.keyboard.press('Enter');
      await settle(page, before + 1);
      assert.match(await lastBotText(page), /too long/);
      assert.equal(await page.inputValue('#wm-input'), long, 'the text is back in the box');
      assert.equal(await page.locator('.wm-log .wm-me .wm-bubble', { hasText: 'my work history' }).count(), 0);
      await page.fill('#wm-input', '');
      expectNetworkErrors = false;
    });

    await step('429 rate limited: the polite reply is shown with Try again', async () => {
      expectNetworkErrors = true;
      await page.route(API, (route) => route.fulfill({ status: 429, contentType: 'application/json',
        body: JSON.stringify({ error: 'rate_limited', messages: [{ text: 'You are sending messages very quickly. Please wait a moment.' }] }) }),
      { times: 1 });
      const before = await widget.messages(page).count();
      await page.locator('#wm-input').fill('hello again');
      await page.keyboard.press('Enter');
      await settle(page, before + 3);
      assert.match(await lastBotText(page), /very quickly/);
      assert.equal(await page.locator('.wm-log .wm-note button').count(), 1);
      await page.locator('.wm-log .wm-note button').click();
      await page.waitForFunction(() => !document.querySelector('.wm-log .wm-note'));
      await settle(page, before + 3);
      expectNetworkErrors = false;
    });

    const stored = () => page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:'));
      return key ? JSON.parse(localStorage.getItem(key)) : null;
    });

    await step('Start again clears the transcript, starts a new session id, and a fresh greeting follows', async () => {
      const sentBefore = sent.length;
      const oldSession = sent.at(-1).session;
      await page.locator('.wm-hbtn', { hasText: 'Start again' }).click();
      await settle(page, 1);
      assert.deepEqual(sent.slice(sentBefore).map((b) => b.text), ['start again']);
      assert.notEqual(sent.at(-1).session, oldSession, 'a shared computer: the next person gets a new session');
      assert.match(sent.at(-1).session, /^[A-Za-z0-9_-]{16,64}$/);
      assert.equal(await widget.cards(page).count(), 0);
      assert.equal(await page.locator('.wm-log .wm-me').count(), 0);
      assert.equal(await widget.focused(page), 'wm-input');
      const kept = await stored();
      assert.equal(kept.session, sent.at(-1).session);
      assert.equal(kept.transcript.length, await widget.messages(page).count());
    });

    await step('left idle for the expiry (30 minutes by default), the screen and the device forget the conversation on their own; the next message starts a new session', async () => {
      await typeAndSend(page, 'hello');
      const oldSession = sent.at(-1).session;
      await page.clock.fastForward('29:00');
      assert.ok(await page.locator('.wm-log .wm-me').count() > 0, 'after 29 minutes the conversation is still there');
      await page.clock.fastForward('02:00'); // the minute check runs by itself: nobody touches the page
      await page.waitForFunction(() => !document.querySelector('.wm-log .wm-msg'), null, { timeout: TURN_TIMEOUT });
      assert.equal(await stored(), null, 'nothing of the conversation is left in localStorage');
      const sentBefore = sent.length;
      await typeAndSend(page, 'hello again');
      assert.deepEqual(sent.slice(sentBefore).map((b) => b.text), ['hello', 'hello again'], 'greeted first, as a new conversation');
      assert.notEqual(sent.at(-1).session, oldSession, 'the next person starts a new session');
    });

    await step('forget me: the receipt is shown once, and the browser keeps no transcript or session id', async () => {
      await typeAndSend(page, 'hello');
      const oldSession = sent.at(-1).session;
      await page.locator('#wm-input').focus();
      await page.keyboard.type('forget me');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /receipt reference/.test(document.querySelector('.wm-log').innerText) &&
        document.querySelector('.wm-status').textContent === '', null, { timeout: TURN_TIMEOUT });
      assert.equal(await widget.messages(page).count(), 1, 'only the receipt is shown');
      assert.equal(await page.locator('.wm-log .wm-me').count(), 0, 'what the resident said is gone from the page');
      assert.equal(await stored(), null, 'nothing of the conversation is left in localStorage');
      await page.reload();
      // Nothing was stored, not even "open": the next person finds the launcher, as on a first visit.
      const launcher = page.locator('.wm-launcher');
      if (await launcher.isVisible()) await launcher.click();
      await settle(page, 1);
      assert.equal(await page.locator('.wm-log').getByText('receipt reference').count(), 0, 'the receipt is not kept');
      assert.equal(await page.locator('.wm-log').getByText('forget me').count(), 0);
      await typeAndSend(page, 'hello');
      assert.notEqual(sent.at(-1).session, oldSession, 'the next person starts a new session');
    });

    await step('inline mode: with a container there is no launcher; axe clean', async () => {
      await page.route(base + '/__inline-test', (route) => route.fulfill({
        contentType: 'text/html',
        body: '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
          '<title>Inline test</title><link rel="icon" href="data:,"></head><body><main><h1>Talk to Waymark</h1><div id="waymark-chat"></div></main>' +
          '<script src="/widget.js" defer data-waymark-api="' + base + '"></script></body></html>',
      }));
      await page.goto(base + '/__inline-test');
      await page.locator('#waymark-chat .wm-panel').waitFor({ state: 'visible' });
      await settle(page, 1);
      assert.equal(await page.locator('.wm-launcher').count(), 0);
      assert.equal(await page.getAttribute('.wm-panel', 'role'), 'region');
      await axeCheck(page, 'inline');
      await page.unroute(base + '/__inline-test');
    });

    await step('accessibility statement: headings, EHRC/EASS enforcement, date prepared; axe clean', async () => {
      await page.goto(base + '/accessibility');
      const text = await page.locator('main').innerText();
      for (const needed of [/Compliance status/, /partially compliant/, /Non-accessible content/, /Enforcement procedure/,
        /Equality and Human Rights Commission/, /Equality Advisory and Support Service/, /prepared on 23 November 2026/,
        /Reporting accessibility problems/]) assert.match(text, needed);
      assert.equal(await page.locator('h1').count(), 1);
      await axeCheck(page, 'statement');
    });

    await step('no script errors in the page', async () => {
      assert.deepEqual(problems, []);
    });
  } finally {
    await cleanup();
  }
  console.log(`\nAll ${run.steps.length} steps passed. Screenshots: ${SHOTS}/waymark-widget-{open,cards,320,400-zoom}.png`);
}

main().catch((err) => {
  if (!run.failures) console.log(String(err && err.stack || err));
  console.log(`\n${run.failures || 1} step(s) failed.`);
  process.exit(1);
});
