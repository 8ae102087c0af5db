"""``python main.py import KIND FILE …``: load a file into the store without the GUI, for batch use.

    python main.py import cke FILE --db PATH --jst ID_OR_NAME --year RRRR [--exam e8|em] [--dry-run]
    python main.py import rspo FILE --db PATH --jst ID_OR_NAME [--body NAZWA] [--dry-run]

The same reading, preview and one-transaction write as the import dialogs; what the preview says goes to stderr
in Polish, and the exit code is 0 when the file was imported and 2 when it was refused (nothing is stored then).
A kind of import is one entry of ``KINDS``: a function building its parser and one running it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wsparcie_desktop.cli_print import EXIT_ERROR, EXIT_OK, _PolishHelp, _PolishParser, _UsageError
from wsparcie_desktop.errors import DomainError


@dataclass(frozen=True)
class ImportKind:
    description: str
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None
    run: Callable[[object, int, argparse.Namespace], list[str]] | None = None  # (db, jst id, args) -> lines to print
    # A kind with its own command line (the exchange file): "module:function" taking the arguments after the kind.
    delegate: str = ""


def _cke_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", metavar="RRRR", help="rok, w którym pisano egzamin (np. 2025)")
    parser.add_argument("--exam", choices=("e8", "em"), default="e8",
                        help="e8 – egzamin ósmoklasisty (domyślnie), em – matura")  # fmt: skip


def _cke_run(db, jst_id: int, args: argparse.Namespace) -> list[str]:
    from wsparcie_desktop.services import exam_results

    if not args.year:
        raise DomainError("Podaj rok egzaminu: --year RRRR (np. --year 2025).")
    preview = exam_results.preview_cke_import(db, jst_id, args.file, args.exam, args.year)
    lines = [preview.headline(), *preview.warnings()]
    lines += [f"{r.name} (RSPO {r.rspo}): {'; '.join(r.notes)}" for r in preview.rows if r.notes]
    if not preview.rows:
        raise DomainError(" ".join(lines) + " Niczego nie zapisano.")
    if not args.dry_run:
        lines.append(exam_results.apply_cke_import(db, preview).summary())
    return lines


def _rspo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--body", metavar="NAZWA", help="organ prowadzący tak, jak zapisano go w RSPO "
                                                       "(domyślnie nazwa samorządu)")  # fmt: skip


def _rspo_run(db, jst_id: int, args: argparse.Namespace) -> list[str]:
    from wsparcie_desktop.services import schools_rspo

    preview = schools_rspo.preview_import(db, jst_id, args.file, args.body)
    lines = [preview.headline(), *preview.warnings()]
    if not preview.rows:
        raise DomainError(" ".join(lines) + " Niczego nie zapisano.")
    if not args.dry_run:
        lines.append(schools_rspo.apply_import(db, preview).summary())
    return lines


KINDS: dict[str, ImportKind] = {
    "cke": ImportKind("wyniki egzaminów ze strony CKE (XLSX, wyniki szkół)", _cke_arguments, _cke_run),
    "rspo": ImportKind("rejestr szkół z eksportu RSPO (CSV)", _rspo_arguments, _rspo_run),
    "wjst": ImportKind("plik wymiany z innego komputera (.wjst)", delegate="wsparcie_desktop.cli_exchange:run_import"),
}


def _parser(kind: str | None) -> _PolishParser:
    kinds = ", ".join(KINDS)
    parser = _PolishParser(prog=f"python main.py import {kind or 'RODZAJ'}", add_help=False,
                           description="Wczytuje plik do bazy programu Wsparcie JST bez otwierania okna programu. "
                                       f"Rodzaje: {kinds}.", formatter_class=_PolishHelp)  # fmt: skip
    parser._positionals.title = "argumenty"
    parser._optionals.title = "opcje"
    parser.add_argument("file", nargs="?", metavar="PLIK", help="plik do wczytania")
    parser.add_argument("-h", "--help", action="store_true", help="pokaż tę pomoc i zakończ")
    parser.add_argument("--db", metavar="PLIK", help="plik bazy danych programu (albo adres SQLAlchemy)")
    parser.add_argument("--jst", metavar="ID_LUB_NAZWA", help="samorząd: jego numer (id) albo pełna nazwa")
    parser.add_argument("--dry-run", action="store_true", help="pokaż tylko podgląd, niczego nie zapisuj")
    if kind in KINDS and KINDS[kind].add_arguments is not None:
        KINDS[kind].add_arguments(parser)
    return parser


def run(argv: list[str]) -> int:
    kind = argv[0] if argv and not argv[0].startswith("-") else None
    parser = _parser(kind)
    if kind is None or kind not in KINDS:
        if kind is None and any(a in ("-h", "--help") for a in argv):
            sys.stdout.write(parser.format_help())
            return EXIT_OK
        what = f"Nieznany rodzaj importu „{kind}”. " if kind else "Podaj rodzaj importu. "
        return _fail(f"{what}Dostępne: {', '.join(f'{k} ({v.description})' for k, v in KINDS.items())}.")
    if KINDS[kind].delegate:
        import importlib

        module, function = KINDS[kind].delegate.split(":")
        return getattr(importlib.import_module(module), function)(argv[1:])
    try:
        args = parser.parse_args(argv[1:])
    except _UsageError as exc:
        return _fail(f"{exc}.\n{parser.format_usage().rstrip()}")
    if args.help:
        sys.stdout.write(parser.format_help())
        return EXIT_OK
    missing = [n for n, v in (("PLIK", args.file), ("--db", args.db), ("--jst", args.jst)) if not v]
    if missing:
        return _fail(f"Brak wymaganych argumentów: {', '.join(missing)}.\n{parser.format_usage().rstrip()}")
    if not Path(args.file).is_file():
        return _fail(f"Nie ma pliku „{args.file}”.")
    if "://" not in args.db and not Path(args.db).expanduser().is_file():
        return _fail(f"Nie ma pliku bazy danych „{args.db}”.")
    try:
        from wsparcie_desktop.db.migrate import open_store
        from wsparcie_desktop.services.jst import find_jst

        db = open_store(args.db)
        try:
            jst_id = find_jst(db, args.jst)
            lines = KINDS[kind].run(db, jst_id, args)
        finally:
            db.close()
    except DomainError as exc:
        return _fail(exc.message)
    except Exception as exc:  # a fault of the program, not of the input: still Polish, still exit code 2
        details = " ".join(f"{type(exc).__name__}: {exc}".split())
        return _fail(f"niczego nie zaimportowano z powodu nieoczekiwanego błędu programu ({details}). "
                     "Zgłoś ten błąd razem z tym komunikatem.")  # fmt: skip
    for line in lines:
        print(line, file=sys.stderr)
    return EXIT_OK


def _fail(message: str) -> int:
    print(f"Błąd: {message}", file=sys.stderr)
    return EXIT_ERROR
