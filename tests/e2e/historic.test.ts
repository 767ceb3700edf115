import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium, openApp } from './browser';

/* The spacecraft of the story's early steps: the Apollo–Soyuz stack and Mir with Atlantis docked (STS-71). */

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The historic craft group, once a model is in it and it is drawn: its triangles and draw calls. */
async function craftDrawn(page: Page): Promise<{ meshes: number; triangles: number } | null> {
  return page.evaluate(() => {
    const o = (window as unknown as { __commonOrbit?: { three: () => any } }).__commonOrbit; // eslint-disable-line @typescript-eslint/no-explicit-any
    const g = o?.three().scene.getObjectByName('historic-craft');
    if (!g) return null;
    let visible = true;
    for (let p = g; p; p = p.parent) visible &&= p.visible;
    if (!visible) return null;
    let meshes = 0;
    let triangles = 0;
    g.traverseVisible((m: any) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      if (!m.isMesh) return;
      meshes++;
      triangles += (m.geometry.index?.count ?? m.geometry.attributes.position.count) / 3;
    });
    return meshes > 0 ? { meshes, triangles } : null;
  });
}

for (const [step, name, label] of [
  [3, 'apollo-soyuz', /Apollo/],
  [4, 'shuttle-mir', /Mir/],
] as const) {
  it(`tour step ${step} (${name}) shows the spacecraft in close-up, labelled, within budget — screenshot historic-${name}.png`, async () => {
    const { page, errors } = await openApp(browser, `?tour=common-orbit&step=${step}`);
    await expect.poll(() => craftDrawn(page), { timeout: 90_000 }).not.toBeNull();
    const drawn = (await craftDrawn(page))!;
    expect(drawn.triangles).toBeLessThanOrEqual(24_000);
    expect(drawn.meshes).toBeLessThanOrEqual(6);
    await expect.poll(() => page.getByTestId('historic-craft-label').first().textContent(), { timeout: 30_000 }).toMatch(label);
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${ARTIFACTS}/historic-${name}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
}
