-- Background imports kept in the database, so that a job outlives the process that ran it:
-- a client can still read how a job ended after a restart, and a job that was waiting or
-- running when the platform stopped is marked INTERRUPTED at the next start (its import ran
-- in one transaction, so nothing of it was stored). The uploaded file waits in a spool file
-- on disk (spool_file), never in memory, and is deleted when the job ends.
-- Portable SQL for H2 and PostgreSQL; text is a CLOB on H2.

create table import_job (
    id            varchar(36)   primary key,
    plan_id       varchar(64)   not null,
    kind          varchar(32)   not null,
    file_name     varchar(1000) not null,
    crs           varchar(16)   not null,
    spool_file    varchar(2000),
    state         varchar(16)   not null,
    phase         varchar(32)   not null,
    done_count    bigint        not null,
    total_count   bigint        not null,
    result_json   varchar(4000),
    problems_json text,
    error         varchar(2000),
    submitted_by  varchar(64)   not null,
    submitted_at  timestamp     not null,
    finished_at   timestamp
);

create index import_job_by_state on import_job (state);
create index import_job_by_time on import_job (submitted_at);
