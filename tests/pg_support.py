"""The PostgreSQL side of the tests: the back-end option, throwaway databases on the test server.

Every store a test gets is a database of its own, created from a migrated template (and the demo from a
template holding the demo), and dropped after the test.
"""

from __future__ import annotations

import copy
import itertools
import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

SQLITE, POSTGRESQL = "sqlite", "postgresql"
ENV_URL = "WSPARCIE_TEST_PG"
ENV_BACKEND = "WSPARCIE_TEST_BACKEND"
# Tests that stay on SQLite whatever the option: they read the file, its locks or SQLite's own behaviour (a dump
# through sqlite3, the quick start-up reads); or they test what is drawn from data the services give them, the
# same on both stores — documents, exports, pictures, the exchange file's format, the Change plumbing — which
# test_server_store.py covers on the server as a whole (every demo document printed from both and compared, every
# row and attachment copied both ways). The rules and the saves run on both.
SQLITE_ONLY_MODULES = {
    "test_backup.py", "test_cli_backups.py", "test_file_permissions.py", "test_migrations.py", "test_store.py",
    "test_sqlite_errors.py", "test_quick_reads.py", "test_cke_import.py",
    "test_area_choice_document.py", "test_diagnosis_report.py", "test_hdr_document.py", "test_reports_documents.py",
    "test_all_documents.py", "test_meeting_documents.py", "test_hdr_projection.py", "test_hdr_demo.py",
    "test_rspo_line_limits.py", "test_xlsx_text.py", "test_hdr_xlsx.py", "test_meetings_ics.py",
    "test_coat_of_arms.py", "test_changes.py", "test_exchange_file.py", "test_exchange_merge.py",
    "test_stage3_documents.py", "test_education_template.py",
}  # fmt: skip
_counter = itertools.count()


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--backend",
        choices=(SQLITE, POSTGRESQL, "both"),
        default=os.environ.get(ENV_BACKEND, "both"),
        help="which store the service tests run on (PostgreSQL needs WSPARCIE_TEST_PG; default: both)",
    )


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test works on the SQLite file itself")
    config.addinivalue_line("markers", "postgresql: the test needs the PostgreSQL test server")


def _runs_on_both(metafunc) -> bool:
    path = Path(str(metafunc.definition.path))
    return (
        path.parent.name == "unit"
        and path.name not in SQLITE_ONLY_MODULES
        and "db_path" not in metafunc.fixturenames
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    )


def pytest_generate_tests(metafunc) -> None:
    if "backend" not in metafunc.fixturenames or not _runs_on_both(metafunc):
        return
    choice = metafunc.config.getoption("--backend")
    backends = [SQLITE, POSTGRESQL] if choice == "both" else [choice]
    metafunc.parametrize("backend", backends, indirect=True)


def pytest_collection_modifyitems(config, items) -> None:
    """``--backend postgresql`` keeps only what runs on the server; ``sqlite`` leaves the server's tests out."""
    choice = config.getoption("--backend")
    if choice == "both":
        return
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_server = (callspec is not None and callspec.params.get("backend") == POSTGRESQL) or (
            item.get_closest_marker("postgresql") is not None
        )
        (keep if on_server == (choice == POSTGRESQL) else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", SQLITE)


def server_url() -> str | None:
    return os.environ.get(ENV_URL) or None


class Server:
    """The test server: a superuser URL, and databases made and dropped on it."""

    def __init__(self, url: str):
        self.url = url
        self.engine = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        self.prefix = f"wt{os.getpid()}"
        # The next test's database is made, and the last one's dropped, while a test runs.
        self.worker = ThreadPoolExecutor(max_workers=1)
        self.ready: dict[str, Future] = {}

    def url_of(self, database: str, user: str | None = None, password: str | None = None) -> str:
        parsed = make_url(self.url).set(database=database)
        if user is not None:
            parsed = parsed.set(username=user, password=password)
        return parsed.render_as_string(hide_password=False)

    def sql(self, statement: str, database: str | None = None, **params):
        engine = self.engine
        if database is not None:
            engine = create_engine(self.url_of(database), poolclass=NullPool, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            result = conn.execute(text(statement), params)
            rows = result.all() if result.returns_rows else None
        if database is not None:
            engine.dispose()
        return rows

    def create(self, template: str | None = None) -> str:
        name = f"{self.prefix}_{next(_counter)}"
        # FILE_COPY: the template's files are copied without being written to the WAL (faster for a test server).
        self.sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""))
        return name

    def drop(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def take(self, template: str) -> str:
        """A fresh copy of ``template``, made in advance when possible; the next one is started meanwhile."""
        pending = self.ready.pop(template, None)
        name = pending.result() if pending is not None else self.create(template)
        self.ready[template] = self.worker.submit(self.create, template)
        return name

    def drop_later(self, name: str) -> None:
        self.worker.submit(self.drop, name)

    def close(self) -> None:
        for pending in self.ready.values():
            self.worker.submit(self.drop, pending.result())
        self.worker.shutdown(wait=True)


@pytest.fixture(scope="session")
def pg_server():
    url = server_url()
    if url is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI runs every service test on PostgreSQL too: {ENV_URL} is not set (tools/bootstrap.py test)")
        pytest.skip(f"no PostgreSQL test server ({ENV_URL} not set)")
    server = Server(url)
    made: list[str] = []
    server.made = made
    yield server
    server.close()
    for name in made:
        server.drop(name)
    server.engine.dispose()


def _template(server: Server, key: str, build) -> str:
    cached = getattr(server, key, None)
    if cached is None:
        from wsparcie_desktop.db.migrate import open_store

        name = server.create()
        server.made.append(name)
        store = open_store(server.url_of(name))
        try:
            result = build(store)
        finally:
            store.close()
        cached = (name, result)
        setattr(server, key, cached)
    return cached


@pytest.fixture
def pg_database(pg_server):
    """A fresh, migrated store on the server, as a URL; dropped after the test."""
    template, _ = _template(pg_server, "_migrated", lambda store: None)
    name = pg_server.take(template)
    yield pg_server.url_of(name)
    pg_server.drop_later(name)


@pytest.fixture
def pg_demo_database(pg_server):
    """A fresh store holding the demo on the server: (URL, the demo's ids); dropped after the test."""
    from wsparcie_desktop.demo import build_demo

    template, demo = _template(pg_server, "_demo", build_demo)
    name = pg_server.take(template)
    yield pg_server.url_of(name), copy.deepcopy(demo)
    pg_server.drop_later(name)
