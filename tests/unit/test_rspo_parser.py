"""Reading the RSPO export: encodings, wrapped values, column order, the running body, broken files."""

from __future__ import annotations

import io
import random
import threading
import tracemalloc

import pytest

from wsparcie_desktop.demo.schools import rspo_rows
from wsparcie_desktop.importers.csv_stream import FileProblem, ImportCancelled
from wsparcie_desktop.importers.rspo import RunningBody, fold, parse_rspo, school_type_code
from wsparcie_desktop.importers.rspo_sample import RSPO_HEADER, national_rows, rows_text, school_row, write_rspo_csv

ZALESIE = RunningBody("Gmina Zalesie", "1434052", "gmina_wiejska", "mazowieckie")


def others(n: int = 300) -> list[dict[str, str]]:
    return list(national_rows(n, seed=7))


def write(tmp_path, rows, name="rspo.csv", **options):
    path = tmp_path / name
    write_rspo_csv(path, rows, **options)
    return path


def by_rspo(result):
    return {r.rspo: r for r in result.records}


def test_utf8_with_bom_and_wrapped_values(tmp_path):
    path = write(tmp_path, others(150) + rspo_rows() + others(150))
    assert '="07-140"' in path.read_text(encoding="utf-8-sig")
    result = parse_rspo(path, ZALESIE)
    assert result.encoding == "UTF-8 (z BOM)"
    assert result.rows_read == 306 and result.other_bodies == 300
    school = by_rspo(result)["21458"]
    assert school.name == "Szkoła Podstawowa im. Marii Konopnickiej w Zalesiu"
    assert (school.postal_code, school.building_no, school.regon) == ("07-140", "4", "711652301")
    assert (school.director, school.pupils, school.is_public) == ("Joanna Król", 312, True)
    assert by_rspo(result)["47862"].school_type == "przedszkole"
    assert by_rspo(result)["21467"].school_type == "zespol_szkol"
    assert result.ignored_columns == len(RSPO_HEADER) - 23


def test_windows_1250_gives_the_same_records(tmp_path):
    utf8 = parse_rspo(write(tmp_path, others() + rspo_rows(), "a.csv"), ZALESIE)
    path = write(tmp_path, others() + rspo_rows(), "b.csv", encoding="cp1250")
    assert path.read_bytes().find("Król".encode("cp1250")) > 0
    cp1250 = parse_rspo(path, ZALESIE)
    assert cp1250.encoding == "Windows-1250"
    assert [(r.rspo, r.name, r.director, r.city) for r in cp1250.records] == [
        (r.rspo, r.name, r.director, r.city) for r in utf8.records
    ]


def test_windows_1250_letters_only_after_the_first_64_kb_are_still_read_right(tmp_path):
    """Nothing in the first 64 kB tells the encoding; a Polish letter later makes the reader start again."""
    plain = [school_row(**{"Numer RSPO": str(100000 + i), "Nazwa": f"Przedszkole nr {i} w Lodzi", "Typ": "Przedszkole",
                           "Kod terytorialny gmina": "1061011", "Typ organu prowadzącego": "Gmina",
                           "Kategoria uczniów": "dzieci", "Nazwa organu prowadzącego": "Miasto Lodz"})
             for i in range(800)]  # fmt: skip
    lines = list(rows_text(plain + rspo_rows(), wrap=False))
    lines[0] = ";".join(fold(c) for c in RSPO_HEADER) + "\r\n"  # an old export: names without Polish letters
    path = tmp_path / "ascii_naglowek.csv"
    path.write_bytes("".join(lines).encode("cp1250"))
    assert path.read_bytes()[: 1 << 16].isascii()
    result = parse_rspo(path, ZALESIE)
    assert result.encoding == "Windows-1250"
    assert by_rspo(result)["21471"].city == "Dębowa Wola"
    assert result.rows_read == 806


