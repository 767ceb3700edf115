// Hover/tap label text for the ISS module markers, ports and wings. Every number is from
// /work/shared/reference/facts.md (section named in `source`); `uncertain` repeats the fact sheet's flags.

export const MODULE_INFO = {
  zvezda: {
    label: 'Zvezda service module',
    fact: 'Russian service module: 13.1 m long, about 4.15–4.2 m across at most, 19,051 kg. Its two solar wings span 29.7 m.',
    source: 'facts.md §2.4 (NASA …/elements/sm.html, UNT CyberCemetery copy ; hu.wikipedia.org Zvezda)',
  },
  zarya: {
    label: 'Zarya functional cargo block (FGB)',
    fact: 'Cargo and power block, Russian-built and US-owned: 12.56 m long, 4.11 m across, 19,323 kg. Its own two solar wings are retracted today.',
    source: 'facts.md §2.4 (en.wikipedia.org/wiki/Zarya_(ISS_module))',
  },
  'pma-1': {
    label: 'Pressurized Mating Adapter 1 (PMA-1)',
    fact: "Links Unity's aft port to Zarya's forward port: the joint between the US and Russian segments.",
    source: 'facts.md §2.3 (en.wikipedia.org/wiki/Zarya_(ISS_module))',
    uncertain: 'PMA size is not in facts.md: modelled 2.0 m long, 1.9 m across',
  },
  unity: {
    label: 'Unity (Node 1)',
    fact: 'US node with six berthing ports: 5.47 m long, 4.57 m across, 11,612 kg.',
    source: 'facts.md §2.4, §2.3 (en.wikipedia.org/wiki/Unity_(ISS_module))',
  },
  destiny: {
    label: 'Destiny laboratory',
    fact: 'US laboratory: 8.5 m long, 4.3 m across, 14,520 kg. The S0 truss sits above it.',
    source: 'facts.md §2.4 (en.wikipedia.org/wiki/Destiny_(ISS_module))',
    uncertain: 'S0 mounted above Destiny is general knowledge (facts.md §2.3)',
  },
  harmony: {
    label: 'Harmony (Node 2)',
    fact: 'US node built in Italy: 7.2 m long, 4.4 m across, 14,300 kg. Its forward and space-facing ports carry the IDAs where Crew Dragon docks.',
    source: 'facts.md §2.4, §2.3 (nasa.gov node2 page ; en.wikipedia.org/wiki/Harmony_(ISS_module))',
  },
  'pma-2': {
    label: 'PMA-2 and IDA-2 (Harmony forward)',
    fact: 'Crew Dragon and Starliner port facing the direction of travel; Demo-2 docked here. An IDA is about 1.1 m tall, 1.6 m wide and 526 kg.',
    source: 'facts.md §2.6 (nasa.gov Harmony ; en.wikipedia.org/wiki/Crew_Dragon_Demo-2 ; de.wikipedia.org/wiki/International_Docking_Adapter)',
    uncertain: 'PMA size is not in facts.md: modelled 2.0 m long, 1.9 m across',
  },
  'pma-3': {
    label: 'PMA-3 and IDA-3 (Harmony zenith)',
    fact: 'Space-facing Crew Dragon port: PMA-3 moved to Harmony in 2017 and IDA-3 was attached on 21 Aug 2019; Crew-11 docked here.',
    source: 'facts.md §2.6 (nasa.gov Harmony ; en.wikipedia.org/wiki/SpaceX_Crew-11 ; en.wikipedia.org/wiki/International_Docking_Adapter)',
    uncertain: 'PMA size is not in facts.md: modelled 2.0 m long, 1.9 m across',
  },
  tranquility: {
    label: 'Tranquility (Node 3)',
    fact: "US node built in Italy: 6.706 m long, 4.48 m across, about 19,000 kg, on Unity's port side. The Cupola is on its Earth-facing port.",
    source: 'facts.md §2.4 (esa.int Node_3_Connecting_Module ; nasa.gov Tranquility page)',
  },
  cupola: {
    label: 'Cupola',
    fact: "ESA-built observation dome: 1.5 m high, 2.95 m across, 1,880 kg, on Tranquility's Earth-facing port.",
    source: 'facts.md §2.4 (en.wikipedia.org/wiki/Cupola_(ISS_module))',
  },
  leonardo: {
    label: 'Leonardo Permanent Multipurpose Module (PMM)',
    fact: 'Storage module: 6.6 m long, 4.57 m across, about 9,896 kg; relocated on 27 May 2015.',
    source: 'facts.md §2.4, §2.3 (en.wikipedia.org/wiki/Leonardo_(ISS_module) ; nasa.gov PMM)',
    uncertain: 'its place on Tranquility forward is general knowledge (facts.md §2.3)',
  },
  beam: {
    label: 'BEAM expandable module',
    fact: 'Bigelow Expandable Activity Module: 4.01 m long, 3.23 m across, 1,413 kg.',
    source: 'facts.md §2.4 (en.wikipedia.org/wiki/Bigelow_Expandable_Activity_Module)',
    uncertain: 'its place on Tranquility aft is general knowledge (facts.md §2.3)',
  },
  quest: {
    label: 'Quest joint airlock',
    fact: "Airlock on Unity's starboard side: 5.5 m long, 4.0 m across, 6,064 kg.",
    source: 'facts.md §2.4 (en.wikipedia.org/wiki/Quest_Joint_Airlock)',
  },
  z1: {
    label: 'Z1 truss',
    fact: "A short truss on Unity's zenith port.",
    source: 'facts.md §2.5, §2.3 (en.wikipedia.org/wiki/Integrated_Truss_Structure)',
  },
  columbus: {
    label: 'Columbus laboratory',
    fact: "ESA laboratory on Harmony's starboard side: 6.9 m long, 4.5 m across.",
    source: 'facts.md §2.4, §2.3 (esa.int Columbus-Modul image caption)',
  },
  kibo: {
    label: 'Kibo pressurized module (JEM-PM)',
    fact: 'JAXA laboratory, the largest ISS module: 11.2 m long, 4.4 m across, about 15,900 kg.',
    source: 'facts.md §2.4 (nasa.gov jem.html)',
    uncertain: "Kibo on Harmony's port side is general knowledge (facts.md §2.3)",
  },
  'kibo-elm-ps': {
    label: 'Kibo logistics module (ELM-PS)',
    fact: 'JAXA logistics module on top of the JEM-PM: 3.9 m long, 4.4 m across, 4,200 kg.',
    source: 'facts.md §2.4, §2.3 (en.wikipedia.org/wiki/Japanese_Experiment_Module)',
  },
  'kibo-ef': {
    label: 'Kibo Exposed Facility (EF) and robotic arm (JEMRMS)',
    fact: "Exposed platform and robotic arm at the PM's outboard end; the JEMRMS arm is 10 m long plus a 2.2 m fine arm.",
    source: 'facts.md §2.4, §2.3 (en.wikipedia.org/wiki/Japanese_Experiment_Module)',
    uncertain: 'EF dimensions are not sourced: modelled 5.0 × 1.3 × 5.6 m',
  },
  rassvet: {
    label: 'Rassvet (MRM-1)',
    fact: "Russian docking and cargo module on Zarya's nadir port: about 5.9–6.0 m long, 2.35 m across, about 5,075 kg empty. Soyuz MS and Progress dock at its nadir port.",
    source: 'facts.md §2.4, §2.6 (en.wikipedia.org/wiki/Rassvet_(ISS_module) ; russianspaceweb Soyuz MS-22)',
  },
  poisk: {
    label: 'Poisk (MRM-2)',
    fact: "Russian docking and airlock module on Zvezda's zenith port: 4.049 m long, 2.55 m across, 3,670 kg.",
    source: 'facts.md §2.4, §2.3 (energia.ru/en/iss/rs/poisk.html ; nasa.gov Poisk)',
  },
  nauka: {
    label: 'Nauka multipurpose laboratory module (MLM)',
    fact: "Russian laboratory, about 13 m long and 4.1–4.3 m across, 20.3 t at launch. It docked to Zvezda's nadir port on 29 Jul 2021, replacing Pirs, and carries the European Robotic Arm.",
    source: 'facts.md §2.4, §2.3 (collectspace.com news-072921a ; en.wikipedia.org/wiki/Nauka_(ISS_module))',
  },
  prichal: {
    label: 'Prichal node module',
    fact: "Russian node, a ball with six ports: 4.91 m long, 3.3 m across, 3,890 kg. Berthed to Nauka's nadir port on 26 Nov 2021; Soyuz MS-27 docked at its nadir port.",
    source: 'facts.md §2.4, §2.3, §2.6 (en.wikipedia.org/wiki/Prichal_(ISS_module) ; seradata.com ; en.wikipedia.org/wiki/Soyuz_MS-27)',
  },
  pirs: {
    label: 'Pirs docking compartment (DC-1)',
    fact: "Russian docking compartment and airlock on Zvezda's nadir port from 17 Sep 2001 until 26 Jul 2021, when Progress MS-16 pulled it away to burn up over the Pacific; Nauka took its port.",
    source: 'station-through-time.md A1, B (energia.ru news 2021-07-26 ; parabolicarc.com 2021-07-26)',
    uncertain: 'its length is given as 4.1–4.91 m (station-through-time.md B): modelled 4.91 m long, 2.55 m across',
  },
  truss: {
    label: 'Integrated Truss Structure',
    fact: 'The 109 m backbone from port to starboard: S0 at the centre, then S1/P1, S3/S4 and P3/P4, S5/P5 and S6/P6. Solar wings on P6, P4, S4 and S6; main radiators on S1/P1.',
    source: 'facts.md §2.1, §2.5 (NASA facts and figures ; floridatoday S6 article)',
  },
};

