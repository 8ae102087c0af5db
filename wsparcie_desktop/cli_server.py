"""``python main.py copy-store`` and ``python main.py pg-grant``: a store moved to a server, and who may see what.

    python main.py copy-store --from SQLITE_PATH --to POSTGRES_URL     (and back: --from URL --to PATH)
    python main.py pg-grant --db POSTGRES_URL --user NAME --jst ID_OR_NAME --role edit|read

``copy-store`` moves every row (attachments included) into an empty target and compares each table's row
count and checksum. ``pg-grant`` is run by the database's owner: it creates the login role when it is missing
(without a password: the administrator sets one with psql's ``\\password``) and gives it one JST to edit or
to read. Messages are Polish and go to stderr; the exit code is 0 on success and 2 otherwise.
"""

from __future__ import annotations

import getpass
import sys

from wsparcie_desktop.cli_print import EXIT_ERROR, EXIT_OK, _fail, _PolishHelp, _PolishParser, _UsageError
from wsparcie_desktop.errors import DomainError


def _parser(command: str, description: str) -> _PolishParser:
    parser = _PolishParser(
        prog=f"python main.py {command}", description=description, formatter_class=_PolishHelp, add_help=False
    )
    parser._optionals.title = "opcje"
    parser.add_argument("-h", "--help", action="store_true", help="pokaż tę pomoc i zakończ")
    return parser


def _parse(parser: _PolishParser, argv: list[str], required: dict[str, str]):
    try:
        args = parser.parse_args(argv)
    except _UsageError as exc:
        return None, _fail(f"{exc}.\n{parser.format_usage().rstrip()}")
    if args.help:
        sys.stdout.write(parser.format_help())
        return None, EXIT_OK
    missing = [option for option, dest in required.items() if not getattr(args, dest)]
    if missing:
        return None, _fail(f"Brak wymaganych argumentów: {', '.join(missing)}.\n{parser.format_usage().rstrip()}")
    return args, None


def open_asking(path_or_url: str):
    """Open the store; a server that wants a password not found in PGPASSFILE/.pgpass or the system's keyring gets
    it typed (not echoed), and kept in the keyring when the user says so."""
    from wsparcie_desktop.db import credentials
    from wsparcie_desktop.db.postgres import display_url

    def ask(error, url):
        if not sys.stdin or not sys.stdin.isatty():
            raise DomainError(
                f"{error} Podaj je w pliku haseł PostgreSQL (PGPASSFILE albo ~/.pgpass), zapamiętaj je w "
                "systemowym magazynie haseł przy wpisywaniu albo uruchom polecenie w terminalu, aby je wpisać."
            ) from error
        password = getpass.getpass(f"Hasło do {display_url(url)}: ")
        remember = False
        if credentials.available():
            answer = input("Zapamiętać hasło w systemowym magazynie haseł (t/N)? ")
            remember = answer.strip().lower() in ("t", "tak", "y", "yes")
        return password, remember

    return credentials.open_with_password(path_or_url, ask)


def run_copy(argv: list[str]) -> int:
    parser = _parser(
        "copy-store",
        "Kopiuje cały magazyn danych (wszystkie wiersze i załączniki) z pliku SQLite na serwer PostgreSQL albo "
        "z serwera do pliku, i sprawdza liczbę wierszy oraz sumy kontrolne każdej tabeli.",
    )
    parser.add_argument("--from", dest="source", metavar="ŹRÓDŁO", help="plik bazy danych albo adres bazy")
    parser.add_argument("--to", dest="target", metavar="CEL", help="pusta baza docelowa: plik albo adres bazy")
    args, code = _parse(parser, argv, {"--from": "source", "--to": "target"})
    if args is None:
        return code
    from pathlib import Path

    from wsparcie_desktop.db.copy import copy_store

    if "://" not in args.source and not Path(args.source).expanduser().is_file():
        return _fail(f"Nie ma pliku bazy danych „{args.source}”.")
    try:
        source = open_asking(args.source)
        try:
            target = open_asking(args.target)
            try:
                checks = copy_store(source, target)
            finally:
                target.close()
        finally:
            source.close()
    except DomainError as exc:
        return _fail(str(exc))
    width = max(len(c.table) for c in checks)
    for c in checks:
        state = "zgodne" if c.ok else f"RÓŻNE (źródło {c.source_rows}, cel {c.target_rows})"
        print(f"{c.table:<{width}}  {c.source_rows:>7} wierszy  sumy kontrolne: {state}")
    bad = [c.table for c in checks if not c.ok]
    if bad:
        return _fail(f"Kopia różni się od źródła w tabelach: {', '.join(bad)}.")
    total = sum(c.source_rows for c in checks)
    print(f"Skopiowano {total} wierszy z {len(checks)} tabel; liczby wierszy i sumy kontrolne zgodne.", file=sys.stderr)
    return EXIT_OK


def run_grant(argv: list[str]) -> int:
    parser = _parser(
        "pg-grant",
        "Nadaje użytkownikowi serwera PostgreSQL dostęp do jednego samorządu: do edycji (edit) albo tylko do "
        "odczytu (read). Uruchamia właściciel bazy danych.",
    )
    parser.add_argument("--db", metavar="ADRES", help="adres bazy, np. postgresql+psycopg://wlasciciel@serwer/baza")
    parser.add_argument("--user", metavar="NAZWA", help="użytkownik (rola logowania) serwera PostgreSQL")
    parser.add_argument("--jst", metavar="ID_LUB_NAZWA", help="samorząd: jego numer (id) albo pełna nazwa")
    parser.add_argument("--role", choices=("edit", "read"), help="edit — edytuje; read — tylko odczytuje")
    args, code = _parse(parser, argv, {"--db": "db", "--user": "user", "--jst": "jst", "--role": "role"})
    if args is None:
        return code
    if "://" not in args.db or not args.db.startswith("postgresql"):
        return _fail(
            "Dostęp do samorządów nadaje się tylko w bazie na serwerze PostgreSQL (adres postgresql+psycopg://…)."
        )
    from wsparcie_desktop.services.access import grant_access
    from wsparcie_desktop.services.jst import find_jst

    try:
        db = open_asking(args.db)
        try:
            jst_id = find_jst(db, args.jst)
            created, name = grant_access(db, args.user, jst_id, args.role)
        finally:
            db.close()
    except DomainError as exc:
        return _fail(str(exc))
    what = "edycji" if args.role == "edit" else "odczytu"
    print(f"Użytkownik „{args.user}” ma dostęp do {what}: {name} (id {jst_id}).", file=sys.stderr)
    if created:
        print(
            f"Utworzono użytkownika „{args.user}” bez hasła: nadaj je w psql poleceniem \\password {args.user}.",
            file=sys.stderr,
        )
    return EXIT_OK


__all__ = ["run_copy", "run_grant", "EXIT_ERROR"]
