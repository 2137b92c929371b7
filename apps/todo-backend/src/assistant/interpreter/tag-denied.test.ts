import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A task said not to be what its tag says, then "the tag" taken off: the denied word is the tag.
describe('the offline interpreter on a tag denied, then taken off', () => {
  it.each([
    ['the portfolio update is not billable, take the tag off', { title: 'portfolio update' }, 'billable'],
    // In other words.
    ["12 isn't urgent any more - untag it", { id: 12 }, 'urgent'],
    ['the Acme call is no longer billable, remove the label', { title: 'Acme call' }, 'billable'],
    ["the site visit isn't billable so drop the tag", { title: 'site visit' }, 'billable'],
    ['the logo job is not #clients, take that tag off', { title: 'logo job' }, 'clients'],
  ])('takes the denied tag off in "%s"', (sentence, target, tag) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'remove_tag', args: { tag }, target });
  });

  it('asks which tag when none is named, never taking off a tag called "the"', () => {
    expect(interpret('take the tag off the portfolio update').kind).toBe('help');
    expect(interpret('take the label off 7').kind).toBe('help');
  });

  it('asks when the denied word names a project of the caller', () => {
    expect(interpret('the report is not work anymore, remove the tag', { projects: ['Work'] }).kind).toBe('help');
  });

  it('takes off a tag named again, even one that is also a project', () => {
    expect(interpret("the vet isn't a work thing, drop the work tag", { projects: ['Work'] })).toEqual({
      kind: 'call',
      tool: 'remove_tag',
      args: { tag: 'work' },
      target: { title: 'vet' },
    });
    expect(interpret("the vet isn't a work thing, drop the home tag", { projects: ['Work'] }).kind).toBe('help');
  });
});
