"""Opening an XLSX file someone else made, without trusting it.

An XLSX is a ZIP archive of XML. Before openpyxl reads a byte of it, the file is checked here: its size on disk,
that it is a ZIP and a workbook at all (a renamed PDF or an old .xls is named as what it is), and the sizes its
parts would have once unpacked, read from the archive's directory — so a "zip bomb" (a few kilobytes that unpack to
gigabytes) is refused before anything is unpacked.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from wsparcie_desktop.importers.csv_stream import FileProblem, megabytes

MAX_XLSX_BYTES = 64 << 20  # the CKE's file of every school in the country is a few megabytes
MAX_UNPACKED_BYTES = 768 << 20  # what its parts may unpack to, all together
MAX_RATIO = 200  # a part that unpacks to more than this many times its packed size is not a spreadsheet
MAX_PARTS = 10_000

SIGNATURES = (
    (b"%PDF", "To jest dokument PDF, a nie arkusz Excela (.xlsx)."),
    (b"\xd0\xcf\x11\xe0", "To jest stary arkusz Excela (.xls). Otwórz go w Excelu i zapisz jako „Skoroszyt programu "
                          "Excel (.xlsx)”."),
    (b"\x1f\x8b", "To jest spakowane archiwum (gzip), a nie arkusz Excela (.xlsx)."),
    (b"{\\rtf", "To jest dokument RTF, a nie arkusz Excela (.xlsx)."),
)  # fmt: skip


def check_xlsx(path: str | Path, what: str, max_bytes: int = MAX_XLSX_BYTES,
               max_unpacked: int = MAX_UNPACKED_BYTES) -> int:  # fmt: skip
    """Refuse (FileProblem, Polish) a file that is not a workbook or is too big packed or unpacked; its size."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise FileProblem(f"Nie udało się otworzyć pliku „{path.name}”: {exc.strerror or exc}.") from exc
    if size > max_bytes:
        raise FileProblem(f"Plik „{path.name}” ma {megabytes(size)}, a {what} ma najwyżej {megabytes(max_bytes)} — "
                          "to nie jest właściwy plik.")  # fmt: skip
    if size == 0:
        raise FileProblem(f"Plik „{path.name}” jest pusty.")
    for signature, message in SIGNATURES:
        if head.startswith(signature):
            raise FileProblem(f"{message} Potrzebny jest {what} w formacie XLSX.")
    if not head.startswith(b"PK"):
        raise FileProblem(f"Plik „{path.name}” nie jest arkuszem Excela (.xlsx). Potrzebny jest {what}.")
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileProblem(f"Plik „{path.name}” jest uszkodzony albo nie jest arkuszem Excela (.xlsx).") from exc
    names = {p.filename for p in parts}
    if "xl/workbook.xml" not in names:
        raise FileProblem(f"Plik „{path.name}” to archiwum ZIP, ale nie arkusz Excela (.xlsx). Potrzebny jest {what}.")
    if len(parts) > MAX_PARTS:
        raise FileProblem(f"Plik „{path.name}” ma {len(parts)} części — to nie jest zwykły arkusz.")
    unpacked = sum(p.file_size for p in parts)
    if unpacked > max_unpacked:
        raise FileProblem(f"Plik „{path.name}” po rozpakowaniu miałby {megabytes(unpacked)} — to za dużo jak na "
                          f"{what}; nie wczytano go.")  # fmt: skip
    for p in parts:
        if p.file_size > (1 << 20) and p.file_size > MAX_RATIO * max(p.compress_size, 1):
            raise FileProblem(f"Plik „{path.name}” jest podejrzany: jego część {p.filename} rozpakowuje się z "
                              f"{megabytes(p.compress_size)} do {megabytes(p.file_size)} (tzw. bomba ZIP). "
                              "Nie wczytano go.")  # fmt: skip
    return size


def open_workbook(path: str | Path, what: str, read_only: bool = True, **limits: int) -> Workbook:
    """The checked file opened by openpyxl (read-only: row by row, values only)."""
    check_xlsx(path, what, **limits)
    try:
        return load_workbook(path, read_only=read_only, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        raise FileProblem(f"Nie udało się odczytać arkusza „{Path(path).name}”: plik jest uszkodzony "
                          f"({type(exc).__name__}).") from exc  # fmt: skip
