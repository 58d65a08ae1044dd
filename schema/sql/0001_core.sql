-- 0001_core: the warehouse contract. Later migrations add to it, never rename.

CREATE TABLE IF NOT EXISTS runs (
    run_id            VARCHAR PRIMARY KEY,
    started_at        TIMESTAMP NOT NULL,
    finished_at       TIMESTAMP,
    status            VARCHAR NOT NULL,      -- running | completed | failed
    params            VARCHAR,               -- the run's parameters, as JSON
    extractor_version VARCHAR,
    lexicon_version   VARCHAR,
    spacy_model       VARCHAR,               -- name and version of the parser used, or 'none'
    files_seen        INTEGER,
    files_skipped     INTEGER,               -- unchanged since the last load
    documents_loaded  INTEGER,
    events_loaded     INTEGER,
    rejects           INTEGER,
    duration_s        DOUBLE
);

CREATE TABLE IF NOT EXISTS files (
    path          VARCHAR PRIMARY KEY,      -- as given on the command line, resolved
    content_hash  VARCHAR NOT NULL,         -- sha256 of the bytes; unchanged files are skipped
    size          BIGINT,
    mtime         DOUBLE,
    run_id        VARCHAR,
    loaded_at     TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS documents (
    doc_id             VARCHAR PRIMARY KEY,  -- the record's id where given, else a stable hash
    path               VARCHAR NOT NULL,
    line               INTEGER,              -- record line in a JSONL file
    source             VARCHAR,
    url                VARCHAR,
    title              VARCHAR,
    published          DATE,
    published_inferred BOOLEAN NOT NULL,     -- true when no usable date came with the article
    content_hash       VARCHAR NOT NULL,
    notes              VARCHAR,              -- problems noted while reading
    n_chars            INTEGER,
    run_id             VARCHAR,
    loaded_at          TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS events (
    event_id          VARCHAR PRIMARY KEY,
    doc_id            VARCHAR NOT NULL,
    sentence_index    INTEGER NOT NULL,
    sentence_text     VARCHAR,
    event_date        DATE,
    date_text         VARCHAR,
    date_precision    VARCHAR,               -- day, week, month, ... or 'publication'
    source_code       VARCHAR,
    source_name       VARCHAR,
    source_country    VARCHAR,
    target_code       VARCHAR,
    target_name       VARCHAR,
    target_country    VARCHAR,
    cameo_code        VARCHAR NOT NULL,
    root_code         VARCHAR NOT NULL,
    quad_class        INTEGER,
    goldstein         DOUBLE,
    location_name     VARCHAR,
    location_country  VARCHAR,
    latitude          DOUBLE,
    longitude         DOUBLE,
    pattern_id        VARCHAR,               -- dictionary line that produced the event
    decisions         VARCHAR,               -- grammar decisions taken, ';'-separated
    extractor_version VARCHAR,
    run_id            VARCHAR
);

CREATE TABLE IF NOT EXISTS rejects (
    run_id      VARCHAR,
    path        VARCHAR NOT NULL,
    line        INTEGER,
    reason      VARCHAR NOT NULL,
    rejected_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS cameo_codes (
    code             VARCHAR PRIMARY KEY,
    name             VARCHAR NOT NULL,
    root_code        VARCHAR NOT NULL,
    goldstein        DOUBLE,
    quad_class       INTEGER,               -- Phoenix/PLOVER convention (the default)
    quad_class_gdelt INTEGER,               -- GDELT convention: protest is verbal conflict
    penta_class      INTEGER
);

CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
CREATE INDEX IF NOT EXISTS documents_path ON documents (path);
