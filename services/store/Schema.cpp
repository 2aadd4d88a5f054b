#include "Schema.h"

#include <array>
#include <string>

#include "Database.h"
#include "StoreLog.h"

namespace tessera::store {

using domain::ErrorCode;

namespace {

// Version 1: the whole domain, the sync outbox, pull cursors and the job queue.
constexpr const char* s_v1 = R"sql(
CREATE TABLE workspace_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    roles        TEXT NOT NULL DEFAULT '[]',
    languages    TEXT NOT NULL DEFAULT '[]',
    rev          INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE projects (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    source_lang  TEXT NOT NULL,
    target_langs TEXT NOT NULL DEFAULT '[]',
    deadline     TEXT,
    client       TEXT NOT NULL DEFAULT '',
    workflow     TEXT NOT NULL DEFAULT '[]',
    created_at   TEXT NOT NULL,
    rev          INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    project_id    TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    format        TEXT NOT NULL,
    target_lang   TEXT NOT NULL,
    original      BLOB,
    segment_count INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    rev           INTEGER NOT NULL DEFAULT 0,
    UNIQUE (project_id, name, target_lang)
);

CREATE TABLE segments (
    id            TEXT PRIMARY KEY,
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key           TEXT NOT NULL,
    ord           INTEGER NOT NULL,
    source        TEXT NOT NULL,
    source_plural TEXT,
    targets       TEXT NOT NULL DEFAULT '[]',
    state         INTEGER NOT NULL DEFAULT 0,
    note          TEXT NOT NULL DEFAULT '',
    locations     TEXT NOT NULL DEFAULT '[]',
    max_length    INTEGER NOT NULL DEFAULT 0,
    screenshot    TEXT NOT NULL DEFAULT '',
    flags         INTEGER NOT NULL DEFAULT 0,
    rev           INTEGER NOT NULL DEFAULT 0,
    updated_by    TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX segments_by_document ON segments(document_id, ord);
CREATE UNIQUE INDEX segments_by_key ON segments(document_id, key);

CREATE TABLE segment_revisions (
    id         TEXT PRIMARY KEY,
    segment_id TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    rev        INTEGER NOT NULL,
    targets    TEXT NOT NULL,
    state      INTEGER NOT NULL,
    author     TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX segment_revisions_by_segment ON segment_revisions(segment_id, rev);

CREATE TABLE tm_units (
    id          TEXT PRIMARY KEY,
    tm_name     TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL,
    context_key TEXT NOT NULL DEFAULT '',
    creator     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    usage_count INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL DEFAULT '',
    rev         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tm_name, source_lang, target_lang, source, target)
);

CREATE TABLE concepts (
    id         TEXT PRIMARY KEY,
    definition TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    rev        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE terms (
    id             TEXT PRIMARY KEY,
    concept_id     TEXT NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
    lang           TEXT NOT NULL,
    text           TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'preferred',
    case_sensitive INTEGER NOT NULL DEFAULT 0,
    part_of_speech TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX terms_by_concept ON terms(concept_id);
CREATE INDEX terms_by_text ON terms(lang, text);

CREATE TABLE tasks (
    id          TEXT PRIMARY KEY,
    project_id  TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    document_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    step        TEXT NOT NULL,
    assignee    TEXT REFERENCES users(id) ON DELETE SET NULL,
    deadline    TEXT,
    status      TEXT NOT NULL DEFAULT 'open',
    rev         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tasks_by_project ON tasks(project_id);

CREATE TABLE review_decisions (
    id           TEXT PRIMARY KEY,
    segment_id   TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    reviewer     TEXT REFERENCES users(id) ON DELETE SET NULL,
    approved     INTEGER NOT NULL,
    mqm_category TEXT NOT NULL DEFAULT '',
    severity     TEXT NOT NULL DEFAULT '',
    comment      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    rev          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX review_decisions_by_segment ON review_decisions(segment_id);

CREATE TABLE comments (
    id         TEXT PRIMARY KEY,
    segment_id TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    parent_id  TEXT REFERENCES comments(id) ON DELETE CASCADE,
    author     TEXT REFERENCES users(id) ON DELETE SET NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved   INTEGER NOT NULL DEFAULT 0,
    rev        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX comments_by_segment ON comments(segment_id);

-- Local changes waiting to be pushed, in the order they were made.
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id      TEXT NOT NULL UNIQUE,
    project_id TEXT NOT NULL,
    type       TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    base_rev   INTEGER NOT NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'pending',
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_pending ON outbox(status, seq);

-- Where pulling changes from the server continues, per project.
CREATE TABLE sync_cursors (
    project_id TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    since      INTEGER NOT NULL DEFAULT 0,
    epoch      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE jobs (
    id          TEXT PRIMARY KEY,
    queue       TEXT NOT NULL,
    priority    INTEGER NOT NULL DEFAULT 5 CHECK (priority BETWEEN 1 AND 10),
    state       TEXT NOT NULL DEFAULT 'queued',
    payload     TEXT NOT NULL DEFAULT '{}',
    progress    REAL NOT NULL DEFAULT 0,
    message     TEXT NOT NULL DEFAULT '',
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_run_at TEXT,
    error       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX jobs_runnable ON jobs(queue, state, priority DESC, created_at);
)sql";

// Version 2: the source a segment had before a re-import changed it, so the editor can show the
// translator what changed.
constexpr const char* s_v2 = R"sql(
ALTER TABLE segments ADD COLUMN previous_source TEXT NOT NULL DEFAULT '';
)sql";

// Version 3: formats with a file per language (Android, i18next, .strings…) keep that language's own file
// beside the source-language file in `original`; NULL when there is none yet or the format is bilingual.
constexpr const char* s_v3 = R"sql(
ALTER TABLE documents ADD COLUMN translation_original BLOB;
)sql";

// Version 4: the translator's own comment on a segment (PO "# " lines, TS <translatorcomment>),
// owned by Tessera like the target, and kept in each revision beside the targets.
constexpr const char* s_v4 = R"sql(
ALTER TABLE segments ADD COLUMN translator_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE segment_revisions ADD COLUMN translator_comment TEXT NOT NULL DEFAULT '';
)sql";

// Version 5: the translation memories of a workspace, each with a priority (higher is asked first and wins
// ties), a penalty in points taken off its matches, and whether it is read-only (a reference TM). Every
// TM that already has units gets a row with the defaults.
constexpr const char* s_v5 = R"sql(
CREATE TABLE tm_memories (
    name       TEXT PRIMARY KEY,
    priority   INTEGER NOT NULL DEFAULT 0,
    penalty    INTEGER NOT NULL DEFAULT 0 CHECK (penalty BETWEEN 0 AND 100),
    read_only  INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
INSERT INTO tm_memories(name, created_at)
    SELECT DISTINCT tm_name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM tm_units;
)sql";

// Version 6: a document's original and translation files are stored packed; original_codec says how
// (0 as they were, 1 zstd). Rows written before keep 0 and are read as they are.
constexpr const char* s_v6 = R"sql(
ALTER TABLE documents ADD COLUMN original_codec INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 7: where a target came from when no person typed it (pretranslation from a TM, MT,
// propagation), on the segment and in each revision.
constexpr const char* s_v7 = R"sql(
ALTER TABLE segments ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE segment_revisions ADD COLUMN origin TEXT NOT NULL DEFAULT '';
)sql";

// Version 8 (TM at scale): the dedupe rule (one unit per TM, languages, source and target) is kept by
// a 64-bit key (tessera_tm_key(), registered by Database) with an index, instead of a UNIQUE index over
// the long texts that every bulk insert had to put at a random place (TmRepository compares the
// fields in full on a key hit); per TM a unit count and a units revision kept by triggers (the
// revision changes whenever a unit is added, removed or has its source or languages changed, so a
// persisted fuzzy index can tell it is stale without counting); and a full-text index over every
// unit's source and target for concordance (FTS5, external content: the text is stored once).
constexpr const char* s_v8 = R"sql(
CREATE TABLE tm_units_v8 (
    id          TEXT PRIMARY KEY,
    tm_name     TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL,
    context_key TEXT NOT NULL DEFAULT '',
    creator     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    usage_count INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL DEFAULT '',
    rev         INTEGER NOT NULL DEFAULT 0,
    unit_key    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO tm_units_v8(rowid, id, tm_name, source_lang, target_lang, source, target, context_key, creator,
                        created_at, changed_at, usage_count, origin, rev, unit_key)
    SELECT rowid, id, tm_name, source_lang, target_lang, source, target, context_key, creator, created_at,
           changed_at, usage_count, origin, rev, tessera_tm_key(tm_name, source_lang, target_lang, source, target)
    FROM tm_units;
DROP TABLE tm_units;
ALTER TABLE tm_units_v8 RENAME TO tm_units;
CREATE INDEX tm_units_by_key ON tm_units(unit_key);
ALTER TABLE tm_memories ADD COLUMN unit_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tm_memories ADD COLUMN units_rev INTEGER NOT NULL DEFAULT 0;
INSERT INTO tm_memories(name, created_at)
    SELECT DISTINCT tm_name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM tm_units WHERE true
    ON CONFLICT(name) DO NOTHING;
UPDATE tm_memories SET unit_count = (SELECT count(*) FROM tm_units WHERE tm_name = tm_memories.name);
CREATE TRIGGER tm_units_counted_insert AFTER INSERT ON tm_units BEGIN
    UPDATE tm_memories SET unit_count = unit_count + 1, units_rev = units_rev + 1 WHERE name = NEW.tm_name;
END;
CREATE TRIGGER tm_units_counted_delete AFTER DELETE ON tm_units BEGIN
    UPDATE tm_memories SET unit_count = unit_count - 1, units_rev = units_rev + 1 WHERE name = OLD.tm_name;
END;
CREATE TRIGGER tm_units_counted_update AFTER UPDATE OF tm_name, source_lang, target_lang, source ON tm_units BEGIN
    UPDATE tm_memories SET unit_count = unit_count - 1, units_rev = units_rev + 1 WHERE name = OLD.tm_name;
    UPDATE tm_memories SET unit_count = unit_count + 1, units_rev = units_rev + 1 WHERE name = NEW.tm_name;
END;
CREATE VIRTUAL TABLE tm_text USING fts5(source, target, content = 'tm_units', content_rowid = 'rowid',
                                        tokenize = 'unicode61 remove_diacritics 0', columnsize = 0);
INSERT INTO tm_text(tm_text) VALUES ('rebuild');
CREATE TRIGGER tm_text_insert AFTER INSERT ON tm_units BEGIN
    INSERT INTO tm_text(rowid, source, target) VALUES (NEW.rowid, NEW.source, NEW.target);
END;
CREATE TRIGGER tm_text_delete AFTER DELETE ON tm_units BEGIN
    INSERT INTO tm_text(tm_text, rowid, source, target) VALUES ('delete', OLD.rowid, OLD.source, OLD.target);
END;
CREATE TRIGGER tm_text_update AFTER UPDATE OF source, target ON tm_units BEGIN
    INSERT INTO tm_text(tm_text, rowid, source, target) VALUES ('delete', OLD.rowid, OLD.source, OLD.target);
    INSERT INTO tm_text(rowid, source, target) VALUES (NEW.rowid, NEW.source, NEW.target);
END;
)sql";

// Version 9: each project's quality-check settings (services/qa): disabled checks, severity overrides,
// the checks that block confirming and approving, and the project's allow-lists, as JSON lists and
// maps. No row means the registry's defaults.
constexpr const char* s_v9 = R"sql(
CREATE TABLE qa_settings (
    project_id             TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    disabled               TEXT NOT NULL DEFAULT '[]',
    severities             TEXT NOT NULL DEFAULT '{}',
    block_confirm          TEXT NOT NULL DEFAULT '[]',
    block_approve          TEXT NOT NULL DEFAULT '[]',
    same_as_source_allowed TEXT NOT NULL DEFAULT '[]',
    spelling_ignored       TEXT NOT NULL DEFAULT '[]',
    max_length             INTEGER NOT NULL DEFAULT 0 CHECK (max_length >= 0),
    rev                    INTEGER NOT NULL DEFAULT 0,
    updated_at             TEXT NOT NULL
);
)sql";

// Version 10: the state pretranslation gives exact matches, per project (a SegmentState: 2 Translated,
// 1 Draft).
constexpr const char* s_v10 = R"sql(
ALTER TABLE projects ADD COLUMN exact_match_state INTEGER NOT NULL DEFAULT 2 CHECK (exact_match_state IN (1, 2));
)sql";

// Version 11: concordance searches each TM's own word index (tm/ConcordanceIndex, kept in the TM's index
// file beside the database) instead of an FTS5 table, whose upkeep took as long as storing the units.
constexpr const char* s_v11 = R"sql(
DROP TRIGGER tm_text_insert;
DROP TRIGGER tm_text_delete;
DROP TRIGGER tm_text_update;
DROP TABLE tm_text;
)sql";

// Version 12: the folder holding a project's source code, where the editor reads the code around a
// segment's locations ("src/main.cpp:42" relative to it); empty when none is set.
constexpr const char* s_v12 = R"sql(
ALTER TABLE projects ADD COLUMN source_dir TEXT NOT NULL DEFAULT '';
)sql";

// Version 13: the persistent job queue (services/jobs) replaces the unused jobs table of version 1.
// Times are milliseconds since the epoch (UTC) so the claim query compares integers. A running job
// names its owner (pid + the process's start token) so a later start can tell that the owner died;
// checkpoint is written by the handler in the transaction that commits each chunk of its work.
constexpr const char* s_v13 = R"sql(
DROP INDEX jobs_runnable;
DROP TABLE jobs;
CREATE TABLE jobs (
    id               TEXT PRIMARY KEY,
    queue            TEXT NOT NULL,
    kind             TEXT NOT NULL,
    payload          TEXT NOT NULL DEFAULT '{}',
    priority         INTEGER NOT NULL DEFAULT 5 CHECK (priority BETWEEN 1 AND 10),
    state            TEXT NOT NULL DEFAULT 'queued'
                     CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts     INTEGER NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
    next_run_at      INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT NOT NULL DEFAULT '',
    progress         INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    message          TEXT NOT NULL DEFAULT '',
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    owner_pid        INTEGER NOT NULL DEFAULT 0,
    owner_token      TEXT NOT NULL DEFAULT '',
    heartbeat_at     INTEGER NOT NULL DEFAULT 0,
    checkpoint       TEXT NOT NULL DEFAULT '',
    result           TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    started_at       INTEGER NOT NULL DEFAULT 0,
    finished_at      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX jobs_runnable ON jobs(state, priority DESC, next_run_at);
CREATE INDEX jobs_by_queue ON jobs(queue, state);
CREATE TABLE job_queues (
    name        TEXT PRIMARY KEY,
    paused      INTEGER NOT NULL DEFAULT 0,
    concurrency INTEGER NOT NULL DEFAULT 1 CHECK (concurrency BETWEEN 1 AND 64)
) WITHOUT ROWID;
)sql";

// Version 14: the machine-translation cache (mt/MtService): one provider's translation of one source
// text into one language pair, so a repeat is free and works offline. Keyed by a 64-bit hash of the
// source text (first 8 bytes of its SHA-1) and the text itself, so a hash collision never mixes up
// two texts. Only translations whose placeables all came back are kept.
constexpr const char* s_v14 = R"sql(
CREATE TABLE mt_cache (
    provider    TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source_hash INTEGER NOT NULL,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (provider, source_lang, target_lang, source_hash, source)
) WITHOUT ROWID;
)sql";

// Version 15: a monolingual document's translation file as it was found at import when its name
// spells the language otherwise than the project (pt_BR.json, ptBR.json for pt-BR), so that export
// writes that file again; NULL: where the format puts the language's file (Filter::translationPath).
constexpr const char* s_v15 = R"sql(
ALTER TABLE documents ADD COLUMN translation_name TEXT;
)sql";

