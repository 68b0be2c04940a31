-- Screening looks for an earlier memorandum on the same bill with the same text: without this index it read every
-- memorandum of the bill, a cost that grew with each one received.
CREATE INDEX memorandum_fingerprint_idx ON memorandum (bill_id, fingerprint);
