#include "migrations.h"

#include "common/logging.h"
#include "crm/queuequery.h"

#include <array>
#include <stdexcept>
#include <string>

namespace ll::crm {
namespace {

// Version 1: the lead schema of DESIGN.md §3, imports with their reports, and the tables the
// engine, queues and experiments fill later (sketched now so migrations stay linear).
constexpr const char* kV1 = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE imports (
  id            INTEGER PRIMARY KEY,
  file_name     TEXT NOT NULL,
  file_path     TEXT NOT NULL,
  file_sha256   TEXT NOT NULL,
  file_size     INTEGER NOT NULL,
  format        TEXT NOT NULL,              -- csv | xlsx
  shape         TEXT NOT NULL,              -- per-lead | per-interaction | mixed
  source_key    TEXT NOT NULL,              -- header signature of the export
  profile_json  TEXT NOT NULL,
  started_at    INTEGER NOT NULL,
  finished_at   INTEGER NOT NULL,
  rows_read     INTEGER NOT NULL,
  leads_inserted INTEGER NOT NULL,
  leads_updated INTEGER NOT NULL,
  interactions_inserted INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  report_json   TEXT NOT NULL
);
CREATE INDEX imports_sha ON imports(file_sha256);

CREATE TABLE import_rejects (
  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  sheet     TEXT,
  row       INTEGER NOT NULL,
  column_name TEXT,
  reason    TEXT NOT NULL
);
CREATE INDEX import_rejects_import ON import_rejects(import_id, row);

CREATE TABLE leads (
  id                 INTEGER PRIMARY KEY,
  lead_id            TEXT NOT NULL UNIQUE,     -- the CRM's id (or one derived from row content)
  created_at         INTEGER,                  -- seconds since epoch, wall time
  channel            TEXT,
  city               TEXT,
  city_tier          TEXT,
  store_id           TEXT,
  specialist_id      TEXT,
  specialist_tier    TEXT,
  model_interest     TEXT,
  budget_band        TEXT,
  current_vehicle    TEXT,
  financing_interest TEXT,
  customer_name      TEXT,
  phone              TEXT,
  first_import_id    INTEGER REFERENCES imports(id),
  last_import_id     INTEGER REFERENCES imports(id),
  -- Derived from interactions after every import (the funnel state queues sort by).
  stage_rank         INTEGER NOT NULL DEFAULT 0,  -- 0 new, 1 engaged, 2 store visit, 3 test drive, 4 quote
  outcome            TEXT,                        -- NULL open, 'won' (order lock), 'lost' (defeat)
  last_contact_at    INTEGER,
  interaction_count  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX leads_queue ON leads(outcome, stage_rank DESC, last_contact_at DESC);
CREATE INDEX leads_created ON leads(created_at);
CREATE INDEX leads_specialist ON leads(specialist_id);

-- Columns a user imported that the schema has no place for: kept, never dropped.
CREATE TABLE lead_attributes (
  lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
  key     TEXT NOT NULL,
  value   TEXT NOT NULL,
  PRIMARY KEY (lead_id, key)
) WITHOUT ROWID;

-- Rows are appended in import order; the small (lead, fingerprint) index deduplicates (the
-- fingerprint is a stable hash of lead, kind, time, duration, text and outcome) and finds a
-- lead's history. A clustered WITHOUT ROWID layout measured 1.5x slower to import here.
CREATE TABLE interactions (
  id          INTEGER PRIMARY KEY,
  lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
  fingerprint INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('call','message','store_visit','test_drive','quote',
                                            'order_lock','defeat','note')),
  at          INTEGER,                          -- seconds since epoch, wall time
  duration_s  REAL,
  text        TEXT,
  outcome     TEXT,
  extra_json  TEXT,                             -- unmapped columns of a per-interaction export
  import_id   INTEGER REFERENCES imports(id)
);
CREATE UNIQUE INDEX interactions_lead ON interactions(lead_id, fingerprint);

CREATE TABLE mapping_profiles (
  source_key   TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  profile_json TEXT NOT NULL,
  updated_at   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE scoring_runs (
  id                INTEGER PRIMARY KEY,
  model_fingerprint TEXT NOT NULL,
  model_path        TEXT,
  policy            TEXT NOT NULL,              -- model | funnel_recency | ...
  snapshot_at       INTEGER NOT NULL,
  started_at        INTEGER NOT NULL,
  finished_at       INTEGER,
  device            TEXT,
  lead_count        INTEGER NOT NULL DEFAULT 0,
  params_json       TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE scores (
  run_id      INTEGER NOT NULL REFERENCES scoring_runs(id) ON DELETE CASCADE,
  lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
  probability REAL,
  pair_score  REAL,
  rank        INTEGER NOT NULL,
  tier        TEXT,
  input_hash  INTEGER,                          -- serialized input; unchanged leads are not re-scored
  PRIMARY KEY (run_id, lead_id)
) WITHOUT ROWID;
CREATE INDEX scores_rank ON scores(run_id, rank);

CREATE TABLE experiments (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  config_json TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE experiment_arms (
  experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
  specialist_id TEXT NOT NULL,                  -- the unit of randomisation
  arm           TEXT NOT NULL,
  PRIMARY KEY (experiment_id, specialist_id)
) WITHOUT ROWID;

CREATE TABLE experiment_outcomes (
  experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
  lead_id       INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
  specialist_id TEXT NOT NULL,
  assigned_at   INTEGER NOT NULL,
  first_follow_up_at INTEGER,
  locked_at     INTEGER,
  PRIMARY KEY (experiment_id, lead_id)
) WITHOUT ROWID;
)sql";

// Version 2: what the queues sort, filter and search by at a million leads. Queues hold open
// leads only, so their indexes are partial (WHERE outcome IS NULL): smaller, and a count of a
// filtered queue reads nothing but the index. Each filterable column leads an index that goes on
// in Funnel+Recency order, so a filtered page in that order, and a sort by the column, is read in
// order and stops after the page. The baseline's global rank is kept as a table refreshed after
// each import (counting the leads ahead of each row per page would scan the whole queue); notes
// get a contentless FTS5 index (see searchtext.h for why the text is prepared before unicode61
// tokenizes it).
constexpr const char* kV2 = R"sql(
DROP INDEX leads_queue;
-- The lead indexes of the queues: createLeadQueueIndexes() (queuequery.h).

CREATE INDEX scores_probability ON scores(run_id, probability);
CREATE INDEX scores_tier ON scores(run_id, tier, rank);

-- The Funnel+Recency position of each open lead (1 = first), rebuilt by refreshQueueState().
CREATE TABLE queue_baseline (
  rank    INTEGER PRIMARY KEY,
  lead_id INTEGER NOT NULL UNIQUE
);

-- rowid = interactions.id; body = searchIndexText(interactions.text).
CREATE VIRTUAL TABLE interaction_search USING fts5(body, content='', columnsize=0,
                                                   tokenize='unicode61 remove_diacritics 2');
)sql";

struct Migration {
  const char* sql;
  void (*after)(sql::Database&);  // data the SQL alone cannot derive; nullptr when none
};

void afterV2(sql::Database& db) {
  createLeadQueueIndexes(db);
  refreshBaselineRanks(db);
}

// Version 3: the ranks of the latest model run's closed leads, kept rather than looked up each
// time a queue opens (refreshRunClosedRanks, queuequery.h).
constexpr const char* kV3 = R"sql(
CREATE TABLE queue_run_closed (
  run_id INTEGER NOT NULL,
  rank   INTEGER NOT NULL,
  PRIMARY KEY (run_id, rank)
) WITHOUT ROWID;
)sql";

// Version 4: the date ranges' indexes cover the other date and the stage
// (createLeadQueueIndexes).
constexpr const char* kV4 = R"sql(
DROP INDEX IF EXISTS leads_open_contact;
DROP INDEX IF EXISTS leads_open_created;
)sql";

const std::array kMigrations{Migration{kV1, nullptr}, Migration{kV2, &afterV2}, Migration{kV3, &refreshRunClosedRanks},
                             Migration{kV4, &createLeadQueueIndexes}};

}  // namespace

int latestSchemaVersion() { return static_cast<int>(kMigrations.size()); }

void migrate(sql::Database& db) {
  const int current = static_cast<int>(db.queryInt("PRAGMA user_version").value_or(0));
  const int latest = latestSchemaVersion();
  if (current > latest) {
    throw std::runtime_error("this workspace was written by a newer LeadLadder (schema version " +
                             std::to_string(current) + ", this version knows up to " +
                             std::to_string(latest) + "); update LeadLadder to open it");
  }
  for (int version = current + 1; version <= latest; ++version) {
    sql::Transaction tx(db);
    const Migration& step = kMigrations[static_cast<std::size_t>(version - 1)];
    db.exec(step.sql);
    if (step.after) step.after(db);
    db.exec("PRAGMA user_version = " + std::to_string(version));
    tx.commit();
    log::get("store")->info("workspace schema migrated to version {}", version);
  }
}

}  // namespace ll::crm
