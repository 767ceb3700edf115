// The dated records the historic models are drawn from (copied into src/content/historic-models.json):
// which module was part of which spacecraft over which dates, which vehicle docked where, and where each
// model comes from. Dates are UTC; where a source gives only the day, the record starts or ends at 00:00
// of it and says so in `uncertain`.

const STT = 'station-through-time.md';
const FACTS = 'facts.md';

export const SOURCES = {
  'nasa-astp': {
    title: 'NASA 3D Resources, “Apollo Soyuz” (Michael D. Carbajal)',
    via: 'neuroblaze/missiontools @aeb079e1: missiontools/cesium/_static/Models/apollo_soyuz.glb, regrouped into Apollo CSM, Docking Module and Soyuz 19',
    licence: 'No copyright (NASA media usage guidelines: no implied endorsement; NASA insignia restricted)',
    credit: 'NASA 3D Resources',
    copyright: 'NASA 3D Resources "Apollo Soyuz" (Michael D. Carbajal). No copyright; NASA media usage guidelines.',
  },
  'orbiter-mir': {
    title: 'Orbiter Space Flight Simulator, Mir mesh and textures',
    via: 'orbitersim/orbiter @5c0161f1: Meshes/Mir.msh + textures',
    licence: 'MIT',
    credit: '© 2000–2021 Martin Schweiger (Orbiter Space Flight Simulator)',
    copyright: 'Orbiter Space Flight Simulator (github.com/orbitersim/orbiter), (c) 2000-2021 Martin Schweiger, MIT License',
  },
  'orbiter-atlantis': {
    title: 'Orbiter Space Flight Simulator, Space Shuttle Atlantis mesh and textures',
    via: 'orbitersim/orbiter @5c0161f1: Src/Vessel/Atlantis/Atlantis/Meshes/Atlantis.msh + textures; door hinges and docking position from Src/Vessel/Atlantis/Atlantis/Atlantis.cpp',
    licence: 'MIT',
    credit: '© 2000–2021 Martin Schweiger (Orbiter Space Flight Simulator)',
    copyright: 'Orbiter Space Flight Simulator (github.com/orbitersim/orbiter), (c) 2000-2021 Martin Schweiger, MIT License',
  },
};

/** Joined from the docking to the final separation (RP-1357 via station-through-time.md B1). */
const ASTP_FROM = '1975-07-17T16:09:09Z'; // facts.md T3
const ASTP_TO = '1975-07-20T00:00:00Z'; // undocked, redocked ~3 h and parted on 19 Jul: times not sourced
const astp = (id, labelKey) => ({
  id,
  vehicle: 'astp',
  labelKey,
  from: ASTP_FROM,
  to: ASTP_TO,
  uncertain: ['to'],
  source: `${FACTS} T3 (docking 17 Jul 1975 16:09:09 UTC); ${STT} B1 (undocked 19 Jul, redocked about 3 hours, then separated)`,
});

export const ASTP_MODULES = [
  astp('apollo-csm', 'craft.module.apollo-csm'),
  astp('astp-docking-module', 'craft.module.astp-docking-module'),
  astp('soyuz-19', 'craft.module.soyuz-19'),
];

/** Mir was deorbited on 23 Mar 2001 (station-through-time.md B2, other notes): the time is not given. */
const MIR_TO = '2001-03-23T00:00:00Z';
const mir = (id, from, uncertain, source) => ({
  id,
  vehicle: 'mir',
  labelKey: `craft.module.${id}`,
  from,
  to: MIR_TO,
  uncertain: [...uncertain, 'to'],
  source: `${STT} B2: ${source}`,
});

export const MIR_MODULES = [
  mir('mir-core', '1986-02-19T00:00:00Z', ['from'], 'core module launched 19 Feb 1986 (20 Feb in one source)'),
  mir('kvant-1', '1987-04-09T00:35:58Z', [], 'Kvant-1 docked 9 Apr 1987 00:35:58 UTC'),
  mir('kvant-2', '1989-12-06T00:00:00Z', ['from'], 'Kvant-2 docked 6 Dec 1989 (day)'),
  mir('kristall', '1990-06-10T10:47:22Z', ['from'], 'Kristall docked 10:47:22 UTC “ten days later” than 31 May 1990 (date inferred)'),
  mir('spektr', '1995-06-01T00:56:00Z', [], 'Spektr docked 1 Jun 1995 00:56 UTC'),
  mir('mir-docking-module', '1995-11-15T06:27:38Z', [], 'Docking Module brought by STS-74; Atlantis docked through it 15 Nov 1995 06:27:38 UTC'),
  mir('priroda', '1996-04-26T00:00:00Z', ['from'], 'Priroda docked 26 Apr 1996 (day)'),
];

export const DOCKINGS = [
  {
    id: 'sts-71',
    visitor: 'shuttle',
    labelKey: 'craft.module.atlantis',
    host: 'mir-1995',
    port: 'kristall-axial',
    from: '1995-06-29T13:00:16Z',
    // Undocked on 4 Jul 1995 (the time is not in the sources): shown to the end of that day.
    to: '1995-07-05T00:00:00Z',
    uncertain: ['to'],
    source: `${FACTS} T4 (docked 29 Jun 1995 13:00:16 UTC to Kristall; landed 7 Jul 1995); undocking on 4 Jul 1995 (day only)`,
  },
];
