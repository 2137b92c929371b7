// The reason before a deletion may be about the person the caller cares for: "dad's not going to the day centre any
// more so bin that task", "mum isn't doing the swimming any more, delete it", "Grace won't be attending the holiday
// club, remove it". What they no longer go to or do is the task, as it is when the caller says it of themselves.

const SOMEONE = String.raw`(?:he|she|they|[\p{L}]+)`;

const SOMEONE_NOT_DOING = new RegExp(
  String.raw`^(?:${SOMEONE}(?:'s|\s+is|'re|\s+are)\s+(?:not|no\s+longer)|${SOMEONE}\s+(?:isn'?t|aren'?t|won'?t\s+be|will\s+not\s+be|doesn'?t|don'?t|won'?t))\s+(?:going\s+to|going|attending|doing|[a-z]{3,}ing|go\s+to|do|attend|need)\s+((?:the|my|our)\s+.+?)(?:\s+(?:any\s*more|after\s+all))?$`,
  'iu',
);

/** What someone no longer goes to or does, or undefined when the reason says no such thing. */
export function someoneNotDoing(reason: string): string | undefined {
  return SOMEONE_NOT_DOING.exec(reason.trim())?.[1];
}
