import { describe, expect, it } from 'vitest';
import { ARTEMIS_REGIONS, CONTEXT_SITES, HISTORIC_SITES, ILRS_SITES } from '../../src/astro/southPole';
import sitesJson from '../../src/content/lunar-sites.json';
import { parseMarkerLayers } from '../../src/moon/markers';

const clone = () => JSON.parse(JSON.stringify(sitesJson)) as typeof sitesJson;

describe('lunar marker layers', () => {
  it('the shipped layers of lunar-sites.json pass their schema, every entry kept', () => {
    const { layers, errors } = parseMarkerLayers(sitesJson);
    expect(errors).toEqual([]);
    expect(layers.artemis.map((r) => r.id)).toEqual(ARTEMIS_REGIONS.map((r) => r.id));
    expect(layers.ilrs).toHaveLength(ILRS_SITES.length);
    expect(layers.context).toHaveLength(CONTEXT_SITES.length);
    expect(layers.historic.map((s) => s.id)).toEqual(HISTORIC_SITES.map((s) => s.id));
    expect(layers.historic.map((s) => s.id)).toContain('tranquility-base');
  });

  it('a bad entry is left out with a message naming the file, its layer, entry and field; the rest are kept', () => {
    const bad = clone();
    (bad.artemis[1] as { approximate: boolean }).approximate = false;
    bad.ilrs[0].latDeg = -95;
    bad.context[0].source = [];
    bad.context[1].date = '19 Aug 2023';
    const { layers, errors } = parseMarkerLayers(bad);
    expect(layers.artemis.map((r) => r.id)).toEqual(ARTEMIS_REGIONS.filter((_, i) => i !== 1).map((r) => r.id));
    expect(layers.ilrs.map((r) => r.id)).toEqual(ILRS_SITES.slice(1).map((r) => r.id));
    expect(layers.context).toEqual([]);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^lunar-sites\.json: artemis 2 \("artemis-haworth"\): approximate: /);
    expect(errors[1]).toMatch(/^lunar-sites\.json: ilrs 1 \("change-7-near-shackleton"\): latDeg: /);
    expect(errors[2]).toMatch(/^lunar-sites\.json: context 1 \("chandrayaan-3"\): source: /);
    expect(errors[3]).toMatch(/^lunar-sites\.json: context 2 \("luna-25"\): date: not an ISO date/);
  });

  it('a layer that is not a list is reported and drawn empty', () => {
    const { layers, errors } = parseMarkerLayers({ ...sitesJson, ilrs: { id: 'x' } });
    expect(layers.ilrs).toEqual([]);
    expect(layers.artemis).toHaveLength(ARTEMIS_REGIONS.length);
    expect(errors).toEqual(['lunar-sites.json: "ilrs" must be a list']);
  });
});
