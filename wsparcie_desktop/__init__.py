"""Wsparcie JST: the Qt-free core (store, services, documents, importers)."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Wsparcie JST"
APP_ID = "wsparcie-jst"
