import { z } from '../content/zod';
import { LANGS } from '../content/vocabulary';

/**
 * Kiosk configuration (public/kiosk.json), validated here. Pure: no three, no React. A file that
 * fails validation is reported to the staff and the kiosk runs on DEFAULT_KIOSK_CONFIG.
 */
const langSchema = z.enum(LANGS);

export const KioskConfigSchema = z.strictObject({
  /** Seconds without a touch before the reset countdown starts. */
  idleTimeoutS: z.number().min(10).max(3600),
  /** Length of the visible "resetting in …" countdown, s. */
  countdownS: z.number().min(3).max(120),
  tour: z.string().min(1),
  languages: z.array(langSchema).min(1),
  defaultLanguage: langSchema,
  museum: z.strictObject({
    name: z.string().min(1),
    latDeg: z.number().min(-90).max(90),
    lonDeg: z.number().min(-180).max(180),
    heightM: z.number().min(-500).max(9000),
  }),
  /** Whether the kiosk may fetch current elements from CelesTrak (when online). */
  tleRefresh: z.boolean(),
  /** Projector safe-area margins, CSS px. */
  safeArea: z.strictObject({ top: z.number().min(0), right: z.number().min(0), bottom: z.number().min(0), left: z.number().min(0) }),
  /** Staff exit: long-press the top-left corner for 3 s, then this PIN. */
  staffPin: z.string().regex(/^\d{4,8}$/, 'must be 4 to 8 digits'),
  /** Base of the "take it home" QR code (the public address of this app); empty = this page's address. */
  shareBaseUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
});

export type KioskConfig = z.infer<typeof KioskConfigSchema>;

export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
  idleTimeoutS: 90,
  countdownS: 20,
  tour: 'common-orbit',
  languages: [...LANGS],
  defaultLanguage: 'en',
  museum: { name: 'Smithsonian National Air and Space Museum, Washington DC', latDeg: 38.8881, lonDeg: -77.0199, heightM: 10 },
  tleRefresh: false,
  safeArea: { top: 0, right: 0, bottom: 0, left: 0 },
  staffPin: '2468',
  shareBaseUrl: '',
};

export function parseKioskConfig(json: unknown, fileName = 'kiosk.json'): { config: KioskConfig; errors: string[] } {
  const parsed = KioskConfigSchema.safeParse(json);
  if (parsed.success) {
    const c = parsed.data;
    if (!c.languages.includes(c.defaultLanguage)) {
      return { config: DEFAULT_KIOSK_CONFIG, errors: [`${fileName}: defaultLanguage: "${c.defaultLanguage}" is not in languages`] };
    }
    return { config: c, errors: [] };
  }
  return {
    config: DEFAULT_KIOSK_CONFIG,
    errors: parsed.error.issues.map((i) => `${fileName}: ${i.path.join('.') || '(file)'}: ${i.message}`),
  };
}
