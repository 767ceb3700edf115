import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from '../../src/content/zod';
import sourceDomainsJson from '../../src/content/source-domains.json';

/**
 * Every source URL a visitor can see comes from a reviewed domain (src/content/source-domains.json): the
 * tour's sources, the FAQ's, the lunar sites' and any other content file's (every http(s) URL in any
 * string of src/content/**\/*.json, so new content files are checked without naming them here), and the
 * source strings of the .ts modules below whose sources are shown. The station's "Station parts" panel shows
 * `source` texts that name hosts without a scheme (`nasa.gov STS-88-07`); every host named there, in the
 * content files and in iss.glb's node extras, is on the list too.
 */

const KINDS = ['agency', 'primary', 'paper', 'encyclopedia', 'reference', 'news'] as const;
const HOST = /^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/;
/** Hosts that only ever serve copies of other sites here (raw cloud hostnames, mirror TLDs): never allowed. */
const NEVER = /(amazonaws\.com|cloudfront\.net|azurefd\.net|pages\.dev|blogspot\.com|\.shop|\.xyz|\.asia)$/;

const listSchema = z.strictObject({
  about: z.string().min(1),
  domains: z
    .array(
      z.strictObject({
        domain: z.string().regex(HOST, 'a lower-case host name without "www." or a scheme'),
        kind: z.enum(KINDS),
        reason: z.string().min(10).max(200).regex(/^[^\n]+$/, 'one line'),
      }),
    )
    .min(1),
});

const list = listSchema.parse(sourceDomainsJson);

function allowedHost(name: string): boolean {
  const host = name.toLowerCase().replace(/^www\./, '');
  return list.domains.some(({ domain }) => host === domain || host.endsWith(`.${domain}`));
}

function allowed(url: string): boolean {
  return allowedHost(new URL(url).hostname);
}

/**
 * A host named in prose, with or without a scheme (`spaceref.com STS-117 report 10`): dot-separated labels
 * ending in a letters-only top-level label, not inside a path (`…/sm.html`) or a word (`exp16_pma2_move.html`).
 */
