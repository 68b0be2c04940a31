-- Drafts of a bill's next version, edited clause by clause in Maoni and seen by staff only until published; the tree
-- is kept as one JSON document (a list of provisions with their lineage ids) because every edit rewrites it whole.
CREATE TABLE bill_draft (
    bill_id           UUID          NOT NULL REFERENCES bill (id),
    draft_number      INTEGER       NOT NULL,
    base_version      INTEGER       NOT NULL,
    label             VARCHAR(200)  NOT NULL,
    status            VARCHAR(30)   NOT NULL,
    note              VARCHAR(4000),
    revision          INTEGER       NOT NULL,
    tree              ${text}       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    published_version INTEGER,
    PRIMARY KEY (bill_id, draft_number)
);
