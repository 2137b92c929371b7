import { englishTerms } from './word-roots.ts';

// What people wrap a request in: greetings and fillers before it ("hey doable,", "um,", "ok so"), politeness before
// and after it ("could you", "please", "thanks"), a reaction emoji, "Add:" written as a label. Taken off before the
// sentence is read, so none of it ends up in a title or a task reference.

const LEAD_IN =
  /^(?:(?:(?:hey+|hi|hello)\s+there|hey+|heya|hiya|ugh+|argh+|meh|hi+(?!\s+(?:prio|priority|pri)\b)|hello|ok|okay|anyway|anyways|btw|by\s+the\s+way|quick\s+thing|finally(?=\s*[,!.])|um+|uh+|erm+|hmm+|hm+|so|yo|doable(?=\s*[,!:])|basically|honestly|literally|so\s+yeah|yeah\s+so|alright|okey|okie|kk|right(?=\s*[,!.])|yay|woo+hoo+|phew|lol|haha|omg|omfg|(?:good\s+)?morning(?!\s+(?:all|everyone|everybody|folks|guys)$)|thanks(?:\s+(?:so|very)\s+much|\s+a\s+lot)?|thank\s+you(?:\s+(?:so|very)\s+much)?|thx|ty|cheers|great|cool|now|and|then|also|oh|oops|ah+|fyi|actually(?=\s*[,!.]|\s+(?:delete|remove|add|create|put|mark|complete|tick|check|cross|cancel|scrap|bin|trash|ditch|drop|get\s+rid|never\s*mind|nvm|forget)\b)|on\s+second\s+thoughts?|come\s+to\s+think\s+of\s+it|on\s+reflection|(?:i\s+(?:typed|wrote|spelt|spelled|got)\s+(?:that|it)\s+wrong|my\s+(?:mistake|bad))(?=\s*[,!.:;\-–—])|(?:i(?:'ve|\s+have)?\s+)?changed\s+my\s+mind(?:\s+again)?(?=\s*[,!.:;])|scratch\s+that(?=\s*[,!.;])|(?:hang|hold)\s+on(?=\s*[,!.])|(?:yes|yeah|yep)(?=\s+(?:ok|okay|fine)\b)|(?:wait|hang\s+on|hold\s+on)[,\s]+no(?=\s*[,!.])|(?:(?:actually|sorry)[,\s]+)?(?:no|nope|nah)(?=\s*[,!.]\s*(?:make|change|move|set|put|switch)\s+(?:it|that)\b)|wait(?=\s*[,!.]|\s+(?:the|my)\s)|(?:yeah|yep|yup)(?=\s+(?:the|my)\s)|(?:never\s*mind|nvm)(?=\s*[,!.])|(?:when|whenever)\s+(?:you|u)\s+(?:get|have)\s+a\s+(?:sec|second|minute|min|moment|chance)(?=\s*[,!.]?\s*(?:add|create|put|delete|remove|mark|complete|tick|rename|move|tag)\b)|(?:yes|yeah|yep|yup)(?=\s*[,!.]\s*(?:done|finished|sorted|delete|remove|add|mark|tick|complete)\b)|(?:heads\s+up|(?:good|great|some)\s+news|(?:quick\s+)?update|(?:one\s+)?(?:more|last)\s+thing|random\s+thought|(?:just\s+)?a\s+thought)(?=\s*[,!.:\-–—])|quick\s+one(?=\s*[-–—:,]\s*(?:add|create|delete|remove|mark|complete|tick|show|list|what|find|search|rename|move|tag)\b))(?:\s+doable)?\s*[,!.:-]*(?:\s*\p{Extended_Pictographic}\u{FE0F}?)*\s+)+/iu;
/** A clause before the request that only says why: "lol I forgot, add …". */
const WHY_FIRST =
  /^(?:(?:oh\s+)?(?:i\s+)?(?:just\s+)?(?:forgot|remembered)|i\s+almost\s+forgot|before\s+i\s+forget)(?:\s*[,!.:-]\s*|\s+(?:that\s+)?(?=(?:i|we)\s+(?:need|have|must|should|gotta|got)\b))/i;
const ASKING =
  /^(?:please|pls|plz|plese|pleas|plaese|pleese|kindly|(?:can|could|would|will)\s+(?:you|u|ya)(?:\s+(?:please|maybe|just|possibly|kindly))?|i\s+need\s+(?:you|u)\s+to|i\s+was\s+wondering\s+if\s+(?:you|u)\s+(?:could|can|would)|(?:would|is)\s+it\s+(?:be\s+)?possible\s+(?:for\s+(?:you|u)\s+)?to|just\s+wanted\s+to\s+(?:say|let\s+you\s+know)(?:\s+that)?|just\s+so\s+you\s+know(?:\s+that)?|i\s+(?:think|guess|believe|reckon)(?:\s+that)?(?=\s+(?:i|we|the|my|task|#?\d))|pretty\s+sure(?:\s+that)?|i\s+want\s+to|i'?d\s+like\s+to|let'?s|(?:you|we)\s+can|feel\s+free\s+to|(?:just|simply|permanently)(?=\s+(?:add|delete|remove|mark|complete|tick|check|cross|close|finish|show|list|rename|move|tag|get\s+rid|bin|trash|scrap|drop|cancel|put|create)\b)|(?:yes|yeah|yep)[,!.]?(?=\s+(?:please\s+|pls\s+)?(?:add|delete|remove|mark|complete|tick|show|list|rename|move|tag|get\s+rid|bin|trash|scrap|drop|cancel)\b)|(?:can|could|shall)\s+we(?=\s+(?:delete|remove|get\s+rid|bin|trash|scrap|drop|add|create|mark|tick|complete)\b)|go\s+ahead\s+and|(?:can|could|may)\s+i(?=\s+add\b)|(?:let\s+me|lemme|i'?ll|i\s+will|i'?m\s+gonna|i\s+am\s+going\s+to)(?=\s+(?:quickly\s+|just\s+)?add\b)|be\s+so\s+kind\s+(?:and|as\s+to)|(?:i\s+)?wanna(?=\s+(?:add|create|make|put|delete|remove|rename|mark|move|tag|see|show|list|find|search)\b)|you(?=\s+(?:add|create|make|put|delete|remove|rename|mark)\b))\s+/i;
/** "…? thanks", "… please.", "… for me", "… too": the question mark or full stop before the thanks goes with it. */
const TRAILING =
  /(?:[,.!?\s]+(?:please|pls|plz|thanks|thank\s+you|thx|ty|cheers|for\s+me|yay|hooray|woo+hoo+|phew|(?:please\s+)?and\s+thank\s+you|(?:please\s+)?and\s+thanks|(?:many|big)\s+thanks|thanks\s+(?:a\s+lot|a\s+bunch|so\s+much|very\s+much|heaps|loads)|thank\s+you\s+(?:so|very)\s+much|(?:much\s+)?appreciated|(?:i\s+)?appreciate\s+it|if\s+(?:that'?s|it'?s|that\s+is|it\s+is)\s+(?:ok|okay|alright|fine|possible)|if\s+(?:you|u)\s+would|if\s+possible|too|as\s+well|lol|haha|lmao|omg|omfg|xx+|thnx|thnks|thanx|thank\s+u|tysm|ugh+|argh+|sigh|(?:when|whenever)\s+(?:you|u)\s+(?:get|have)\s+a\s+(?:sec|second|minute|min|moment|chance)|if\s+(?:you|u)\s+(?:can|could|don'?t\s+mind)|(?:don'?t|dont|do\s+not)\s+let\s+me\s+(?:miss|forget)(?:\s+(?:this|it|that))?(?:\s+one)?|i\s+(?:always\s+forget|forget\s+always|keep\s+forgetting)(?:\s+(?:it|this|that))?|(?:i'?m|im|i\s+am)\s+(?:(?:so|totally|literally)\s+)?(?:freaking\s+out|stressed(?:\s+out)?|panicking|losing\s+it|going\s+crazy|so\s+behind)|ta(?:\s+(?:very\s+much|muchly))?)[.!]*)+$/i;
/** A smiley typed as letters after the words ("add buy milk pls :)"): a reaction, never a title's. */
const TYPED_SMILEY = /(?:\s+(?::-?[)D(P/|]|;-?\)|<3|\^_?\^|x[D)])+)+$/i;
/** Any emoji before the words ("📞 call the vet"), a reaction after them; an emoji in or after a title is the user's and stays. */
const REACTION = /^(?:\s|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+|(?:\s|👍|🙏|😊|🙂|😀|👌)+$/gu;
/** A bin before the words says "delete": "🗑 the gym task". */
const BIN_MARK = /^🗑\u{FE0F}?(?![\u{FE0F}\s]*(?:delete|remove|del|rm|trash|bin)\b)\s*/iu;
/** A tick before the words says "done", unless the words already say so ("✅ done with the dishes"). */
const DONE_MARK = /^(?:✅|✓|✔\u{FE0F}?|☑\u{FE0F}?)+(?!\s*(?:done|finished|completed?)\b)\s*/iu;
const DONE_MARK_SAID = /^(?:✅|✓|✔\u{FE0F}?|☑\u{FE0F}?)+\s*/u;
/** "the laundry is finally done 🙌": a feeling after work reported done says nothing of the task. */
const FEELING_AFTER_DONE =
  /(\b(?:done|finished|completed?|sorted|dealt\s+with)[!.]*)(?:\s|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+$/iu;
/** "finally got the taxes done", "at last paid the rent": relief before the report. */
const RELIEF_FIRST = /^(?:finally|eventually|at\s+(?:long\s+)?last)\s+(?=[a-z])/i;

/**
 * "close me the task 5", "add me buy bread", "find me the car task": "me" after a verb of ours says for whom, and
 * names no task ("remind me", "show me", "give me", "make me responsible" keep it: they read it).
 */
const FOR_ME =
  /^(add|put|write|create|close|complete|finish|delete|remove|cancel|erase|search|find|look\s+up|mark|tick|set|move|tag|rename|note|jot|make(?=\s+me\s+an?\s+(?:new\s+)?(?:task|todo|to-do|item)\b))\s+me\s+(?=\S)/i;
/** "add in my list buy bread", "remove from the list the gym", "in my list add …": where, said before what. */
const LIST_FIRST =
  /^((?:add|put|write|remove|delete|take)\s+)(?:in|into|to|on|onto|from|off)\s+(?:(?:my|the)\s+)?(?:todo\s+|to-do\s+|to\s+do\s+)?list\s+(?!:)/i;
const LIST_LEAD = /^(?:in|on|to|into|onto)\s+(?:my|the)\s+(?:todo\s+|to-do\s+)?list\s*,?\s+(?=add|put|write|create)/i;
/** "a new task: …", "new task is …", "I want a new task …": a task written under a label. */
const NEW_TASK_LABEL =
  /^(?:(?:i|we)(?:\s+(?:want|need|would\s+like)|\s*'d\s+like)\s+an?\s+(?:new\s+)?(?:task|todo|to-do|item)(?:\s+(?:for|to|called|named)(?=\s))?|an?\s+new\s+(?:task|todo|to-do|item)|new\s+(?:task|todo|to-do|item)\s+(?:is|will\s+be))\s*:?\s+/i;
/** "set a task …", "log a task: …", "record a todo …", "start a task to …": other verbs for adding one. */
const ADD_SAID_OTHERWISE = /^(?:set|log|record|enter|save|create|start|open)\s+(?=an?\s+(?:new\s+)?(?:task|todo|to-do|item)\b)/i;

const CHECKLIST_LINE =
  /^(?:[-*•+]|\[\s?\]|☐)\s+(?!(?:add|delete|remove|mark|complete|done|finish|rename|move|tag|untag|set|change|show|list|what|which|find|search|reopen)\b)/i;

/** "would you mind adding …", "do you mind moving …": the verb after it is the request ("add …"). */
const MIND = /^(?:(?:would|do)\s+(?:you|u)\s+)?mind\s+([a-z]+ing)\b/i;

function requestAfterMind(text: string): string {
  const mind = MIND.exec(text);
  // Read in a sentence of its own, where compromise sees a verb ("moving" alone it takes for an adjective).
  const verb = mind?.[1] ? englishTerms(`i am ${mind[1]} it`)[2] : undefined;
  if (!mind || !verb?.tags.includes('Gerund') || !verb.root) return text;
  return verb.root + text.slice(mind[0].length);
}

/** "can I see …", "I'd like to see …", "let me see …", "is there anything …": asking to be shown. */
const TO_SEE =
  /^(?:(?:is|are)\s+there\s+(?=any)|there\s+(?:is|are)\s+(?=any)|(?:tell|remind)\s+me(?=\s+(?:what|which|how\s+many)\b)|(?:can|could|may)\s+i\s+(?:see|have\s+a\s+look\s+at|look\s+at)|let\s+me\s+see|i(?:'d|\s+would)\s+like\s+to\s+see|i\s+(?:want|wanna|need)\s+to\s+see)\s+/i;

/** "is there anything …" asks for anything; "can I see …" asks to be shown. */
const seeing = (said: string) => (/^(?:is|are|there)\b/i.test(said) ? '' : 'show ');

/** "before I forget: get a haircut": what follows is the task to add (a request after it is read as it is). */
const REMEMBER_FIRST =
  /^(?:before\s+i\s+forget|so\s+i\s+don'?t\s+forget|something\s+for\s+(?:the|my)\s+(?:todo\s+|to-do\s+)?list|one\s+more(?:\s+(?:thing|task))?|(?:here'?s|here\s+is)\s+(?:a|another|one)(?:\s+(?:new|more))?(?:\s+(?:task|todo|one))?|(?:a\s+)?(?:new\s+)?task\s+for\s+(?:you|the\s+list|my\s+list)|(?:i\s+have|i'?ve\s+got)\s+(?:a|another|one)(?:\s+(?:new|more))?\s+(?:task|todo|one)|(?:and\s+)?(?:the\s+)?(?:next|another)(?:\s+(?:new|more))?\s+(?:task|todo|to-do|item|one)|(?:(?:i'?ve\s+)?got|i\s+have)\s+(?:a|another)\s+(?:new\s+)?(?:one|task|todo)\s+for\s+(?:you|the\s+list)|add\s+(?:something|this)(?:\s+for\s+me)?|remember\s+for\s+me)\s*[:–—-]\s*(?!\s*(?:add|create|new|put|remind|please|pls|can|could|would|delete|remove|mark|complete|tick)\b)/i;
/** "re the taxes - done", "about the cake task: remove it": the topic said as a heading, then what about it. */
const TOPIC_HEADING = /^(?:re|regarding|about|as\s+for|as\s+to)\s*:?\s+(?=[^:–—]+?(?::|\s[-–—]))/i;

/**
 * "please … , thanks!": a request framed by courtesy, the frame marked off by a comma or a full stop before the thanks.
 * A letter's formula ("Please see below", "Please note the deadline …") is read whole by the rules for office English.
 */
const COURTESY_BEFORE = /^(?:please|pls|plz|kindly)[,\s]+(?!(?:see|find|refer|be\s+advised|note(?!\s+to\s+self))\b)(?=\S)/i;
const COURTESY_AFTER = /\s*[,.!;]+\s*(?:thanks|thank\s+you|thx|ty|cheers)(?:\s+(?:so|very)\s+much|\s+a\s+lot)?[\s!.]*$/i;

/**
 * The request without the courtesy around it, before any reader sees it: "please we sold the car so delete the MOT
 * task", "delete the reminder, not the task, thanks!" are read as said without it.
 */
export function withoutCourtesyFrame(text: string): string {
  return text.trim().replace(COURTESY_BEFORE, '').replace(COURTESY_AFTER, '') || text;
}

export function stripPoliteness(text: string): string {
  let rest = text
    .replace(REMEMBER_FIRST, 'add ')
    .replace(TOPIC_HEADING, '')
    .replace(BIN_MARK, 'delete ')
    .replace(DONE_MARK, 'done ')
    .replace(DONE_MARK_SAID, '')
    .replace(FEELING_AFTER_DONE, '$1')
    .replace(REACTION, '')
    .replace(TYPED_SMILEY, '')
    .trim();
  for (let i = 0; i < 3; i++) {
    const before = rest;
    rest = requestAfterMind(
      rest
        .replace(LEAD_IN, '')
        .replace(RELIEF_FIRST, '')
        .replace(WHY_FIRST, '')
        .replace(TO_SEE, seeing)
        .replace(ASKING, '')
        .replace(TRAILING, '')
        .trim(),
    );
    if (rest === before) break;
  }
  // "Add: renew passport", "Done: pay rent", "search for: paint": a verb written as a label.
  return (
    rest
      .replace(FOR_ME, '$1 ')
      .replace(LIST_FIRST, '$1')
      .replace(LIST_LEAD, '')
      .replace(NEW_TASK_LABEL, 'add ')
      .replace(ADD_SAID_OTHERWISE, 'add ')
      // "to do get the car serviced": the list's name written as two words before the task, as "todo …" is.
      .replace(/^to[\s-]do\s+(?!(?:list|lists|today|tonight|tomorrow|this|next|for|on|by)\b)(?=\p{L})/iu, 'todo ')
      // "new errand: buy milk", "another chore: hoover".
      .replace(/^(?:new|another)\s+(?:errand|chore|job)\s*:\s*/i, 'add ')
      // "Task: buy bulbs", "don't forget: bread": a task written under a label.
      .replace(
        /^(?:(?:new\s+)?task|need|to[\s-]?do|don'?t\s+forget|do\s+not\s+forget|(?:note|reminder|memo)\s+to\s+self|mental\s+note|create|add\s+the\s+following|quick\s+(?:task|todo|to-do|reminder)|new\s+(?:todo|to-do|task)\s+item|(?:put|add)\s+(?:this|it)\s+(?:on|to)\s+(?:my|the)\s+(?:todo\s+|to-do\s+)?list)\s*:\s*|^(?:(?:new\s+)?task|to[\s-]?do|(?:note|reminder|memo)\s+to\s+(?:self|myself))\s+[-–—]\s+/i,
        'add ',
      )
      // "- call plumber", "[ ] call plumber": a line of a checklist is a task to add, unless it asks for a change.
      .replace(CHECKLIST_LINE, 'add ')
      // "new task pls: bank": the politeness inside the label.
      .replace(/^((?:add|new|create)(?:\s+(?:a\s+)?(?:new\s+)?(?:task|todo|to-do|item))?)\s+(?:pls|please|plz|for\s+me)\s*:/i, '$1:')
      .replace(/^(add|done|todo|delete|remove|complete|completed|finished|new|search(?:\s+for)?|find|look\s+(?:for|up))\s*:\s*/i, '$1 ')
      // "add a task for the parcel": what the task is for is its title ("… for the weekend: …" keeps its label).
      .replace(/^((?:add|create|make)\s+(?:a|an)\s+(?:new\s+)?(?:task|todo|to-do|item))\s+for\s+(?=(?:the|my|a|an)\s)(?![^:]*:)/i, '$1 ')
      // "add a task titled call the vet": the title given as "called" gives it.
      .replace(/^((?:add|create|make|new)\s+(?:a\s+)?(?:new\s+)?(?:task|todo|to-do|item))\s+titled\s+/i, '$1 called ')
      // "remove gym from todo", "delete gym from my to-dos": the list named after the task is no part of it.
      .replace(
        /^((?:delete|remove|erase|get\s+rid\s+of)\s+.+?)\s+(?:from|off)\s+(?:(?:my|the)\s+)?(?:to[\s-]?dos?|(?:to[\s-]?do|todo)\s+list)$/i,
        '$1',
      )
      // "delete task: car service", "complete todo - gym": the task's words under a label after the verb.
      .replace(/^(delete|remove|complete|finish|cancel|erase|drop)\s+(?:task|todo|to-do|item)\s*(?::|\s[-–—])\s*(?=[a-z])/i, '$1 ')
  );
}
