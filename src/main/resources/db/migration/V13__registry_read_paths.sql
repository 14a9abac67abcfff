-- Read paths of a registry of a million firms. Searches list firms by credit code or by
-- name and page by keyset (the next page starts after the last firm of the one before),
-- so each order needs an index that ends with the credit code: the primary key
-- (plan_id, uscc) serves the first; the name index gains the credit code, so that firms
-- with the same name come in a fixed order read straight from the index.
drop index enterprise_by_name_key;
create index enterprise_by_name on enterprise (plan_id, name_key, uscc);
