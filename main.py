"""Wsparcie JST — start the program.

python main.py                 open the store in the user's data folder
python main.py --db PATH|URL   open another file (or a SQLAlchemy URL)
python main.py --demo          open a disposable copy of the demo gmina
python main.py --self-test     open a temporary store and the main window offscreen, check fonts and translations
python main.py print ...       write documents without the GUI (see: python main.py print --help)
python main.py demo --out FILE write the demo gmina to a new data file (for print)
python main.py import KIND FILE ...   load a file (cke, rspo) without the GUI (see: python main.py import --help)
python main.py backups --db PATH                list the file's backup copies
python main.py restore --db PATH --from COPY    restore the file from a backup copy
python main.py export --db PATH --jst ID_OR_NAME --out FILE.wjst   one JST to an exchange file
python main.py import wjst FILE.wjst --db PATH  merge an exchange file (passphrase at a prompt or on stdin)
python main.py copy-store --from PATH|URL --to URL|PATH   move the whole store to a server (or back), checked
python main.py pg-grant --db URL --user NAME --jst ID --role edit|read   a server user's access to one JST
"""

from __future__ import annotations

import argparse
import os
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="wsparcie-jst", description="Wsparcie JST — program dla samorządów i doradców."
    )
    parser.add_argument("--db", help="plik bazy danych albo adres SQLAlchemy (domyślnie: folder danych użytkownika)")
    parser.add_argument("--demo", action="store_true", help="otwórz jednorazową kopię gminy demonstracyjnej")
    parser.add_argument("--self-test", action="store_true", help="sprawdź instalację i zakończ (kod 0 = w porządku)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if os.name == "posix":
        os.umask(0o077)  # the store, its backups and every export hold names, phones and e-mails: owner only
    if argv and argv[0] == "print":
        from wsparcie_desktop.cli_print import run

        return run(argv[1:])
    if argv and argv[0] == "demo":
        from wsparcie_desktop.cli_demo import run as run_demo

        return run_demo(argv[1:])
    if argv and argv[0] in ("backups", "restore"):
        from wsparcie_desktop.cli_backups import run_list, run_restore

        return (run_list if argv[0] == "backups" else run_restore)(argv[1:])
    if argv and argv[0] == "export":
        from wsparcie_desktop.cli_exchange import run_export

        return run_export(argv[1:])
    if argv and argv[0] == "import":
        from wsparcie_desktop.cli_import import run as run_file_import

        return run_file_import(argv[1:])
    if argv and argv[0] in ("copy-store", "pg-grant"):
        from wsparcie_desktop.cli_server import run_copy, run_grant

        return (run_copy if argv[0] == "copy-store" else run_grant)(argv[1:])
    args = parse_args(argv)
    # What opens the store and reads the first window's data is imported before Qt: PySide6 hooks the import of
    # every later module (and reads its source), which costs about a third of these modules' import time.
    from wsparcie_desktop import changes, temp_folders, text  # noqa: F401
    from wsparcie_desktop.db import lock, migrate  # noqa: F401
    from wsparcie_desktop.reports import registry  # noqa: F401
    from wsparcie_desktop.services import quick_reads  # noqa: F401

    # isort: split
    from ui.app import run_app

    return run_app(db=args.db, demo=args.demo, self_test=args.self_test)


if __name__ == "__main__":
    sys.exit(main())