def test_unwrapped_values_and_shuffled_columns_with_extra_ones(tmp_path):
    columns = RSPO_HEADER + ["Kolumna z przyszłości", "Uwagi kuratorium"]
    random.Random(3).shuffle(columns)
    rows = [dict(r, **{"Kolumna z przyszłości": "x;y", "Uwagi kuratorium": "—"}) for r in others(50) + rspo_rows()]
    path = write(tmp_path, rows, columns=columns, wrap=False)
    assert path.read_text(encoding="utf-8-sig").splitlines()[0] == ";".join(columns)
    result = parse_rspo(path, ZALESIE)
    assert sorted(by_rspo(result)) == ["21458", "21463", "21467", "21471", "21475", "47862"]
    assert by_rspo(result)["21463"].building_no == "27"


def test_header_names_match_without_case_diacritics_or_extra_spaces(tmp_path):
    header = RSPO_HEADER.copy()
    header[header.index("Imię i nazwisko dyrektora")] = "  IMIE I NAZWISKO  Dyrektora "
    header[header.index("Numer RSPO")] = "numer rspo"
    header[header.index("Nazwa organu prowadzącego")] = "Nazwa Organu Prowadzacego"
    text = "".join(rows_text(rspo_rows(), RSPO_HEADER))
    lines = text.splitlines(keepends=True)
    lines[0] = ";".join(header) + "\r\n"
    path = tmp_path / "naglowki.csv"
    path.write_text("".join(lines), encoding="utf-8-sig", newline="")
    result = parse_rspo(path, ZALESIE)
    assert by_rspo(result)["21458"].director == "Joanna Król"


def test_fold_compares_as_a_reader_would():
    assert fold("  Kod terytorialny  GMINA ") == fold("kod terytorialny gmina")
    assert fold("Łódź") == "lodz"


@pytest.mark.parametrize(
    ("type_name", "speciality", "code"),
    [
        ("Szkoła podstawowa", "brak specyfiki", "szkola_podstawowa"),
        ("Szkoła podstawowa", "specjalna", "szkola_specjalna"),
        ("Przedszkole", "", "przedszkole"),
        ("Punkt przedszkolny", "", "przedszkole"),
        ("Zespół szkół i placówek oświatowych", "", "zespol_szkol"),
        ("Liceum ogólnokształcące", "", "liceum"),
        ("Technikum", "", "technikum"),
        ("Branżowa szkoła I stopnia", "", "branzowa_1"),
        ("Branżowa szkoła II stopnia", "", "inna"),
        ("Poradnia psychologiczno-pedagogiczna", "", "inna"),
    ],
)
def test_registry_types_map_onto_ours(type_name, speciality, code):
    assert school_type_code(type_name, speciality) == code


# ------------------------------------------------------------------ whose schools


def zalesie_row(rspo: str, **values: str) -> dict[str, str]:
    base = {"Numer RSPO": rspo, "Nazwa": f"Szkoła {rspo}", "Typ": "Szkoła podstawowa",
            "Kod terytorialny gmina": "1434052", "Gmina": "Zalesie", "Województwo": "MAZOWIECKIE",
            "Typ organu prowadzącego": "Gmina", "Nazwa organu prowadzącego": "Gmina Zalesie",
            "Gmina organu prowadzącego": "Zalesie", "Województwo organu prowadzącego": "MAZOWIECKIE"}  # fmt: skip
    base.update(values)
    return school_row(**base)


def test_running_body_matched_by_teryt_or_by_name(tmp_path):
    rows = [
        zalesie_row("1", **{"Nazwa organu prowadzącego": "Urząd Gminy w Zalesiu"}),  # TERYT: in Zalesie, run by it
        zalesie_row("2", **{"Typ organu prowadzącego": "Fundacja", "Nazwa organu prowadzącego": "Fundacja Sowa"}),
        zalesie_row("3", **{"Kod terytorialny gmina": "1434062", "Gmina": "Liw"}),  # elsewhere, named Gmina Zalesie
        zalesie_row("4", **{"Kod terytorialny gmina": "0614032", "Gmina": "Zalesie", "Województwo": "LUBELSKIE",
                            "Województwo organu prowadzącego": "LUBELSKIE"}),  # the other Gmina Zalesie
        zalesie_row("5", **{"Typ organu prowadzącego": "Gmina", "Nazwa organu prowadzącego": "Gmina Liw",
                            "Gmina organu prowadzącego": "Liw"}),  # in Zalesie, run by a neighbouring gmina
        zalesie_row("6", **{"Typ organu prowadzącego": "Powiat", "Nazwa organu prowadzącego": "Powiat węgrowski",
                            "Gmina organu prowadzącego": "Węgrów"}),  # the powiat's school standing in Zalesie
        zalesie_row("7", **{"Nazwa organu prowadzącego": "GMINA  ZALESIE"}),
    ]  # fmt: skip
    result = parse_rspo(write(tmp_path, rows), ZALESIE)
    assert sorted(by_rspo(result)) == ["1", "3", "7"]


