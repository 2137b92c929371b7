-- Messages a consumer gave up on (the embedded bus's counterpart of Kafka's `<topic>-dlq`). They used to be outbox
-- rows on `<topic>-dlq`, pruned 7 days after "delivery" with every delivered row; here they stay until an operator
-- has handled them (read, replayed or discarded) and deletes them. Nothing prunes this table.
create table backend.dead_letters (
  id bigint generated always as identity primary key,
  -- The topic the message came on (`task-events`, not `task-events-dlq`), and who gave up on it.
  topic text not null,
  consumer text not null,
  partition_key text not null,
  -- The message's own event id: a redelivered message that fails again is the same dead letter.
  event_id text not null,
  payload jsonb not null,
  error text not null,
  created_at timestamptz not null default now(),
  unique (topic, consumer, event_id)
);

-- The dead letters kept so far move here, with their original time; their outbox rows go.
insert into backend.dead_letters (topic, consumer, partition_key, event_id, payload, error, created_at)
select
  left(topic, length(topic) - length('-dlq')),
  coalesce(payload->>'consumer', 'unknown'),
  partition_key,
  coalesce(payload->>'original_event_id', event_id::text),
  coalesce(payload->'message', 'null'::jsonb),
  coalesce(payload->>'error', ''),
  created_at
from backend.outbox
where topic like '%-dlq'
order by id
on conflict (topic, consumer, event_id) do nothing;

delete from backend.outbox where topic like '%-dlq';
