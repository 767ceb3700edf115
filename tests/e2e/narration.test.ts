import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';

/*
 * Narration never stalls a tour: when recorded audio is refused (the autoplay policy), fails to load, or
 * speech errors or never starts, each step still ends by its reading time. Every case plays the tour
 * unmuted from step 1 at pace 0.02 (a step reads for about 0.4 s) and must reach step 3.
 */

type Case = {
  name: string;
  /** Recorded files the audio index lists (every step's English file), or none (speech is used). */
  recorded: boolean;
  /** Runs in the page before its scripts. */
  stub: () => void;
};

const CASES: Case[] = [
  {
    name: 'audio playback refused (autoplay policy)',
    recorded: true,
    stub: () => {
      HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
    },
  },
  { name: 'audio file fails to load', recorded: true, stub: () => undefined },
  {
    name: 'speech fires an error',
    recorded: false,
    stub: () => {
      class FakeUtterance {
        text: string;
        voice: unknown = null;
        lang = '';
        onstart: (() => void) | null = null;
        onend: (() => void) | null = null;
        onerror: ((e: { error: string }) => void) | null = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      Object.assign(window, { SpeechSynthesisUtterance: FakeUtterance });
      speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'e2e', default: true, localService: true, voiceURI: 'e2e' }] as SpeechSynthesisVoice[];
      speechSynthesis.cancel = () => undefined;
      speechSynthesis.speak = (u) => void setTimeout(() => (u as unknown as FakeUtterance).onerror?.({ error: 'synthesis-failed' }), 50);
    },
  },
  {
    name: 'speech never starts',
    recorded: false,
    stub: () => {
      class FakeUtterance {
        voice: unknown = null;
        lang = '';
        constructor(readonly text: string) {}
      }
      Object.assign(window, { SpeechSynthesisUtterance: FakeUtterance });
      speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'e2e', default: true, localService: true, voiceURI: 'e2e' }] as SpeechSynthesisVoice[];
      speechSynthesis.cancel = () => undefined;
      speechSynthesis.speak = () => undefined;
    },
  },
];

const STEP_IDS = ['sputnik-1', 'apollo-11', 'apollo-soyuz', 'shuttle-mir'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openTour(c: Case): Promise<{ page: Page; audioRequests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const audioRequests: string[] = [];
  await page.route('**/audio/index.json', (route) =>
    route.fulfill({ json: { files: c.recorded ? STEP_IDS.map((id) => `common-orbit/${id}.en.mp3`) : [] } }),
  );
  await page.route('**/audio/common-orbit/*.mp3', (route) => {
    audioRequests.push(route.request().url());
    return route.fulfill({ status: 404, body: 'not here' });
  });
  await page.addInitScript(c.stub);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${inject('baseUrl')}?tour=common-orbit&step=1&pace=0.02&lang=en`);
  return { page, audioRequests };
}

describe('narration failures', () => {
  for (const c of CASES) {
    it(`${c.name}: the tour advances by reading time`, { timeout: 120_000 }, async () => {
      const { page, audioRequests } = await openTour(c);
      const tour = page.getByTestId('tour');
      await tour.waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('tour-mute').getAttribute('aria-pressed'), 'narration is on').toBe('false');
      await expect.poll(async () => Number(await tour.getAttribute('data-step')), { timeout: 90_000, interval: 200 }).toBeGreaterThanOrEqual(3);
      if (c.name.startsWith('audio file')) expect(audioRequests.length, 'the recorded file was asked for').toBeGreaterThan(0);
      await page.close();
    });
  }
});
