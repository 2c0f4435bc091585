// `whitepaper serve`'s source view in headless Chromium (playwright-core, Debian's chromium), run
// by .ci/run: a click on a sentence of a previewed page opens a panel naming the message that
// worded it (its .ftl file and line) and the fact that filled it (its content file and line) —
// in English and in Japanese. Screenshots go to /tmp/whitepaper-sources-<lang>.png.
//
// Usage: node serve-sources.mjs WHITEPAPER_BINARY PROJECT_DIR

import { launch, startServe } from './serve-common.mjs';

const [bin, root] = process.argv.slice(2);
if (!bin || !root) throw new Error('usage: node serve-sources.mjs WHITEPAPER_BINARY PROJECT_DIR');

const { server, url } = await startServe(bin, root);

const cases = [
  { lang: 'en', text: 'recorded in server time', message: 'wp-logs-zones', fact: 'content/logs.toml:' },
  { lang: 'ja', text: 'サーバーの時間', message: 'wp-logs-zones', fact: 'content/logs.toml:' },
];
const browser = await launch();
let failed = false;
try {
  for (const c of cases) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${url}${c.lang}/whitepaper.html`);
    await page.locator('main li', { hasText: c.text }).first().click();
    const panel = page.locator('#wp-sources');
    await panel.waitFor({ state: 'visible', timeout: 10000 });
    await page.waitForFunction(() => document.querySelector('#wp-sources h3'), null, { timeout: 10000 });
    const shown = await panel.innerText();
    await page.screenshot({ path: `/tmp/whitepaper-sources-${c.lang}.png` });
    const ok = shown.includes(c.message) && shown.includes(c.fact) && /whitepaper\.ftl:\d+/.test(shown);
    console.log(`${c.lang}: a click on “${c.text}” shows ${ok ? 'its message and its fact' : 'NOT its sources'}`);
    if (!ok) {
      console.log(shown);
      failed = true;
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
