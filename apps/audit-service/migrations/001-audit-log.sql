create table audit.audit_log (
  event_id uuid primary key,
  user_id text not null,
  task_id bigint not null,
  event_type varchar(20) not null,
  occurred_at timestamptz not null,
  task_data jsonb not null,
  changed_fields text[],
  recorded_at timestamptz not null default now()
);
create index audit_log_task_idx on audit.audit_log (user_id, task_id, occurred_at);
