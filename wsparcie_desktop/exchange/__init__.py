"""The exchange file between computers (.wjst): one JST, encrypted and signed, merged row by row on import.

schema (which tables travel, from the foreign keys), rows (encoding and writing rows), keys (the installation's
Ed25519 key pair), container (the file's frame, encryption and checks), service (export, preview, import).
Kept light: db.tombstones records deletions without importing anything from here.
"""
