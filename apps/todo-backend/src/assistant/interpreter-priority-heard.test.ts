// Priorities said in words the rules were not first written for: "time sensitive", "optional", "a nice to have",
// "comes first", "needs doing asap", "star"/"unstar", "raise X to urgent", "set X back to normal", "its urgent", a
// lead-in that says the level is meant ("I've decided …"), and the urgent flag taken off (never a deletion).
import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on priorities said in other words', () => {
  it.each([
    ['the car insurance is a top priority', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['car insurance: top priority', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['car insurance needs doing asap', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['the car insurance is time sensitive', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['the car insurance is pressing', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['car insurance is an emergency', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['car insurance comes first', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['escalate the car insurance', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['star the car insurance', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['the car insurance is high prio now', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['can the car insurance be urgent?', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    [
      'please flag the car insurance as important',
      { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } },
    ],
    ['make the car insurance a priority', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['car insurance = urgent', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['the car insurance is urgent!! 🔥', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['the car insurance really cant wait', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ["the car insurance can't wait", { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['the car insurance cannot wait any longer', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['the car insurance is super important', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['the car insurance is extremely urgent', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['car insurance is now a high priority task', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    [
      'i have decided the car insurance is urgent',
      { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } },
    ],
    ['boost the car insurance', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['bump car insurance to p1', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    ['raise car insurance to urgent', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'car insurance' } }],
    [
      'hoovering the stairs can wait till later',
      { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering the stairs' } },
    ],
    [
      'hoovering the stairs is not important',
      { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering the stairs' } },
    ],
    [
      "hoovering the stairs isn't important",
      { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering the stairs' } },
    ],
    ['hoovering the stairs isnt important', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering the stairs' } }],
    ['hoovering the stairs is low prio', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering the stairs' } }],
    [
      'hoovering the stairs is not a big priority',
      { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering the stairs' } },
    ],
    ['hoovering the stairs is optional', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering the stairs' } }],
    [
      'hoovering the stairs is a nice to have',
      { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering the stairs' } },
    ],
    [
      'put hoovering the stairs on the back burner',
      { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering the stairs' } },
    ],
    ['put the hoovering on the back burner', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    [
      'hoovering the stairs can be done whenever',
      { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering the stairs' } },
    ],
    ['demote the hoovering', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['the hoovering is less of a priority now', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['the hoovering is the least important', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['lowest priority for the hoovering', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['the hoovering is no longer high priority', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['take the hoovering down a notch', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['the hoovering is not pressing', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['unstar the hoovering', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['remove the urgent flag from the hoovering', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['the hoovering is not urgent at all', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['the hoovering shouldnt be high priority', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ["the hoovering doesn't need to be high priority", { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['reduce the hoovering to low', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['put the hoovering down to low', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['hoovering -> low prio', { tool: 'set_priority', args: { priority: 'low' }, target: { title: 'hoovering' } }],
    ['the hoovering is only medium priority', { tool: 'set_priority', args: { priority: 'medium' }, target: { title: 'hoovering' } }],
    ['the hoovering is medium', { tool: 'set_priority', args: { priority: 'medium' }, target: { title: 'hoovering' } }],
    ['make the hoovering normal', { tool: 'set_priority', args: { priority: 'medium' }, target: { title: 'hoovering' } }],
    ['set the hoovering back to normal priority', { tool: 'set_priority', args: { priority: 'medium' }, target: { title: 'hoovering' } }],
    ['give the hoovering medium prio', { tool: 'set_priority', args: { priority: 'medium' }, target: { title: 'hoovering' } }],
    ['mid priority for the hoovering', { tool: 'set_priority', args: { priority: 'medium' }, target: { title: 'hoovering' } }],
    ['set it to high', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['set its priority to high', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['its urgent', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['it is a high priority', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['that one is urgent', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['that one matters most', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['make that high prio', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['make that one a p1', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['mark it urgent', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['mark it as important', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['flag it', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['it isnt urgent', { tool: 'set_priority', args: { priority: 'low' }, target: { last: true } }],
    ["it's no longer urgent", { tool: 'set_priority', args: { priority: 'low' }, target: { last: true } }],
    ['that is low priority', { tool: 'set_priority', args: { priority: 'low' }, target: { last: true } }],
    ['make it low', { tool: 'set_priority', args: { priority: 'low' }, target: { last: true } }],
    ['downgrade it', { tool: 'set_priority', args: { priority: 'low' }, target: { last: true } }],
    ['push it down the list', { tool: 'set_priority', args: { priority: 'low' }, target: { last: true } }],
    ['that one is not important', { tool: 'set_priority', args: { priority: 'low' }, target: { last: true } }],
    ['set it to medium', { tool: 'set_priority', args: { priority: 'medium' }, target: { last: true } }],
    ['task 8 is top priority', { tool: 'set_priority', args: { priority: 'high' }, target: { id: 8 } }],
    ['8 should be high priority', { tool: 'set_priority', args: { priority: 'high' }, target: { id: 8 } }],
    ['bump 8', { tool: 'set_priority', args: { priority: 'high' }, target: { id: 8 } }],
    ['bump task 8 up', { tool: 'set_priority', args: { priority: 'high' }, target: { id: 8 } }],
    ['8 to low', { tool: 'set_priority', args: { priority: 'low' }, target: { id: 8 } }],
    ['number 8 can wait', { tool: 'set_priority', args: { priority: 'low' }, target: { id: 8 } }],
    ['make #8 p2', { tool: 'set_priority', args: { priority: 'medium' }, target: { id: 8 } }],
    ['mark task eight urgent', { tool: 'set_priority', args: { priority: 'high' }, target: { id: 8 } }],
    ['add water the plants, low priority', { tool: 'add_task', args: { title: 'water the plants', priority: 'low' } }],
    ['add water the plants - urgent', { tool: 'add_task', args: { title: 'water the plants', priority: 'high' } }],
    ['add water the plants (high)', { tool: 'add_task', args: { title: 'water the plants', priority: 'high' } }],
    ['add water the plants, it is urgent', { tool: 'add_task', args: { title: 'water the plants', priority: 'high' } }],
    ['add water the plants, super urgent', { tool: 'add_task', args: { title: 'water the plants', priority: 'high' } }],
    ['add water the plants. not urgent', { tool: 'add_task', args: { title: 'water the plants', priority: 'low' } }],
    ['add water the plants, not important', { tool: 'add_task', args: { title: 'water the plants', priority: 'low' } }],
    ['add water the plants, whenever', { tool: 'add_task', args: { title: 'water the plants', priority: 'low' } }],
    ['add water the plants at low priority', { tool: 'add_task', args: { title: 'water the plants', priority: 'low' } }],
    ['add water the plants at high priority', { tool: 'add_task', args: { title: 'water the plants', priority: 'high' } }],
    ['add water the plants, priority: medium', { tool: 'add_task', args: { title: 'water the plants', priority: 'medium' } }],
    ['add an urgent one: water the plants', { tool: 'add_task', args: { title: 'water the plants', priority: 'high' } }],
    ['new urgent task water the plants', { tool: 'add_task', args: { title: 'water the plants', priority: 'high' } }],
    ['new low priority task: water the plants', { tool: 'add_task', args: { title: 'water the plants', priority: 'low' } }],
    ['add a medium priority task to water the plants', { tool: 'add_task', args: { title: 'water the plants', priority: 'medium' } }],
    ['add water the plants as urgent', { tool: 'add_task', args: { title: 'water the plants', priority: 'high' } }],
    ['add water the plants as a low priority', { tool: 'add_task', args: { title: 'water the plants', priority: 'low' } }],
    ['add water the plants, top prio', { tool: 'add_task', args: { title: 'water the plants', priority: 'high' } }],
    ['add water the plants (low prio)', { tool: 'add_task', args: { title: 'water the plants', priority: 'low' } }],
    ['add water the plants urgently', { tool: 'add_task', args: { title: 'water the plants', priority: 'high' } }],
  ] as const)('reads "%s"', (sentence, call) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', ...call });
  });

  it.each(['lower the boiler to urgent', 'raise the boiler to low', 'reduce the boiler to high', 'star the boiler for Sam'])(
    'asks about "%s", calling nothing',
    (sentence) => {
      expect(interpret(sentence).kind).toBe('help');
    },
  );

  it.each(['remove the urgent flag from the boiler', 'take the star off the boiler', 'remove the urgent tag from the boiler'])(
    'never deletes a task on "%s"',
    (sentence) => {
      const read = interpret(sentence);
      expect(read.kind === 'call' ? read.tool : read.kind).not.toBe('delete_task');
    },
  );
});
