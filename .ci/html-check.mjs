// Browser checks of whitepaper's HTML files, run by .ci/html-check.sh:
// - axe-core (WCAG 2.x A/AA + best practices): no serious or critical violation,
//   at a desktop (1280 px) and a phone (390 px) viewport;
// - no request other than file: and data: (the file must be self-contained);
// - no console error or page error (a CSP violation shows up as one);
// - at 390 px, nothing overflows sideways (documentElement.scrollWidth <= 390), and no block
//   scrolls sideways inside the page either (tables reflow, one block per row), and no table
//   cell's text is squeezed narrower than 12 em.
// With --screenshots DIR it also writes DIR/<lang>-<name>-{desktop,phone,print}.png
// (print: the print stylesheet at A4 width, unpaginated).
//
// Usage: node html-check.mjs [--screenshots DIR] FILE.html...

import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
];
const PHONE_WIDTH = 390;

function parseArgs(argv) {
  const files = [];
  let screenshots = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--screenshots') {
      screenshots = argv[++i];
      if (!screenshots) throw new Error('--screenshots needs a directory');
    } else {
      files.push(argv[i]);
    }
  }
  return { files, screenshots };
}

// Screenshot names: <lang>-<edition>-<viewport>.png, with a number added when two files
// given in one run would share a name.
const shotBases = new Map();
function shotName(file, vp) {
  const abs = path.resolve(file);
  if (!shotBases.has(abs)) {
    const lang = path.basename(path.dirname(abs));
    let base = `${lang}-${path.basename(abs, '.html')}`;
    const taken = new Set(shotBases.values());
    for (let n = 2; taken.has(base); n++) base = `${lang}-${path.basename(abs, '.html')}-${n}`;
    shotBases.set(abs, base);
  }
  return `${shotBases.get(abs)}-${vp}.png`;
}

async function checkFile(browser, file, screenshots) {
  const problems = [];
  const notes = [];
  const url = pathToFileURL(path.resolve(file)).href;
  for (const vp of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: vp.viewport,
      deviceScaleFactor: vp.deviceScaleFactor,
      isMobile: vp.isMobile,
      hasTouch: vp.hasTouch ?? false,
      javaScriptEnabled: true, // for axe (injected over the DevTools protocol, not by the page)
    });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (req) => requests.push(req.url()));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`[${vp.name}] console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`[${vp.name}] page error: ${err.message}`));

    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(200);

    for (const r of requests) {
      if (!r.startsWith('file:') && !r.startsWith('data:')) {
        problems.push(`[${vp.name}] external request: ${r}`);
      }
    }

    const scripts = await page.evaluate(() => document.querySelectorAll('script').length);
    if (scripts > 0) problems.push(`[${vp.name}] the page contains ${scripts} <script> element(s)`);

    if (vp.name === 'phone') {
      const { scrollWidth, culprits } = await page.evaluate((limit) => {
        const out = [];
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.right > limit + 0.5 && !el.closest('.table-wrap')) {
            out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} (right=${Math.round(r.right)})`);
          }
        }
        return { scrollWidth: document.documentElement.scrollWidth, culprits: out.slice(0, 5) };
      }, PHONE_WIDTH);
      // no element scrolls sideways inside the page (a table reflows instead of scrolling)
      const scrollers = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll('body *')) {
          const ox = getComputedStyle(el).overflowX;
          if ((ox === 'auto' || ox === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
            out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} (${el.scrollWidth} > ${el.clientWidth})`);
          }
        }
        return out.slice(0, 5);
      });
      if (scrollers.length) {
        problems.push(`[phone] a block scrolls sideways: ${scrollers.join(', ')}`);
      }
      // no table cell whose text is narrower than 12 em (a column squeezed to a few characters)
      const narrow = await page.evaluate(() => {
        const out = [];
        for (const td of document.querySelectorAll('td, th')) {
          if (!td.textContent.trim() || getComputedStyle(td).display === 'none') continue;
          // the header row kept for screen readers only (visually hidden) is not read on screen
          const head = td.closest('thead');
          if (head && head.getBoundingClientRect().width <= 1) continue;
          const em = parseFloat(getComputedStyle(td).fontSize);
          const range = document.createRange();
          range.selectNodeContents(td);
          const w = range.getBoundingClientRect().width;
          const box = td.getBoundingClientRect().width;
          // the text's box: the cell's content width, unless the text is shorter than 12 em
          const pad = parseFloat(getComputedStyle(td).paddingLeft) + parseFloat(getComputedStyle(td).paddingRight);
          if (box - pad < 12 * em && w >= box - pad - 1) {
            out.push(`${td.tagName.toLowerCase()} “${td.textContent.trim().slice(0, 24)}” (${Math.round(box - pad)} px < ${12 * em} px)`);
          }
        }
        return out.slice(0, 5);
      });
      if (narrow.length) {
        problems.push(`[phone] a table cell narrower than 12 em: ${narrow.join(', ')}`);
      }
      if (scrollWidth > PHONE_WIDTH) {
        problems.push(`[phone] page scrolls sideways: scrollWidth ${scrollWidth} > ${PHONE_WIDTH}; widest: ${culprits.join(', ')}`);
      } else {
        notes.push(`scrollWidth at ${PHONE_WIDTH}px: ${scrollWidth}`);
      }
    }

    // axe is evaluated over the DevTools protocol, so the page's CSP (no scripts) stays on.
    await page.evaluate(axeSource);
    const results = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      return await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
    });
    for (const v of results.violations) {
      const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
      const line = `[${vp.name}] axe ${v.impact}: ${v.id}: ${v.help} (${v.nodes.length}×: ${where})`;
      if (v.impact === 'serious' || v.impact === 'critical') problems.push(line);
      else notes.push(line);
    }

    if (screenshots) {
      const out = path.join(screenshots, shotName(file, vp.name));
      await page.screenshot({ path: out, fullPage: true });
      notes.push(`screenshot: ${out}`);
      if (vp.name === 'desktop') {
        // How the print stylesheet lays the page out (at screen width, without pagination).
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.emulateMedia({ media: 'print' });
        const printOut = path.join(screenshots, shotName(file, 'print'));
        await page.screenshot({ path: printOut, fullPage: true });
        notes.push(`screenshot: ${printOut}`);
      }
    }
    await context.close();
  }
  return { problems, notes };
}

async function main() {
  const { files, screenshots } = parseArgs(process.argv.slice(2));
  if (files.length === 0) {
    console.error('html-check: no HTML files given');
    process.exit(2);
  }
  if (screenshots) mkdirSync(screenshots, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  let failed = 0;
  try {
    for (const file of files) {
      const { problems, notes } = await checkFile(browser, file, screenshots);
      const status = problems.length ? 'FAIL' : 'ok';
      console.log(`html-check: ${status} ${file}`);
      for (const n of notes) console.log(`  note: ${n}`);
      for (const p of problems) console.log(`  ERROR: ${p}`);
      if (problems.length) failed++;
    }
  } finally {
    await browser.close();
  }
  if (failed) {
    console.error(`html-check: ${failed} of ${files.length} file(s) failed the browser checks`);
    process.exit(1);
  }
  console.log(`html-check: browser checks passed for ${files.length} file(s)`);
}

main().catch((err) => {
  console.error(`html-check: ${err.stack || err}`);
  process.exit(1);
});
