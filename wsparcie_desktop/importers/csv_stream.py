"""Reading a semicolon-separated text file of any size, one row at a time.

The registry export of the whole country is about 45 MB, and a user may pick a far larger (or a
wrong) file by mistake, so nothing here reads a file whole. Bytes pass through a checking stream
that reports progress, honours a cancel request and stops at binary garbage; Python's own decoder
and csv module then do the heavy lifting in C. The caller's ``consume`` function sees the header
and an iterator of rows and returns whatever it built from them.

Nor is any line read whole: lines are taken at most ``MAX_LINE_CHARS`` at a time, so a file that is one
line of a gigabyte (a wrong file, or one whose line ends were lost) costs a chunk of memory, not the
gigabyte. An overlong header refuses the file; an overlong data row is skipped and the rest is read.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number, format_size

CHUNK = 1 << 20  # bytes handed to the decoder at a time: large enough that the Python layer costs nothing
HEAD = 1 << 16  # bytes looked at to recognise the encoding and the kind of file
# A file this big cannot be a registry export (the whole country is ~45 MB); reading it would only
# keep the user waiting for a message saying so.
MAX_FILE_BYTES = 1 << 30
# One row of the export (54 columns) is ~750 characters, its header ~950 and its longest value (the trades a
# vocational school teaches, a long name) a few hundred. 64 Ki characters per line (or per row, when a quoted
# value spans lines) and 32 Ki per value leave room for any real row many times over, yet cap what one line
# may hold in memory at a quarter of a megabyte, far below the csv module's own field limit (128 Ki).
MAX_LINE_CHARS = 1 << 16
MAX_FIELD_CHARS = 1 << 15

CONTROL_BYTES = bytes(range(1, 9)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20)) + b"\x7f"

Progress = Callable[[int, int], None]
T = TypeVar("T")

ENCODING_LABELS = {"utf-8-sig": "UTF-8 (z BOM)", "utf-8": "UTF-8", "cp1250": "Windows-1250", "iso8859_2": "ISO-8859-2"}

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


class RowProblem(Exception):
    """One row cannot be used (too long, say); ``reason`` says so in Polish, ``line`` is its line in the file.
    Raised by the line reader inside the csv reader, which starts afresh with the next row."""

    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line, self.reason = line, reason


megabytes = format_size  # '45,2 MB', '5 kB': one way of giving a file's size


def read_failure(exc: OSError) -> str:
    """Why the system could not read a file, in Polish (its own text is English: 'Input/output error')."""
    reasons = {errno.EIO: "błąd odczytu z dysku lub nośnika (uszkodzony nośnik albo odłączony pendrive?)",
               errno.EACCES: "brak uprawnień do odczytu", errno.EPERM: "brak uprawnień do odczytu",
               errno.ENOENT: "plik zniknął w trakcie czytania (przeniesiony albo usunięty?)",
               errno.ENOMEM: "zabrakło pamięci", errno.ETIMEDOUT: "dysk sieciowy przestał odpowiadać",
               errno.ESTALE: "dysk sieciowy przestał odpowiadać"}  # fmt: skip
    code = f" (kod błędu {exc.errno})" if exc.errno else ""
    return reasons.get(exc.errno, "błąd systemu plików") + code


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
            raise FileProblem(f"Nie udało się odczytać pliku: {read_failure(exc)}.") from exc
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
        return [_single_byte(head)]
    if head.isascii():
        return ["utf-8", "cp1250"]  # nothing decided yet: a Polish letter further on will tell
    return ["utf-8"]


ISO_ONLY = frozenset(b"\xa1\xb1\xa6\xb6\xac\xbc")  # Ą ą Ś ś Ź ź in ISO-8859-2; ˇ ± ¦ ¶ ¬ Ľ in Windows-1250
CP1250_ONLY = frozenset(range(0x80, 0xA0))  # Windows-1250's Ś ś Ź ź „ ” …; control codes in ISO-8859-2


def _single_byte(head: bytes) -> str:
    """Windows-1250 (Excel's, RSPO's) or ISO-8859-2 (older tools): they share most Polish letters and differ
    in ą, ś, ź (and their capitals), which ISO-8859-2 writes where Windows-1250 has signs no Polish text uses."""
    if any(byte in CP1250_ONLY for byte in head):
        return "cp1250"
    return "iso8859_2" if any(byte in ISO_ONLY for byte in head) else "cp1250"


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
        except OSError as exc:
            raise FileProblem(f"Nie udało się otworzyć pliku „{path.name}”: {read_failure(exc)}.") from exc
    size = 0
    try:
        if source.seekable():
            position = source.tell()
            size = source.seek(0, os.SEEK_END) - position
            source.seek(position)
    except (OSError, AttributeError):
        size = 0
    return source, size, False


def csv_problem(message: str) -> str:
    """What a csv.Error means, in Polish (the module's own messages are English and technical)."""
    if "expected after" in message:
        return "po cudzysłowie zamykającym wartość nie ma średnika ani końca wiersza"
    if "new-line character" in message:
        return "znak końca wiersza w środku wartości bez cudzysłowu"
    if "field larger than field limit" in message:
        return f"wartość ma ponad {format_number(csv.field_size_limit())} znaków"
    if "NUL" in message:
        return "wiersz zawiera znak NUL"
    if message == "unexpected end of data":
        return "plik urywa się w środku wartości w cudzysłowie"
    return "zapis niezgodny z formatem CSV"


def _line_end(piece: str) -> int:
    """Where the first line end (CR or LF) of ``piece`` is, or -1."""
    lf, cr = piece.find("\n"), piece.find("\r")
    return cr if lf < 0 else lf if cr < 0 else min(lf, cr)


class _Lines:
    """The text's lines for the csv reader, none longer than ``MAX_LINE_CHARS``; ``number`` is the file's line
    number of the last one given out.

    ``readline`` is always given a size, so the decoder holds one chunk and a line at most that many
    characters. An overlong line is read on to its end a limit's worth at a time (checking Cancel
    between the pieces), dropped and reported as a RowProblem; what the last piece holds after the line
    end is kept (``_rest``) and given out first. A row whose quoted value runs over many lines past the
    limit is reported too (``record`` counts the characters of the row being read; _Rows resets it).
    """

    def __init__(self, text: io.TextIOWrapper, cancel: threading.Event | None):
        self._text = text
        self._cancel = cancel
        self._rest: io.StringIO | None = None
        self._rest_left = 0
        self.number = 0
        self.record = 0
        self.record_start = 1

    def __iter__(self) -> _Lines:
        return self

    def _keep(self, rest: str) -> None:
        # A CR at its end may be the first half of a CRLF: take the next character too, so that the LF is not
        # read as a line of its own (in a file of nothing but CRs, this stops after a limit's worth of them).
        while rest.endswith("\r") and len(rest) <= MAX_LINE_CHARS:
            more = self._text.read(1)
            if not more:
                break
            rest += more
        if rest:
            self._rest, self._rest_left = io.StringIO(rest, newline=""), len(rest)

    def _read(self, size: int, line: bool) -> str:
        """``readline(size)`` (or ``read(size)``) of the text, taking first what was read past an overlong line."""
        if self._rest is None:
            return self._text.readline(size) if line else self._text.read(size)
        piece = self._rest.readline(size) if line else self._rest.read(size)
        self._rest_left -= len(piece)
        if self._rest_left <= 0:
            self._rest = None
            if len(piece) < size and (not line or not piece.endswith(("\n", "\r"))):
                piece += self._read(size - len(piece), line)
        return piece

    def _skip_line(self, start: str) -> None:
        """Read on past the end of the line that ``start`` begins, and keep what follows that end."""
        piece = start
        at = _line_end(piece)
        while at < 0:
            if self._cancel is not None and self._cancel.is_set():
                raise ImportCancelled()
            piece = self._read(MAX_LINE_CHARS, line=False)
            if not piece:
                return
            at = _line_end(piece)
        after = piece[at + 1 :]
        if piece[at] == "\r":
            after = after or self._read(1, line=False)  # the LF of a CRLF may be the next character
            if after.startswith("\n"):
                after = after[1:]
        self._keep(after)

    @staticmethod
    def _content(line: str) -> int:
        """The length of ``line`` without its line end."""
        return len(line) - (2 if line.endswith("\r\n") else 1 if line.endswith(("\r", "\n")) else 0)

    def header(self) -> str:
        """The first line; an overlong one refuses the file at once, without reading it to its end."""
        line = self._text.readline(MAX_LINE_CHARS + 2)
        self.number = 1
        if self._content(line) > MAX_LINE_CHARS:
            raise FileProblem(
                "To nie jest eksport z RSPO albo plik jest uszkodzony: wiersz 1 (nagłówek z nazwami kolumn) ma "
                f"ponad {format_number(MAX_LINE_CHARS)} znaków, a w eksporcie RSPO ma ich około tysiąca. Pobierz "
                "plik z RSPO ponownie przyciskiem „Pobierz wyniki”."
            )
        return line

    def __next__(self) -> str:
        if self._rest is None:
            line = self._text.readline(MAX_LINE_CHARS + 2)
        else:
            line = self._read(MAX_LINE_CHARS + 2, line=True)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) > MAX_LINE_CHARS and self._content(line) > MAX_LINE_CHARS:
            self._skip_line(line)
            self.record = 0
            raise RowProblem(self.number, f"wiersz {self.number} ma ponad {format_number(MAX_LINE_CHARS)} "
                                          "znaków (wiersz eksportu RSPO ma ich zwykle mniej niż tysiąc) — "
                                          "pominięto go.")  # fmt: skip
        if self.record == 0:
            self.record_start = self.number
        self.record += len(line)
        if self.record > MAX_LINE_CHARS + 2 and self.number > self.record_start:
            start, self.record = self.record_start, 0
            raise RowProblem(start, f"wiersze {start}–{self.number}: wartość w cudzysłowie ciągnie się przez "
                                    f"{self.number - start + 1} wierszy pliku i razem mają ponad "
                                    f"{format_number(MAX_LINE_CHARS)} znaków (brak cudzysłowu zamykającego?) — "
                                    "pominięto je.")  # fmt: skip
        return line


