"""The store: models, engine and sessions, migrations and backups."""
