"""``python main.py print``: write documents without the GUI, for batch printing and for checks.

    python main.py print --list
    python main.py print DOCUMENT --db PATH --jst ID_OR_NAME --out FILE.pdf [--date RRRR-MM-DD] [--place MIEJSCOWOŚĆ]
    python main.py print informacja-oswiatowa … --year 2025/2026   (a document of one school year; the latest if left out)
    python main.py print wykaz-szkol ... --z-uwagami     (with the annex of the schools' notes)

Messages are Polish and go to stderr; the exit code is 0 when the file was written and 2 otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from wsparcie_desktop.errors import DomainError

EXIT_OK = 0
EXIT_ERROR = 2

YEAR_DOCUMENTS = ("informacja-oswiatowa",)  # documents of one school year: they take --year
ORIENTATION_NAMES = {"portrait": "pionowo", "landscape": "poziomo", "mixed": "pionowo i poziomo"}

# argparse speaks English; these are the messages a user of this command can meet.
_ARGPARSE_MESSAGES = [
    (r"the following arguments are required: (.*)", r"brak wymaganych argumentów: \1"),
    (r"unrecognized arguments: (.*)", r"nieznane argumenty: \1"),
    (r"argument (.*?): expected one argument", r"po \1 brakuje wartości"),
    (r"argument (.*?): invalid (.*)", r"niepoprawna wartość \1"),
]


class _UsageError(Exception):
    pass


class _PolishParser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would print English and exit; we translate and return
        for pattern, replacement in _ARGPARSE_MESSAGES:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, replacement, message)
                break
        raise _UsageError(message)


class _PolishHelp(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="Użycie: ")


def _parser() -> _PolishParser:
    parser = _PolishParser(
        prog="python main.py print",
        description="Zapisuje dokument programu Wsparcie JST do pliku PDF, bez otwierania okna programu.",
        formatter_class=_PolishHelp,
        add_help=False,
    )
    parser._positionals.title = "argumenty"
    parser._optionals.title = "opcje"
    parser.add_argument("document", nargs="?", metavar="DOKUMENT", help="identyfikator dokumentu (zob. --list)")
    parser.add_argument("-h", "--help", action="store_true", help="pokaż tę pomoc i zakończ")
    parser.add_argument("--list", action="store_true", help="wypisz dostępne dokumenty i zakończ")
    parser.add_argument("--db", metavar="PLIK", help="plik bazy danych programu (albo adres SQLAlchemy)")
    parser.add_argument("--jst", metavar="ID_LUB_NAZWA", help="samorząd: jego numer (id) albo pełna nazwa")
    parser.add_argument("--out", metavar="PLIK.pdf", help="plik PDF do zapisania")
    parser.add_argument("--date", metavar="RRRR-MM-DD", help="data w linii „miejscowość, data” (domyślnie dziś)")
    parser.add_argument("--place", metavar="MIEJSCOWOŚĆ", help="miejscowość w linii „miejscowość, data”")
    parser.add_argument("--year", metavar="RRRR/RRRR", help="rok szkolny dokumentu rocznego, np. 2025/2026 "
                                                           "(domyślnie ostatni)")  # fmt: skip
    parser.add_argument("--z-uwagami", dest="with_notes", action="store_true",
                        help="z załącznikiem: uwagi o szkołach (tylko wykaz-szkol)")  # fmt: skip
    return parser


def run(argv: list[str]) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as exc:
        return _fail(f"{exc}.\n{parser.format_usage().rstrip()}")
    if args.help:
        sys.stdout.write(parser.format_help())
        return EXIT_OK
    try:
        if args.list:
            return _list()
        return _print(args)
    except DomainError as exc:
        return _fail(exc.message)
    except Exception as exc:  # a fault of the program, not of the input: still a Polish message and exit code 2
        details = " ".join(f"{type(exc).__name__}: {exc}".split())
        return _fail(
            f"dokument nie został zapisany z powodu nieoczekiwanego błędu programu ({details}). "
            "Zgłoś ten błąd razem z tym komunikatem."
        )


def _list() -> int:
    from wsparcie_desktop.reports import list_documents

    specs = list_documents()
    width = max(len(spec.id) for spec in specs)
    for spec in specs:
        line = f"{spec.id:<{width}}  {spec.title} (A4 {ORIENTATION_NAMES.get(spec.orientation, spec.orientation)})"
        if spec.description:
            line += f" — {spec.description}"
        print(line)
    return EXIT_OK


def _print(args: argparse.Namespace) -> int:
    missing = [name for name, value in (("DOKUMENT", args.document), ("--db", args.db), ("--jst", args.jst),
                                        ("--out", args.out)) if not value]  # fmt: skip
    if missing:
        return _fail(f"Brak wymaganych argumentów: {', '.join(missing)}.\n{_parser().format_usage().rstrip()}")
    from wsparcie_desktop.reports import get_document

    spec = get_document(args.document)  # an unknown id fails before the store is opened
    options: dict[str, object] = {}
    if args.date:
        try:
            options["date"] = dt.date.fromisoformat(args.date)
        except ValueError:
            return _fail(f"Niepoprawna data „{args.date}” — podaj ją w postaci RRRR-MM-DD, np. 2026-11-21.")
    if args.place:
        options["place"] = args.place
    if args.year:
        if spec.id not in YEAR_DOCUMENTS:
            return _fail(f"Dokument „{spec.id}” nie dotyczy jednego roku szkolnego — pomiń --year.")
        options["school_year"] = args.year
    if args.with_notes:
        if spec.id != "wykaz-szkol":
            return _fail("Opcja --z-uwagami dotyczy tylko dokumentu wykaz-szkol.")
        options["with_notes"] = True
    if "://" not in args.db and not Path(args.db).expanduser().is_file():
        return _fail(f"Nie ma pliku bazy danych „{args.db}”.")

    from wsparcie_desktop.db.migrate import open_for_reading
    from wsparcie_desktop.services.jst import find_jst

    db = open_for_reading(args.db)
    try:
        jst_id = find_jst(db, args.jst)
        written = spec.build(db, jst_id, Path(args.out), **options)
    finally:
        db.close()
    print(f"Zapisano: {spec.title} → {written}", file=sys.stderr)
    return EXIT_OK


def _fail(message: str) -> int:
    print(f"Błąd: {message}", file=sys.stderr)
    return EXIT_ERROR
