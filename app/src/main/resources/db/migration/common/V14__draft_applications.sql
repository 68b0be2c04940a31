-- Accepted proposals a drafter applied to a draft: one row per proposal and draft, naming the decision it carried
-- out and the provision (eId and lineage) the application made or changed, so the published version's changes can be
-- traced back to the decisions behind them.
CREATE TABLE draft_application (
    id                    UUID          NOT NULL PRIMARY KEY,
    bill_id               UUID          NOT NULL,
    draft_number          INTEGER       NOT NULL,
    proposal_id           BIGINT        NOT NULL,
    memorandum_reference  VARCHAR(40)   NOT NULL,
    decision              VARCHAR(40)   NOT NULL,
    action                VARCHAR(30)   NOT NULL,
    e_id                  VARCHAR(400),
    lineage_id            VARCHAR(40),
    applied_by            VARCHAR(100)  NOT NULL,
    applied_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (bill_id, draft_number, proposal_id),
    FOREIGN KEY (bill_id, draft_number) REFERENCES bill_draft (bill_id, draft_number)
);
