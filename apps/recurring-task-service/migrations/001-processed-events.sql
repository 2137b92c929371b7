-- Completed events already turned into a next occurrence (or found to need none).
create table recurring.processed_events (
  event_id uuid primary key,
  processed_at timestamptz not null default now()
);
