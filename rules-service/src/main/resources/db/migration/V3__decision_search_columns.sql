-- The decision log's search and its CSV export list each decision's applicationId and the messages of
-- its reasons. They were extracted from the json columns in SQL, and PostgreSQL cannot extract anything
-- from a json text that holds a \u0000 escape anywhere: one request with a NUL in a string (answered and
-- recorded before requests refused control characters) made every search and export fail, and the
-- append-only log cannot drop the row.
--
-- The writer now fills both in as columns of their own, and the json columns stay the exact text as
-- answered (replays and the hash chain over the answers rely on it). Rows written before have neither:
-- the log is append-only and its triggers refuse updates, so they are not backfilled; `summarised` is
-- false for them (adding a column with a default rewrites no row and fires no trigger), and the queries
-- read their json through the functions below, which no stored value can make fail.

alter table decision
    add column application_id text,
    add column reasons        text,
    add column summarised     boolean not null default false;

-- The json with every \u0000 escape (not one that is itself escaped, \\u0000) written as \ufffd, the
-- replacement character, so that PostgreSQL can extract text from it. Repeated until nothing changes:
-- one pass cannot replace two escapes in a row.
create function decision_json_without_nul(doc json) returns json language plpgsql immutable strict as $$
declare
    text_now text := doc::text;
    replaced text;
begin
    loop
        replaced := regexp_replace(text_now, '(^|[^\\])((\\\\)*)\\u0000', '\1\2\\ufffd', 'g');
        exit when replaced = text_now;
        text_now := replaced;
    end loop;
    return text_now::json;
end;
$$;

-- What the search lists of a decision written before V3, as the queries extracted it then.
create function decision_reason_messages(response json) returns text language sql immutable strict as $$
    select case when json_typeof(response->'reasons') = 'array'
                then (select string_agg(r->>'message', ' / ') from json_array_elements(response->'reasons') r) end
$$;

create function decision_listed_application_id(request json) returns text language plpgsql immutable strict as $$
begin
    return request->>'applicationId';
exception when untranslatable_character then
    return decision_json_without_nul(request)->>'applicationId';
end;
$$;

create function decision_listed_reasons(response json) returns text language plpgsql immutable strict as $$
begin
    return decision_reason_messages(response);
exception when untranslatable_character then
    return decision_reason_messages(decision_json_without_nul(response));
end;
$$;
