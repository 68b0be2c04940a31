-- Provisions keep a lineage id across versions; alignments between consecutive versions and clerks' corrections of
-- them are kept; a bill may name the version that went to public participation.

ALTER TABLE provision ADD COLUMN lineage_id VARCHAR(40);
CREATE INDEX provision_by_lineage ON provision (bill_id, lineage_id);

ALTER TABLE bill ADD COLUMN participation_version INTEGER;

CREATE TABLE provision_alignment (
    bill_id      UUID           NOT NULL REFERENCES bill (id),
    to_version   INTEGER        NOT NULL,
    position     INTEGER        NOT NULL,
    change_kind  VARCHAR(20)    NOT NULL,
    old_e_ids    VARCHAR(4000)  NOT NULL,
    new_e_ids    VARCHAR(4000)  NOT NULL,
    similarity   DOUBLE PRECISION NOT NULL,
    text_changed BOOLEAN        NOT NULL,
    PRIMARY KEY (bill_id, to_version, position)
);

CREATE TABLE alignment_correction (
    id         UUID          NOT NULL PRIMARY KEY,
    bill_id    UUID          NOT NULL REFERENCES bill (id),
    to_version INTEGER       NOT NULL,
    old_e_id   VARCHAR(400)  NOT NULL,
    new_e_id   VARCHAR(400)  NOT NULL,
    action     VARCHAR(10)   NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