const HOST_IN_TEXT = /(?<![\w./@:-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?![\w-])/gi;
/** File names that the sources cite alongside hosts (`facts.md §2.4`, `iss-visiting-vehicles.json`). */
const FILE_NAME = /\.(md|json|html?|m?js|ts|glb|pdf|php|msh|cpp|txt|csv)$/i;
/** Mirrors, scrapers and blog hosts that the sources once named by name alone (`piglix Cupola`). */
const MIRROR_NAME = /\b(piglix|primidi|liquisearch|wikiwix|kiwix|handwiki|wikirank|grokipedia|academickids|clateway|askwikinow|cloudfront|blogspot|wordpress|redorbit)\b/i;

function hostsIn(text: string): string[] {
  return [...text.matchAll(HOST_IN_TEXT)].map((m) => m[0].toLowerCase()).filter((h) => !FILE_NAME.test(h));
}

/** Each string under a `source` key of the parsed JSON value, with the path to it. */
function sourcesIn(value: unknown, path: string, out: Array<{ at: string; text: string }>): void {
  if (Array.isArray(value)) value.forEach((v, i) => sourcesIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' && typeof v === 'string') out.push({ at: `${path}.${k}`, text: v });
      else sourcesIn(v, `${path}.${k}`, out);
    }
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const URL_IN_TEXT = /https?:\/\/[^\s"'`<>()]*[^\s"'`<>().,;:]/g;

/** Each http(s) URL in any string of the parsed JSON value, with the path to it. */
function urlsIn(value: unknown, path: string, out: Array<{ at: string; url: string }>): void {
  if (typeof value === 'string') for (const m of value.matchAll(URL_IN_TEXT)) out.push({ at: path, url: m[0] });
  else if (Array.isArray(value)) value.forEach((v, i) => urlsIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) urlsIn(v, `${path}.${k}`, out);
}

const contentFiles = readdirSync(`${root}src/content`, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json') && !f.startsWith('i18n') && f !== 'source-domains.json')
  .map((f) => `src/content/${f.replaceAll('\\', '/')}`)
  .sort();

/** Modules whose source strings are shown to visitors (the lunar catalogue's typed view). */
const VISIBLE_SOURCE_TS = ['src/astro/southPole.ts', 'src/content/lunarSites.ts'].filter((f) => existsSync(root + f));

/** Content files whose `source` texts the station's parts panel shows (elements, vehicles, label cards). */
const STATION_SOURCE_FILES = [
  'src/content/assembly.json',
  'src/content/docking-manifest.json',
  'src/content/part-facts.json',
  'src/content/historic-models.json',
];

const stationSources: Array<{ at: string; text: string }> = [];
for (const file of STATION_SOURCE_FILES) sourcesIn(JSON.parse(readFileSync(root + file, 'utf8')), file, stationSources);

/** iss.glb's node extras, as the app reads them (userData.source of its module markers, ports and wings). */
async function glbSources(file: string): Promise<Array<{ at: string; text: string }>> {
  (globalThis as { self?: unknown }).self ??= globalThis;
  const bytes = readFileSync(root + file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const gltf = await new GLTFLoader().parseAsync(buffer, '');
  const out: Array<{ at: string; text: string }> = [];
  gltf.scene.traverse((o: Object3D) => {
    const source = (o.userData as { source?: unknown }).source;
    if (typeof source === 'string') out.push({ at: `${file} ${o.name}`, text: source });
  });
  return out;
}

const visible: Array<{ at: string; url: string }> = [];
for (const file of contentFiles) urlsIn(JSON.parse(readFileSync(root + file, 'utf8')), file, visible);
for (const file of VISIBLE_SOURCE_TS) {
  for (const m of readFileSync(root + file, 'utf8').matchAll(URL_IN_TEXT)) visible.push({ at: file, url: m[0] });
}

describe('source domains: the reviewed list', () => {
  it('names each domain once, with a kind and a one-line reason', () => {
    const names = list.domains.map((d) => d.domain);
    expect(new Set(names).size).toBe(names.length);
  });

  it('allows no raw cloud hostname or mirror domain', () => {
    for (const { domain } of list.domains) expect(domain, domain).not.toMatch(NEVER);
  });

  it('matches hosts and their subdomains, not look-alikes', () => {
    expect(allowed('https://www.nasa.gov/x')).toBe(true);
    expect(allowed('https://historycollection.jsc.nasa.gov/x')).toBe(true);
    expect(allowed('https://notnasa.gov/x')).toBe(false);
    expect(allowed('https://en.wikipedia.org.example.com/x')).toBe(false);
  });

  it('finds hosts named without a scheme, and not file names or paths', () => {
    expect(hostsIn('facts.md §2.4 (nasa.gov node2 page ; en.wikipedia.org/wiki/Harmony_(ISS_module))')).toEqual(['nasa.gov', 'en.wikipedia.org']);
    expect(hostsIn('station-through-time.md A1 (nasa.gov exp16_pma2_move.html; a.osmarks.net Zarya)')).toEqual(['nasa.gov', 'a.osmarks.net']);
    expect(hostsIn('iss-visiting-vehicles.json: docked 2020-04-25T03:11:56Z, e.g. 12.6 m (approx.)')).toEqual([]);
  });
});

describe('source domains: every host the station parts panel names is on the list', () => {
  it('reads the source texts of elements, vehicles and label cards', () => {
    for (const file of STATION_SOURCE_FILES) expect(stationSources.some((s) => s.at.startsWith(`${file}.`)), file).toBe(true);
  });

  it.each(STATION_SOURCE_FILES)('%s', (file) => {
    const mine = stationSources.filter((s) => s.at.startsWith(`${file}.`));
    const off = mine.flatMap((s) => hostsIn(s.text).filter((h) => !allowedHost(h)).map((h) => `${s.at}: ${h}`));
    const mirrors = mine.filter((s) => MIRROR_NAME.test(s.text)).map((s) => `${s.at}: ${s.text}`);
    expect([...off, ...mirrors]).toEqual([]);
  });

  describe('models/iss.glb', () => {
    let sources: Array<{ at: string; text: string }> = [];
    beforeAll(async () => {
      sources = await glbSources('models/iss.glb');
    });

    it('reads the source texts of its parts', () => {
      expect(sources.length).toBeGreaterThan(20);
    });

    it('names only listed hosts and no mirror', () => {
      const off = sources.flatMap((s) => hostsIn(s.text).filter((h) => !allowedHost(h)).map((h) => `${s.at}: ${h}`));
      const mirrors = sources.filter((s) => MIRROR_NAME.test(s.text)).map((s) => `${s.at}: ${s.text}`);
      expect([...off, ...mirrors]).toEqual([]);
    });
  });
});

describe('source domains: every visible source URL is on the list', () => {
  it('finds the tour’s sources among the URLs checked', () => {
    expect(contentFiles).toContain('src/content/tours/common-orbit.json');
    expect(visible.filter((v) => v.at.startsWith('src/content/tours/')).length).toBeGreaterThan(20);
  });

  it.each(contentFiles)('%s', (file) => {
    const off = visible.filter((v) => v.at.startsWith(`${file}.`) || v.at === file).filter((v) => !allowed(v.url));
    expect(off.map((v) => `${v.at}: ${v.url}`)).toEqual([]);
  });

  it.each(VISIBLE_SOURCE_TS.length ? VISIBLE_SOURCE_TS : ['(no .ts module shows sources)'])('%s', (file) => {
    const off = visible.filter((v) => v.at === file && !allowed(v.url));
    expect(off.map((v) => `${v.at}: ${v.url}`)).toEqual([]);
  });
});
