-- Domain schema for bills and staff accounts; portable between H2 and PostgreSQL.
-- ${text} and ${blob} are the database's large-object types (see application*.yml).

CREATE TABLE staff_user (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff_user_role (
    username VARCHAR(100) NOT NULL REFERENCES staff_user (username),
    role     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (username, role)
);

CREATE TABLE stored_file (
    sha256     CHAR(64)     NOT NULL PRIMARY KEY,
    size_bytes BIGINT       NOT NULL,
    content    ${blob}      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE bill (
    id                 UUID          NOT NULL PRIMARY KEY,
    title              VARCHAR(500)  NOT NULL,
    house              VARCHAR(200)  NOT NULL,
    bill_number        VARCHAR(200),
    bill_year          INTEGER,
    gazette_supplement VARCHAR(200),
    sponsor            VARCHAR(300),
    committee          VARCHAR(300),
    stage              VARCHAR(40)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL
);

CREATE TABLE bill_version (
    bill_id          UUID          NOT NULL REFERENCES bill (id),
    version_number   INTEGER       NOT NULL,
    label            VARCHAR(200)  NOT NULL,
    publication_date DATE,
    file_name        VARCHAR(300)  NOT NULL,
    media_type       VARCHAR(200)  NOT NULL,
    file_sha256      CHAR(64)      NOT NULL REFERENCES stored_file (sha256),
    file_size        BIGINT        NOT NULL,
    page_count       INTEGER       NOT NULL,
    extracted_text   ${text}       NOT NULL,
    parse_report     ${text}       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    tree_edited_at   TIMESTAMP WITH TIME ZONE,
    tree_edited_by   VARCHAR(100),
    PRIMARY KEY (bill_id, version_number)
);

-- The provision tree, one row per node in document order; parent_e_id is null at the top level.
CREATE TABLE provision (
    bill_id        UUID          NOT NULL,
    version_number INTEGER       NOT NULL,
    e_id           VARCHAR(400)  NOT NULL,
    parent_e_id    VARCHAR(400),
    position       INTEGER       NOT NULL,
    node_type      VARCHAR(30)   NOT NULL,
    num            VARCHAR(100),
    heading        VARCHAR(2000),
    body           ${text},
    wrap_up        ${text},
    PRIMARY KEY (bill_id, version_number, e_id),
    FOREIGN KEY (bill_id, version_number) REFERENCES bill_version (bill_id, version_number)
);

CREATE INDEX provision_by_position ON provision (bill_id, version_number, position);
