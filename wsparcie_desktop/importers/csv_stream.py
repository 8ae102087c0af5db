"""Reading a semicolon-separated text file of any size, one row at a time.

The registry export of the whole country is about 45 MB, and a user may pick a far larger (or a
wrong) file by mistake, so nothing here reads a file whole. Bytes pass through a checking stream
that reports progress, honours a cancel request and stops at binary garbage; Python's own decoder
and csv module then do the heavy lifting in C. The caller's ``consume`` function sees the header
and an iterator of rows and returns whatever it built from them.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number

CHUNK = 1 << 20  # bytes handed to the decoder at a time: large enough that the Python layer costs nothing
HEAD = 1 << 16  # bytes looked at to recognise the encoding and the kind of file
# A file this big cannot be a registry export (the whole country is ~45 MB); reading it would only
# keep the user waiting for a message saying so.
MAX_FILE_BYTES = 1 << 30

CONTROL_BYTES = bytes(range(1, 9)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20)) + b"\x7f"

Progress = Callable[[int, int], None]
T = TypeVar("T")

ENCODING_LABELS = {"utf-8-sig": "UTF-8 (z BOM)", "utf-8": "UTF-8", "cp1250": "Windows-1250"}

BINARY_SIGNATURES = (
    (b"PK\x03\x04", ("To jest arkusz Excela (.xlsx) albo archiwum ZIP, a nie plik CSV. W wyszukiwarce RSPO "
                     "pobierz wyniki jako CSV albo w Excelu zapisz plik jako „CSV (rozdzielany średnikami)”.")),
    (b"\xd0\xcf\x11\xe0", ("To jest stary arkusz Excela (.xls), a nie plik CSV. Zapisz go w Excelu jako "
                           "„CSV (rozdzielany średnikami)” albo pobierz wyniki z RSPO ponownie.")),
    (b"%PDF", "To jest dokument PDF, a nie plik CSV z rejestru RSPO."),
    (b"\x1f\x8b", "To jest spakowane archiwum (gzip), a nie plik CSV. Najpierw je rozpakuj."),
)  # fmt: skip


class ImportCancelled(Exception):
    """The user pressed Cancel while the file was being read."""


class FileProblem(DomainError):
    """The file cannot be read as it is; the message says why and what to do."""

    def __init__(self, message: str):
        super().__init__(message, "file")


def megabytes(n: int) -> str:
    if n >= 1 << 30:
        return f"{format_number(n / (1 << 30), 1)} GB"
    return f"{format_number(n / (1 << 20), 1)} MB"


@dataclass
class StreamInfo:
    """What the reader learnt about the file: its size, its encoding, and whether it ends mid-line."""

    total: int
    encoding: str = ""
    read: int = 0
    ends_with_newline: bool = True

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)


class _CheckedStream(io.RawIOBase):
    """Passes bytes through unchanged, after checking them; reports progress and honours cancel."""

    def __init__(self, source: BinaryIO, info: StreamInfo, progress: Progress | None,
                 cancel: threading.Event | None, max_bytes: int):  # fmt: skip
        super().__init__()
        self._source = source
        self._info = info
        self._progress = progress
        self._cancel = cancel
        self._max = max_bytes
        self._last = b"\n"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._cancel is not None and self._cancel.is_set():
            raise ImportCancelled()
        try:
            data = self._source.read(len(buffer))
        except OSError as exc:
            raise FileProblem(f"Nie udało się odczytać pliku: {exc.strerror or exc}.") from exc
        n = len(data)
        if n:
            self._check(data)
            buffer[:n] = data
            self._info.read += n
            self._last = data[-1:]
            if self._info.read > self._max:
                raise FileProblem(
                    f"Plik ma ponad {megabytes(self._max)}, a eksport RSPO całego kraju ma około 45 MB — "
                    "to nie jest eksport z rejestru szkół."
                )
            if self._progress is not None:
                self._progress(self._info.read, max(self._info.total, self._info.read))
        else:
            self._info.ends_with_newline = self._last in (b"\n", b"\r")
        return n

    def _check(self, data: bytes) -> None:
        at_start = self._info.read == 0
        if at_start:
            for signature, message in BINARY_SIGNATURES:
                if data.startswith(signature):
                    raise FileProblem(message)
            if data.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise FileProblem(
                    "Plik jest zapisany w kodowaniu UTF-16 (w Excelu: „Tekst Unicode”). Zapisz go w Excelu jako "
                    "„CSV (rozdzielany średnikami)” albo pobierz wyniki z RSPO ponownie."
                )
        controls = len(data) - len(data.translate(None, CONTROL_BYTES))
        if b"\x00" in data or (controls > 16 and controls * 200 > len(data)):
            if at_start:
                raise FileProblem(
                    "To nie jest plik tekstowy CSV: zawiera dane binarne (np. obraz, archiwum albo program). "
                    "Wybierz plik pobrany z RSPO przyciskiem „Pobierz wyniki”."
                )
            raise FileProblem(
                f"Plik jest uszkodzony: po ok. {megabytes(self._info.read)} tekstu zaczynają się dane binarne. "
                "Pobierz eksport z RSPO ponownie."
            )


def _candidates(head: bytes) -> list[str]:
    """Encodings to try, in order. UTF-8 is strict, so Windows-1250 text never passes as UTF-8."""
    if head.startswith(codecs.BOM_UTF8):
        return ["utf-8-sig"]
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return ["cp1250"]
    if head.isascii():
        return ["utf-8", "cp1250"]  # nothing decided yet: a Polish letter further on will tell
    return ["utf-8"]


def _open(source: str | Path | BinaryIO) -> tuple[BinaryIO, int, bool]:
    """The binary stream, its size if known, and whether we opened it (and so must close it)."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            size = path.stat().st_size
            if path.is_dir():
                raise FileProblem(f"„{path.name}” jest folderem, a nie plikiem.")
            return open(path, "rb"), size, True  # closed by read_semicolon_csv
        except FileNotFoundError as exc:
            raise FileProblem(f"Nie ma pliku „{path}” — mógł zostać przeniesiony albo usunięty.") from exc
        except PermissionError as exc:
            raise FileProblem(f"Brak uprawnień do odczytu pliku „{path.name}”.") from exc
    size = 0
    try:
        if source.seekable():
            position = source.tell()
            size = source.seek(0, os.SEEK_END) - position
            source.seek(position)
    except (OSError, AttributeError):
        size = 0
    return source, size, False


