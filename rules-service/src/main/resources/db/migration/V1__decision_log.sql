-- The decision log: every answer the service gives, with the request it answered and the exact pack
-- (id, version, sha256) that made it. Append-only: the service inserts and reads; the table refuses
-- updates, deletes and truncation, so a recorded decision can always be replayed as it was.
-- It holds no names or resident numbers: the requests carry none.

create table decision (
    id            uuid        primary key,
    kind          text        not null,
    outcome       text        not null,
    as_of         date        not null,
    pack_id       text        not null,
    pack_version  text        not null,
    pack_sha256   char(64)    not null,
    request       json        not null,  -- json, not jsonb: kept as evaluated, key order included
    response      json        not null,  -- the answer text exactly as sent
    evaluated_at  timestamptz not null,
    recorded_at   timestamptz not null default now(),
    replay_of     uuid        references decision (id)
);

create index decision_kind_time on decision (kind, evaluated_at);
create index decision_pack on decision (pack_id, pack_version);
create index decision_replay_of on decision (replay_of) where replay_of is not null;

create function decision_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the decision log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger decision_no_update_delete before update or delete on decision
    for each row execute function decision_is_append_only();
create trigger decision_no_truncate before truncate on decision
    for each statement execute function decision_is_append_only();
