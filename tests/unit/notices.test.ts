// @vitest-environment jsdom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import ts from 'typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyUrlState } from '../../src/app/boot';
import { MAX_ABS_RATE, parseUrlState } from '../../src/app/urlState';
import en from '../../src/content/i18n/en.json';
import ja from '../../src/content/i18n/ja.json';
import ru from '../../src/content/i18n/ru.json';
import { VIEWS } from '../../src/content/vocabulary';
import { SCENE_PART_KEYS } from '../../src/scene/SceneBoundary';
import { TLE_SOURCE_KEYS } from '../../src/state/elements';
import { setLang } from '../../src/state/lang';
import { messageText, noticeActions, useNotices } from '../../src/state/notices';
import { interpolate, translate } from '../../src/tour/i18n';
import { Notices } from '../../src/ui/Notices';

/*
 * Notices hold a dictionary key and parameters, never text: the notice element translates them when it renders,
 * so a change of language re-translates what is on screen. Checked three ways: every call in src passes a key
 * that all three dictionaries hold (read from the source with the TypeScript parser); a notice shown in English
 * reads in Russian after the switch; bad URL values give keys whose parameters name the value.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DICTS: Record<string, Record<string, string>> = { en, ru, ja };
const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9-]+)+$/;
const SRC = join(__dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Scan {
  calls: number;
  keys: Set<string>;
  findings: string[];
}

/**
 * Reads `noticeActions.show(id, key, params)` and `….setTleError(key, params)` calls, and every message object
 * `{ key: 'a.b', params }`: a key must be a string literal naming a dictionary key (both arms of a `?:` are
 * read), or a `.key` read from a message written elsewhere (whose literal this scan reads there); a template,
 * a `t(…)` call or any other expression is a finding. A string literal among the parameters must not be prose.
 */
