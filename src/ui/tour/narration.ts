import type { Lang } from '../../content/vocabulary';

/**
 * Narration of one caption: a recorded file where public/audio/index.json lists one for this waypoint
 * and language, else the browser's speech in that language when it has a voice for it, else nothing.
 * Exactly one of onDone (it was heard to the end) or onUnavailable (muted, no way to narrate, playback
 * refused by the autoplay policy, a file that fails to load, a speech error, speech that never starts)
 * is called, once, unless stopped first: the step then runs on its reading time, so a tour never stalls.
 */
export interface NarrationRequest {
  tourId: string;
  waypointId: string;
  lang: Lang;
  text: string;
  muted: boolean;
  onDone: () => void;
  onUnavailable: (reason: string) => void;
}

/** Speech that has not started by then never will (no audio device, a stuck engine). */
const SPEECH_START_TIMEOUT_MS = 4_000;
/** Chromium's speech can stop without an end event: narration is over after this long whatever it says. */
const NARRATION_MAX_MS = 90_000;

let audioIndex: Promise<Set<string>> | null = null;
function recordedFiles(): Promise<Set<string>> {
  audioIndex ??= fetch(`${import.meta.env.BASE_URL}audio/index.json`)
    .then((r) => (r.ok ? r.json() : { files: [] }))
    .then((j: { files?: string[] }) => new Set(j.files ?? []))
    .catch(() => new Set<string>());
  return audioIndex;
}

const SPEECH_LANG: Record<Lang, string> = { en: 'en', ru: 'ru', ja: 'ja' };

function voiceFor(lang: Lang): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(SPEECH_LANG[lang])) ?? null;
}

/** Starts narration; returns a function that stops it (no callback fires after that). */
export function narrate(req: NarrationRequest): () => void {
  let settled = false;
  let audio: HTMLAudioElement | null = null;
  let speaking = false;
  const timers: number[] = [];
  const settle = (done: boolean, reason = '') => {
    if (settled) return;
    settled = true;
    timers.forEach((t) => window.clearTimeout(t));
    if (done) req.onDone();
    else req.onUnavailable(reason);
  };
  const stop = () => {
    settled = true;
    timers.forEach((t) => window.clearTimeout(t));
    audio?.pause();
    if (speaking) speechSynthesis.cancel();
  };
  if (req.muted) {
    settle(false, 'muted');
    return stop;
  }
  void recordedFiles().then((files) => {
    if (settled) return;
    timers.push(window.setTimeout(() => settle(true), NARRATION_MAX_MS));
    const file = `${req.tourId}/${req.waypointId}.${req.lang}.mp3`;
    if (files.has(file)) {
      audio = new Audio(`${import.meta.env.BASE_URL}audio/${file}`);
      audio.onended = () => settle(true);
      audio.onerror = () => settle(false, `audio file failed to load: ${file}`);
      audio.play().catch((e: unknown) => settle(false, `audio playback refused: ${e instanceof Error ? e.name : String(e)}`));
      return;
    }
    const voice = voiceFor(req.lang);
    if (!voice) return settle(false, `no speech voice for ${req.lang}`);
    const u = new SpeechSynthesisUtterance(req.text);
    u.voice = voice;
    u.lang = voice.lang;
    let started = false;
    u.onstart = () => (started = true);
    u.onend = () => settle(true);
    u.onerror = (e) => settle(false, `speech error: ${e.error}`);
    timers.push(
      window.setTimeout(() => {
        if (started || settled) return;
        speechSynthesis.cancel();
        settle(false, 'speech never started');
      }, SPEECH_START_TIMEOUT_MS),
    );
    speaking = true;
    speechSynthesis.speak(u);
  });
  return stop;
}
