import { z } from 'zod';

const UNIT_SECONDS = { w: 604_800, d: 86_400, h: 3_600, m: 60 } as const;
const DURATION_PATTERN = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

/** "1h", "1d", "30m", "1h30m", "0m" → seconds; undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION_PATTERN.exec(text.trim().toLowerCase());
  if (!match || text.trim() === '') return undefined;
  const [, w, d, h, m] = match;
  return (
    Number(w ?? 0) * UNIT_SECONDS.w + Number(d ?? 0) * UNIT_SECONDS.d + Number(h ?? 0) * UNIT_SECONDS.h + Number(m ?? 0) * UNIT_SECONDS.m
  );
}

/** Seconds → the shortest duration text, e.g. 5400 → "1h30m", 0 → "0m". */
export function formatDuration(seconds: number): string {
  let rest = Math.floor(seconds / 60) * 60;
  let text = '';
  for (const [unit, size] of Object.entries(UNIT_SECONDS)) {
    const count = Math.floor(rest / size);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * size;
  }
  return text === '' ? '0m' : text;
}

const MAX_DURATION_SECONDS = 365 * 86_400;

/** A duration such as `1h`, `1d`, `30m` or `1h30m` (weeks `w`, days `d`, hours `h`, minutes `m`), parsed to seconds. */
export const durationSchema = z.string().transform((text, ctx) => {
  const seconds = parseDuration(text);
  if (seconds === undefined || seconds > MAX_DURATION_SECONDS) {
    ctx.addIssue({ code: 'custom', message: 'Use a duration such as 30m, 1h, 1d or 1h30m (at most a year).' });
    return z.NEVER;
  }
  return seconds;
});
