// The Waymark outreach-worker console and its kiosk mode in a real browser: Debian's Chromium driven by
// playwright-core, every page checked with axe-core (WCAG 2.x A/AA, zero violations) and for sideways
// scrolling, at desktop width and at tablet width (768x1024), with the keyboard wherever a worker or a
// resident would use one. Per width: sign-in (and a wrong password), a worker's home, an assisted session
// started with verbal consent and a conversation with Rasa, kiosk mode (full screen, a conversation, "I've
// finished": nothing of it left in the page, in storage, behind Back or on the server; unlock), the
// printable summary, the handoff queue and a request, referrals, the 403 a worker gets for coordinators'
// pages, and a coordinator's demand report (SVG charts) and accounts page.
//
//   WAYMARK_BASE_URL=http://127.0.0.1:8080 WAYMARK_WORKER_EMAIL=... WAYMARK_COORDINATOR_EMAIL=... \
//   WAYMARK_CONSOLE_PASSWORD=... node console.test.mjs
// against a gateway whose Rasa is fake-gateway.mjs (the scripted conversation), as
// tests/browser/test_console_browser.py runs it. WAYMARK_SEEDED_EVENT (optional) names an earlier session
// of the worker's whose answers are in the tracker store: its summary lists routes, and
// WAYMARK_SEEDED_REFERRAL the title of the route its seeded referral is for. Both accounts share
// the password. Env: CHROMIUM (default /usr/bin/chromium), WAYMARK_SCREENSHOT_DIR (default /tmp).
import assert from 'node:assert/strict';
import path from 'node:path';
import { CHROMIUM, axeCheck, launch, run, step } from './kit.mjs';

const BASE = (process.env.WAYMARK_BASE_URL || '').replace(/\/+$/, '');
const WORKER = process.env.WAYMARK_WORKER_EMAIL;
const COORDINATOR = process.env.WAYMARK_COORDINATOR_EMAIL;
const PASSWORD = process.env.WAYMARK_CONSOLE_PASSWORD;
const SEEDED_EVENT = process.env.WAYMARK_SEEDED_EVENT || '';
const SEEDED_REFERRAL = process.env.WAYMARK_SEEDED_REFERRAL || '';
const SHOTS = process.env.WAYMARK_SCREENSHOT_DIR || '/tmp';
const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, hasTouch: true },
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const consolePath = (p) => new RegExp(`^${escape(BASE)}/console${p}$`);

// Every page: axe clean, no sideways scrolling at this width, a language, a title and one h1.
async function pageCheck(page, label) {
  const shape = await page.evaluate(() => ({
    lang: document.documentElement.lang, title: document.title, h1: document.querySelectorAll('h1').length,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }));
  assert.match(shape.lang, /^en/, `${label}: <html lang>`);
  assert.ok(shape.title.trim(), `${label}: a page title`);
  assert.equal(shape.h1, 1, `${label}: one h1`);
  assert.ok(shape.overflow <= 0, `${label}: the page scrolls sideways by ${shape.overflow}px`);
  await axeCheck(page, label);
}

async function focusInfo(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return { desc: 'body' };
    const s = getComputedStyle(a);
    return {
      desc: `${a.tagName.toLowerCase()}${a.id ? '#' + a.id : ''} "${(a.textContent || a.value || '').trim().slice(0, 40)}"`,
      outline: parseFloat(s.outlineWidth), style: s.outlineStyle,
    };
  });
}

// Tab (forwards) until the focused element matches `selector` (and contains `text`), checking it shows
// a visible focus ring when it gets there.
async function tabTo(page, selector, text = '', max = 60) {
  const seen = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(([sel, txt]) => {
      const a = document.activeElement;
      return Boolean(a && a.matches(sel) && (!txt || (a.textContent || '').includes(txt)));
    }, [selector, text]);
    const info = await focusInfo(page);
    if (hit) {
      assert.ok(info.outline >= 2 && info.style !== 'none', `no visible focus ring on ${info.desc}: ${JSON.stringify(info)}`);
      return;
    }
    seen.push(info.desc);
  }
  assert.fail(`Tab never reached ${selector} ${text}: ${seen.join(' > ')}`);
}

// Press a key that submits a form or follows a link, and wait for the page it leads to.
async function pressAndLoad(page, key = 'Enter') {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
}

async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

// From the top of the page, sign in with the keyboard.
async function signIn(page, email, password) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await typeInto(page, '#email', email);
  await typeInto(page, '#password', password);
  await pressAndLoad(page);
}