function scan(name: string, text: string, into: Scan): void {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const at = (node: ts.Node) => `${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const checkKey = (node: ts.Expression): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (KEY.test(node.text)) into.keys.add(node.text);
      else into.findings.push(`${at(node)}: not a dictionary key: ${JSON.stringify(node.text)}`);
    } else if (ts.isConditionalExpression(node)) {
      checkKey(node.whenTrue);
      checkKey(node.whenFalse);
    } else if (ts.isParenthesizedExpression(node)) checkKey(node.expression);
    else if (!(ts.isPropertyAccessExpression(node) && node.name.text === 'key')) {
      into.findings.push(`${at(node)}: the key is not a string literal: ${node.getText(file)}`);
    }
  };
  const checkParams = (node: ts.Expression | undefined): void => {
    if (!node || !ts.isObjectLiteralExpression(node)) return;
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const v = p.initializer;
      const literal = ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v) ? v.text : ts.isTemplateExpression(v) ? v.head.text : null;
      if (literal !== null && /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(literal)) into.findings.push(`${at(v)}: English prose as a parameter: ${v.getText(file)}`);
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const isShow = method === 'show' && node.expression.expression.getText(file) === 'noticeActions';
      if (isShow || method === 'setTleError') {
        into.calls++;
        const [key, params] = isShow ? node.arguments.slice(1) : node.arguments;
        if (key) checkKey(key);
        else into.findings.push(`${at(node)}: no key`);
        checkParams(params);
      }
    }
    if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'key' && ts.isStringLiteral(node.initializer) && node.initializer.text.includes('.')) {
      checkKey(node.initializer);
      const params = ts.isObjectLiteralExpression(node.parent)
        ? node.parent.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(file) === 'params')
        : undefined;
      checkParams(params?.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

describe('notice calls in src pass dictionary keys, not text', () => {
  const found: Scan = { calls: 0, keys: new Set(), findings: [] };
  const files = sources(SRC);
  for (const path of files) scan(relative(SRC, path), readFileSync(path, 'utf8'), found);

  it('finds the calls (the scan works on the real sources)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(found.calls).toBeGreaterThanOrEqual(20);
    for (const key of ['moon.mapsError', 'ui.errorTour', 'scene.failed', 'tle.rejected', 'url.badTime', 'url.badLang', 'ui.errorStep']) {
      expect(found.keys, key).toContain(key);
    }
  });

  it('every key is a string literal (or a message’s .key) and no call passes English prose', () => {
    expect(found.findings).toEqual([]);
  });

  it('every key, and every word of the typed lists, is in the en, ru and ja dictionaries', () => {
    const all = [...found.keys, ...Object.values(SCENE_PART_KEYS), ...Object.values(TLE_SOURCE_KEYS)];
    for (const [lang, dict] of Object.entries(DICTS)) {
      for (const key of all) expect(dict[key]?.trim(), `${lang}: ${key}`).toBeTruthy();
    }
  });

  it('reports English text, templates, t() calls and prose parameters', () => {
    const probe: Scan = { calls: 0, keys: new Set(), findings: [] };
    const text = [
      "noticeActions.show('a', 'Stars unavailable');",
      'noticeActions.show(`b-${i}`, `${e}; using the bundled data.`);',
      "noticeActions.show('c', t('hud.noIss'));",
      "noticeActions.show('d', 'hud.noIss', { why: 'the file is missing', file: 'stars.json' });",
      "noticeActions.setTleError(ok ? 'tle.rejected' : 'TLE rejected');",
      "noticeActions.show('e', link.key, link.params);",
    ].join('\n');
    scan('probe.ts', text, probe);
    expect(probe.calls).toBe(6);
    expect(probe.findings).toEqual([
      'probe.ts:1: not a dictionary key: "Stars unavailable"',
      'probe.ts:2: the key is not a string literal: `${e}; using the bundled data.`',
      "probe.ts:3: the key is not a string literal: t('hud.noIss')",
      "probe.ts:4: English prose as a parameter: 'the file is missing'",
      'probe.ts:5: not a dictionary key: "TLE rejected"',
    ]);
  });
});

describe('a notice is translated when shown, in the current language', () => {
  let root: Root;
  let host: HTMLDivElement;
  const texts = () => [...host.querySelectorAll('[data-testid="notice"] span')].map((e) => e.textContent);
  const tleText = () => host.querySelector('[data-testid="tle-error"] span')?.textContent;

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root.render(createElement(Notices)));
  });
  afterAll(async () => {
    act(() => root.unmount());
    await setLang('en');
    vi.restoreAllMocks();
  });
  beforeEach(async () => {
    await act(async () => {
      await setLang('en');
      useNotices.setState({ notices: [], tleError: null });
    });
  });

  it('shows English, then Russian and Japanese after a switch, with its parameters and translated words', async () => {
    const warn = vi.mocked(console.warn);
    warn.mockClear();
    await act(async () => {
      noticeActions.show('moon-maps', 'moon.mapsError', { file: 'moon-color-4k.jpg', error: 'HTTP 404' });
      noticeActions.show('scene-moon', 'scene.failed', { what: { key: SCENE_PART_KEYS.moon }, error: 'WebGL context lost' });
    });
    const params = { file: 'moon-color-4k.jpg', error: 'HTTP 404' };
    expect(texts()).toEqual([interpolate(en['moon.mapsError'], params), interpolate(en['scene.failed'], { what: 'The Moon', error: 'WebGL context lost' })]);
    // The console gets the English text.
    expect(warn).toHaveBeenCalledWith(`[notice] ${interpolate(en['moon.mapsError'], params)}`);

    await act(async () => setLang('ru'));
    expect(texts()).toEqual([interpolate(ru['moon.mapsError'], params), interpolate(ru['scene.failed'], { what: ru['scene.partMoon'], error: 'WebGL context lost' })]);
    expect(texts()[1]).toMatch(/^Луна: не удалось отрисовать \(WebGL context lost\)/);

    await act(async () => setLang('ja'));
    expect(texts()[0]).toBe(interpolate(ja['moon.mapsError'], params));
    expect(texts()[1]).toMatch(/^月を描画できませんでした/);
  });

  it('the rejected-TLE message too, with its source word', async () => {
    await act(async () => noticeActions.setTleError('tle.rejected', { source: { key: TLE_SOURCE_KEYS.pasted }, error: 'line 1: bad checksum' }));
    expect(tleText()).toBe('TLE rejected (pasted): line 1: bad checksum. The ISS keeps flying on the previous elements.');
    await act(async () => setLang('ru'));
    expect(tleText()).toBe(interpolate(ru['tle.rejected'], { source: ru['tle.sourcePasted'], error: 'line 1: bad checksum' }));
    await act(async () => noticeActions.clearTleError());
    expect(tleText()).toBeUndefined();
  });

  it('messageText translates each { key } parameter with the same function', () => {
    const ruT = (key: string, p?: Readonly<Record<string, string | number>>) => translate('ru', key, p);
    expect(messageText(ruT, { key: 'hud.noIss' })).toBe(ru['hud.noIss']);
    expect(messageText(ruT, { key: 'tle.flyingOverride', params: { source: { key: 'tle.sourceOnline' } } })).toBe('Используются элементы: загруженные из сети.');
  });
});

describe('bad URL values are problems with a key and the bad value', () => {
  it('t, rate and view', () => {
    expect(parseUrlState('?t=yesterday&rate=fast&view=pluto').problems).toEqual([
      { key: 'url.badTime', params: { value: 'yesterday' } },
      { key: 'url.badRate', params: { value: 'fast', max: MAX_ABS_RATE } },
      { key: 'url.badView', params: { value: 'pluto', views: VIEWS.join(', ') } },
    ]);
    const late = parseUrlState('?t=2026-09-17T12:00:00&rate=99999');
    expect(late.problems).toEqual([
      { key: 'url.badTime', params: { value: '2026-09-17T12:00:00' } },
      { key: 'url.badRate', params: { value: '99999', max: MAX_ABS_RATE } },
    ]);
    // The English text names the parameter as written in the address (what the e2e test looks for).
    const english = late.problems.map((m) => messageText((k, p) => translate('en', k, p), m));
    expect(english[0]).toContain('"t=2026-09-17T12:00:00"');
    expect(english[1]).toContain('rate=99999');
    expect(interpolate(ru['url.badView'], { value: 'pluto', views: 'earth' })).toContain('view=pluto');
    expect(parseUrlState('?t=2026-06-21T08:24:00Z&rate=-60&view=moon').problems).toEqual([]);
  });

  it('boot shows them, and a bad lang, as notices', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    useNotices.setState({ notices: [] });
    applyUrlState('?view=pluto&lang=de');
    expect(useNotices.getState().notices).toEqual([
      { id: 'url-0', key: 'url.badView', params: { value: 'pluto', views: VIEWS.join(', ') } },
      { id: 'url-1', key: 'url.badLang', params: { value: 'de', langs: 'en, ru, ja', lang: expect.any(String) } },
    ]);
    vi.restoreAllMocks();
  });
});
