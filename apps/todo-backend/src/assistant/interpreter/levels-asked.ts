// Priorities asked for the way people list them: "high and medium only", "everything except the low priority ones",
// "just the top priority things": said as the filter the list rules read ("high and medium priority tasks").

const LEVELS = ['high', 'medium', 'low'] as const;
const THINGS = String.raw`(?:\s+(?:ones|tasks|todos|stuff|things|items))?`;

const TWO_LEVELS = new RegExp(
  String.raw`^(?:(?:just|only)\s+)?(?:(?:show|list|give)\s+(?:me\s+)?)?(?:the\s+|my\s+)?(high|medium|low)\s+(?:and|&|\+|or)\s+(high|medium|low)(?:\s+(?:priority|prio))?${THINGS}(?:\s+only)?(?:\s+(?:please|pls))?$`,
  'i',
);
const ALL_BUT_ONE = new RegExp(
  String.raw`^(?:(?:show|list|give)\s+(?:me\s+)?)?(?:everything|all(?:\s+(?:tasks|my\s+tasks))?|anything)\s+(?:except|but|apart\s+from|other\s+than|excluding)\s+(?:the\s+)?(high|medium|low)(?:\s+(?:priority|prio))?${THINGS}(?:\s+(?:please|pls))?$`,
  'i',
);
const JUST_THE_TOP = new RegExp(
  String.raw`^(?:(?:just|only)\s+)(?:the\s+|my\s+)?(?:top|high|highest)[\s-]+(?:priority|prio)${THINGS}(?:\s+(?:please|pls))?$`,
  'i',
);

/** The request said as a filter by levels, or undefined when it names no levels this way (or is said so already). */
export function levelsAsked(text: string): string | undefined {
  const said = text.trim().replace(/[?!.]+$/, '');
  const filter = levelsFilter(said);
  return filter?.toLowerCase() === said.toLowerCase() ? undefined : filter;
}

function levelsFilter(said: string): string | undefined {
  const two = TWO_LEVELS.exec(said);
  if (two?.[1] && two[2] && two[1].toLowerCase() !== two[2].toLowerCase())
    return `show ${two[1].toLowerCase()} and ${two[2].toLowerCase()} priority tasks`;
  const but = ALL_BUT_ONE.exec(said)?.[1]?.toLowerCase();
  if (but) {
    const [first, second] = LEVELS.filter((level) => level !== but);
    return `show ${first} and ${second} priority tasks`;
  }
  if (JUST_THE_TOP.test(said)) return 'show high priority tasks';
  return undefined;
}
