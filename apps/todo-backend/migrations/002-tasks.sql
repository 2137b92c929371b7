create extension if not exists pg_trgm;

create table backend.user_settings (
  user_id text primary key references backend."user" (id) on delete cascade,
  time_zone text not null default 'UTC',
  default_remind_before_seconds integer
);

create table backend.tasks (
  id bigint generated always as identity primary key,
  user_id text not null references backend."user" (id) on delete cascade,
  title varchar(500) not null check (char_length(title) between 1 and 500),
  description text not null default '',
  completed boolean not null default false,
  completed_at timestamptz,
  priority varchar(10) not null default 'medium' check (priority in ('high', 'medium', 'low')),
  -- high > medium > low, so sorting and keyset pagination work on a plain integer.
  priority_rank smallint generated always as (case priority when 'high' then 3 when 'medium' then 2 else 1 end) stored,
  -- text[] rather than the requirement's JSON: GIN-indexed containment (@>) and overlap (&&) for tag filters.
  tags text[] not null default '{}',
  due_date timestamptz,
  recurring varchar(500),
  recurrence_basis varchar(10) not null default 'due' check (recurrence_basis in ('due', 'completion')),
  recurring_parent_id bigint references backend.tasks (id) on delete set null,
  -- The occurrence this task follows; unique, so a completion yields at most one next occurrence.
  recurrence_source_id bigint unique references backend.tasks (id) on delete set null,
  -- The series' first due date: monthly recurrences keep its day of month (Jan 31 → Feb 28 → Mar 31).
  recurrence_anchor timestamptz,
  -- 1-based position in its series (COUNT), carried forward so deleting an earlier occurrence changes nothing.
  occurrence_number integer not null default 1 check (occurrence_number >= 1),
  reminder_at timestamptz,
  remind_before_seconds integer check (remind_before_seconds >= 0),
  reminder_sent_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index tasks_user_created_idx on backend.tasks (user_id, created_at, id);
create index tasks_user_updated_idx on backend.tasks (user_id, updated_at, id);
create index tasks_user_due_idx on backend.tasks (user_id, due_date, id);
-- Descending due dates keep tasks without one last, which a backward scan of the index above cannot give.
create index tasks_user_due_desc_idx on backend.tasks (user_id, due_date desc nulls last, id desc);
create index tasks_user_priority_idx on backend.tasks (user_id, priority_rank, id);
create index tasks_user_title_idx on backend.tasks (user_id, (lower(title) collate "C"), id);
create index tasks_user_completed_idx on backend.tasks (user_id, completed);
create index tasks_tags_idx on backend.tasks using gin (tags);
create index tasks_title_trgm_idx on backend.tasks using gin (title gin_trgm_ops);
create index tasks_description_trgm_idx on backend.tasks using gin (description gin_trgm_ops);
create index tasks_parent_idx on backend.tasks (recurring_parent_id);
-- Only reminders still to fire: the scheduler's "next due" and "claim due" queries read this small index.
create index tasks_pending_reminder_idx on backend.tasks (reminder_at) where reminder_sent_at is null and not completed;

create table backend.outbox (
  id bigint generated always as identity primary key,
  topic text not null,
  partition_key text not null,
  event_id uuid not null unique,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  delivered_at timestamptz,
  attempts integer not null default 0,
  last_error text
);
create index outbox_pending_idx on backend.outbox (id) where delivered_at is null;

-- Leases make one outbox relay active at a time across replicas, without holding a transaction.
create table backend.leases (
  name text primary key,
  holder text not null,
  expires_at timestamptz not null
);
