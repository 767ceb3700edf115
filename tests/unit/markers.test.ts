import { describe, expect, it } from 'vitest';
import { ARTEMIS_REGIONS, CONTEXT_SITES, ILRS_SITES } from '../../src/astro/southPole';
import { parseMarkerLayers } from '../../src/moon/markers';

describe('lunar marker layers', () => {
  it('the shipped layers pass their schema, every entry kept', () => {
    const { layers, errors } = parseMarkerLayers({ artemis: ARTEMIS_REGIONS, ilrs: ILRS_SITES, context: CONTEXT_SITES });
    expect(errors).toEqual([]);
    expect(layers.artemis).toHaveLength(ARTEMIS_REGIONS.length);
    expect(layers.ilrs).toHaveLength(ILRS_SITES.length);
    expect(layers.context).toHaveLength(CONTEXT_SITES.length);
  });

  it('a bad entry is left out with a message naming its layer, entry and field; the rest are kept', () => {
    const { layers, errors } = parseMarkerLayers({
      artemis: [ARTEMIS_REGIONS[0], { ...ARTEMIS_REGIONS[1], approximate: false }],
      ilrs: [{ ...ILRS_SITES[0], latDeg: -95 }, ILRS_SITES[1]],
      context: [{ ...CONTEXT_SITES[0], source: '' }, { ...CONTEXT_SITES[1], date: '19 Aug 2023' }],
    });
    expect(layers.artemis.map((r) => r.name)).toEqual([ARTEMIS_REGIONS[0].name]);
    expect(layers.ilrs.map((r) => r.name)).toEqual([ILRS_SITES[1].name]);
    expect(layers.context).toEqual([]);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^lunar markers: artemis 2 \("Haworth"\): approximate: /);
    expect(errors[1]).toMatch(/^lunar markers: ilrs 1 \("Chang'e-7 target \(near Shackleton\)"\): latDeg: /);
    expect(errors[2]).toMatch(/^lunar markers: context 1 \("Chandrayaan-3 landing site"\): source: /);
    expect(errors[3]).toMatch(/^lunar markers: context 2 \("Luna-25 impact crater"\): date: not an ISO date/);
  });

  it('a layer that is not a list is reported and drawn empty', () => {
    const { layers, errors } = parseMarkerLayers({ artemis: ARTEMIS_REGIONS, ilrs: { name: 'x' }, context: CONTEXT_SITES });
    expect(layers.ilrs).toEqual([]);
    expect(errors).toEqual(['lunar markers: "ilrs" must be a list']);
  });
});