def test_name_only_when_the_profile_has_no_teryt(tmp_path):
    rows = [zalesie_row("1"), zalesie_row("2", **{"Nazwa organu prowadzącego": "Urząd Gminy w Zalesiu"})]
    result = parse_rspo(write(tmp_path, rows), RunningBody("Gmina Zalesie", None, "gmina_wiejska", None))
    assert sorted(by_rspo(result)) == ["1"]


def test_code_that_lost_its_leading_zero_still_matches(tmp_path):
    rows = [school_row(**{"Numer RSPO": "5", "Nazwa": "SP w Bolesławcu", "Typ": "Szkoła podstawowa",
                          "Kod terytorialny gmina": "201022", "Gmina": "Bolesławiec",
                          "Typ organu prowadzącego": "Gmina", "Nazwa organu prowadzącego": "Gmina wiejska Bolesławiec",
                          "Gmina organu prowadzącego": "Bolesławiec"})]  # fmt: skip
    body = RunningBody("Gmina Bolesławiec", "0201022", "gmina_wiejska", "dolnośląskie")
    assert [r.rspo for r in parse_rspo(write(tmp_path, rows, wrap=False), body).records] == ["5"]


def test_powiat_keeps_its_own_schools_not_those_of_its_gminas(tmp_path):
    rows = [
        zalesie_row("10", **{"Typ": "Liceum ogólnokształcące", "Typ organu prowadzącego": "Powiat",
                             "Nazwa organu prowadzącego": "Powiat Węgrowski", "Powiat": "węgrowski",
                             "Powiat organu prowadzącego": "węgrowski"}),
        zalesie_row("11", Powiat="węgrowski"),
    ]  # fmt: skip
    body = RunningBody("Powiat węgrowski", "1434", "powiat", "mazowieckie")
    result = parse_rspo(write(tmp_path, rows), body)
    assert [(r.rspo, r.school_type) for r in result.records] == [("10", "liceum")]


def test_running_body_teryt_column_is_used_when_present(tmp_path):
    columns = RSPO_HEADER + ["Kod terytorialny organu prowadzącego"]
    body_code = "Kod terytorialny organu prowadzącego"
    rows = [
        dict(zalesie_row("1", **{"Kod terytorialny gmina": "1434062"}), **{body_code: "1434052"}),
        dict(zalesie_row("2", **{"Nazwa organu prowadzącego": "Gmina Liw"}), **{body_code: "1434062"}),
    ]
    result = parse_rspo(write(tmp_path, rows, columns=columns), ZALESIE)
    assert [r.rspo for r in result.records] == ["1"]


def test_nothing_found_suggests_similar_running_bodies(tmp_path):
    rows = [
        zalesie_row("1", **{"Nazwa organu prowadzącego": "Gmina Zalesie Górne", "Kod terytorialny gmina": "1434062"})
    ]
    result = parse_rspo(write(tmp_path, rows), ZALESIE)
    assert result.records == [] and result.suggestions == ["Gmina Zalesie Górne"]


