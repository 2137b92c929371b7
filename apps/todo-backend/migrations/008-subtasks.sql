-- Subtasks and manual order (design §10): a task may have a parent in its project, and siblings keep an order.

-- Deleting a parent deletes its subtree; the service deletes it first (an event each), the cascade is the backstop.
alter table backend.tasks
  add column parent_id bigint references backend.tasks (id) on delete cascade,
  -- A fractional order key among siblings (base 62, ordered byte-wise): a move writes only the moved task.
  add column position text collate "C";

-- The key of the n-th of a run of appends: 'a0' … 'az', then 'b00' … 'bzz', and so on (the same format the service
-- generates, so later moves fit between them).
create function backend.position_key(n bigint) returns text language plpgsql immutable as $$
declare
  digits constant text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  len integer := 1;
  span bigint := 62;
  rest bigint := n;
  key text := '';
begin
  while rest >= span loop
    rest := rest - span;
    len := len + 1;
    span := span * 62;
  end loop;
  for i in 1..len loop
    key := substr(digits, (rest % 62)::integer + 1, 1) || key;
    rest := rest / 62;
  end loop;
  return chr(ascii('a') + len - 1) || key;
end $$;

-- Every existing task is top level, in created order within its project.
update backend.tasks t set position = backend.position_key(o.n)
from (select id, row_number() over (partition by project_id order by created_at, id) - 1 as n from backend.tasks) o
where o.id = t.id;

-- A row written without a position (by a tool that inserts rows directly) gets a key after every key above, unique
-- across rows; the service always gives one itself (last among the siblings, or where a move puts it).
create sequence backend.task_position_seq;
select setval('backend.task_position_seq', (select count(*) + 1 from backend.tasks));
alter table backend.tasks
  alter column position set default backend.position_key(nextval('backend.task_position_seq')),
  alter column position set not null,
  add check (parent_id is null or parent_id <> id);

-- Siblings in order (a project's top level, or a parent's children), and the children of a parent.
create index tasks_siblings_idx on backend.tasks (project_id, parent_id, position, id);
create index tasks_subtasks_idx on backend.tasks (parent_id) where parent_id is not null;
create index tasks_project_position_idx on backend.tasks (project_id, position, id);
