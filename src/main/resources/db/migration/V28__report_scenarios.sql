-- The what-if scenarios (情景推演) an evaluation report includes: "id" for each asked for
-- while the report waits, "id@version" for each once it is made, comma-separated, in the
-- order asked; null for a report without. Portable SQL for H2 and PostgreSQL.

alter table evaluation_report add column scenarios varchar(1000);
