import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_CONFIG, parseKioskConfig } from '../../src/kiosk/config';
import { countdownLeftS, INITIAL_CYCLE, kioskReduce, type KioskCycle, type KioskEvent } from '../../src/kiosk/cycle';

const tick = (dtS: number): KioskEvent => ({ type: 'tick', dtS, idleTimeoutS: 60, countdownS: 20 });
const run = (events: KioskEvent[], from: KioskCycle = INITIAL_CYCLE) => events.reduce(kioskReduce, from);

describe('kiosk configuration', () => {
  it('the shipped public/kiosk.json is valid', () => {
    const { errors } = parseKioskConfig(JSON.parse(readFileSync('public/kiosk.json', 'utf8')));
    expect(errors).toEqual([]);
  });

  it('a bad file falls back to the defaults with messages naming the field', () => {
    const { config, errors } = parseKioskConfig({ ...DEFAULT_KIOSK_CONFIG, idleTimeoutS: 'soon', staffPin: '12' }, 'kiosk.json');
    expect(config).toEqual(DEFAULT_KIOSK_CONFIG);
    expect(errors.join('\n')).toMatch(/kiosk\.json: idleTimeoutS: /);
    expect(errors.join('\n')).toMatch(/kiosk\.json: staffPin: must be 4 to 8 digits/);
  });

  it('rejects a default language that is not offered, and unknown keys', () => {
    expect(parseKioskConfig({ ...DEFAULT_KIOSK_CONFIG, languages: ['en'], defaultLanguage: 'ja' }).errors[0]).toMatch(/defaultLanguage/);
    expect(parseKioskConfig({ ...DEFAULT_KIOSK_CONFIG, idelTimeout: 5 }).errors[0]).toMatch(/idelTimeout|Unrecognized/);
  });
});

describe('kiosk cycle', () => {
  it('attract → touch → welcome → choose → active', () => {
    expect(run([{ type: 'touch' }]).phase).toBe('welcome');
    expect(run([{ type: 'touch' }, { type: 'choose' }]).phase).toBe('active');
  });

  it('stays in attract while nobody touches, however long', () => {
    expect(run([tick(10_000)]).phase).toBe('attract');
  });

  it('idle for the timeout starts the countdown; a touch keeps exploring', () => {
    const counting = run([{ type: 'touch' }, { type: 'choose' }, tick(59), tick(1)]);
    expect(counting.phase).toBe('countdown');
    expect(countdownLeftS(counting, 20)).toBe(20);
    expect(countdownLeftS(kioskReduce(counting, tick(5)), 20)).toBe(15);
    expect(kioskReduce(counting, { type: 'touch' }).phase).toBe('active');
  });

  it('a touch resets the idle time', () => {
    const s = run([{ type: 'touch' }, { type: 'choose' }, tick(50), { type: 'touch' }, tick(50)]);
    expect(s.phase).toBe('active');
  });

  it('the countdown running out resets to attract and counts the reset', () => {
    const s = run([{ type: 'touch' }, { type: 'choose' }, tick(60), tick(20)]);
    expect(s).toEqual({ phase: 'attract', idleS: 0, resets: 1 });
  });

  it('the welcome screen left alone also times out', () => {
    expect(run([{ type: 'touch' }, tick(60), tick(20)]).phase).toBe('attract');
  });

  it('a fault returns to attract from anywhere', () => {
    expect(run([{ type: 'touch' }, { type: 'choose' }, { type: 'fault' }])).toEqual({ phase: 'attract', idleS: 0, resets: 1 });
  });
});
