// How a new task repeats or how much it matters, said as a second request about it: "remind me to pay the rent friday
// and make it urgent", "add water the plants and make it repeat every week". Only after a request that adds a task
// ("it" is that task); the request goes and its value stays where the rules read a new task's level or rule (the
// words "and make it" were kept in the title).

// "put the gutters under home projects and make it low": "put" before "the", "my" or "it" may move a task there is,
// whose second change is asked, never made a new task's level.
const ADDS_A_TASK =
  /^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:add|create|new|put(?!\s+(?:the|my|our|that|this|it)\b)|remind\s+me|set\s+(?:me\s+)?an?\s+reminder)\b/i;
const MAKE_IT_REPEAT =
  /\s+and\s+(?:make|set|have)\s+(?:it|that)\s+(?:(?:a\s+)?(?:recurring|repeating|repeat(?:s)?|recur)(?:\s+task)?\s+)?(?=(?:every|each|daily|weekly|monthly|yearly|annually|biweekly|fortnightly)\b)/i;
const MAKE_IT_MATTER =
  /\s+and\s+(?:make|mark|set)\s+(?:it|that)\s+(?:as\s+)?(?=(?:(?:high|low|medium|top)(?:\s+priority)?|urgent|a\s+priority|important)[.!]*$)/i;

export function levelOrRuleAfterIt(text: string): string {
  if (!ADDS_A_TASK.test(text.trim())) return text;
  return text.replace(MAKE_IT_REPEAT, ' ').replace(MAKE_IT_MATTER, ' ');
}
