-- The last contact of each kiosk device (by its profile id from kiosks.toml), so the
-- coordinator's overview shows a kiosk that went silent. No person's data: a profile id, a
-- time and the version of the kiosk's page.
CREATE TABLE kiosk_heartbeats (
    profile_id TEXT PRIMARY KEY,
    last_seen  INTEGER NOT NULL,
    version    TEXT NOT NULL
) STRICT;
