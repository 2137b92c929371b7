-- Projects and sharing (design §10): tasks move from one flat list per user into projects with members.

create table backend.projects (
  id bigint generated always as identity primary key,
  name varchar(120) not null check (char_length(name) between 1 and 120),
  color varchar(7) not null default '#808080' check (color ~ '^#[0-9a-f]{6}$'),
  emoji varchar(16),
  archived boolean not null default false,
  -- Set on an Inbox only, to the user whose Inbox it is: unique, so each user has at most one, and ensuring one
  -- (at sign-up, or on first use) is an idempotent insert.
  inbox_of text unique references backend."user" (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (inbox_of is null or not archived)
);

create table backend.project_members (
  project_id bigint not null references backend.projects (id) on delete cascade,
  user_id text not null references backend."user" (id) on delete cascade,
  role varchar(10) not null check (role in ('owner', 'editor', 'viewer')),
  -- Each member orders their own sidebar: the position is per membership, not per project.
  position integer not null default 0,
  joined_at timestamptz not null default now(),
  primary key (project_id, user_id)
);
-- Exactly one owner: at most one here, and the service never leaves a project without one.
create unique index project_members_one_owner_idx on backend.project_members (project_id) where role = 'owner';
-- "All my projects": the sidebar in order, and the membership join of every task list and search.
create index project_members_user_idx on backend.project_members (user_id, position, project_id);
create index project_members_user_project_idx on backend.project_members (user_id, project_id, role);

create table backend.project_invitations (
  id bigint generated always as identity primary key,
  project_id bigint not null references backend.projects (id) on delete cascade,
  -- Lower-cased; matched against the account's email when it signs in, so an account made later sees it.
  email varchar(254) not null,
  role varchar(10) not null check (role in ('editor', 'viewer')),
  invited_by text not null references backend."user" (id) on delete cascade,
  created_at timestamptz not null default now(),
  unique (project_id, email)
);
create index project_invitations_email_idx on backend.project_invitations (email);

create table backend.project_invite_links (
  id bigint generated always as identity primary key,
  project_id bigint not null references backend.projects (id) on delete cascade,
  -- SHA-256 of the token, hex: the token itself is shown once and never stored.
  token_hash char(64) not null unique,
  role varchar(10) not null check (role in ('editor', 'viewer')),
  created_by text not null references backend."user" (id) on delete cascade,
  expires_at timestamptz,
  max_uses integer check (max_uses >= 1),
  uses integer not null default 0 check (uses >= 0),
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index project_invite_links_project_idx on backend.project_invite_links (project_id);

-- tasks.user_id stays, meaning the creator (created_by says the same by name), so older readers keep working.
alter table backend.tasks
  add column project_id bigint references backend.projects (id) on delete cascade,
  add column assignee_id text references backend."user" (id) on delete set null,
  add column created_by text references backend."user" (id) on delete cascade;

-- Every existing user gets an Inbox they own, and every task moves into its owner's Inbox.
insert into backend.projects (name, inbox_of, created_at, updated_at)
select 'Inbox', u.id, u."createdAt", u."createdAt" from backend."user" u order by u."createdAt", u.id;
insert into backend.project_members (project_id, user_id, role, position, joined_at)
select p.id, p.inbox_of, 'owner', 0, p.created_at from backend.projects p where p.inbox_of is not null;
update backend.tasks t set project_id = p.id, created_by = t.user_id from backend.projects p where p.inbox_of = t.user_id;

alter table backend.tasks alter column project_id set not null, alter column created_by set not null;

-- Every consumer's view of membership starts complete: a project_created and a member_added event per Inbox,
-- keyed by the project like every later project event (ids in this order keep created before added).
with inbox as (select p.*, gen_random_uuid() as event_id from backend.projects p where p.inbox_of is not null)
insert into backend.outbox (topic, partition_key, event_id, payload)
select 'project-events', 'project:' || inbox.id, inbox.event_id,
  jsonb_build_object(
    'schema_version', 1, 'event_type', 'project_created', 'event_id', inbox.event_id,
    'timestamp', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'actor_id', inbox.inbox_of, 'project_id', inbox.id,
    'project', jsonb_build_object('name', inbox.name, 'color', inbox.color, 'emoji', null, 'archived', false))
from inbox order by inbox.id;
with inbox as (select p.*, gen_random_uuid() as event_id from backend.projects p where p.inbox_of is not null)
insert into backend.outbox (topic, partition_key, event_id, payload)
select 'project-events', 'project:' || inbox.id, inbox.event_id,
  jsonb_build_object(
    'schema_version', 1, 'event_type', 'member_added', 'event_id', inbox.event_id,
    'timestamp', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'actor_id', inbox.inbox_of, 'project_id', inbox.id,
    'project', jsonb_build_object('name', inbox.name, 'color', inbox.color, 'emoji', null, 'archived', false),
    'member', jsonb_build_object('user_id', inbox.inbox_of, 'role', 'owner'))
from inbox order by inbox.id;

-- Lists read a project's tasks (one project, or the caller's memberships) in each sort the API offers; the user_id
-- indexes they replace served lists by owner, which no query makes any more.
drop index backend.tasks_user_created_idx;
drop index backend.tasks_user_updated_idx;
drop index backend.tasks_user_due_idx;
drop index backend.tasks_user_due_desc_idx;
drop index backend.tasks_user_priority_idx;
drop index backend.tasks_user_title_idx;
drop index backend.tasks_user_completed_idx;
create index tasks_project_created_idx on backend.tasks (project_id, created_at, id);
create index tasks_project_updated_idx on backend.tasks (project_id, updated_at, id);
create index tasks_project_due_idx on backend.tasks (project_id, due_date, id);
create index tasks_project_due_desc_idx on backend.tasks (project_id, due_date desc nulls last, id desc);
create index tasks_project_priority_idx on backend.tasks (project_id, priority_rank, id);
create index tasks_project_title_idx on backend.tasks (project_id, (lower(title) collate "C"), id);
create index tasks_project_completed_idx on backend.tasks (project_id, completed);
-- Foreign keys: deleting a user cascades through these, and "assigned to" filters read the second.
create index tasks_user_idx on backend.tasks (user_id);
create index tasks_assignee_idx on backend.tasks (assignee_id, project_id);
create index tasks_created_by_idx on backend.tasks (created_by);
