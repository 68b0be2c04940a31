-- Provisions stored before lineages existed each start a lineage of their own.
UPDATE provision SET lineage_id = gen_random_uuid()::text WHERE lineage_id IS NULL;
