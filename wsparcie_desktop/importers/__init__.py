"""Readers of files other programs produce (the RSPO registry export first).

Importers only read and check: they return plain records and a list of problems, and never
touch the store. The services decide what a record means for the JST's data.
"""

from __future__ import annotations
