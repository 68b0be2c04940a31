-- W3C Web Annotations on provisions of bill versions (issue 7); portable between H2 and PostgreSQL.

-- One row per annotation: its original target (version, provision, quote and position in code points of the
-- provision's full text) is never changed; document holds the annotation's JSON-LD as created or imported (bodies,
-- further properties). A proposal of a memorandum names it (memorandum_ref, proposal_id), which decides who sees it.
CREATE TABLE annotation (
    id             VARCHAR(64)   PRIMARY KEY,
    bill_id        UUID          NOT NULL REFERENCES bill (id),
    version_number INTEGER       NOT NULL,
    e_id           VARCHAR(300)  NOT NULL,
    motivation     VARCHAR(20)   NOT NULL,
    exact_text     ${text}       NOT NULL,
    prefix_text    ${text},
    suffix_text    ${text},
    start_pos      INTEGER       NOT NULL,
    end_pos        INTEGER       NOT NULL,
    document       ${text}       NOT NULL,
    staff_only     BOOLEAN       NOT NULL,
    memorandum_ref VARCHAR(30),
    proposal_id    BIGINT        UNIQUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100)
);

CREATE INDEX annotation_bill_idx ON annotation (bill_id, version_number);

-- Where an annotation stands in each later version of its bill: anchored, anchored with changes, or orphaned (then
-- without a quote). Written once per version by the re-anchoring that follows the version's addition.
CREATE TABLE annotation_anchor (
    annotation_id  VARCHAR(64)   NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    version_number INTEGER       NOT NULL,
    status         VARCHAR(30)   NOT NULL,
    e_id           VARCHAR(300),
    exact_text     ${text},
    prefix_text    ${text},
    suffix_text    ${text},
    start_pos      INTEGER,
    end_pos        INTEGER,
    similarity     DOUBLE PRECISION NOT NULL,
    note           VARCHAR(500),
    anchored_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (annotation_id, version_number)
);
