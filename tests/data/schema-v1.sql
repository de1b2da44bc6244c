-- A Marsa database at schema version 1 (issue 2), with one place: every later schema must upgrade it.
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, summary TEXT NOT NULL, applied_at TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (place_key TEXT PRIMARY KEY, label TEXT NOT NULL, label_ar TEXT NOT NULL, description TEXT NOT NULL, country TEXT NOT NULL, role TEXT NOT NULL, quality TEXT NOT NULL, latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90), longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180));
INSERT INTO schema_migrations VALUES (1, 'meta data and the ports and places of disembarkation', '2026-11-23T10:00:00.000Z');
INSERT INTO meta VALUES ('demo_data_written_at', '2026-11-23T10:00:00Z');
INSERT INTO places VALUES ('tripoli', 'Tripoli', 'طرابلس', 'Tripoli (Mina Tarabulus)', 'LY', 'LY disembarkation', 'VERIFIED (WPI)', 32.9, 13.1833);
