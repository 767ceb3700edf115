// Usage: node scripts/screenshot.mjs "<query>" out.png [waitMs]  — screenshots the built app (dist/).
/* global window */
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const [query = '', out = 'test-artifacts/shot.png', wait = '4000'] = process.argv.slice(2);
const server = await startStaticServer('dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(`${server.url}${query}`);
await page.waitForFunction(() => (window.__commonOrbit?.frame.frameCount ?? 0) > 3, null, { timeout: 60000 });
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out });
console.log(await page.evaluate(() => JSON.stringify(window.__commonOrbit.renderer.info.render)));
await browser.close();
await server.close();