constexpr std::array<const char*, 15> s_migrations{s_v1, s_v2,  s_v3,  s_v4,  s_v5,  s_v6,  s_v7, s_v8,
                                                   s_v9, s_v10, s_v11, s_v12, s_v13, s_v14, s_v15};

} // namespace

std::span<const char* const> Schema::migrations()
{
    return s_migrations;
}

domain::Result<void> Schema::migrate(Database& db, int target)
{
    const int version = db.userVersion();
    if (version < 0)
        return domain::fail(ErrorCode::Database, QStringLiteral("cannot read the schema version of %1").arg(db.path()));
    if (version > currentVersion())
        return domain::fail(ErrorCode::NewerSchema,
                            QStringLiteral("%1 has schema version %2, made by a newer Tessera; this one knows up to "
                                           "version %3. Nothing was changed; use a newer Tessera.")
                                .arg(db.path())
                                .arg(version)
                                .arg(currentVersion()));
    for (int next = version + 1; next <= target; ++next) {
        auto applied = db.transaction([&]() -> domain::Result<void> {
            if (auto done = db.exec(s_migrations[std::size_t(next - 1)]); !done)
                return done;
            return db.exec("PRAGMA application_id = " + std::to_string(applicationId) +
                           "; PRAGMA user_version = " + std::to_string(next) + ";");
        });
        if (!applied)
            return applied;
        qCInfo(lcStore) << "migrated" << db.path() << "to schema version" << next;
    }
    return {};
}

} // namespace tessera::store
