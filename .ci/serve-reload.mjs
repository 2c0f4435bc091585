// `whitepaper serve` in headless Chromium (playwright-core, Debian's chromium), run by .ci/run:
// - an open page reloads by itself after a one-line content change: five edits, each timed
//   from the file's write to the new text on screen; the median must be within 300 ms;
// - a broken content file shows its error (file:line) on the open page without a reload,
//   and the page keeps the last good build; mending it hides the error again.
//
// Usage: node serve-reload.mjs WHITEPAPER_BINARY PROJECT_DIR

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, startServe } from './serve-common.mjs';

const [bin, root] = process.argv.slice(2);
if (!bin || !root) throw new Error('usage: node serve-reload.mjs WHITEPAPER_BINARY PROJECT_DIR');

const { server, url } = await startServe(bin, root);

const browser = await launch();
let failed = false;
try {
  const page = await browser.newPage();
  await page.goto(`${url}en/whitepaper.html`);
  const file = path.join(root, 'content', 'subprocessors.toml');
  const original = readFileSync(file, 'utf8');
  let current = 'Amazon Web Services';
  const times = [];
  for (let i = 1; i <= 5; i++) {
    const next = `Amazon Web Services ${i}`;
    const text = readFileSync(file, 'utf8').replace(`"${current}"`, `"${next}"`);
    const start = Date.now();
    writeFileSync(file, text);
    await page.waitForFunction(
      n => [...document.querySelectorAll('td')].some(td => td.textContent === n),
      next,
      { timeout: 10000, polling: 5 },
    );
    times.push(Date.now() - start);
    current = next;
    await page.waitForTimeout(200);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`content change → page reloaded by itself: ${times.join(', ')} ms (median ${median} ms)`);
  if (median > 300) {
    console.log('the median is over 300 ms');
    failed = true;
  }

  // a broken file: the error shows on the open page; the page stays the last good build
  const services = path.join(root, 'content', 'services.toml');
  const good = readFileSync(services, 'utf8');
  writeFileSync(services, `${good}\nbroken = [\n`);
  await page.waitForFunction(() => {
    const box = document.getElementById('wp-serve-error');
    return box && !box.hidden && box.textContent.includes('content/services.toml:');
  }, null, { timeout: 10000 });
  const stillThere = await page.evaluate(n => document.body.innerText.includes(n), current);
  if (!stillThere) {
    console.log('the page lost the last good build');
    failed = true;
  }
  console.log('a broken file: its error shown on the open page, the last good build kept');
  writeFileSync(services, good);
  await page.waitForFunction(() => document.getElementById('wp-serve-error')?.hidden === true, null, { timeout: 10000 });
  console.log('mended: the error is gone');
  writeFileSync(file, original);
} finally {
  await browser.close();
  server.kill('SIGINT');
}
process.exit(failed ? 1 : 0);
