import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from '../../src/content/zod';
import sourceDomainsJson from '../../src/content/source-domains.json';

/**
 * Every source URL a visitor can see comes from a reviewed domain (src/content/source-domains.json): the
 * tour's sources, the FAQ's, the lunar sites' and any other content file's (every http(s) URL in any
 * string of src/content/**\/*.json, so new content files are checked without naming them here), and the
 * source strings of the .ts modules below whose sources are shown.
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

function allowed(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  return list.domains.some(({ domain }) => host === domain || host.endsWith(`.${domain}`));
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
