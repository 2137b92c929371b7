-- better-auth's rate-limit counters (per client address and path), shared by every backend replica.
create table "backend"."rateLimit" ("id" text not null primary key, "key" text not null unique, "count" integer not null, "lastRequest" bigint not null);
-- better-auth prunes expired counters by "lastRequest".
create index "rateLimit_lastRequest_idx" on "backend"."rateLimit" ("lastRequest");