def test_liquidated_duplicate_and_numberless_rows_are_skipped_with_reasons(tmp_path):
    rows = [zalesie_row("1"), zalesie_row("2", **{"Data likwidacji": "2025.08.31"}), zalesie_row("1"),
            zalesie_row("", Nazwa="Szkoła bez numeru"), zalesie_row("3", REGON="123456789"),
            zalesie_row("4", **{"Kod pocztowy": "07140", "Liczba uczniów": "brak"})]  # fmt: skip
    result = parse_rspo(write(tmp_path, rows), ZALESIE)
    assert sorted(by_rspo(result)) == ["1", "3", "4"]
    reasons = {(s.rspo, s.name): s.reason for s in result.skipped}
    assert "zlikwidowana (31.08.2025)" in reasons[("2", "Szkoła 2")]  # RSPO writes 2025.08.31
    assert "powtarza się w pliku (pierwszy raz w wierszu 2)" in reasons[("1", "Szkoła 1")]
    assert "brak numeru RSPO" in reasons[("", "Szkoła bez numeru")]
    assert result.skipped[0].liquidated
    assert by_rspo(result)["3"].regon == "" and "cyfrę kontrolną" in by_rspo(result)["3"].notes[0]
    assert by_rspo(result)["4"].postal_code == "07-140" and by_rspo(result)["4"].pupils is None


# ------------------------------------------------------------------ broken files


def refused(source, **options) -> str:
    with pytest.raises(FileProblem) as caught:
        parse_rspo(source, ZALESIE, **options)
    assert caught.value.field == "file"
    return caught.value.message


def test_wrong_delimiter(tmp_path):
    text = "".join(rows_text(rspo_rows())).replace(";", ",")
    (tmp_path / "przecinki.csv").write_text(text, encoding="utf-8")
    message = refused(tmp_path / "przecinki.csv")
    assert "nie jest rozdzielany średnikami — czy to eksport z RSPO?" in message and "przecinkami" in message
    (tmp_path / "taby.csv").write_text("".join(rows_text(rspo_rows())).replace(";", "\t"), encoding="utf-8")
    assert "tabulatorami" in refused(tmp_path / "taby.csv")


def test_missing_required_columns_are_named(tmp_path):
    columns = [c for c in RSPO_HEADER if c not in ("Numer RSPO", "Nazwa organu prowadzącego")]
    message = refused(write(tmp_path, rspo_rows(), columns=columns))
    assert "brakuje kolumn „Numer RSPO” i „Nazwa organu prowadzącego”" in message
    one = [c for c in RSPO_HEADER if c != "Typ organu prowadzącego"]
    assert "brakuje kolumny „Typ organu prowadzącego”" in refused(write(tmp_path, rspo_rows(), "b.csv", columns=one))


def test_binary_garbage(tmp_path):
    (tmp_path / "smieci.bin").write_bytes(random.Random(1).randbytes(200_000))
    assert "dane binarne" in refused(tmp_path / "smieci.bin")
    (tmp_path / "arkusz.csv").write_bytes(b"PK\x03\x04" + b"\x00" * 500)
    assert "arkusz Excela (.xlsx)" in refused(tmp_path / "arkusz.csv")
    (tmp_path / "unicode.csv").write_bytes("".join(rows_text(rspo_rows())).encode("utf-16"))
    assert "UTF-16" in refused(tmp_path / "unicode.csv")


def test_garbage_after_good_text_is_found_and_nothing_is_kept(tmp_path):
    path = write(tmp_path, national_rows(3000, seed=1, include=rspo_rows()))
    with open(path, "ab") as out:
        out.write(b"\x00\x01\x02\x03" * 5000)
    assert "po ok." in refused(path) and "Pobierz eksport z RSPO ponownie" in refused(path)


def test_control_characters_without_nul_are_garbage_too(tmp_path):
    (tmp_path / "ctrl.csv").write_bytes(b"Numer RSPO;Nazwa\r\n" + bytes(range(1, 32)) * 3000)
    assert "dane binarne" in refused(tmp_path / "ctrl.csv")


def test_empty_files(tmp_path):
    (tmp_path / "pusty.csv").write_bytes(b"")
    assert "pusty (0 bajtów)" in refused(tmp_path / "pusty.csv")
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf\r\n")
    assert "pusty" in refused(tmp_path / "bom.csv")
    path = write(tmp_path, [], "naglowek.csv")
    assert "tylko wiersz nagłówka" in refused(path)


