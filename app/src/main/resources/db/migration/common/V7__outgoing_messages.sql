-- Every outgoing message (receipts, responses, overdue notices), stored in the sender's transaction and delivered
-- after commit. Personal data (e-mail, phone) lives here: staff only. Portable between H2 and PostgreSQL.

CREATE TABLE outgoing_message (
    id              UUID          NOT NULL PRIMARY KEY,
    kind            VARCHAR(60)   NOT NULL,
    reference       VARCHAR(200),
    recipient_email VARCHAR(320),
    recipient_phone VARCHAR(100),
    subject         VARCHAR(1000) NOT NULL,
    body            ${text}       NOT NULL,
    -- PENDING, FAILING (still retried, shown to staff), SENT, HELD (staff must reach the person), DELIVERED_BY_STAFF
    status          VARCHAR(20)   NOT NULL,
    -- Why a message is HELD: NO_ADDRESS, INVALID_ADDRESS or NO_SMTP.
    held_reason     VARCHAR(20),
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500),
    failing_since   TIMESTAMP WITH TIME ZONE,
    -- A dispatcher's lease on the row, so several nodes sharing the database never send one message twice.
    claimed_by      VARCHAR(100),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    handled_by      VARCHAR(100),
    handled_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX outgoing_message_due ON outgoing_message (status, next_attempt_at);
CREATE INDEX outgoing_message_by_reference ON outgoing_message (reference);
