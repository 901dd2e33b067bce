-- What a unit prints on the certificates it issues (issuer, place, signer); a unit without
-- them issues under the nearest ancestor that has them.
CREATE TABLE certificate_issuer (
    id             BIGINT       PRIMARY KEY,
    unit_id        BIGINT       NOT NULL REFERENCES unit (id),
    issuer         VARCHAR(200) NOT NULL,
    place          VARCHAR(100) NOT NULL,
    on_behalf_of   VARCHAR(100) NOT NULL,
    signer_title   VARCHAR(100) NOT NULL,
    signer_name    VARCHAR(120) NOT NULL,
    number_suffix  VARCHAR(30)  NOT NULL,
    version        INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT certificate_issuer_unit UNIQUE (unit_id)
);

-- The human numbers ("12/GCN-HĐNP") run per issuing unit and year.
CREATE TABLE certificate_counter (
    id       BIGINT  PRIMARY KEY,
    unit_id  BIGINT  NOT NULL REFERENCES unit (id),
    issue_year   INTEGER NOT NULL,
    last_number  INTEGER NOT NULL,
    CONSTRAINT certificate_counter_unique UNIQUE (unit_id, issue_year)
);

-- A certificate's bytes never change after issue: the PDF is stored with its hash.
-- current_holding is "account:course" while the certificate stands and NULL once revoked,
-- so a learner holds at most one standing certificate per course (on H2 as on PostgreSQL).
CREATE TABLE certificate (
    id                 BIGINT       PRIMARY KEY,
    number             VARCHAR(60)  NOT NULL,
    code               VARCHAR(16)  NOT NULL,
    account_id         BIGINT       NOT NULL REFERENCES account (id),
    course_id          BIGINT       NOT NULL REFERENCES course (id),
    class_id           BIGINT       REFERENCES training_class (id),
    unit_id            BIGINT       NOT NULL REFERENCES unit (id),
    holder_name        VARCHAR(120) NOT NULL,
    course_title       VARCHAR(200) NOT NULL,
    issuer             VARCHAR(200) NOT NULL,
    issued_at          TIMESTAMP    NOT NULL,
    issued_by          VARCHAR(120) NOT NULL,
    file_name          VARCHAR(120) NOT NULL,
    pdf                BYTEA        NOT NULL,
    pdf_sha256         VARCHAR(64)  NOT NULL,
    current_holding    VARCHAR(60),
    revoked_at         TIMESTAMP,
    revoked_by         VARCHAR(120),
    revoke_reason      VARCHAR(500),
    replaced_by_id     BIGINT       REFERENCES certificate (id),
    version            INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT certificate_number_unique UNIQUE (number),
    CONSTRAINT certificate_code_unique UNIQUE (code),
    CONSTRAINT certificate_holding_unique UNIQUE (current_holding)
);
CREATE INDEX certificate_account ON certificate (account_id);
CREATE INDEX certificate_class ON certificate (class_id);