def test_file_cut_off_in_the_middle_of_a_row(tmp_path):
    data = write(tmp_path, others(20) + rspo_rows() + others(20)).read_bytes()
    cut = data.rfind(b"\r\n", 0, len(data) - 10) + 200  # inside the last row
    (tmp_path / "uciety.csv").write_bytes(data[:cut])
    result = parse_rspo(tmp_path / "uciety.csv", ZALESIE)
    assert result.truncated and len(result.records) == 6
    assert "ostatni wiersz pliku jest urwany" in result.skipped[-1].reason
    assert result.skipped[-1].line == 2 + 20 + 6 + 19


def test_file_cut_off_inside_quotes(tmp_path):
    rows = rspo_rows() + [zalesie_row("99", Nazwa='Szkoła "Na Skarpie"\nbudynek B')]
    data = write(tmp_path, rows).read_bytes()
    cut = data.index(b"Skarpie") + 3
    (tmp_path / "cudzyslow.csv").write_bytes(data[:cut])
    result = parse_rspo(tmp_path / "cudzyslow.csv", ZALESIE)
    assert result.truncated and len(result.records) == 6
    assert "w środku wartości w cudzysłowie" in result.skipped[-1].reason


def test_broken_row_in_the_middle_is_skipped_and_reading_goes_on(tmp_path):
    text = "".join(rows_text(rspo_rows()[:3]))
    lines = text.splitlines(keepends=True)
    lines.insert(2, "123;tylko;trzy pola\r\n")
    (tmp_path / "dziura.csv").write_text("".join(lines) + "".join(list(rows_text(rspo_rows()[3:]))[1:]),
                                         encoding="utf-8-sig", newline="")  # fmt: skip
    result = parse_rspo(tmp_path / "dziura.csv", ZALESIE)
    assert len(result.records) == 6 and not result.truncated
    assert result.broken_rows == 1 and "ma 3 z 54 pól" in result.skipped[0].reason


class EndlessExport(io.RawIOBase):
    """A national export repeated up to ``size`` bytes, made on the fly: nothing of it is ever on disk."""

    def __init__(self, size: int):
        super().__init__()
        self.size = size
        self.served = 0
        self.header = "".join(rows_text([])).encode("utf-8")
        self.block = "".join(list(rows_text(national_rows(2000, seed=5)))[1:]).encode("utf-8")
        self.pending = self.header

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.served >= self.size:
            return 0
        if not self.pending:
            self.pending = self.block
        n = min(len(buffer), len(self.pending), self.size - self.served)
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        self.served += n
        return n


def test_a_file_of_hundreds_of_megabytes_streams_in_bounded_memory():
    """A 300 MB export is read chunk by chunk: cancelled after 6 MB, it has pulled only that much and
    never held more than a few MB, so reading it all would not need more either."""
    source = EndlessExport(300 * 2**20)
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 6 * 2**20:
            cancel.set()

    tracemalloc.start()
    try:
        with pytest.raises(ImportCancelled):
            parse_rspo(source, ZALESIE, progress=progress, cancel=cancel, size_hint=source.size)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert 6 * 2**20 <= source.served <= 9 * 2**20
    assert peak < 8 * 2**20
    assert seen[-1][1] == 300 * 2**20 and [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_a_file_beyond_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "ogromny.csv"
    with open(path, "wb") as out:
        out.truncate(3 * 2**30)  # sparse: takes no disk space
    assert "to nie jest eksport z rejestru szkół" in refused(path)
    assert "3,0 GB" in refused(path)


def test_a_stream_of_unknown_size_stops_at_the_limit():
    source = EndlessExport(50 * 2**20)
    assert "ponad 8,0 MB" in refused(source, max_bytes=8 * 2**20)
    assert source.served < 10 * 2**20


def test_progress_reaches_the_whole_file(tmp_path):
    path = write(tmp_path, national_rows(2500, seed=2, include=rspo_rows()))
    seen = []
    parse_rspo(path, ZALESIE, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (path.stat().st_size, path.stat().st_size)


def test_missing_file_and_folder(tmp_path):
    assert "Nie ma pliku" in refused(tmp_path / "nie-ma.csv")
    assert "folderem" in refused(tmp_path)
