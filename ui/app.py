"""Build the QApplication: fonts, translators, the store, the main window."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from wsparcie_desktop import APP_ID, APP_NAME, __version__
from wsparcie_desktop.paths import default_db_path, resource, translations_dir

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
BASE_POINT_SIZE = 11
# What the first window does without (the start-up probe reports each, tests/gui/test_startup.py checks them).
LOADED_AFTER_SHOW = ("filelock", "babel", "platformdirs", "ui.dialogs.document_output")


def load_fonts() -> list[str]:
    """Load the shipped DejaVu fonts so ą ę ł ń ś ź ż show even on a machine without system fonts."""
    families = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def install_translators(app: QApplication) -> list[QTranslator]:
    """The program speaks Polish: our own wsparcie_pl.qm plus Qt's own qtbase_pl (buttons of standard dialogs).

    The source strings are English only as keys for the translation; there is no English interface, because
    the texts of the core (steps, wizard titles, every refusal) are Polish.
    """
    installed = []
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / "wsparcie_pl.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load("qtbase_pl", qt_dir) or qt.load("qtbase_pl", str(translations_dir())):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    return installed


def create_application() -> tuple[QApplication, list[str], list[QTranslator]]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    icon = resource("icons", "wsparcie.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    families = load_fonts()
    if "DejaVu Sans" in families:
        app.setFont(QFont("DejaVu Sans", BASE_POINT_SIZE))
    translators = install_translators(app)
    return app, families, translators


def open_database(path: str | None, demo: bool):
    from wsparcie_desktop.db.migrate import open_store

    if demo:
        from wsparcie_desktop.demo import build_demo, disposable_demo_file, remove_demo_file

        file = disposable_demo_file()
        try:
            db = open_store(file, backup=False)
            try:
                build_demo(db)
            except BaseException:
                db.close()
                raise
        except BaseException:  # a refusal, or the program stopped while the demo was being built
            remove_demo_file(file)
            raise
        return db, file
    return open_asking(path or saved_connection() or default_db_path()), None


def saved_connection() -> str | None:
    """The shared store chosen in Settings → Database on a server… (a URL without its password), if any."""
    from ui.dialogs.server_connection import saved_url

    return saved_url() or None


def open_asking(path_or_url: str):
    """Open the store; a server that asks for a password not found in PGPASSFILE/.pgpass nor in the system keyring
    gets it typed here (ui/dialogs/server_password.py), and kept in the keyring when the user ticks the box.

    Otherwise the password is kept in memory only, for as long as the store is open; it is never written anywhere.
    """
    from wsparcie_desktop.db.database import is_server
    from wsparcie_desktop.db.migrate import open_store

    url = str(path_or_url)
    if not is_server(url):  # a file asks for no password
        return open_store(url)
    from ui.dialogs.server_password import ask_password
    from wsparcie_desktop.db.credentials import open_with_password

    return open_with_password(url, ask_password)


class _Stop(SystemExit):
    """SIGTERM (or Ctrl+C) before the window is up: leave through the clean-up, not past it."""


def stop_on_signals(app: QApplication) -> QTimer:
    """End the program through its normal clean-up on SIGTERM, SIGINT and SIGHUP (the demo's folder goes too).

    Python runs a signal handler only between its own statements; while Qt's event loop waits, a timer gives it
    that chance a few times a second.
    """
    running = {"loop": False}

    def handler(signum, _frame):
        if running["loop"]:
            app.quit()
        else:
            raise _Stop(128 + signum)

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)
    ticker = QTimer(app)
    ticker.setInterval(250)
    ticker.timeout.connect(lambda: None)
    ticker.start()
    QTimer.singleShot(0, lambda: running.update(loop=True))
    return ticker


def run_app(db: str | None = None, demo: bool = False, self_test: bool = False) -> int:
    started = time.perf_counter()
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app, families, translators = create_application()
    stop_on_signals(app)
    from wsparcie_desktop.temp_folders import remove_stale

    remove_stale()  # previews and demo folders a killed program left behind
    from ui import error_report
    from wsparcie_desktop.errors import DomainError

    error_report.install()

    self_test_dir = None
    if self_test and db is None and not demo:
        # The check never touches the user's real data: it runs on a new store in a temporary folder.
        self_test_dir = Path(tempfile.mkdtemp(prefix="wsparcie-self-test-"))
        db = str(self_test_dir / "wsparcie.sqlite")
    try:
        store, demo_file = open_database(db, demo)
    except DomainError as exc:
        if self_test:
            print(f"BŁĄD: {exc}", file=sys.stderr)
            if self_test_dir is not None:
                shutil.rmtree(self_test_dir, ignore_errors=True)
        else:
            from PySide6.QtWidgets import QMessageBox  # only when the store cannot be opened

            QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    from ui.main_window import MainWindow

    window = None
    try:
        with store.quick_reads_together():  # the list, the JST's name, its counts: one connection for all
            window = MainWindow(store, demo=demo_file is not None)
            window.show()
        if os.environ.get("WSPARCIE_STARTUP_PROBE"):
            # bench/startup.py: report when the window is painted (and whether SQLAlchemy was needed), then quit
            def probe() -> None:
                # the window's expose and paint are still queued when the first timer fires: they run here, so the
                # figure includes drawing every widget of the first window (checked with an event filter)
                app.processEvents()
                from ui.qt_enums import namespace_built

                orm = "sqlalchemy" in sys.modules
                later = " ".join(f"{name}={name in sys.modules}" for name in LOADED_AFTER_SHOW)
                print(f"shown {time.perf_counter() - started:.4f} cpu={time.process_time():.4f} {later} "
                      f"qt_namespace={namespace_built()} sqlalchemy={orm}", flush=True)  # fmt: skip
                app.quit()

            QTimer.singleShot(0, probe)
        if self_test:
            return _self_test(app, window, families, translators, store)
        return app.exec()
    finally:
        if window is not None:
            window.close_store()
        else:
            store.close()
        if demo_file is not None:
            from wsparcie_desktop.demo import remove_demo_file

            remove_demo_file(demo_file)
        if self_test_dir is not None:
            shutil.rmtree(self_test_dir, ignore_errors=True)


def _server_driver_problems() -> list[str]:
    """The shared store's driver: psycopg 3 with its own libpq (psycopg_binary), so a bundle reaches a server."""
    try:
        import psycopg
    except ImportError as exc:
        return [f"brak sterownika bazy PostgreSQL (psycopg): {exc}"]
    if psycopg.pq.__impl__ not in ("binary", "c"):
        return [f"sterownik bazy PostgreSQL bez biblioteki libpq (psycopg_binary): {psycopg.pq.__impl__}"]
    return []


def _self_test(app, window, families, translators, store) -> int:
    app.processEvents()
    problems = []
    if "DejaVu Sans" not in families:
        problems.append("nie znaleziono czcionek DejaVu w resources/fonts")
    if len(translators) < 2:
        problems.append("nie wczytano tłumaczeń (translations/wsparcie_pl.qm i qtbase_pl)")
    if not window.isVisible():
        problems.append("okno główne nie zostało pokazane")
    from wsparcie_desktop.reports_check import check_report_fonts

    problems.extend(check_report_fonts())
    problems.extend(_server_driver_problems())
    window.close_store(backup=False)  # a check is no reason to push one of the user's closing copies out
    for line in problems:
        print(f"BŁĄD: {line}", file=sys.stderr)
    if not problems:
        print(f"Wsparcie JST {__version__}: test uruchomienia zakończony pomyślnie ({Path(str(store.url)).name}).")
    return 1 if problems else 0
