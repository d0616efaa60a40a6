-- Resolve an entity by its taxonomy id, or by its name (case-insensitive), among stored mentions.
-- An exact id wins over a name; among names, the most mentioned entity.
-- $1 id or name text
SELECT entity_id AS "entityId", category, grp AS "group", name
FROM mentions
WHERE entity_id = $1 OR lower(name) = lower($1)
GROUP BY entity_id, category, grp, name
ORDER BY bool_or(entity_id = $1) DESC, count(*) DESC, entity_id
LIMIT 1
