import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * The panels have no backdrop blur (recomputed over the live canvas every frame): their own background must
 * keep every text colour legible over any part of the scene behind them — WCAG 2.1 AA, 4.5:1, checked over
 * the brightest (white: sunlit cloud) and the darkest (black: space) backdrop.
 */
const css = readFileSync('src/ui/styles.css', 'utf8');
const variable = (name: string) => css.match(new RegExp(`--${name}:\\s*([^;]+);`))![1].trim();
const rgba = (v: string): [number, number, number, number] => {
  const hex = v.match(/^#([0-9a-f]{6})$/i);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)).concat(1) as [number, number, number, number];
  const m = v.match(/rgba\(([^)]+)\)/)!;
  return m[1].split(',').map(Number) as [number, number, number, number];
};
const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: number[]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const over = ([r, g, b, a]: number[], back: number[]) => [r, g, b].map((c, i) => a * c + (1 - a) * back[i]);
const contrast = (x: number, y: number) => (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);

describe('panel contrast without blur', () => {
  it('has no backdrop-filter on panels', () => {
    expect(css).not.toMatch(/backdrop-filter/);
  });
  for (const text of ['text', 'muted', 'accent']) {
    for (const [name, back] of [['white', [255, 255, 255]], ['black', [0, 0, 0]]] as const) {
      it(`--${text} on --panel over ${name} is at least 4.5:1`, () => {
        const panel = over(rgba(variable('panel')), [...back]);
        expect(contrast(luminance(rgba(variable(text))), luminance(panel))).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});
