-- Chat conversations in embedded mode (the Dapr state store holds them in distributed mode). One row per
-- conversation: its messages and the interpreter's small state travel together, like one state-store value.
create table backend.conversations (
  id uuid primary key,
  user_id text not null references backend."user" (id) on delete cascade,
  title text not null,
  messages jsonb not null default '[]',
  state jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index conversations_user_updated_idx on backend.conversations (user_id, updated_at desc, id);