/** Docking and berthing ports: `port-<id>` nodes. */
export const PORT_INFO = {
  'harmony-forward': {
    label: 'Harmony forward: PMA-2 + IDA-2',
    faces: '+X, ram',
    users: 'Crew Dragon, Starliner; Demo-2 docked here',
    kind: 'IDA',
    source: 'facts.md §2.6 (nasa.gov Harmony ; en.wikipedia.org/wiki/Crew_Dragon_Demo-2)',
  },
  'harmony-zenith': {
    label: 'Harmony zenith: PMA-3 + IDA-3',
    faces: '−Z, space',
    users: 'Crew Dragon; Crew-11 docked here',
    kind: 'IDA',
    source: 'facts.md §2.6 (nasa.gov Harmony ; en.wikipedia.org/wiki/SpaceX_Crew-11)',
  },
  'harmony-nadir': {
    label: 'Harmony nadir: CBM berthing port',
    faces: '+Z, Earth',
    users: 'robotically berthed cargo (Cygnus etc.)',
    kind: 'CBM',
    source: 'facts.md §2.6 (general knowledge)',
    uncertain: 'general knowledge (facts.md §2.6)',
  },
  'unity-nadir': {
    label: 'Unity nadir: CBM berthing port',
    faces: '+Z, Earth',
    users: 'robotically berthed cargo (Cygnus etc.)',
    kind: 'CBM',
    source: 'facts.md §2.6, §2.3 (en.wikipedia.org/wiki/Unity_(ISS_module))',
    uncertain: 'its use by cargo is general knowledge (facts.md §2.6)',
  },
  'rassvet-nadir': {
    label: 'Rassvet nadir',
    faces: '+Z, Earth',
    users: 'Soyuz MS, Progress; Soyuz MS-22 docked here',
    kind: 'probe-drogue',
    source: 'facts.md §2.6 (russianspaceweb Soyuz MS-22)',
  },
  'prichal-nadir': {
    label: 'Prichal nadir',
    faces: '+Z, Earth',
    users: 'Soyuz MS, Progress; Soyuz MS-27 docked here (Apr 2025)',
    kind: 'probe-drogue',
    source: 'facts.md §2.6 (en.wikipedia.org/wiki/Soyuz_MS-27 ; seradata.com)',
  },
  'poisk-zenith': {
    label: 'Poisk zenith',
    faces: '−Z, space',
    users: 'Soyuz MS, Progress',
    kind: 'probe-drogue',
    source: 'facts.md §2.6 (nasa.gov Poisk)',
  },
  'pirs-nadir': {
    label: 'Pirs nadir',
    faces: '+Z, Earth',
    users: 'Soyuz, Progress (2001–2021)',
    kind: 'probe-drogue',
    source: 'station-through-time.md C (en.wikipedia.org/wiki/Progress_MS-05)',
  },
  'nauka-nadir': {
    label: 'Nauka nadir',
    faces: '+Z, Earth',
    users: 'Soyuz MS-18 and Progress MS-17 (Sep–Nov 2021), then Prichal',
    kind: 'probe-drogue',
    source: 'station-through-time.md A1 (Nauka, Prichal); iss-visiting-vehicles.json (Soyuz MS-18, Progress MS-17)',
  },
  'zvezda-aft': {
    label: 'Zvezda aft',
    faces: '−X, wake',
    users: 'Progress, which also does reboosts',
    kind: 'probe-drogue',
    source: 'facts.md §2.6 (russianspaceweb TM-31 ; seradata.com)',
  },
};

/** Solar array wings: truss segment per power channel (facts.md §2.5, flagged uncertain there). */
export const WING_TRUSS = { '1A': 'S4', '3A': 'S4', '2A': 'P4', '4A': 'P4', '1B': 'S6', '3B': 'S6', '2B': 'P6', '4B': 'P6' };

/** Wings that carry an iROSA (facts.md §2.5: six confirmed installed, Jun 2021 – Jun 2023). */
export const IROSA_WINGS = ['2B', '4B', '4A', '3A', '1A', '1B'];

export const WING_FACT = {
  fact: 'A solar array wing: about 35 m long and 11.6–12 m wide, two blankets on a central telescoping mast, 32,800 cells. Each wing turns on its beta gimbal; the outboard truss turns at the alpha joints.',
  source: 'facts.md §2.5 (boeing.com solar_arrays)',
  uncertain: 'the channel-to-truss map (facts.md §2.5)',
};

export const IROSA_FACT = {
  fact: 'iROSA roll-out array: 18.3 × 6 m, more than 20 kW, on a canted strut frame above an older wing; six were installed from Jun 2021 to Jun 2023.',
  source: 'facts.md §2.5 (nasaspaceflight.com iss_irosa_roundup)',
};
