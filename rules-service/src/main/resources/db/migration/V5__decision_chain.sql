-- Tamper evidence. The service's role cannot change the log (V4), but the owner and a superuser always can,
-- triggers or not. So each group-commit batch of decisions is sealed with a link: the sha256 of the batch's
-- number, the previous batch's link, and each of its decisions (id, sha256 of the request, sha256 of the
-- answer, as stored). A decision removed, changed or added behind the service's back no longer verifies,
-- unless every later link is forged as well — which an auditor who noted a link earlier would see
-- (GET /api/v1/decisions/verification, `java -jar … verify-log`).
--
-- The formula (decision_batch_seal below; decisions/DecisionChain.java is the other implementation, and the
-- one that verifies):
--   link = sha256("nanumteo-decision-log/1\n" || seq || "\n" || previous || "\n"
--                 || for each decision, in the batch's order: id || " " || sha256(request) || " " || sha256(response) || "\n")
-- as lower-case hex of UTF-8 text; the first batch's previous is 64 zeros.

create table decision_batch (
    seq           bigint      primary key check (seq > 0),
    previous      char(64)    not null,
    link          char(64)    not null,
    decision_ids  uuid[]      not null check (cardinality(decision_ids) > 0),
    sealed_at     timestamptz not null default now()
);

create trigger decision_batch_no_update_delete before update or delete on decision_batch
    for each row execute function decision_is_append_only();
create trigger decision_batch_no_truncate before truncate on decision_batch
    for each statement execute function decision_is_append_only();

-- Seals one batch: links it to the last batch and records it, in the transaction that inserted the batch's
-- decisions, given each decision's element (id, sha256 of request and answer, computed by the service). The
-- chain is one line for every writer of every instance, so the link is made under a transaction-level
-- advisory lock, held until the commit. SECURITY INVOKER (the default), as is the next: they insert with the
-- caller's own rights.
create function decision_batch_seal(ids uuid[], elements text) returns char(64) language plpgsql as $$
declare
    last_seq  bigint;
    last_link char(64);
    new_link  char(64);
begin
    -- the table's oid tells the schemas (and so the logs) on one database apart; the first key is ours
    perform pg_advisory_xact_lock(1852732530, 'decision_batch'::regclass::oid::int);
    -- a statement of its own, so that it sees the batches committed while this one waited for the lock
    select seq, link into last_seq, last_link from decision_batch order by seq desc limit 1;
    last_seq := coalesce(last_seq, 0) + 1;
    last_link := coalesce(last_link, repeat('0', 64));
    new_link := encode(sha256(convert_to('nanumteo-decision-log/1' || E'\n' || last_seq || E'\n' || last_link || E'\n' || elements, 'UTF8')), 'hex');
    insert into decision_batch (seq, previous, link, decision_ids) values (last_seq, last_link, new_link, ids);
    return new_link;
end
$$;

-- Records one group-commit batch of decisions and seals it, in one statement: the service calls it with
-- autocommit on, so the chain's lock is held only for the seal and the commit's WAL flush, with no round
-- trip to the service in between (decisions/GroupCommit.java; the columns as V1 and V3 have them).
create function decision_log_append(ids uuid[], kinds text[], outcomes text[], as_ofs date[], pack_ids text[],
                                    pack_versions text[], pack_sha256s text[], requests text[], responses text[],
                                    evaluated_ats timestamptz[], replay_ofs uuid[], application_ids text[],
                                    reasons_listed text[], summarised_rows boolean[], elements text)
    returns char(64) language plpgsql as $$
begin
    insert into decision (id, kind, outcome, as_of, pack_id, pack_version, pack_sha256, request, response, evaluated_at, replay_of,
                          application_id, reasons, summarised)
    select u.id, u.kind, u.outcome, u.as_of, u.pack_id, u.pack_version, u.pack_sha256, u.request::json, u.response::json,
           u.evaluated_at, u.replay_of, u.application_id, u.reasons, u.summarised
    from unnest(ids, kinds, outcomes, as_ofs, pack_ids, pack_versions, pack_sha256s, requests, responses, evaluated_ats, replay_ofs,
                application_ids, reasons_listed, summarised_rows)
         as u(id, kind, outcome, as_of, pack_id, pack_version, pack_sha256, request, response, evaluated_at, replay_of,
              application_id, reasons, summarised);
    return decision_batch_seal(ids, elements);
end
$$;

-- Decisions recorded before the chain existed are sealed here, 200 to a batch in the order they were
-- recorded: the chain vouches for them as they stand at this migration, not for what happened to them before.
do $$
declare
    ids      uuid[];
    elements text;
begin
    for ids in
        select array_agg(id order by recorded_at, id)
        from (select id, recorded_at, (row_number() over (order by recorded_at, id) - 1) / 200 as part from decision) d
        group by part order by part
    loop
        select string_agg(d.id::text || ' ' || encode(sha256(convert_to(d.request::text, 'UTF8')), 'hex')
                          || ' ' || encode(sha256(convert_to(d.response::text, 'UTF8')), 'hex') || E'\n', '' order by m.ord)
          into elements
          from unnest(ids) with ordinality as m(id, ord) join decision d on d.id = m.id;
        perform decision_batch_seal(ids, elements);
    end loop;
end
$$;
