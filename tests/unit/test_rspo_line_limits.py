"""The RSPO reader's limits on one line and one value: a wrong file is refused after its first megabyte, in
Polish, with the line named; a single overlong row is skipped with its reason; memory stays bounded and Cancel
works while a long line is being read."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import textwrap
import threading
import tracemalloc
from pathlib import Path

import pytest

from wsparcie_desktop.db.models import School
from wsparcie_desktop.demo.schools import rspo_rows
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.importers.csv_stream import MAX_FIELD_CHARS, MAX_LINE_CHARS, FileProblem, ImportCancelled
from wsparcie_desktop.importers.rspo import RunningBody, parse_rspo
from wsparcie_desktop.importers.rspo_sample import rows_text
from wsparcie_desktop.services import schools_rspo

ROOT = Path(__file__).resolve().parents[2]
ZALESIE = RunningBody("Gmina Zalesie", "1434052", "gmina_wiejska", "mazowieckie")
LINE_LIMIT = format_number(MAX_LINE_CHARS)
FIELD_LIMIT = format_number(MAX_FIELD_CHARS)


def export_lines() -> list[str]:
    """The header and the demo gmina's six schools, one string per line (CRLF kept)."""
    return list(rows_text(rspo_rows()))


def write_lines(tmp_path, lines: list[str], name: str = "rspo.csv") -> Path:
    path = tmp_path / name
    path.write_bytes("".join(lines).encode("utf-8-sig"))
    return path


def snapshot(db):
    with db.transaction() as s:
        return sorted(tuple(getattr(x, c.key) for c in School.__table__.columns) for x in s.query(School).all())


def refused(source, **options) -> FileProblem:
    with pytest.raises(FileProblem) as caught:
        parse_rspo(source, ZALESIE, **options)
    assert isinstance(caught.value, DomainError) and caught.value.field == "file"
    return caught.value


