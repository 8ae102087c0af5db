"""Where the program's files are, both from source and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from wsparcie_desktop import APP_ID


def app_root() -> Path:
    """The folder holding resources/ and translations/ (the bundle's _MEIPASS when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return app_root() / "translations"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"


def data_dir() -> Path:
    """The user's data folder: %APPDATA%\\wsparcie-jst on Windows, ~/.local/share/wsparcie-jst on Linux."""
    from platformdirs import user_data_dir  # imported when asked for: a start with --db does not need it

    return Path(user_data_dir(APP_ID, appauthor=False, roaming=True))


def default_db_path() -> Path:
    return data_dir() / "wsparcie.sqlite"
