-- One secret per user for read-only iCalendar feeds (/feeds/<token>.ics and per project). The token is kept as it
-- is, not hashed: people add the same feed to several calendar apps over time and must be able to copy it again,
-- and whoever reads this table reads the tasks the feed would show anyway. Rotating replaces it: the old URL 404s.
create table backend.calendar_feed_tokens (
  user_id text primary key references backend."user" (id) on delete cascade,
  token text not null unique,
  created_at timestamptz not null default now(),
  rotated_at timestamptz not null default now()
);