class _Rows:
    """The csv reader's rows, each checked against MAX_FIELD_CHARS; ``line_num`` is the file's line number of
    the row's last line (the header is line 1)."""

    def __init__(self, lines: _Lines):
        self._lines = lines
        self._reader = csv.reader(lines, delimiter=";", strict=True)

    def __iter__(self) -> _Rows:
        return self

    @property
    def line_num(self) -> int:
        return self._lines.number

    def __next__(self) -> list[str]:
        self._lines.record = 0
        row = next(self._reader)
        if self._lines.record > MAX_FIELD_CHARS and max(map(len, row)) > MAX_FIELD_CHARS:
            raise RowProblem(self._lines.record_start,
                             f"wiersz {self._lines.record_start}: jedna z wartości ma ponad "
                             f"{format_number(MAX_FIELD_CHARS)} znaków — pominięto go.")  # fmt: skip
        return row


def iter_rows(rows: _Rows, on_error: Callable[[int, str, bool], None]) -> Iterator[list[str]]:
    """Rows of the file; a malformed or overlong row is reported and reading goes on with the next one.

    ``on_error`` gets the row's line in the file, the reason it was skipped (in Polish) and whether the file
    ends inside quotes."""
    while True:
        try:
            yield from rows
            return
        except csv.Error as exc:
            message = str(exc)
            at_eof = message == "unexpected end of data"
            on_error(rows.line_num, f"wiersz jest uszkodzony ({csv_problem(message)}) — pominięto go.", at_eof)
        except RowProblem as exc:
            on_error(exc.line, exc.reason, False)


