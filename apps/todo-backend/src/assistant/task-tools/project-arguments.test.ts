import type { Project, ProjectMember } from '@doable/contracts';
import { NotFoundError } from '@doable/platform';
import { describe, expect, it } from 'vitest';
import { findProject } from './project-arguments.ts';
import { runTool } from './run-tool.ts';
import { findMember } from './task-project-tools.ts';
import { type ToolContext, ToolError } from './tool-definition.ts';

const aProject = (fields: Partial<Project>): Project => ({
  id: 1,
  name: 'Inbox',
  color: '#808080',
  emoji: null,
  archived: false,
  is_inbox: false,
  role: 'owner',
  owner_id: 'u1',
  member_count: 1,
  open_task_count: 0,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...fields,
});

const aMember = (user_id: string, name: string, email: string): ProjectMember => ({
  user_id,
  name,
  email,
  role: 'editor',
  joined_at: '2026-01-01T00:00:00.000Z',
});

const projects = [
  aProject({ id: 1, name: 'Inbox', is_inbox: true }),
  aProject({ id: 2, name: 'Work' }),
  aProject({ id: 3, name: 'work', role: 'editor', owner_id: 'u9' }),
  aProject({ id: 4, name: 'Groceries' }),
  aProject({ id: 5, name: 'Old groceries', archived: true }),
  aProject({ id: 6, name: 'Groceries', archived: true }),
];

describe('naming a project in a tool call', () => {
  it('finds a project by name, case-insensitively, preferring an active one over an archived namesake', () => {
    expect(findProject(projects, 'groceries').id).toBe(4);
    expect(findProject(projects, '  INBOX ').id).toBe(1);
    expect(findProject(projects, 'old Groceries').id).toBe(5);
  });

  it('finds a project by id, as a number or as "#id" text', () => {
    expect(findProject(projects, 4).name).toBe('Groceries');
    expect(findProject(projects, '#2').name).toBe('Work');
  });

  it('lists the candidates when a name is ambiguous or unknown, and says an id outside the list does not exist', () => {
    expect(() => findProject(projects, 'WORK')).toThrow('Several of your projects are called "WORK": "Work" (#2), "work" (#3).');
    expect(() => findProject(projects, 'Garden')).toThrow(
      'You have no project called "Garden". Your projects: "Inbox" (#1), "Work" (#2), "work" (#3), "Groceries" (#4).',
    );
    expect(() => findProject(projects, 77)).toThrow(new ToolError('There is no project #77.'));
  });
});

describe('naming a member in assign_task', () => {
  const members = [
    aMember('u1', 'Ada Lovelace', 'ada@example.com'),
    aMember('u2', 'Sam Green', 'sam@example.com'),
    aMember('u3', 'Sam Brown', 'brown@example.com'),
  ];

  it('finds "me", a user id, an email, a full name, or a first name only one member has', () => {
    expect(findMember(members, 'me', 'u1', 'Work').user_id).toBe('u1');
    expect(findMember(members, 'u3', 'u1', 'Work').user_id).toBe('u3');
    expect(findMember(members, 'SAM@example.com', 'u1', 'Work').user_id).toBe('u2');
    expect(findMember(members, 'sam brown', 'u1', 'Work').user_id).toBe('u3');
    expect(findMember(members, 'ada', 'u2', 'Work').user_id).toBe('u1');
  });

  it('asks for an email when a first name is shared, and names the members when nobody matches', () => {
    expect(() => findMember(members, 'Sam', 'u1', 'Work')).toThrow(/Several members of "Work" are called Sam: Sam Green .*Sam Brown/);
    expect(() => findMember(members, 'nia@example.com', 'u1', 'Work')).toThrow(
      'nia@example.com is not a member of "Work". Its members: Ada Lovelace (ada@example.com), Sam Green (sam@example.com), Sam Brown (brown@example.com). Share the project with them first.',
    );
  });
});

describe('a project that is gone by the time the task service acts', () => {
  it('is reported as a missing project, not as a missing task', async () => {
    const ctx = {
      userId: 'u1',
      timeZone: 'UTC',
      now: new Date('2026-01-20T12:00:00Z'),
      projects: { listProjects: async () => ({ items: projects }) },
      tasks: {
        moveTask: async () => {
          throw new NotFoundError('Project 4');
        },
      },
    } as unknown as ToolContext;
    await expect(runTool('move_task', { task_id: 12, project: 'Groceries' }, ctx)).rejects.toThrow(
      new ToolError('There is no project #4.'),
    );
  });
});
