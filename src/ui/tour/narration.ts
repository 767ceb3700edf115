import type { Lang } from '../../tour/i18n';

/**
 * Narration of one caption: a recorded file where public/audio/index.json lists one for this waypoint
 * and language, else the browser's speech in that language when it has a voice for it, else nothing
 * (the caption's reading time ends the step). Returns a function that stops it.
 */
export interface NarrationRequest {
  tourId: string;
  waypointId: string;
  lang: Lang;
  text: string;
  muted: boolean;
  onDone: () => void;
}

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

/** Starts narration; returns false (and does nothing) when there is no way to narrate. */
export function narrate(req: NarrationRequest): { stop: () => void; started: Promise<boolean> } {
  let stopped = false;
  let audio: HTMLAudioElement | null = null;
  const stop = () => {
    stopped = true;
    audio?.pause();
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  };
  if (req.muted) return { stop, started: Promise.resolve(false) };
  const started = recordedFiles().then((files) => {
    if (stopped) return false;
    const file = `${req.tourId}/${req.waypointId}.${req.lang}.mp3`;
    if (files.has(file)) {
      audio = new Audio(`${import.meta.env.BASE_URL}audio/${file}`);
      audio.onended = () => !stopped && req.onDone();
      audio.play().catch(() => undefined);
      return true;
    }
    const voice = voiceFor(req.lang);
    if (!voice) return false;
    const u = new SpeechSynthesisUtterance(req.text);
    u.voice = voice;
    u.lang = voice.lang;
    u.onend = () => !stopped && req.onDone();
    speechSynthesis.speak(u);
    return true;
  });
  return { stop, started };
}