async function visibleText(page) {
  return page.evaluate(() => document.body ? document.body.innerText : '');
}

async function main() {
  if (!BASE || !WORKER || !COORDINATOR || !PASSWORD) {
    console.log('Set WAYMARK_BASE_URL, WAYMARK_WORKER_EMAIL, WAYMARK_COORDINATOR_EMAIL and WAYMARK_CONSOLE_PASSWORD.');
    process.exit(2);
  }
  console.log(`Waymark console in ${CHROMIUM} against ${BASE}`);
  for (const width of VIEWPORTS) await oneWidth(width);
  console.log(`\nAll ${run.steps.length} steps passed. Screenshots: ${SHOTS}/waymark-console-*.png`);
}

async function oneWidth({ name, viewport, hasTouch = false }) {
  console.log(`\n${name} (${viewport.width}x${viewport.height})`);
  const browser = await launch({ viewport, hasTouch });
  const { page } = browser;
  const problems = [];
  const allowed = []; // [status, path]: HTTP errors a step expects (each allowed once)
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/^Failed to load resource/.test(msg.text())) problems.push(`console error: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.status() < 400) return;
    const where = new URL(res.url()).pathname;
    const i = allowed.findIndex(([status, p]) => status === res.status() && p === where);
    if (i >= 0) allowed.splice(i, 1);
    else problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  // kiosk.js leaves as soon as "I've finished" is answered, without reading the answer's body: that
  // request then ends "aborted" (its status is checked in the step).
  const abortable = (req) => req.url().endsWith('/finish') && req.failure() && req.failure().errorText === 'net::ERR_ABORTED';
  page.on('requestfailed', (req) => {
    if (!abortable(req)) problems.push(`request failed: ${req.url()} ${req.failure() && req.failure().errorText}`);
  });
  const S = (title) => `[${name}] ${title}`;
  const shot = (what) => page.screenshot({ path: path.join(SHOTS, `waymark-console-${name}-${what}.png`), fullPage: true });

  // What the resident and the worker said together, on the tablet alone, and what Waymark answered:
  // none of the kiosk part may be left anywhere once the resident has finished.
  const together = [`hello from the ${name} desk`];
  const alone = [`I am 45 (${name})`];
  let assistedUrl = '';

  try {
    await step(S('/console/ signed out: the sign-in page, axe clean'), async () => {
      await page.goto(BASE + '/console/');
      assert.match(page.url(), consolePath('/login\\?next=(/|%2F)console(/|%2F)'));
      assert.equal(await page.locator('h1').innerText(), 'Sign in');
      assert.equal(await page.locator('nav').count(), 0, 'no console navigation before signing in');
      await pageCheck(page, `${name} sign-in`);
    });

    await step(S('the skip link is the first Tab stop and moves focus to the main content'), async () => {
      await page.keyboard.press('Tab');
      const info = await focusInfo(page);
      assert.match(info.desc, /^a "Skip to content"/);
      assert.ok(info.outline >= 2, `skip link focus ring: ${JSON.stringify(info)}`);
      assert.ok(await page.locator('.skip').isVisible(), 'the focused skip link is on screen');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    });

    await step(S('a wrong password: the error is announced (role=alert), tied to the fields, axe clean'), async () => {
      allowed.push([401, '/console/login']);
      await signIn(page, WORKER, 'not the password at all');
      const error = page.locator('main .error');
      assert.match(await error.innerText(), /Email or password not recognised/);
      assert.equal(await error.getAttribute('role'), 'alert');
      const errorId = await error.getAttribute('id');
      assert.ok(errorId, 'the error has an id the fields can point at');
      for (const field of ['#email', '#password']) {
        const described = (await page.locator(field).getAttribute('aria-describedby') || '').split(/\s+/);
        assert.ok(described.includes(errorId), `${field} is described by the error (aria-describedby="${described.join(' ')}")`);
      }
      assert.ok(await page.locator(`form:has(#password)`).count(), 'the fields are in the sign-in form');
      await pageCheck(page, `${name} sign-in error`);
      assert.deepEqual(allowed, [], 'the wrong password was answered 401');
    });

    await step(S('the worker signs in with the keyboard; home page axe clean'), async () => {
      await signIn(page, WORKER, PASSWORD);
      assert.match(page.url(), consolePath('/'));
      assert.equal(await page.locator('h1').innerText(), 'Sessions');
      assert.ok(await page.getByRole('navigation', { name: 'Console' }).isVisible());
      assert.equal(await page.getByRole('link', { name: 'Demand report' }).count(), 0, 'no coordinator links for a worker');
      await pageCheck(page, `${name} home`);
    });

    await step(S('start an assisted session: event named, verbal consent ticked with Space, keyboard only'), async () => {
      await typeInto(page, '#event_name', `Walsall library drop-in (${name})`);
      await tabTo(page, 'input[name="verbal_consent"]');
      await page.keyboard.press('Space');
      assert.equal(await page.locator('input[name="verbal_consent"]').isChecked(), true);
      await tabTo(page, 'button[type="submit"]', 'Start');
      await pressAndLoad(page);
      assert.match(page.url(), consolePath('/assisted/\\d+'));
      assistedUrl = page.url();
      assert.equal(await page.locator('h1').innerText(), `Walsall library drop-in (${name})`);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'text', 'the message box has focus');
    });

    await step(S('chat together: a typed message and a quick reply reach Rasa and its answers show; axe clean'), async () => {
      await page.keyboard.type(together[0]);
      await pressAndLoad(page);
      const chat = page.locator('#chat');
      assert.match(await chat.innerText(), new RegExp(escape(together[0])));
      assert.match(await chat.innerText(), /Hello, I'm Waymark/);
      assert.match(await page.locator('#chat li.resident .who').first().innerText(), /\(with worker\)/);
      await page.locator('#text').focus();
      await page.keyboard.press('Shift+Tab'); // back from the message box into the quick replies
      const reply = await focusInfo(page);
      assert.match(reply.desc, /^button "How does this work\?"/, 'the last quick reply is just before the message box');
      await pressAndLoad(page);
      assert.match(await page.locator('#chat li.bot').last().innerText(), /I ask a few questions about you/);
      await pageCheck(page, `${name} assisted chat`);
    });

    await step(S('hand the tablet over: kiosk chat, full screen, no console navigation; axe clean'), async () => {
      await page.locator('#text').focus();
      await tabTo(page, 'button', 'Hand the tablet to the resident');
      await pressAndLoad(page);
      assert.match(page.url(), consolePath('/assisted/\\d+/kiosk'));
      assert.equal(await page.locator('header, nav').count(), 0, 'no console header or navigation');
      assert.equal(await page.locator('h1').innerText(), 'Chat with Waymark');
      const text = await visibleText(page);
      assert.ok(!text.includes(together[0]), 'what was typed together is not on the resident\'s screen');
      assert.equal(await page.locator('#chat').getAttribute('aria-live'), 'polite');
      // kiosk.js asks for full screen on the first touch (browsers allow it only after a gesture).
      await page.locator('h1').click();
      await page.waitForFunction(() => document.fullscreenElement === document.documentElement, null, { timeout: 5000 });
      await pageCheck(page, `${name} kiosk`);
    });

    await step(S('kiosk is locked: the console\'s other pages lead back to the resident\'s chat'), async () => {
      const kiosk = page.url();
      await page.goto(BASE + '/console/');
      assert.equal(page.url(), kiosk);
      await page.goto(BASE + '/console/referrals');
      assert.equal(page.url(), kiosk);
    });

    await step(S('kiosk: the resident types an answer and picks a quick reply with the keyboard; axe clean'), async () => {
      const bots = () => page.locator('#chat li.bot').count();
      await page.locator('#text').focus();
      let before = await bots();
      await page.keyboard.type(alone[0]);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('#chat li.bot').length > n, before);
      assert.equal(await page.inputValue('#text'), '', 'the box is emptied after sending');
      const question = await page.locator('#chat li.bot').last().innerText();
      assert.match(question, /How old are you/);
      assert.match(await page.locator('#chat li.resident').last().innerText(), new RegExp(escape(alone[0])));
      // Back into the kiosk's own quick replies: choose one with the keyboard.
      await page.locator('#text').focus();
      await page.keyboard.press('Enter'); // nothing typed: nothing sent
      assert.equal(await bots(), before + 1);
      before = await bots();
      alone.push(`forty-five (${name})`);
      await page.keyboard.type(alone[1]);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('#chat li.bot').length > n, before);
      assert.match(await page.locator('#chat li.bot').last().innerText(), /Which area do you live in/);
      await page.locator('#options button', { hasText: 'Walsall' }).waitFor();
      await pageCheck(page, `${name} kiosk with replies`);
      before = await bots();
      await page.locator('#text').focus();
      await page.keyboard.press('Shift+Tab');
      assert.match((await focusInfo(page)).desc, /^button "Wolverhampton"/);
      await page.keyboard.press('Shift+Tab');
      assert.match((await focusInfo(page)).desc, /^button "Walsall"/);
      await page.keyboard.press('Enter');
      assert.match((await focusInfo(page)).desc, /^input#text/, 'the chosen reply is gone: focus is back in the box');
      await page.waitForFunction((n) => document.querySelectorAll('#chat li.bot').length > n, before);
      assert.match(await page.locator('#chat li.bot').last().innerText(), /What would you like to learn about/);
      assert.match((await focusInfo(page)).desc, /^input#text/, 'and stays there when the answer arrives');
      await shot('kiosk');
    });

    await step(S('"I\'ve finished": the page is emptied at once, storage cleared, then "Thank you"; axe clean'), async () => {
      const said = [...alone, 'How old are you', 'Which area do you live in', 'What would you like to learn'];
      const leftIn = async () => {
        const html = await page.content();
        const shown = await visibleText(page);
        return said.filter((s) => html.includes(s) || shown.includes(s));
      };
      assert.deepEqual(await leftIn(), said, 'the conversation is on screen before finishing');
      // Something the resident's page might have kept in this origin's storage.
      await page.evaluate((s) => { sessionStorage.setItem('draft', s); localStorage.setItem('draft', s); }, alone[0]);
      // Hold the server's answer back, to see the page while it is being asked.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route('**/finish', async (route) => { await held; await route.continue(); });
      await page.locator('#text').focus();
      await tabTo(page, 'button', "I've finished");
      const answered = page.waitForResponse((res) => res.url().endsWith('/finish'));
      await page.keyboard.press('Enter');
      const during = await page.evaluate(() => ({
        children: document.body.childElementCount, text: document.body.textContent, title: document.title,
        storage: sessionStorage.length + localStorage.length,
      }));
      assert.deepEqual(during, { children: 0, text: '', title: 'Thank you', storage: 0 }, 'the page is emptied before the server answers');
      await Promise.all([page.waitForURL(consolePath('/kiosk-done')), release()]);
      await page.unroute('**/finish');
      assert.equal((await answered).status(), 200, 'the server was told');
      assert.equal(await page.locator('h1').innerText(), 'Thank you');
      assert.match(await visibleText(page), /Please hand the tablet back/);
      assert.deepEqual(await leftIn(), [], 'nothing of the conversation on the "Thank you" page');
      assert.equal(await page.evaluate(() => sessionStorage.length + localStorage.length), 0);
      await pageCheck(page, `${name} kiosk done`);
    });

    await step(S('after finishing, Back and the kiosk\'s own address show nothing of the conversation'), async () => {
      const said = [...alone, ...together, 'How old are you', 'Which area do you live in'];
      const leftIn = async () => {
        const html = await page.content();
        return said.filter((s) => html.includes(s));
      };
      // Back through the kiosk's entries and the chat's before it: each one is "Thank you" again.
      for (let i = 0; i < 4; i += 1) {
        await page.goBack({ waitUntil: 'load' });
        assert.match(page.url(), consolePath("/kiosk-done(#latest)?"), `Back ${i + 1} lands on "Thank you" again, not ${page.url()}`);
        assert.deepEqual(await leftIn(), [], `nothing of the conversation behind Back ${i + 1}`);
      }
      await page.goto(assistedUrl + '/kiosk');
      assert.match(page.url(), consolePath('/kiosk-done'));
      assert.deepEqual(await leftIn(), []);
      await page.goto(assistedUrl);
      assert.match(page.url(), consolePath('/kiosk-done'), 'still locked until the worker unlocks');
      assert.deepEqual(await leftIn(), []);
    });

    await step(S('unlock: a wrong password is refused (announced, axe clean); the worker\'s opens the summary'), async () => {
      await typeInto(page, '#password', 'not my password');
      await pressAndLoad(page);
      assert.match(page.url(), consolePath('/kiosk-done\\?error=password'));
      const error = page.locator('main .error');
      assert.match(await error.innerText(), /password was not right/);
      assert.equal(await error.getAttribute('role'), 'alert');
      assert.equal(await page.locator('#password').getAttribute('aria-describedby'), await error.getAttribute('id'),
        'the password field is described by the error');
      await pageCheck(page, `${name} unlock error`);
      await page.evaluate(() => document.activeElement && document.activeElement.blur());
      await typeInto(page, '#password', PASSWORD);
      await pressAndLoad(page);
      assert.match(page.url(), consolePath('/assisted/\\d+/summary'));
    });

    await step(S('back in the chat, the kiosk lines are gone from the server too'), async () => {
      await page.goto(assistedUrl);
      const html = await page.content();
      for (const s of alone) assert.ok(!html.includes(s), `"${s}" is still in the worker's chat`);
      assert.ok(html.includes(together[0]), 'what was typed together stays until the session ends');
    });

    const printCheck = async (label) => {
      await page.emulateMedia({ media: 'print' });
      try {
        const shown = await page.evaluate(() => {
          const visible = (el) => el.getClientRects().length > 0;
          return {
            h1: visible(document.querySelector('h1')), header: [...document.querySelectorAll('header')].some(visible),
            forms: [...document.querySelectorAll('form, details, .skip, .no-print')].filter(visible).length,
          };
        });
        assert.deepEqual(shown, { h1: true, header: false, forms: 0 }, 'print shows the summary without forms or navigation');
        await pageCheck(page, `${label} (print)`);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    };

    await step(S('summary of this session: axe clean on screen and as printed'), async () => {
      await page.goto(assistedUrl + '/summary');
      assert.equal(await page.locator('h1').innerText(), 'Your Waymark summary');
      await pageCheck(page, `${name} summary`);
      await printCheck(`${name} summary`);
    });

    if (SEEDED_EVENT) {
      await step(S('an earlier session\'s summary with answers and routes; a referral form opened by keyboard; axe clean'), async () => {
        await page.goto(BASE + '/console/');
        await tabTo(page, 'a', SEEDED_EVENT);
        await pressAndLoad(page);
        await tabTo(page, 'a', 'Summary');
        await pressAndLoad(page);
        assert.match(page.url(), consolePath('/assisted/\\d+/summary'));
        const facts = await page.locator('.facts').innerText();
        assert.match(facts, /45/);
        assert.match(facts, /recorded with a worker/);
        assert.ok(await page.locator('.routes .route').count() >= 1, 'routes are listed');
        assert.ok(SEEDED_REFERRAL, 'WAYMARK_SEEDED_REFERRAL names the seeded referral\'s route');
        assert.ok((await visibleText(page)).includes(SEEDED_REFERRAL), 'the referral is listed');
        await tabTo(page, 'summary', 'Refer to');
        await page.keyboard.press('Enter');
        assert.equal(await page.locator('details:has(> summary:focus)').getAttribute('open'), '');
        await pageCheck(page, `${name} summary with routes`);
        await shot('summary');
        await printCheck(`${name} summary with routes`);
      });
    }

    await step(S('the handoff queue and a request: axe clean'), async () => {
      await page.goto(BASE + '/console/');
      await tabTo(page, 'nav a', 'Handoffs');
      await pressAndLoad(page);
      assert.match(page.url(), consolePath('/handoffs'));
      assert.ok(await page.locator('.list li').count() >= 2, 'the seeded requests are queued');
      assert.match(await page.locator('.list').innerText(), /urgency high/);
      await pageCheck(page, `${name} handoffs`);
      await tabTo(page, '.list a', 'Request');
      await pressAndLoad(page);
      assert.match(page.url(), consolePath('/handoffs/\\d+'));
      await pageCheck(page, `${name} handoff request`);
    });

    await step(S('referrals: the table and its status forms, axe clean'), async () => {
      await page.goto(BASE + '/console/');
      await tabTo(page, 'nav a', 'Referrals');
      await pressAndLoad(page);
      assert.match(page.url(), consolePath('/referrals'));
      assert.match(await page.locator('table tbody').innerText(), /Sam Example/);
      assert.ok(await page.locator('table tbody select').count() >= 1, 'a status can be changed');
      await pageCheck(page, `${name} referrals`);
    });

    await step(S('a worker asking for the demand report or the accounts page gets 403 (a page, axe clean)'), async () => {
      for (const p of ['/console/reports', '/console/users']) {
        allowed.push([403, p]);
        const res = await page.goto(BASE + p);
        assert.equal(res.status(), 403, p);
        assert.equal(await page.locator('h1').innerText(), 'Not available to you');
        await pageCheck(page, `${name} 403 ${p}`);
      }
      assert.deepEqual(allowed, []);
    });

    await step(S('sign out with the keyboard, then the coordinator signs in'), async () => {
      await page.goto(BASE + '/console/');
      await tabTo(page, 'button', 'Sign out');
      await pressAndLoad(page);
      assert.match(page.url(), consolePath('/login'));
      await signIn(page, COORDINATOR, PASSWORD);
      assert.match(page.url(), consolePath('/'));
      assert.ok(await page.getByRole('link', { name: 'Demand report' }).isVisible());
    });

    await step(S('demand report: SVG bar charts named by their title and described, axe clean'), async () => {
      await tabTo(page, 'nav a', 'Demand report');
      await pressAndLoad(page);
      assert.match(page.url(), consolePath('/reports'));
      const charts = await page.evaluate(() => [...document.querySelectorAll('svg.chart')].map((svg) => ({
        role: svg.getAttribute('role'),
        name: (svg.getAttribute('aria-labelledby') || '').split(/\s+/).map((id) => document.getElementById(id))
          .map((el) => el && el.textContent.trim()),
        bars: svg.querySelectorAll('rect.bar').length,
      })));
      assert.ok(charts.length >= 3, `charts drawn: ${JSON.stringify(charts)}`);
      for (const c of charts) {
        assert.equal(c.role, 'img');
        assert.match(c.name[0], /: bar chart$/);
        assert.match(c.name[1], /The table below has every number\./);
      }
      assert.ok(charts.some((c) => c.bars >= 2), 'bars are drawn');
      await pageCheck(page, `${name} reports`);
      await shot('reports');
      // A table wider than the screen scrolls sideways inside its box: with the keyboard too.
      const wide = await page.evaluate(() => [...document.querySelectorAll('.table-wrap')]
        .filter((w) => w.scrollWidth > w.clientWidth).map((w, i) => { w.dataset.wide = String(i); return i; }).length);
      if (wide) {
        await tabTo(page, '[data-wide="0"]');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(() => document.querySelector('[data-wide="0"]').scrollLeft > 0, null, { timeout: 3000 })
          .catch(() => assert.fail('the arrow keys do not scroll a wide table'));
      }
      console.log(`        ${wide} report table(s) wider than the ${viewport.width}px screen`);
    });

    await step(S('accounts page: axe clean'), async () => {
      await tabTo(page, 'nav a', 'Accounts');
      await pressAndLoad(page);
      assert.match(page.url(), consolePath('/users'));
      const rows = await page.locator('table tbody th[scope="row"]').allInnerTexts();
      for (const email of [WORKER, COORDINATOR]) assert.ok(rows.includes(email), `${email} listed`);
      await pageCheck(page, `${name} accounts`);
    });

    if (hasTouch) {
      await step(S('a resident who walks away: after 3 minutes idle the kiosk clears itself'), async () => {
        await tabTo(page, 'button', 'Sign out');
        await pressAndLoad(page);
        await signIn(page, WORKER, PASSWORD);
        await typeInto(page, '#event_name', `Idle check (${name})`);
        await tabTo(page, 'input[name="verbal_consent"]');
        await page.keyboard.press('Space');
        await tabTo(page, 'button[type="submit"]', 'Start');
        await pressAndLoad(page);
        await page.clock.install(); // kiosk.js's idle timer then runs on a clock the test can move on
        await tabTo(page, 'button', 'Hand the tablet to the resident');
        await pressAndLoad(page);
        const words = `I had to go (${name})`;
        await page.locator('#text').focus();
        await page.keyboard.type(words);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelectorAll('#chat li.bot').length > 0);
        await page.clock.fastForward('02:50');
        assert.match(page.url(), consolePath('/assisted/\\d+/kiosk'), 'not cleared before 3 minutes');
        assert.match(await visibleText(page), new RegExp(escape(words)));
        await Promise.all([page.waitForURL(consolePath('/kiosk-done')), page.clock.fastForward('00:15')]);
        assert.ok(!(await page.content()).includes(words), 'nothing of the conversation after the idle clear');
        await page.goBack({ waitUntil: 'load' });
        assert.ok(!(await page.content()).includes(words), 'nor behind Back');
        await typeInto(page, '#password', PASSWORD);
        await pressAndLoad(page);
        assert.match(page.url(), consolePath('/assisted/\\d+/summary'));
      });
    }

    await step(S('no script errors and no unexpected HTTP errors'), async () => {
      assert.deepEqual(problems, []);
    });
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  if (!run.failures) console.log(String(err && err.stack || err));
  console.log(`\n${run.failures || 1} step(s) failed.`);
  process.exit(1);
});
