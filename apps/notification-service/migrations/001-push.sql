-- Browser push subscriptions: one row per endpoint (a browser profile), owned by the user who last subscribed it.
create table notification.push_subscriptions (
  id bigint generated always as identity primary key,
  user_id text not null,
  endpoint text not null unique,
  p256dh text not null,
  auth text not null,
  user_agent text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index push_subscriptions_user_idx on notification.push_subscriptions (user_id);

-- One row per reminder event per endpoint: written as `pending` before sending, so a redelivered event skips the
-- endpoints already `sent` (or `gone`) and retries only the rest.
create table notification.deliveries (
  event_id uuid not null,
  endpoint text not null,
  subscription_id bigint,
  user_id text not null,
  status varchar(10) not null check (status in ('pending', 'sent', 'gone', 'failed')),
  http_status integer,
  attempts integer not null default 0,
  updated_at timestamptz not null default now(),
  primary key (event_id, endpoint)
);

-- The generated VAPID key pair when none is configured; one row, so every replica and restart signs with the same key.
create table notification.vapid_keys (
  id smallint primary key default 1 check (id = 1),
  public_key text not null,
  private_key text not null,
  created_at timestamptz not null default now()
);
