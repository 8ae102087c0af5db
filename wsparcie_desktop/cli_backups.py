"""``python main.py backups`` and ``python main.py restore``: the store's backup copies without the GUI.

    python main.py backups --db PATH
    python main.py restore --db PATH --from COPY

The list goes to stdout; messages are Polish and go to stderr. The exit code is 0 on success and 2 when the
arguments are wrong or the restore is refused (the store is then left as it was).
"""

from __future__ import annotations

import sys
from pathlib import Path

# The same Polish argparse as ``python main.py print``.
from wsparcie_desktop.cli_print import EXIT_OK, _fail, _PolishHelp, _PolishParser, _UsageError
from wsparcie_desktop.errors import DomainError


def _parser(command: str, description: str) -> _PolishParser:
    parser = _PolishParser(
        prog=f"python main.py {command}", description=description, formatter_class=_PolishHelp, add_help=False
    )
    parser._optionals.title = "opcje"
    parser.add_argument("-h", "--help", action="store_true", help="pokaż tę pomoc i zakończ")
    parser.add_argument("--db", metavar="PLIK", help="plik bazy danych programu")
    return parser


def _parse(parser: _PolishParser, argv: list[str], required: dict[str, str]):
    """(args, None) or (None, exit code) when the arguments are wrong or only help was asked for."""
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
    if "://" in args.db:
        return None, _fail("Kopie zapasowe dotyczą tylko pliku bazy danych (SQLite), nie adresu bazy.")
    if not Path(args.db).expanduser().is_file():
        return None, _fail(f"Nie ma pliku bazy danych „{args.db}”.")
    return args, None


def _summary(copy) -> str:
    if copy.problem:
        return copy.problem
    return f"JST: {copy.jst}, szkoły: {copy.schools}, działania HDR: {copy.activities}"


def run_list(argv: list[str]) -> int:
    from wsparcie_desktop.db.backup import backups_dir, list_backups

    parser = _parser("backups", "Wypisuje kopie zapasowe pliku bazy danych (najnowsze pierwsze), bez otwierania okna.")
    args, code = _parse(parser, argv, {"--db": "db"})
    if args is None:
        return code
    db_file = Path(args.db).expanduser()
    copies = list_backups(db_file)
    if not copies:
        print(f"Brak kopii zapasowych w folderze „{backups_dir(db_file)}”.", file=sys.stderr)
        return EXIT_OK
    width = max(len(copy.kind) for copy in copies)
    for copy in copies:
        print(f"{copy.made_at:%d.%m.%Y %H:%M:%S}  {copy.kind:<{width}}  {_summary(copy)}  {copy.path}")
    return EXIT_OK


def run_restore(argv: list[str]) -> int:
    from wsparcie_desktop.db.backup import backups_dir, restore_backup

    parser = _parser(
        "restore",
        "Przywraca plik bazy danych z kopii zapasowej; stan sprzed przywrócenia zapisuje najpierw jako kopię.",
    )
    parser.add_argument("--from", dest="copy", metavar="KOPIA", help="plik kopii (albo sama jej nazwa z folderu kopie)")
    args, code = _parse(parser, argv, {"--db": "db", "--from": "copy"})
    if args is None:
        return code
    db_file = Path(args.db).expanduser()
    copy = Path(args.copy).expanduser()
    if not copy.exists() and (backups_dir(db_file) / args.copy).is_file():
        copy = backups_dir(db_file) / args.copy
    try:
        result = restore_backup(db_file, copy)
    except DomainError as exc:
        return _fail(exc.message)
    made = f"{result.restored.made_at:%d.%m.%Y %H:%M:%S}"
    print(f"Przywrócono kopię „{result.restored.path.name}” z {made}.", file=sys.stderr)
    if result.migrated:
        print("Kopia pochodziła z wcześniejszej wersji programu i została do niej dostosowana.", file=sys.stderr)
    print(f"Stan sprzed przywrócenia zapisano w kopii „{result.safety_copy}”.", file=sys.stderr)
    return EXIT_OK
