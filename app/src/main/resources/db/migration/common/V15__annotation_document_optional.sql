-- A proposal sent through the memorandum form or an upload has no JSON-LD of its own: its annotation row is derived
-- from the proposal when a later version re-anchors it, and the API builds its JSON-LD from the proposal. Requiring a
-- document made that insert fail, so such proposals were never re-anchored.
ALTER TABLE annotation ALTER COLUMN document DROP NOT NULL;
