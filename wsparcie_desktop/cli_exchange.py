"""``python main.py export`` and ``python main.py import wjst``: the exchange file without the GUI.

    python main.py export --db PATH --jst ID_OR_NAME --out FILE.wjst
    python main.py import wjst FILE.wjst --db PATH [--conflicts keep-mine|take-theirs] [--accept-new-key]

The passphrase is typed at a prompt (twice for an export), or read from the first line of standard input when
that is not a terminal (``… < haslo.txt``); it is never an argument, where other users and the shell's
history would see it. Messages are Polish and go to stderr; the exit code is 0 on success and 2 otherwise
(the store is then unchanged). An import with conflicts and no ``--conflicts`` lists them and changes nothing.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from wsparcie_desktop.cli_print import EXIT_OK, _fail, _PolishHelp, _PolishParser, _UsageError
from wsparcie_desktop.errors import DomainError

CONFLICT_CHOICES = {"keep-mine": "mine", "take-theirs": "theirs"}


def _parser(prog: str, description: str) -> _PolishParser:
    parser = _PolishParser(prog=prog, description=description, formatter_class=_PolishHelp, add_help=False)
    parser._positionals.title = "argumenty"
    parser._optionals.title = "opcje"
    parser.add_argument("-h", "--help", action="store_true", help="pokaż tę pomoc i zakończ")
    parser.add_argument("--db", metavar="PLIK", help="plik bazy danych programu (albo adres SQLAlchemy)")
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


def read_passphrase(confirm: bool) -> str:
    """From the terminal without echo (twice when ``confirm``), or the first line of a redirected stdin."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass("Hasło pliku wymiany: ")
    if confirm and getpass.getpass("Powtórz hasło: ") != first:
        raise DomainError("Hasła się różnią. Niczego nie zapisano.")
    return first


def run_export(argv: list[str]) -> int:
    parser = _parser("python main.py export", "Zapisuje jeden samorząd ze wszystkimi danymi do zaszyfrowanego, "
                     "podpisanego pliku wymiany (.wjst) dla innego komputera.")  # fmt: skip
    parser.add_argument("--jst", metavar="ID_LUB_NAZWA", help="samorząd: jego numer (id) albo pełna nazwa")
    parser.add_argument("--out", metavar="PLIK.wjst", help="plik wymiany do zapisania")
    args, code = _parse(parser, argv, {"--db": "db", "--jst": "jst", "--out": "out"})
    if args is None:
        return code
    if "://" not in args.db and not Path(args.db).expanduser().is_file():
        return _fail(f"Nie ma pliku bazy danych „{args.db}”.")
    from wsparcie_desktop.db.migrate import open_for_reading
    from wsparcie_desktop.exchange import service
    from wsparcie_desktop.services.jst import find_jst

    try:
        db = open_for_reading(args.db)
        try:
            jst_id = find_jst(db, args.jst)
            passphrase = read_passphrase(confirm=True)
            result = service.export_jst(db, jst_id, Path(args.out).expanduser(), passphrase)
        finally:
            db.close()
    except DomainError as exc:
        return _fail(exc.message)
    rows = sum(result.counts.values())
    print(f"Zapisano samorząd „{result.jst_name}” ({rows} wierszy) → {result.path}", file=sys.stderr)
    print(f"Odcisk klucza tej instalacji: {result.fingerprint}. Hasło przekaż odbiorcy osobno (np. telefonicznie), "
          "nie w tej samej wiadomości co plik.", file=sys.stderr)  # fmt: skip
    return EXIT_OK


def run_import(argv: list[str]) -> int:
    parser = _parser("python main.py import wjst", "Wczytuje plik wymiany (.wjst): nowy samorząd dodaje w całości, "
                     "istniejący scala wiersz po wierszu; przed zapisem robi kopię zapasową.")  # fmt: skip
    parser.add_argument("file", nargs="?", metavar="PLIK.wjst", help="plik wymiany")
    parser.add_argument("--conflicts", choices=sorted(CONFLICT_CHOICES), metavar="keep-mine|take-theirs",
                        help="jak rozstrzygnąć wszystkie konflikty: zostaw moje albo weź od nadawcy")  # fmt: skip
    parser.add_argument("--accept-new-key", action="store_true",
                        help="przyjmij nowy klucz znanego nadawcy (po sprawdzeniu odcisku z nadawcą)")  # fmt: skip
    args, code = _parse(parser, argv, {"PLIK.wjst": "file", "--db": "db"})
    if args is None:
        return code
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.exchange import service

    try:
        db = open_store(args.db)
        try:
            passphrase = read_passphrase(confirm=False)
            package = service.read_package(db, Path(args.file).expanduser(), passphrase, args.accept_new_key)
            plan = service.preview(db, package)
            if package.first_time:
                print(f"Pierwszy plik od nadawcy „{package.sender.name}”; odcisk jego klucza: "
                      f"{package.sender.fingerprint} — sprawdź go z nadawcą.", file=sys.stderr)  # fmt: skip
            if plan.conflicts and not args.conflicts:
                for conflict in plan.conflicts:
                    fields = ", ".join(f.column for f in conflict.fields)
                    print(f"Konflikt: {conflict.table_label} „{conflict.label}” — {conflict.situation} ({fields})",
                          file=sys.stderr)  # fmt: skip
                return _fail(f"{len(plan.conflicts)} konflikt(y/ów) do rozstrzygnięcia. Podaj --conflicts keep-mine "
                             "albo --conflicts take-theirs, albo wczytaj plik w programie (Plik → Importuj "
                             "samorząd…), aby wybrać dla każdego osobno. Niczego nie zmieniono.")  # fmt: skip
            choice = CONFLICT_CHOICES.get(args.conflicts or "", "mine")
            result = service.import_package(db, package, {c.key: choice for c in plan.conflicts})
        finally:
            db.close()
    except DomainError as exc:
        return _fail(exc.message)
    what = "Dodano nowy samorząd" if result.new_jst else "Scalono samorząd"
    print(f"{what} „{result.jst_name}”: dodano {result.added}, zmieniono {result.changed}, usunięto "
          f"{result.removed}, konflikty: {result.conflicts}.", file=sys.stderr)  # fmt: skip
    for skipped in result.skipped:
        print(f"Pominięto (brak wiersza nadrzędnego): {skipped}", file=sys.stderr)
    if result.backup:
        print(f"Stan sprzed importu zapisano w kopii „{result.backup}”.", file=sys.stderr)
    return EXIT_OK
