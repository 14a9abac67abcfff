-- Annual evaluation reports (年度监测评估报告), archived with their inputs: the plan, year,
-- scope, language and the as-of date asked for; the plan version and the SHA-256 of the
-- figures used; the Word and PDF files as generated (served again byte for byte, with their
-- own SHA-256); who asked and when. A report is made in the background: state and phase say
-- how far it got; one left waiting or running by a stopped process is INTERRUPTED at the
-- next start. Portable SQL for H2 and PostgreSQL (bytea is H2's binary varying too).

create table evaluation_report (
    id             varchar(36)   primary key,
    plan_id        varchar(64)   not null,
    report_year    integer       not null,
    zone_code      varchar(64)   not null,
    as_of          date          not null,
    language       varchar(8)    not null,
    state          varchar(16)   not null,
    phase          varchar(32)   not null,
    plan_version   integer,
    figures_sha256 varchar(64),
    demo           boolean       default false not null,
    docx           bytea,
    docx_sha256    varchar(64),
    pdf            bytea,
    pdf_sha256     varchar(64),
    error          varchar(2000),
    requested_by   varchar(64)   not null,
    requested_at   timestamp     not null,
    finished_at    timestamp
);

create index evaluation_report_by_plan on evaluation_report (plan_id, requested_at);
create index evaluation_report_by_state on evaluation_report (state);