def read_semicolon_csv(
    source: str | Path | BinaryIO,
    consume: Callable[[list[str], _Rows, StreamInfo], T],
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
                return _consume(text, info, consume, cancel), info
            except UnicodeDecodeError as exc:
                encodings.pop(0)
                if encodings == ["cp1250"] and isinstance(exc.object, bytes):
                    encodings = [_single_byte(exc.object)]  # the first Polish letter tells which one
                if not encodings:
                    raise FileProblem(
                        f"Plik zawiera znaki, które nie są tekstem ani w UTF-8, ani w Windows-1250 "
                        f"(ok. {megabytes(info.read)} od początku). Plik jest uszkodzony albo nie jest eksportem "
                        "CSV z RSPO."
                    ) from exc
                if start is None:
                    raise FileProblem("Nie udało się rozpoznać kodowania znaków w pliku.") from exc
                stream.seek(start)
            except (csv.Error, UnicodeError, ValueError, MemoryError) as exc:  # never a raw error for the user
                raise FileProblem(
                    f"Nie udało się odczytać pliku (ok. {megabytes(info.read)} od początku): plik jest uszkodzony "
                    "albo nie jest eksportem CSV z RSPO. Pobierz plik z RSPO ponownie."
                ) from exc
            finally:
                text.detach()
    finally:
        if owned:
            stream.close()


def _consume(text: io.TextIOWrapper, info: StreamInfo, consume, cancel: threading.Event | None):
    lines = _Lines(text, cancel)
    header_line = lines.header()
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
    try:
        header = next(csv.reader([header_line], delimiter=";"))
    except csv.Error as exc:
        raise FileProblem(f"Nie da się odczytać wiersza 1 (nagłówka z nazwami kolumn): {csv_problem(str(exc))}. "
                          "Pobierz plik z RSPO ponownie.") from exc  # fmt: skip
    if max(map(len, header)) > MAX_FIELD_CHARS:
        raise FileProblem(
            f"To nie jest eksport z RSPO albo plik jest uszkodzony: w wierszu 1 (nagłówku z nazwami kolumn) jedna "
            f"z nazw ma ponad {format_number(MAX_FIELD_CHARS)} znaków. Pobierz plik z RSPO ponownie przyciskiem "
            "„Pobierz wyniki”."
        )
    return consume(header, _Rows(lines), info)
