// "I need to lock in on the essay, make it top priority", "gotta focus on the tax return so make it urgent": what the
// speaker will work on is a task already on the list, and "make it …" sets its level (read as "make <task> <level>").
// "I need to call mum, make it high priority", "I have to renew the passport, make it due friday": a need names a task
// to add, and "make it …" says how, as after "add … ,".

const NEED = String.raw`(?:(?:ok(?:ay)?|right|so)[,\s]+)?(?:i\s+(?:really\s+)?(?:need|have|want)\s+to|i\s+must|i'?ve\s+got\s+to|gotta|got\s+to|let\s+me|time\s+to)\s+(?:really\s+)?`;
const MAKE_IT = String.raw`\s*(?:[,;]\s*|\s+)(?:so\s+|and\s+)?(?:please\s+)?make\s+(?:it|that)\s+(.+)$`;
const FOCUS_THEN_LEVEL = new RegExp(
  String.raw`^${NEED}(?:focus|lock\s+in|crack\s+on|get\s+on|knuckle\s+down|buckle\s+down|concentrate|zero\s+in)\s+(?:on|with)\s+((?:the|my)\s+[^,;]+?)${MAKE_IT}`,
  'i',
);
const NEED_THEN_HOW = new RegExp(String.raw`^${NEED}([^,;]+?)\s*[,;]\s*(?:so\s+|and\s+)?(?:please\s+)?(make\s+it\s+.+)$`, 'i');

export function makeItAfterANeed(text: string): string {
  if (FOCUS_THEN_LEVEL.test(text)) return text.replace(FOCUS_THEN_LEVEL, 'make $1 $2');
  return text.replace(NEED_THEN_HOW, 'add $1, $2');
}
