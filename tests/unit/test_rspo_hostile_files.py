"""Hostile RSPO files as the preview tells of them: counts that add up, numbers grouped the Polish way, no
English system text, dates the Polish way, and a huge broken file read in bounded memory."""

from __future__ import annotations

import errno
import io
import threading
import tracemalloc

import pytest

from tests.unit.test_rspo_parser import ZALESIE, EndlessExport
from wsparcie_desktop.demo.schools import rspo_rows
from wsparcie_desktop.i18n import format_size, register_date
from wsparcie_desktop.importers.csv_stream import FileProblem
from wsparcie_desktop.importers.rspo import MAX_SKIPPED, parse_rspo
from wsparcie_desktop.importers.rspo_sample import national_rows, rows_text
from wsparcie_desktop.services import schools_rspo


def broken_export(path, total: int = 4000, every: int = 3):
    """A national export with the demo gmina's schools; every ``every``-th other row has a stray quote."""
    lines = list(rows_text(national_rows(total, include=rspo_rows())))
    out = [lines[0]]
    for k, line in enumerate(lines[1:]):
        if k % every == 1 and "Zalesie" not in line:
            parts = line.split(";")
            parts[4] = '"Szkoła "X" im'
            line = ";".join(parts)
        out.append(line)
    path.write_bytes("".join(out).encode("utf-8-sig"))
    return len(lines) - 1


def test_a_broken_file_s_counts_add_up_and_are_grouped(db, jst_id, tmp_path):
    rows = broken_export(tmp_path / "zepsuty.csv")
    body = schools_rspo.running_body(db, jst_id, "Gmina Zalesie")
    result = schools_rspo.read_file(tmp_path / "zepsuty.csv", body)
    assert result.rows_read == rows, "a broken row is a row of the file: the counts add up"
    assert result.broken_rows > 1000 and result.skipped_total == result.broken_rows
    preview = schools_rspo.build_preview(db, jst_id, body, result)
    headline = preview.headline()
    grouped = f"{rows:,}".replace(",", "\xa0")
    broken = f"{result.broken_rows:,}".replace(",", "\xa0")
    assert headline.startswith(f"W pliku ({grouped} wierszy, w tym {broken} uszkodzonych) jest 6 szkół")
    assert "pominięte" not in headline, "no school of the gmina was skipped: the broken rows are told apart"
    warnings = " ".join(preview.warnings())
    assert warnings.startswith(f"{broken} wiersz") and "pliku" in warnings.split("—")[0]
    assert f"Pokazano pierwsze {MAX_SKIPPED} z {broken} pominiętych wierszy." in warnings
    assert "expected" not in warnings and all("expected" not in k.reason for k in result.skipped)
    first = result.skipped[0]
    assert first.line == 3 and first.reason.startswith("wiersz jest uszkodzony (po cudzysłowie zamykającym")
    report = schools_rspo.apply_import(db, preview)
    summary = report.summary()
    assert "pominięte: 0." in summary and f"Pominięto też {broken} uszkodzonych wierszy pliku." in summary


def test_a_disk_error_is_told_in_polish():
    class FailingDisk(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(FileProblem) as refused:
        parse_rspo(FailingDisk(), ZALESIE, size_hint=1000)
    message = refused.value.message
    assert message.startswith("Nie udało się odczytać pliku: błąd odczytu z dysku") and "Input/output" not in message


def test_a_file_that_cannot_be_opened_is_told_in_polish(tmp_path, monkeypatch):
    path = tmp_path / "rspo.csv"
    path.write_text("x", encoding="utf-8")

    def fail(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr("builtins.open", fail)
    with pytest.raises(FileProblem) as refused:
        parse_rspo(path, ZALESIE)
    assert "Nie udało się otworzyć pliku „rspo.csv”: błąd odczytu z dysku" in refused.value.message


def test_wrong_encoding_is_read_right():
    data = "".join(rows_text(rspo_rows())).encode("cp1250")
    result = parse_rspo(io.BytesIO(data), ZALESIE, size_hint=len(data))
    assert result.encoding == "Windows-1250" and len(result.records) == 6
    assert any("Dębowa Wola" == r.city for r in result.records)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("2024.08.31", "31.08.2024"), ("2024-08-31", "31.08.2024"), ("2024-08-31 00:00:00", "31.08.2024"),
     ("2024.8.1", "01.08.2024"), ("2024.02.30", "2024.02.30"), ("wkrótce", "wkrótce"), ("", "")],
)  # fmt: skip
def test_register_dates_read_the_polish_way(raw, shown):
    assert register_date(raw) == shown


def test_sizes_are_never_zero_megabytes():
    assert [format_size(n) for n in (300, 5 * 1024, 45 * 2**20 + 2**19, 3 * 2**30)] == [
        "300 B", "5 kB", "45,5 MB", "3,0 GB"
    ]  # fmt: skip


class EndlessBrokenExport(EndlessExport):
    """A national export where every other row is broken, made on the fly up to ``size`` bytes."""

    def __init__(self, size: int):
        super().__init__(size)
        lines = list(rows_text(national_rows(2000, seed=7)))[1:]
        for k in range(0, len(lines), 2):
            parts = lines[k].split(";")
            parts[4] = '"Szkoła "X" im'
            lines[k] = ";".join(parts)
        self.block = "".join(lines).encode("utf-8")


def test_a_huge_broken_file_is_read_whole_in_bounded_memory():
    """30 MB with tens of thousands of broken rows: all of them counted, 500 listed, a few MB held."""
    source = EndlessBrokenExport(30 * 2**20)
    tracemalloc.start()
    try:
        result = parse_rspo(source, ZALESIE, cancel=threading.Event(), size_hint=source.size)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert source.served == 30 * 2**20
    assert result.broken_rows > 10_000 and len(result.skipped) == MAX_SKIPPED
    assert result.skipped_total == result.broken_rows and result.rows_read > 2 * result.broken_rows - 2000
    assert peak < 12 * 2**20


@pytest.mark.parametrize("ascii_first", [False, True])
def test_an_iso_8859_2_file_is_read_with_its_polish_letters(ascii_first):
    """Older tools save ISO-8859-2, which writes ą, ś, ź where Windows-1250 has ±, ¶, Ľ: recognised, also
    when its first 64 kB are plain ASCII (then the first Polish letter decides)."""
    from wsparcie_desktop.importers.rspo_sample import school_row

    plain = [
        school_row(**{"Numer RSPO": str(100000 + i), "Nazwa": f"Przedszkole nr {i} w Lodzi", "Typ": "Przedszkole",
                      "Kod terytorialny gmina": "1061011", "Typ organu prowadzącego": "Gmina",
                      "Kategoria uczniów": "dzieci", "Nazwa organu prowadzącego": "Miasto Lodz"})
        for i in range(800 if ascii_first else 0)
    ]  # fmt: skip
    lines = list(rows_text(plain + rspo_rows(), wrap=False))
    if ascii_first:
        from wsparcie_desktop.importers.rspo import fold
        from wsparcie_desktop.importers.rspo_sample import RSPO_HEADER

        lines[0] = ";".join(fold(c) for c in RSPO_HEADER) + "\r\n"
    data = "".join(lines).encode("iso8859_2", errors="replace")
    assert data[: 1 << 16].isascii() == ascii_first
    result = parse_rspo(io.BytesIO(data), ZALESIE, size_hint=len(data))
    assert result.encoding == "ISO-8859-2"
    assert "Dębowa Wola" in {r.city for r in result.records} and len(result.records) == 6
    assert any(r.name.startswith("Przedszkole Samorządowe ?Leśna Polana?") for r in result.records)  # ą, ś
