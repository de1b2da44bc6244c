#include "storage/migrations.h"

#include <array>

namespace marsa::storage {
namespace {

// Never edit a migration that has shipped: add the next one. tests/data/schema-v*.sql keep every
// older schema, and a test upgrades each of them to the newest.
// Written in SQLite's syntax, run as written there; storage/sql_dialect.cpp rewrites each
// statement for PostgreSQL (types, identity keys, trigger functions, pg_trgm for the FTS5 table).

constexpr std::array kMigrations{
    Migration{1, "meta data and the ports and places of disembarkation", R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE places (
    place_key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    label_ar TEXT NOT NULL,
    description TEXT NOT NULL,
    country TEXT NOT NULL,
    role TEXT NOT NULL,
    quality TEXT NOT NULL,
    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180)
);
)sql"},
    Migration{2, "users and the append-only, hash-chained audit log", R"sql(
CREATE TABLE users (
    user_id INTEGER PRIMARY KEY,
    user_name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    agency TEXT NOT NULL CHECK (agency IN ('coast_guard', 'dcim', 'red_crescent', 'observer')),
    role TEXT NOT NULL CHECK (role IN ('watch_officer', 'supervisor', 'trainer', 'administrator')),
    password_hash TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE TABLE audit_log (
    sequence INTEGER PRIMARY KEY,
    time_utc TEXT NOT NULL,
    user_name TEXT NOT NULL,
    agency TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
    Migration{3, "incidents and their timelines", R"sql(
CREATE TABLE incidents (
    incident_id INTEGER PRIMARY KEY,
    case_year INTEGER NOT NULL,
    case_sequence INTEGER NOT NULL CHECK (case_sequence > 0),
    first_alert_utc TEXT NOT NULL,
    alert_source TEXT NOT NULL,
    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    uncertainty_nm REAL NOT NULL CHECK (uncertainty_nm >= 0),
    srrs TEXT NOT NULL,
    craft TEXT NOT NULL,
    craft_condition TEXT NOT NULL,
    pob_total INTEGER NOT NULL CHECK (pob_total >= 0),
    pob_men INTEGER CHECK (pob_men >= 0),
    pob_women INTEGER CHECK (pob_women >= 0),
    pob_children INTEGER CHECK (pob_children >= 0),
    weather TEXT NOT NULL,
    phase TEXT NOT NULL,
    status TEXT NOT NULL,
    rescued INTEGER CHECK (rescued >= 0),
    dead INTEGER CHECK (dead >= 0),
    missing INTEGER CHECK (missing >= 0),
    is_exercise INTEGER NOT NULL DEFAULT 0 CHECK (is_exercise IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_year, case_sequence)
);
CREATE TABLE incident_events (
    event_id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (incident_id),
    time_utc TEXT NOT NULL,
    user_name TEXT NOT NULL,
    agency TEXT NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    remarks TEXT NOT NULL
);
CREATE INDEX incident_events_by_incident ON incident_events (incident_id, time_utc);
)sql"},
    Migration{4, "assets and tasking, append-only timelines, and indexes for the Incidents panel", R"sql(
CREATE TABLE assets (
    asset_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    call_sign TEXT NOT NULL,
    mmsi INTEGER CHECK (mmsi BETWEEN 201000000 AND 775999999),
    kind TEXT NOT NULL CHECK (kind IN ('patrol_boat', 'aircraft')),
    home_port TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1))
);
CREATE TABLE taskings (
    tasking_id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (incident_id),
    asset_id INTEGER NOT NULL REFERENCES assets (asset_id),
    tasked_utc TEXT NOT NULL,
    on_scene_utc TEXT,
    released_utc TEXT
);
CREATE INDEX taskings_by_incident ON taskings (incident_id);
CREATE INDEX taskings_by_asset ON taskings (asset_id, released_utc);
ALTER TABLE incidents ADD COLUMN case_number TEXT NOT NULL DEFAULT '';
UPDATE incidents SET case_number = 'LY-' || case_year || '-' || substr('000' || case_sequence, -4, 4);
CREATE INDEX incidents_by_alert ON incidents (first_alert_utc);
CREATE INDEX incidents_by_status ON incidents (status, first_alert_utc);
CREATE TRIGGER incident_events_no_update BEFORE UPDATE ON incident_events BEGIN SELECT RAISE(ABORT, 'a timeline is append-only'); END;
CREATE TRIGGER incident_events_no_delete BEFORE DELETE ON incident_events BEGIN SELECT RAISE(ABORT, 'a timeline is append-only'); END;
CREATE VIRTUAL TABLE incident_event_text USING fts5 (remarks, content = 'incident_events', content_rowid = 'event_id', tokenize = 'trigram');
INSERT INTO incident_event_text (incident_event_text) VALUES ('rebuild');
CREATE TRIGGER incident_events_text AFTER INSERT ON incident_events BEGIN INSERT INTO incident_event_text (rowid, remarks) VALUES (new.event_id, new.remarks); END;
)sql"},
    // Vessel tracks (storage/track_store.h says why two position tables): the archive is clustered
    // by vessel and time (WITHOUT ROWID, SQLite's; a clustered primary key on PostgreSQL), so one
    // vessel's track is a range read; the recent table is a plain append-only heap that takes the
    // live batches, moved into the archive in large sorted runs. NULL = not available.
    Migration{5, "vessel tracks and static data", R"sql(
CREATE TABLE vessel_positions (
    mmsi INTEGER NOT NULL,
    time_ms INTEGER NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    sog_kn REAL,
    cog_deg REAL,
    heading_deg INTEGER,
    nav_status INTEGER NOT NULL,
    message_type INTEGER NOT NULL,
    source_id INTEGER NOT NULL,
    PRIMARY KEY (mmsi, time_ms)
) WITHOUT ROWID;
CREATE TABLE vessel_positions_recent (
    mmsi INTEGER NOT NULL,
    time_ms INTEGER NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    sog_kn REAL,
    cog_deg REAL,
    heading_deg INTEGER,
    nav_status INTEGER NOT NULL,
    message_type INTEGER NOT NULL,
    source_id INTEGER NOT NULL
);
CREATE TABLE vessel_static (
    mmsi INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    call_sign TEXT NOT NULL,
    imo INTEGER NOT NULL,
    ship_type INTEGER NOT NULL,
    to_bow INTEGER NOT NULL,
    to_stern INTEGER NOT NULL,
    to_port INTEGER NOT NULL,
    to_starboard INTEGER NOT NULL,
    draught_m REAL NOT NULL,
    destination TEXT NOT NULL,
    confirmed_ms INTEGER NOT NULL
);
)sql"},
    // Disembarkations and their handover (core/disembarkation.h). A step's values are never
    // changed: every signature, a step signed again after a return and an amendment each add a
    // handover_steps row, and disembarkations points at the current one of each step (no foreign
    // key that way: the two tables refer to each other). Counts only, no names of rescued persons.
    Migration{6, "disembarkations and the handover between Coast Guard, DCIM and Red Crescent", R"sql(
CREATE TABLE handover_facilities (
    facility_id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('detention_centre', 'hospital')),
    name TEXT NOT NULL,
    name_ar TEXT NOT NULL,
    city TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    UNIQUE (kind, name)
);
CREATE TABLE disembarkations (
    disembarkation_id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (incident_id),
    sequence INTEGER NOT NULL CHECK (sequence > 0),
    state TEXT NOT NULL CHECK (state IN ('declared', 'acknowledged', 'medical_recorded', 'returned', 'approved')),
    declaration_id INTEGER,
    acknowledgement_id INTEGER,
    medical_id INTEGER,
    review_id INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (incident_id, sequence)
);
CREATE TABLE handover_steps (
    step_id INTEGER PRIMARY KEY,
    disembarkation_id INTEGER NOT NULL REFERENCES disembarkations (disembarkation_id),
    step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 4),
    user_name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    agency TEXT NOT NULL,
    role TEXT NOT NULL,
    signed_utc TEXT NOT NULL,
    remarks TEXT NOT NULL,
    place_key TEXT,
    latitude REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude BETWEEN -180 AND 180),
    place_note TEXT,
    landed_utc TEXT,
    unit TEXT,
    other_monitoring TEXT,
    men INTEGER CHECK (men >= 0),
    women INTEGER CHECK (women >= 0),
    boys INTEGER CHECK (boys >= 0),
    girls INTEGER CHECK (girls >= 0),
    unknown_persons INTEGER CHECK (unknown_persons >= 0),
    unaccompanied_minors INTEGER CHECK (unaccompanied_minors >= 0),
    medical_referred INTEGER CHECK (medical_referred >= 0),
    bodies INTEGER CHECK (bodies >= 0),
    medical_cases INTEGER CHECK (medical_cases >= 0),
    bodies_facility_id INTEGER REFERENCES handover_facilities (facility_id),
    bodies_taken_to TEXT,
    approved INTEGER CHECK (approved IN (0, 1)),
    returned_to INTEGER CHECK (returned_to BETWEEN 1 AND 3)
);
CREATE TABLE handover_nationalities (
    step_id INTEGER NOT NULL REFERENCES handover_steps (step_id),
    country TEXT NOT NULL,
    persons INTEGER NOT NULL CHECK (persons > 0),
    PRIMARY KEY (step_id, country)
);
CREATE TABLE handover_monitoring (
    step_id INTEGER NOT NULL REFERENCES handover_steps (step_id),
    party TEXT NOT NULL CHECK (party IN ('iom', 'unhcr', 'imc', 'irc', 'other')),
    PRIMARY KEY (step_id, party)
);
CREATE TABLE handover_transfers (
    transfer_id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES handover_steps (step_id),
    kind TEXT NOT NULL CHECK (kind IN ('detention_centre', 'released', 'other')),
    facility_id INTEGER REFERENCES handover_facilities (facility_id),
    note TEXT NOT NULL,
    persons INTEGER NOT NULL CHECK (persons > 0)
);
CREATE TABLE handover_evacuations (
    evacuation_id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES handover_steps (step_id),
    facility_id INTEGER NOT NULL REFERENCES handover_facilities (facility_id),
    persons INTEGER NOT NULL CHECK (persons > 0)
);
CREATE TABLE handover_explanations (
    explanation_id INTEGER PRIMARY KEY,
    disembarkation_id INTEGER NOT NULL REFERENCES disembarkations (disembarkation_id),
    rule TEXT NOT NULL,
    figures TEXT NOT NULL,
    text TEXT NOT NULL,
    user_name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    agency TEXT NOT NULL,
    role TEXT NOT NULL,
    signed_utc TEXT NOT NULL
);
CREATE TABLE handover_amendments (
    amendment_id INTEGER PRIMARY KEY,
    disembarkation_id INTEGER NOT NULL REFERENCES disembarkations (disembarkation_id),
    step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 3),
    before_id INTEGER NOT NULL REFERENCES handover_steps (step_id),
    after_id INTEGER NOT NULL REFERENCES handover_steps (step_id),
    reason TEXT NOT NULL,
    user_name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    agency TEXT NOT NULL,
    role TEXT NOT NULL,
    signed_utc TEXT NOT NULL
);
CREATE INDEX handover_steps_by_disembarkation ON handover_steps (disembarkation_id, step);
CREATE INDEX handover_steps_by_landing ON handover_steps (landed_utc);
CREATE INDEX handover_explanations_by_disembarkation ON handover_explanations (disembarkation_id);
CREATE INDEX handover_amendments_by_disembarkation ON handover_amendments (disembarkation_id);
CREATE INDEX disembarkations_by_state ON disembarkations (state);
CREATE TRIGGER handover_steps_no_update BEFORE UPDATE ON handover_steps BEGIN SELECT RAISE(ABORT, 'a handover step is never changed: amend it'); END;
CREATE TRIGGER handover_steps_no_delete BEFORE DELETE ON handover_steps BEGIN SELECT RAISE(ABORT, 'a handover step is never changed: amend it'); END;
CREATE TRIGGER handover_explanations_no_update BEFORE UPDATE ON handover_explanations BEGIN SELECT RAISE(ABORT, 'explanations are append-only'); END;
CREATE TRIGGER handover_explanations_no_delete BEFORE DELETE ON handover_explanations BEGIN SELECT RAISE(ABORT, 'explanations are append-only'); END;
CREATE TRIGGER handover_amendments_no_update BEFORE UPDATE ON handover_amendments BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;
CREATE TRIGGER handover_amendments_no_delete BEFORE DELETE ON handover_amendments BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;
CREATE TRIGGER handover_nationalities_no_update BEFORE UPDATE ON handover_nationalities BEGIN SELECT RAISE(ABORT, 'the values of a handover step are never changed'); END;
CREATE TRIGGER handover_nationalities_no_delete BEFORE DELETE ON handover_nationalities BEGIN SELECT RAISE(ABORT, 'the values of a handover step are never changed'); END;
CREATE TRIGGER handover_monitoring_no_update BEFORE UPDATE ON handover_monitoring BEGIN SELECT RAISE(ABORT, 'the values of a handover step are never changed'); END;
CREATE TRIGGER handover_monitoring_no_delete BEFORE DELETE ON handover_monitoring BEGIN SELECT RAISE(ABORT, 'the values of a handover step are never changed'); END;
CREATE TRIGGER handover_transfers_no_update BEFORE UPDATE ON handover_transfers BEGIN SELECT RAISE(ABORT, 'the values of a handover step are never changed'); END;
CREATE TRIGGER handover_transfers_no_delete BEFORE DELETE ON handover_transfers BEGIN SELECT RAISE(ABORT, 'the values of a handover step are never changed'); END;
CREATE TRIGGER handover_evacuations_no_update BEFORE UPDATE ON handover_evacuations BEGIN SELECT RAISE(ABORT, 'the values of a handover step are never changed'); END;
CREATE TRIGGER handover_evacuations_no_delete BEFORE DELETE ON handover_evacuations BEGIN SELECT RAISE(ABORT, 'the values of a handover step are never changed'); END;
CREATE TRIGGER disembarkations_no_delete BEFORE DELETE ON disembarkations BEGIN SELECT RAISE(ABORT, 'a disembarkation is never deleted'); END;
)sql"},
    // Every record an officer edits carries a version, moved by each change: a save over a version
    // someone else changed meanwhile is refused (ErrorKind::Conflict) and the officer decides. Cases
    // and disembarkations have theirs since v3 and v6. The trigram index serves the case-number
    // search ("%0153%") on PostgreSQL; SQLite has no such index and reads the column.
    Migration{7, "versions of accounts, the administrator's lists and assets", R"sql(
ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE handover_facilities ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE assets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- PostgreSQL only: CREATE INDEX incidents_case_number_text ON incidents USING gin (case_number gin_trgm_ops);
)sql"},
    // The replay journal (src/replay): every line a feed received and, after each change of a case,
    // the case's state, in time order. Appended in the writers' own transactions; never updated.
    // Old entries are removed by retention only. kind: 1 a received NMEA/AIS line (payload the
    // line, source the feed id), 2 a case's state after a change (payload JSON, source the case id).
    Migration{8, "the replay journal of received lines and case states", R"sql(
CREATE TABLE journal (
    entry_id INTEGER PRIMARY KEY,
    time_ms INTEGER NOT NULL,
    kind INTEGER NOT NULL CHECK (kind IN (1, 2)),
    source INTEGER NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX journal_by_time ON journal (time_ms);
CREATE INDEX journal_cases ON journal (source, time_ms) WHERE kind = 2;
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
)sql"},
    // A running exercise (docs/exercises.md, "Running a scenario"): where its clock stands, shared
    // by every console on the exercise (one row, moved by the trainer), and the messages the
    // exercise sent the trainees (alerts, radio calls, injects), each once: message_key names the
    // scripted moment or the trainer's own call, so a second director or a restart never sends
    // it again. Empty and unused on an operational database.
    Migration{9, "the run state and the messages of an exercise", R"sql(
CREATE TABLE exercise_run (
    run_id INTEGER PRIMARY KEY CHECK (run_id = 1),
    state TEXT NOT NULL CHECK (state IN ('not_started', 'running', 'paused', 'ended')),
    speed REAL NOT NULL CHECK (speed >= 1 AND speed <= 3600),
    anchor_exercise_ms INTEGER NOT NULL,
    anchor_wall_ms INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE exercise_messages (
    message_id INTEGER PRIMARY KEY,
    message_key TEXT NOT NULL UNIQUE,
    time_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE TRIGGER exercise_messages_no_update BEFORE UPDATE ON exercise_messages BEGIN SELECT RAISE(ABORT, 'exercise messages are append-only'); END;
)sql"},
    // Alarm acknowledgements in the journal (kind 3: source the MMSI, payload when the target was
    // last heard). SQLite cannot change a CHECK in place: the table is rebuilt as it was, with the
    // wider check; PostgreSQL changes the constraint.
    Migration{10, "alarm acknowledgements in the replay journal", R"sql(
-- SQLite only: CREATE TABLE journal_widened (
    entry_id INTEGER PRIMARY KEY,
    time_ms INTEGER NOT NULL,
    kind INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
    source INTEGER NOT NULL,
    payload TEXT NOT NULL
);
-- SQLite only: INSERT INTO journal_widened (entry_id, time_ms, kind, source, payload) SELECT entry_id, time_ms, kind, source, payload FROM journal;
-- SQLite only: DROP TABLE journal;
-- SQLite only: ALTER TABLE journal_widened RENAME TO journal;
-- SQLite only: CREATE INDEX journal_by_time ON journal (time_ms);
-- SQLite only: CREATE INDEX journal_cases ON journal (source, time_ms) WHERE kind = 2;
-- SQLite only: CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
-- PostgreSQL only: ALTER TABLE journal DROP CONSTRAINT journal_kind_check;
-- PostgreSQL only: ALTER TABLE journal ADD CONSTRAINT journal_kind_check CHECK (kind IN (1, 2, 3));
CREATE INDEX journal_alarms ON journal (time_ms) WHERE kind = 3;
)sql"},
    // An exercise made from a copy of a replay window (docs/exercises.md): the lines the feeds
    // received in that window, as the operational journal had them, which every console on the
    // exercise plays into its own live path as the exercise clock passes their time. Written when
    // the exercise is made; never updated. Empty on an operational database and on an exercise
    // made from a scenario.
    Migration{11, "the received lines an exercise made from a replay window plays", R"sql(
CREATE TABLE exercise_traffic (
    line_id INTEGER PRIMARY KEY,
    time_ms INTEGER NOT NULL,
    source INTEGER NOT NULL,
    line TEXT NOT NULL
);
CREATE INDEX exercise_traffic_by_time ON exercise_traffic (time_ms);
CREATE TRIGGER exercise_traffic_no_update BEFORE UPDATE ON exercise_traffic BEGIN SELECT RAISE(ABORT, 'exercise traffic is append-only'); END;
)sql"},
    // A unit's transit speed in knots: what a debrief reckons its time to a case with (and a
    // planner would). Unknown (NULL) for the units recorded before it; the debrief then says which
    // speed it assumed.
    Migration{12, "the transit speed of each Coast Guard unit", R"sql(
ALTER TABLE assets ADD COLUMN speed_kn REAL CHECK (speed_kn IS NULL OR (speed_kn > 0 AND speed_kn <= 500));
)sql"},
};

} // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

int latestSchemaVersion() {
    return kMigrations.back().version;
}

} // namespace marsa::storage
