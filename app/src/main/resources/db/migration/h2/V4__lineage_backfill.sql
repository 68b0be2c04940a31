-- Provisions stored before lineages existed each start a lineage of their own.
UPDATE provision SET lineage_id = CAST(RANDOM_UUID() AS VARCHAR(40)) WHERE lineage_id IS NULL;
