import { TOOL_NAMES } from '@doable/contracts';
import { describe, expect, it } from 'vitest';
import { findTool } from '../task-tools/tool-list.ts';
import { CATEGORIES, CORPUS } from './language-corpus.ts';
import { corpusCases, isReadableDate } from './language-eval.ts';

/** The argument a tool takes for the task a phrase names (the chat fills it in once it has found the task). */
const targetArgument = (tool: string) => (tool === 'add_subtask' ? 'parent' : 'task_id');
const DATE_KEYS = ['due_date', 'date', 'at', 'due_before', 'due_after'];

describe('the language corpus', () => {
  const cases = corpusCases();

  it('has at least 500 phrasings, at least 20 in every category, each phrase once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    for (const category of CATEGORIES) expect(CORPUS[category].length, category).toBeGreaterThanOrEqual(20);
    const seen = new Map<string, number>();
    for (const { phrase } of cases) seen.set(phrase.trim().toLowerCase(), (seen.get(phrase.trim().toLowerCase()) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([phrase]) => phrase)).toEqual([]);
  });

  it('holds back about a fifth, chosen by the phrase alone', () => {
    const heldOut = cases.filter((item) => item.heldOut).length;
    expect(heldOut / cases.length).toBeGreaterThan(0.14);
    expect(heldOut / cases.length).toBeLessThan(0.26);
    for (const category of CATEGORIES)
      expect(cases.filter((item) => item.category === category && !item.heldOut).length).toBeGreaterThan(10);
  });

  it.each(cases.filter((item) => item.tool !== null).map((item) => [item.phrase, item] as const))(
    'expects a real tool with arguments its schema accepts: %j',
    (_phrase, item) => {
      const tool = findTool(item.tool ?? '');
      expect(TOOL_NAMES as readonly string[]).toContain(item.tool);
      expect(tool, `${item.tool} is not in the tool list`).toBeDefined();
      const args = item.target ? { ...item.args, [targetArgument(item.tool ?? '')]: 1 } : item.args;
      const parsed = tool?.input.safeParse(args);
      expect(parsed?.success, JSON.stringify(parsed?.error?.issues)).toBe(true);
      for (const key of DATE_KEYS) {
        const value = item.args[key];
        if (typeof value === 'string') expect(isReadableDate(value), `${key}: ${value}`).toBe(true);
      }
    },
  );

  it('expects nothing of the phrases that must be asked about', () => {
    for (const item of cases.filter((candidate) => candidate.tool === null)) {
      expect(item.args, item.phrase).toEqual({});
      expect(item.target, item.phrase).toBeUndefined();
    }
  });
});
