// "skip this week's mowing", "skip the bins this week", "skip this month's meter reading", "skip tomorrow's run": one
// date of a series passed over, which moves it on by that period to the series' next date. Never a completion: the
// mowing was not done.

export interface SkippedOnce {
  ref: string;
  /** ISO 8601 shift: P1W, P1M. */
  by: string;
}

const PERIOD: Record<string, string> = { week: 'P1W', fortnight: 'P2W', month: 'P1M', today: 'P1D', tonight: 'P1D', tomorrow: 'P1D' };

const SKIP = String.raw`(?:skip|miss\s+out|give)`;
/** "skip this week's mowing", "skip tomorrow's run": a day's date passed over is that one day's. */
const PERIOD_FIRST = new RegExp(
  String.raw`^${SKIP}\s+(?:(?:this|the)\s+(week|fortnight|month)|(today|tonight|tomorrow))'s\s+(.+?)(?:\s+a\s+miss)?$`,
  'i',
);
/** "skip the mowing this week", "give the bins a miss this week" */
const PERIOD_LAST = new RegExp(String.raw`^${SKIP}\s+(.+?)(?:\s+a\s+miss)?\s+(?:for\s+)?this\s+(week|fortnight|month)$`, 'i');

export function skippedOnce(text: string): SkippedOnce | undefined {
  const first = PERIOD_FIRST.exec(text);
  const last = first ? undefined : PERIOD_LAST.exec(text);
  const ref = first?.[3] ?? last?.[1];
  const period = (first?.[1] ?? first?.[2] ?? last?.[2])?.toLowerCase();
  // "give it a miss this week" needs the "miss"; "give the bins this week" is no skip.
  if (!ref || !period || (/^give\b/i.test(text) && !/\ba\s+miss\b/i.test(text))) return undefined;
  const by = PERIOD[period];
  return by ? { ref, by } : undefined;
}
