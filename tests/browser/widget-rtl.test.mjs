// The widget on a page in Urdu and in Arabic: the page's language opens the conversation in it, every
// message carries lang and dir, the widget lays out right to left (computed direction, the bot's bubble
// on the right and the resident's on the left, the Send button to the input's left), what the resident
// types gets dir="auto", and axe finds no WCAG A/AA violation. Screenshots go to WAYMARK_SCREENSHOT_DIR. A
// browser set to Arabic opens the conversation in Arabic on an English page.
//
//   node widget-rtl.test.mjs      against the scripted fake gateway (which knows the Urdu and Arabic script)
import assert from 'node:assert/strict';
import path from 'node:path';
import { CONTROL_WORDS, startFakeGateway } from './fake-gateway.mjs';
import { axeCheck, launch, run, step } from './kit.mjs';

const SHOTS = process.env.WAYMARK_SCREENSHOT_DIR || '/tmp';

async function settle(page, count) {
  await page.waitForFunction((n) => {
    const status = document.querySelector('.wm-status');
    return status && status.textContent === '' && document.querySelectorAll('.wm-log .wm-msg').length >= n;
  }, count, { timeout: 30000 });
}
const box = (page, selector) => page.locator(selector).last().evaluate((e) => {
  const r = e.getBoundingClientRect();
  return { left: r.left, right: r.right };
});

async function inLanguage(base, lang) {
  const browser = await launch();
  const { page } = browser;
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  const sent = [];
  page.on('request', (req) => {
    if (req.url().endsWith('/api/web/messages') && req.method() === 'POST') sent.push(req.postDataJSON());
  });
  try {
    await step(`${lang}: the page's language opens the conversation in it, right to left`, async () => {
      await page.goto(`${base}/?lang=${lang}`);
      // The button that opens the chat is in the page's language before any reply.
      await page.waitForFunction((w) => document.querySelector('.wm-launcher').innerText.trim() === w,
        CONTROL_WORDS[lang].launcher, { timeout: 10000 });
      assert.equal(sent.length, 0);
      await page.locator('.wm-launcher').click();
      await settle(page, 1);
      assert.deepEqual(sent[0].payload, `/greet{"language":"${lang}"}`);
      assert.equal(await page.getAttribute('.wm-root', 'dir'), 'rtl');
      assert.equal(await page.getAttribute('.wm-log', 'lang'), lang);
      assert.equal(await page.locator('.wm-panel').evaluate((e) => getComputedStyle(e).direction), 'rtl');
      const bot = page.locator('.wm-log .wm-bot').last();
      assert.equal(await bot.getAttribute('lang'), lang);
      assert.equal(await bot.getAttribute('dir'), 'rtl');
      // Mirrored: the bot's bubble sits at the log's right, the Send button left of the input.
      const log = await box(page, '.wm-log'), bubble = await box(page, '.wm-bot .wm-bubble');
      assert.ok(log.right - bubble.right < 24 && bubble.left - log.left > 24, `bot bubble on the right: ${JSON.stringify({ log, bubble })}`);
      const input = await box(page, '#wm-input'), send = await box(page, '.wm-send');
      assert.ok(send.right <= input.left + 1, `Send left of the input: ${JSON.stringify({ input, send })}`);
    });
    await step(`${lang}: the widget's own controls are in the conversation's language, marked as it`, async () => {
      const words = CONTROL_WORDS[lang];
      assert.equal(await page.locator('.wm-send').innerText(), words.send);
      assert.equal(await page.locator('.wm-label').innerText(), words.input_label);
      assert.equal(await page.locator('.wm-hbtn').first().innerText(), words.restart);
      assert.equal(await page.getAttribute('.wm-root', 'lang'), lang);
      // a control the gateway sent no word for stays English, marked as English
      assert.equal(await page.locator('.wm-hint').innerText(), 'Please do not type your name, address or phone number.');
      assert.equal(await page.getAttribute('.wm-hint', 'lang'), 'en');
    });
    await step(`${lang}: what the resident types is dir="auto", the widget tells the gateway the language`, async () => {
      await page.locator('#wm-input').fill('Birmingham');
      await page.keyboard.press('Enter');
      await settle(page, 3);
      const me = page.locator('.wm-log .wm-me').last();
      assert.equal(await me.locator('.wm-words').getAttribute('dir'), 'auto');
      assert.equal(await me.locator('.wm-vh').innerText(), CONTROL_WORDS[lang].you_said);
      assert.equal(sent.at(-1).lang, lang);
      const log = await box(page, '.wm-log'), mine = await box(page, '.wm-me .wm-bubble');
      assert.ok(mine.left - log.left < 24 && log.right - mine.right > 24, `resident's bubble on the left: ${JSON.stringify({ log, mine })}`);
      assert.equal(await page.locator('.wm-log .wm-bot').last().getAttribute('lang'), lang);
      await page.screenshot({ path: path.join(SHOTS, `waymark-widget-${lang}.png`) });
    });
    await step(`axe: the widget in ${lang}`, () => axeCheck(page, lang));
    await step(`${lang}: no page errors`, async () => assert.deepEqual(problems, []));
  } finally {
    await browser.close();
  }
}

// A council's English page, a browser set to Arabic: the browser's language opens the conversation in it;
// the same page in an English browser stays English.
async function fromTheBrowser(base) {
  for (const [locale, payload] of [['ar', '/greet{"language":"ar"}'], ['en-GB', undefined]]) {
    const browser = await launch({ locale });
    const { page } = browser;
    const sent = [];
    page.on('request', (req) => {
      if (req.url().endsWith('/api/web/messages') && req.method() === 'POST') sent.push(req.postDataJSON());
    });
    try {
      await step(`a browser in ${locale} on an English page opens the conversation in ${payload ? 'Arabic' : 'English'}`, async () => {
        await page.goto(`${base}/`);
        await page.locator('.wm-launcher').click();
        await settle(page, 1);
        assert.equal(sent[0].payload, payload);
        assert.equal(await page.getAttribute('.wm-root', 'dir'), payload ? 'rtl' : 'ltr');
      });
    } finally {
      await browser.close();
    }
  }
}

async function main() {
  // A running fake gateway (WAYMARK_BASE_URL, from the pytest fixture), else one of our own.
  const gateway = process.env.WAYMARK_BASE_URL ? null : await startFakeGateway();
  const base = (process.env.WAYMARK_BASE_URL || gateway.url).replace(/\/+$/, '');
  try {
    for (const lang of ['ur', 'ar']) await inLanguage(base, lang);
    await fromTheBrowser(base);
  } catch (err) {
    // the step printed it
  } finally {
    if (gateway) await gateway.close();
  }
  if (run.failures) { console.log(`${run.failures} step(s) failed`); process.exit(1); }
  console.log(`${run.steps.length} steps passed`);
}
main();