def padded(line: str, length: int) -> str:
    """A school's line (CRLF) with trailing spaces in its last three values, ``length`` characters before the CRLF."""
    values = line.rstrip("\r\n").split(";")
    room = length - len(line.rstrip("\r\n"))
    for k in (-1, -2, -3):
        values[k] += " " * (room // 3 + (room % 3 if k == -1 else 0))
    return ";".join(values) + "\r\n"


def test_the_limits_leave_room_for_any_real_row():
    """A row of the export is ~750 characters and its longest value a few hundred: real rows stay far below the
    line limit, and a value under the field limit always fits in a line."""
    longest_row = max(len(line) for line in export_lines())
    assert longest_row * 20 < MAX_LINE_CHARS and MAX_FIELD_CHARS < MAX_LINE_CHARS


def test_a_5_mb_header_field_is_refused_in_polish_naming_line_1_and_the_limit(tmp_path):
    lines = export_lines()
    lines[0] = lines[0].rstrip("\r\n") + ";" + "x" * 5_000_000 + "\r\n"
    message = refused(write_lines(tmp_path, lines)).message
    assert "wiersz 1 (nagłówek z nazwami kolumn)" in message
    assert f"ponad {LINE_LIMIT} znaków" in message and "nie jest eksport z RSPO" in message


def test_a_header_value_over_the_field_limit_is_refused_even_when_the_line_fits(tmp_path):
    lines = export_lines()
    lines[0] = lines[0].rstrip("\r\n") + ";" + "Kolumna" * (MAX_FIELD_CHARS // 7 + 1) + "\r\n"
    assert len(lines[0]) < MAX_LINE_CHARS
    message = refused(write_lines(tmp_path, lines)).message
    assert "w wierszu 1 (nagłówku z nazwami kolumn)" in message and f"ponad {FIELD_LIMIT} znaków" in message


def test_a_data_line_over_the_limit_is_skipped_with_its_number_and_the_rest_is_read(tmp_path):
    lines = export_lines()
    lines.insert(4, "12345;" + "ą" * (3 * MAX_LINE_CHARS) + "\r\n")  # line 5 of the file
    lines.insert(6, "99;" + "b" * (MAX_FIELD_CHARS + 10) + ";" * 52 + "\r\n")  # fits the line, not the field
    result = parse_rspo(write_lines(tmp_path, lines), ZALESIE)
    assert sorted(r.rspo for r in result.records) == ["21458", "21463", "21467", "21471", "21475", "47862"]
    assert [r.line for r in result.records] == [2, 3, 4, 6, 8, 9]  # line numbers after the skipped rows stay right
    [long_line, long_field] = result.skipped
    assert long_line.line == 5 and f"wiersz 5 ma ponad {LINE_LIMIT} znaków" in long_line.reason
    assert long_field.line == 7 and f"wiersz 7: jedna z wartości ma ponad {FIELD_LIMIT} znaków" in long_field.reason
    assert result.broken_rows == 2 and not result.truncated


def test_a_line_of_exactly_the_limit_is_read_whatever_its_line_ending(tmp_path):
    for ending in ("\r\n", "\n", "\r"):
        lines = [line.rstrip("\r\n") + ending for line in export_lines()]
        lines[1] = padded(lines[1], MAX_LINE_CHARS).rstrip("\r\n") + ending  # each value under the field limit
        assert len(lines[1]) == MAX_LINE_CHARS + len(ending)
        result = parse_rspo(write_lines(tmp_path, lines, f"dokladnie{len(ending)}.csv"), ZALESIE)
        assert len(result.records) == 6 and result.skipped == [], repr(ending)
        assert [r.line for r in result.records][-1] == 7


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r"])
def test_overlong_lines_of_any_length_next_to_each_other_and_at_the_end_are_all_skipped(tmp_path, ending):
    """Lengths put the line end at the end of a piece the reader takes, where a CRLF may be split in two."""
    limit = MAX_LINE_CHARS
    schools = [line.rstrip("\r\n") + ending for line in export_lines()[1:]]

    def long(length: int, end: str = ending) -> str:
        return "1;" + "y" * (length - 2) + end

    lines = [
        export_lines()[0].rstrip("\r\n") + ending,
        schools[0],
        long(limit + 1),
        schools[1],
        long(2 * limit + 1),
        long(2 * limit + 2),
        schools[2],
        schools[3],
        long(3 * limit),
        schools[4],
        schools[5],
        long(limit + 5, ""),
    ]
    result = parse_rspo(write_lines(tmp_path, lines), ZALESIE)
    assert [r.line for r in result.records] == [2, 4, 7, 8, 10, 11]
    assert [k.line for k in result.skipped] == [3, 5, 6, 9, 12]
    assert all(f"wiersz {k.line} ma ponad {LINE_LIMIT} znaków" in k.reason for k in result.skipped)


def test_a_crlf_split_where_the_reader_stops_skipping_does_not_make_an_extra_line(tmp_path):
    """The skip reads the long line a limit's worth at a time; what it read past the line is given out first.
    Here that leftover ends between the CR and the LF of a school's line."""
    lines = export_lines()
    tail_of_long = 10
    leftover_before = tail_of_long + 2 + len(lines[2])  # the end of the long line, its CRLF, one school
    lines.insert(2, "1;" + "y" * (MAX_LINE_CHARS + tail_of_long) + "\r\n")  # line 3
    lines[4] = padded(lines[4], MAX_LINE_CHARS - 1 - leftover_before)  # its CR is the leftover's last character
    result = parse_rspo(write_lines(tmp_path, lines), ZALESIE)
    assert [k.line for k in result.skipped] == [3]
    assert [r.line for r in result.records] == [2, 4, 5, 6, 7, 8]


def test_a_quoted_value_running_over_many_lines_past_the_limit_is_skipped_not_kept_whole(tmp_path):
    lines = export_lines()
    lines.insert(3, '77;"' + "bez końca\r\n" * (MAX_LINE_CHARS // 10))  # a quote never closed
    result = parse_rspo(write_lines(tmp_path, lines), ZALESIE)
    reasons = [k.reason for k in result.skipped]
    assert any(r.startswith("wiersze 4–") and f"ponad {LINE_LIMIT} znaków" in r and "cudzysłow" in r
               for r in reasons)  # fmt: skip
    assert len(result.records) == 6


def test_csv_errors_are_described_in_polish(tmp_path):
    lines = export_lines()
    lines.insert(2, '"123"x;' + ";" * 53 + "\r\n")  # text after a closing quote
    result = parse_rspo(write_lines(tmp_path, lines), ZALESIE)
    [broken] = result.skipped
    assert broken.line == 3 and "po cudzysłowie zamykającym wartość" in broken.reason
    assert "expected" not in broken.reason and len(result.records) == 6


def test_the_csv_modules_own_field_limit_lowered_elsewhere_still_gives_a_polish_reason(tmp_path):
    lines = export_lines()
    lines.insert(2, "5;" + "w" * 2000 + ";" * 52 + "\r\n")
    old = csv.field_size_limit(1000)  # process-wide: some other code may have lowered it
    try:
        result = parse_rspo(write_lines(tmp_path, lines), ZALESIE)
    finally:
        csv.field_size_limit(old)
    reason = f"wiersz jest uszkodzony (wartość ma ponad {format_number(1000)} znaków) — pominięto go."
    assert [(k.line, k.reason) for k in result.skipped] == [(3, reason)]


class OneLongLine(io.RawIOBase):
    """``head``, then ``length`` letters of one line, then ``tail``, made on the fly (nothing on disk); optionally
    sets ``cancel`` once ``cancel_at`` bytes are served, as a click on Cancel in the other thread would."""

    def __init__(self, head: bytes, length: int, tail: bytes = b"", cancel: threading.Event | None = None,
                 cancel_at: int = 0):  # fmt: skip
        super().__init__()
        self.head, self.tail, self.long_end = head, tail, len(head) + length
        self.size, self.served = self.long_end + len(tail), 0
        self.cancel, self.cancel_at = cancel, cancel_at
        self.block = b"x" * (1 << 20)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.cancel is not None and self.served >= self.cancel_at:
            self.cancel.set()
        at = self.served
        if at < len(self.head):
            data = self.head[at : at + len(buffer)]
        elif at < self.long_end:
            data = self.block[: min(len(buffer), self.long_end - at)]
        else:
            data = self.tail[at - self.long_end : at - self.long_end + len(buffer)]
        buffer[: len(data)] = data
        self.served += len(data)
        return len(data)


def test_cancel_stops_the_reading_inside_a_long_line_holding_only_a_chunk():
    cancel = threading.Event()
    head = "".join(export_lines()[:3]).encode("utf-8")  # the header, two schools, then a 500 MB line
    source = OneLongLine(head, 500 * 2**20, cancel=cancel, cancel_at=40 * 2**20)
    tracemalloc.start()
    try:
        with pytest.raises(ImportCancelled):
            parse_rspo(source, ZALESIE, cancel=cancel, size_hint=source.size)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert 40 * 2**20 <= source.served <= 42 * 2**20  # stopped within a chunk of the click
    assert peak < 8 * 2**20  # and never held the 40 MB read of that line


CHILD = textwrap.dedent("""
    import json, resource, sys
    sys.path[:0] = [sys.argv[1], sys.argv[2]]
    from test_rspo_line_limits import OneLongLine, ZALESIE, export_lines
    from wsparcie_desktop.importers.rspo import parse_rspo

    with open("/proc/self/statm") as statm:  # a reader that held the line stops here instead of eating the machine
        mapped = int(statm.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (mapped + 2**30, resource.RLIM_INFINITY))
    lines, before_long = export_lines(), int(sys.argv[3])
    head = "".join(lines[:before_long]).encode("utf-8")
    tail = "".join(["\\r\\n"] + lines[before_long:]).encode("utf-8") if before_long else b""
    source = OneLongLine(head, int(sys.argv[4]) * 2**20 - len(head) - len(tail), tail)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        result = parse_rspo(source, ZALESIE, size_hint=source.size)
        out = {"records": len(result.records), "skipped": [k.reason for k in result.skipped]}
    except Exception as exc:
        out = {"error": type(exc).__name__, "message": str(exc)[:300]}
    out["grew_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    out["served_mb"] = source.served / 2**20
    print(json.dumps(out))
""")


def read_in_a_child(lines_before: int, megabytes: int) -> dict:
    """Reads a stream of ``megabytes`` in a fresh process, so that its peak memory is the reading's own."""
    args = [str(ROOT), str(Path(__file__).parent), str(lines_before), str(megabytes)]
    done = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_1_gib_single_line_file_is_refused_after_its_first_megabyte_in_bounded_memory():
    out = read_in_a_child(lines_before=0, megabytes=1024)  # the header itself is the 1 GiB line
    assert out.get("error") == "FileProblem", out
    assert "wiersz 1 (nagłówek z nazwami kolumn)" in out["message"]
    assert out["served_mb"] <= 2 and out["grew_mb"] < 100


def test_a_256_mb_data_line_is_skipped_in_bounded_memory_and_the_schools_after_it_are_read():
    """Skipping reads the line to its end (~4 s a GiB: bench/rspo_long_line.py times the whole GiB)."""
    out = read_in_a_child(lines_before=3, megabytes=256)  # header, two schools, the long line, four schools
    assert out.get("records") == 6, out
    assert len(out["skipped"]) == 1 and f"wiersz 4 ma ponad {LINE_LIMIT} znaków" in out["skipped"][0]
    assert out["served_mb"] == 256 and out["grew_mb"] < 100


def test_a_refused_file_leaves_the_store_as_it_was(db, jst_id, tmp_path):
    schools_rspo.apply_import(db, schools_rspo.preview_import(db, jst_id, write_lines(tmp_path, export_lines())))
    before = snapshot(db)
    assert len(before) == 6
    lines = [line.replace("Joanna Król", "Anna Nowa") for line in export_lines()]
    lines[0] = lines[0].rstrip("\r\n") + ";" + "x" * 5_000_000 + "\r\n"
    with pytest.raises(DomainError) as caught:
        schools_rspo.preview_import(db, jst_id, write_lines(tmp_path, lines, "zly.csv"))
    assert "wiersz 1" in caught.value.message
    assert snapshot(db) == before


def test_a_skipped_long_line_is_listed_in_the_import_report(db, jst_id, tmp_path):
    lines = export_lines()
    lines.insert(2, "1;" + "z" * (MAX_LINE_CHARS + 1) + "\r\n")
    preview = schools_rspo.preview_import(db, jst_id, write_lines(tmp_path, lines))
    report = schools_rspo.apply_import(db, preview)
    assert len(report.added) == 6
    assert [(k.line, f"wiersz 3 ma ponad {LINE_LIMIT} znaków" in k.reason) for k in report.skipped] == [(3, True)]
    assert "1 wiersz pliku jest uszkodzony" in " ".join(preview.warnings())