def iter_rows(reader, on_error: Callable[[int, str, bool], None]) -> Iterator[list[str]]:
    """Rows of a strict csv reader; a malformed row is reported and reading goes on with the next one."""
    while True:
        try:
            yield from reader
            return
        except csv.Error as exc:
            message = str(exc)
            on_error(reader.line_num, message, message == "unexpected end of data")


def read_semicolon_csv(
    source: str | Path | BinaryIO,
    consume: Callable[[list[str], csv.reader, StreamInfo], T],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    size_hint: int | None = None,
) -> tuple[T, StreamInfo]:
    """Open the file, recognise its encoding, check its delimiter and hand the rows to ``consume``.

    ``consume`` may be called twice: a file whose first 64 kB are plain ASCII is read as UTF-8, and if
    a Windows-1250 letter turns up later it is read again from the start as Windows-1250.
    """
    stream, size, owned = _open(source)
    try:
        if size_hint:
            size = size_hint
        if owned and size == 0:
            raise FileProblem("Plik jest pusty (0 bajtów). Pobierz wyniki z RSPO ponownie.")
        if size > max_bytes:
            raise FileProblem(
                f"Plik ma {megabytes(size)}, a eksport RSPO całego kraju ma około 45 MB — "
                "to nie jest eksport z rejestru szkół."
            )
        start = stream.tell() if stream.seekable() else None
        encodings: list[str] | None = None
        while True:
            info = StreamInfo(total=size)
            checked = io.BufferedReader(_CheckedStream(stream, info, progress, cancel, max_bytes), CHUNK)
            head = checked.peek(HEAD)[:HEAD]
            if encodings is None:
                encodings = _candidates(head)
            info.encoding = encodings[0]
            text = io.TextIOWrapper(checked, encoding=info.encoding, errors="strict", newline="")
            text._CHUNK_SIZE = CHUNK  # fewer, larger decode calls
            try:
                return _consume(text, info, consume), info
            except UnicodeDecodeError as exc:
                encodings.pop(0)
                if not encodings:
                    raise FileProblem(
                        f"Plik zawiera znaki, które nie są tekstem ani w UTF-8, ani w Windows-1250 "
                        f"(ok. {megabytes(info.read)} od początku). Plik jest uszkodzony albo nie jest eksportem "
                        "CSV z RSPO."
                    ) from exc
                if start is None:
                    raise FileProblem("Nie udało się rozpoznać kodowania znaków w pliku.") from exc
                stream.seek(start)
            finally:
                text.detach()
    finally:
        if owned:
            stream.close()


def _consume(text: io.TextIOWrapper, info: StreamInfo, consume):
    header_line = text.readline()
    if not header_line.strip():
        raise FileProblem("Plik jest pusty — nie ma w nim nawet wiersza nagłówka z nazwami kolumn.")
    if ";" not in header_line:
        if "," in header_line:
            detail = " (kolumny są rozdzielone przecinkami)"
        elif "\t" in header_line:
            detail = " (kolumny są rozdzielone tabulatorami)"
        else:
            detail = ""
        raise FileProblem(
            "Plik nie jest rozdzielany średnikami — czy to eksport z RSPO? "
            f"W pierwszym wierszu nie ma ani jednego średnika{detail}. Pobierz plik z RSPO ponownie "
            "przyciskiem „Pobierz wyniki” albo zapisz go w Excelu jako „CSV (rozdzielany średnikami)”."
        )
    header = next(csv.reader([header_line], delimiter=";"))
    reader = csv.reader(text, delimiter=";", strict=True)
    return consume(header, reader, info)
