-- The firm table loses its foreign key to plan, as its child tables never had one: the key
-- made every stored firm probe plan, 500 000 probes in an import of 500 000 firms (about a
-- third of PostgreSQL's time copying them in; bench/README.md, "Enterprise import"). The
-- import names a plan the catalogue holds, and plans are never deleted. The key has no
-- name that both H2 and PostgreSQL know, so the table is built again without it, with the
-- same columns, key and indexes, and its rows copied over.

create table enterprise_v17 (
    plan_id       varchar(64)      not null,
    uscc          varchar(18)      not null,
    name          varchar(500)     not null,
    name_key      varchar(500)     not null,
    industry_code varchar(8)       not null,
    chains        varchar(2000)    not null,
    segments      varchar(4000)    not null,
    lon           double precision,
    lat           double precision,
    input_crs     varchar(16),
    input_lon     double precision,
    input_lat     double precision,
    zones         varchar(2000)    not null,
    demo          boolean          not null,
    source        varchar(500),
    updated_at    timestamp        not null,
    primary key (plan_id, uscc)
);

insert into enterprise_v17 (plan_id, uscc, name, name_key, industry_code, chains, segments, lon, lat, input_crs,
                            input_lon, input_lat, zones, demo, source, updated_at)
select plan_id, uscc, name, name_key, industry_code, chains, segments, lon, lat, input_crs,
       input_lon, input_lat, zones, demo, source, updated_at
from enterprise;

drop table enterprise;
alter table enterprise_v17 rename to enterprise;

create index enterprise_by_name on enterprise (plan_id, name_key, uscc);
create index enterprise_by_industry on enterprise (plan_id, industry_code);
