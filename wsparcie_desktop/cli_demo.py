"""``python main.py demo --out FILE``: write the demo gmina Zalesie to a data file, for ``print`` and for training.

    python main.py demo --out demo.sqlite
    python main.py print hdr --db demo.sqlite --jst "Gmina Zalesie" --out hdr.pdf

An existing file is never overwritten. Messages are Polish and go to stderr; the exit code is 0 when the file
was written and 2 otherwise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wsparcie_desktop.cli_print import EXIT_OK, _fail, _PolishHelp, _PolishParser, _UsageError
from wsparcie_desktop.errors import DomainError


def _parser() -> _PolishParser:
    parser = _PolishParser(
        prog="python main.py demo",
        description="Zapisuje gminę demonstracyjną Zalesie do nowego pliku bazy danych (np. dla „main.py print”).",
        formatter_class=_PolishHelp,
        add_help=False,
    )
    parser._optionals.title = "opcje"
    parser.add_argument("-h", "--help", action="store_true", help="pokaż tę pomoc i zakończ")
    parser.add_argument("--out", metavar="PLIK", help="nowy plik bazy danych do zapisania (nie może istnieć)")
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
    if not args.out:
        return _fail(f"Brak wymaganego argumentu: --out.\n{parser.format_usage().rstrip()}")
    try:
        path = write_demo(Path(args.out).expanduser())
    except DomainError as exc:
        return _fail(exc.message)
    print(f"Zapisano gminę demonstracyjną „Gmina Zalesie” → {path}", file=sys.stderr)
    return EXIT_OK


def write_demo(path: Path) -> Path:
    """Build the demo into the new file ``path``; nothing is left behind when that fails."""
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.demo import build_demo

    if path.exists():
        raise DomainError(f"Plik „{path}” już istnieje — podaj nazwę nowego pliku.")
    if not path.parent.is_dir():
        raise DomainError(f"Nie ma folderu „{path.parent}”.")
    try:
        db = open_store(path, backup=False, lock=False)  # a new file nobody else can have open
        try:
            build_demo(db)
        finally:
            db.close()
    except BaseException:
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            try:
                os.remove(leftover)
            except OSError:
                pass
        raise
    return path
