// What the browser test scripts share: named steps with timings, Chromium with a fresh profile, and the
// axe-core check (WCAG 2.0/2.1/2.2 A and AA, zero violations; best-practice findings are printed only).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const run = { steps: [], failures: 0 };

// Run one named step: prints "ok" with its time, or "FAIL" with the error, which it rethrows.
export async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    run.steps.push(`  ok    ${name} (${Date.now() - started} ms)`);
    console.log(run.steps.at(-1));
  } catch (err) {
    run.failures += 1;
    console.log(`  FAIL  ${name}\n${String(err && err.stack || err).replace(/^/gm, '        ')}`);
    throw err;
  }
}

export async function animationsDone(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

// axe-core on the whole page: no WCAG A/AA violation. Its source is evaluated through DevTools, which
// a page's Content-Security-Policy does not govern (an injected <script> would be refused), so the
// page's own policy stays in force.
export async function axeCheck(page, label) {
  await animationsDone(page); // a panel fading in has, for a moment, too little contrast
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    const best = await window.axe.run(document, { runOnly: { type: 'tag', values: ['best-practice'] }, resultTypes: ['violations'] });
    const brief = (v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) });
    return { violations: r.violations.map(brief), advice: best.violations.map(brief) };
  }, WCAG_TAGS);
  for (const a of results.advice) console.log(`        axe best-practice (${label}, not failing): ${a.id}: ${a.help} ${a.nodes.join(' | ')}`);
  assert.deepEqual(results.violations, [], `axe found WCAG violations (${label}):\n${JSON.stringify(results.violations, null, 2)}`);
  return results;
}

// Debian's Chromium, headless, with a fresh profile (nothing from an earlier run leaks in).
// Returns { context, page, close }.
export async function launch(options = {}) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'waymark-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      ...options,
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    throw err;
  }
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(15000);
  const close = async () => {
    await context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  };
  return { context, page, close };
}
