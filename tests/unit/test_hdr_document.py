"""The document 'Harmonogram działań rozwojowych', checked by its text (pdftotext) and its page sizes."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from decimal import Decimal

import pytest

from tests.hdr_support import PERIOD, stage2
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.reports import build_document, list_documents
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData, PartnerData
from wsparcie_desktop.services.hdr_baseline import approve_hdr

D = dt.date


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_sizes(path) -> list[str]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [
        "landscape" if float(w) > float(h) else "portrait"
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)
    ]


@pytest.fixture
def approved(db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(
        db,
        s2.process_id,
        HdrData(
            *PERIOD,
            ore_form_code="minireportaz",
            ore_form_due_on=D(2027, 6, 30),
            ore_form_responsible_id=s2.person_ids[0],
        ),
    ).id
    g1, g2 = s2.goal_ids[:2]
    first = hdr.save_activity(
        db,
        hdr_id,
        ActivityData(
            name="Diagnoza potrzeb w szkołach",
            starts_on=D(2026, 9, 1),
            ends_on=D(2026, 9, 30),
            form="konsultacje",
            responsible_id=s2.person_ids[0],
            goal_ids=[g1],
            indicator_ids=s2.indicator_ids[g1][:1],
            partners=[PartnerData("ppp", None, "Poradnia w Węgrowie")],
            expected_result="Raport z diagnozy",
        ),
    ).id
    hdr.save_activity(
        db,
        hdr_id,
        ActivityData(
            name="Szkolenie rad pedagogicznych",
            starts_on=D(2026, 12, 1),
            ends_on=D(2027, 1, 9),
            form="szkolenie",
            responsible_id=s2.person_ids[1],
            goal_ids=[g2],
            cost=Decimal("400"),
            financing="budzet_jst",
            is_milestone=True,
            depends_on_id=first,
        ),
    )
    approve_hdr(db, s2.process_id, "Jan Wójcik, Wójt Gminy", D(2026, 8, 25))
    return db, jst_id, s2, hdr_id


def test_registered_in_the_engine():
    assert "hdr" in {spec.id for spec in list_documents()}


def test_document_text(approved, tmp_path):
    db, jst_id, s2, _ = approved
    path = build_document(
        "hdr", db, jst_id, tmp_path / "hdr.pdf", process_id=s2.process_id, date=D(2026, 8, 26), place="Zalesie"
    )
    text = pdf_text(path)
    flat = " ".join(text.split())
    assert "Harmonogram działań rozwojowych" in flat
    assert "Gmina Zalesie" in flat
    assert "od 1 września 2026 r. do 31 sierpnia 2027 r. (365 dni)" in flat
    assert "zatwierdzony 25 sierpnia 2026 r. przez: Jan Wójcik, Wójt Gminy" in flat
    # goals with indicators, priority marked
    assert "Cel 1 (priorytet). Cel priorytetowy 1" in flat and "Wskaźnik 1a" in flat
    # inclusive dates in the table: 1-30 September is 30 days, 1 Dec - 9 Jan is 40
    assert "(30 dni)" in flat and "(40 dni)" in flat
    assert "po zakończeniu działania 1" in flat
    # chart pages, with the legend and the baseline
    assert "Wykres Gantta" in flat and "plan zatwierdzony (bazowy)" in flat and "kamień milowy" in flat
    assert "Działania 1–2 z 2" in flat
    # budget split by year pro rata: 31 of 40 days in 2026 → 310 zł, 90 zł in 2027
    assert "310,00 zł" in flat and "90,00 zł" in flat
    assert "proporcjonalnie do liczby dni" in flat
    # ORE form and the approval block
    assert "minireportaż z wywiadem" in flat and "30 czerwca 2027 r." in flat
    assert "Zatwierdził(a):" in flat and "Sporządził(a):" in flat
    assert "Zalesie, 26 sierpnia 2026 r." in flat
    assert "\ufffd" not in text and "■" not in text


def test_activities_and_chart_are_landscape(approved, tmp_path):
    db, jst_id, s2, _ = approved
    path = build_document("hdr", db, jst_id, tmp_path / "hdr.pdf", process_id=s2.process_id)
    sizes = page_sizes(path)
    assert sizes[0] == "portrait" and sizes[-1] == "portrait"
    assert sizes.count("landscape") >= 2  # the table and the chart
    pages = pdf_text(path).split("\f")
    table_page = next(p for p in pages if "Działania rozwojowe" in p)
    chart_page = next(p for p in pages if "Wykres Gantta" in p)
    assert sizes[pages.index(table_page)] == "landscape" and sizes[pages.index(chart_page)] == "landscape"


def test_changes_after_approval_are_listed(approved, tmp_path):
    db, jst_id, s2, hdr_id = approved
    activity = hdr.list_activities(db, hdr_id)[0]
    hdr.shift_activity(db, activity.id, 7, with_dependents=True)
    text = " ".join(pdf_text(build_document("hdr", db, jst_id, tmp_path / "hdr.pdf")).split())
    assert "Zmiany względem planu zatwierdzonego" in text
    assert "Przesunięto: „Diagnoza potrzeb w szkołach” — początek +7 dni" in text


def test_long_plan_splits_the_chart_by_rows_and_by_time(db, jst_id, tmp_path):
    s2 = stage2(db, jst_id, goals=1, with_non_priority=False)
    start = D(2026, 9, 1)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(start, D(2028, 8, 31))).id
    for n in range(60):
        day = start + dt.timedelta(days=n * 12)
        hdr.save_activity(
            db,
            hdr_id,
            ActivityData(name=f"Działanie numer {n + 1} — żółw", starts_on=day, ends_on=day + dt.timedelta(days=20)),
        )
    text = " ".join(pdf_text(build_document("hdr", db, jst_id, tmp_path / "hdr.pdf")).split())
    assert "Część 1 z 2 okresu" in text and "Część 2 z 2 okresu" in text
    assert re.search(r"Działania 1–\d+ z 60", text)
    assert "z 60, okres 01.09.2027 – 31.08.2028" in text
    assert "projekt — harmonogram nie został jeszcze zatwierdzony" in text
    assert "Nie zaplanowano jeszcze formy raportu dla ORE" in text


def test_no_hdr_says_so(db, jst_id, tmp_path):
    s2 = stage2(db, jst_id)
    with pytest.raises(DomainError) as err:
        build_document("hdr", db, jst_id, tmp_path / "hdr.pdf", process_id=s2.process_id)
    assert "nie ma jeszcze HDR" in err.value.message


def test_table_cells_break_at_spaces_then_hyphens_then_letters():
    from wsparcie_desktop.reports import fonts
    from wsparcie_desktop.reports.hdr_cells import break_lines

    fonts.register_fonts()
    assert break_lines("Poradnia Psychologiczno-Pedagogiczna w Węgrowie", 80, fonts.REGULAR, 7.8) == [
        "Poradnia",
        "Psychologiczno-",
        "Pedagogiczna w",
        "Węgrowie",
    ]
    assert break_lines("Ala\n\nma kota", 200, fonts.REGULAR, 7.8) == ["Ala", "", "ma kota"]
    pieces = break_lines("Bardzodługiesłowobezżadnychprzerw", 40, fonts.REGULAR, 7.8)
    assert "".join(pieces) == "Bardzodługiesłowobezżadnychprzerw" and len(pieces) > 1


def test_indicator_units_follow_the_number():
    """A unit written as a noun agrees with the value, as the council reads it: '6 szkół', not '6 szkoły'."""
    from wsparcie_desktop.reports.hdr_document import _value

    assert _value(Decimal("6"), "szkoły", None) == "6 szkół"
    assert _value(Decimal("0"), "spotkania", None) == "0 spotkań"
    assert _value(Decimal("1"), "dokument", dt.date(2026, 11, 30)) == "1 dokument\n(30.11.2026)"
    assert _value(Decimal("3"), "dokument", None) == "3 dokumenty"
    assert _value(Decimal("12.5"), "%", None) == "12,5 %"
    assert _value(Decimal("2.5"), "szkoły", None) == "2,5 szkoły"  # a fraction keeps the unit as written


def test_budget_tables_agree_and_show_each_activity_split_across_years(approved, tmp_path):
    db, jst_id, s2, _ = approved
    path = build_document("hdr", db, jst_id, tmp_path / "hdr.pdf", process_id=s2.process_id)
    text = pdf_text(path)
    budget = text[text.index("4. Budżet") : text.index("5. Raport")]
    by_source = budget[: budget.index("Według roku")]
    by_year = budget[budget.index("Według roku") : budget.index("Działania na przełomie lat")]
    split = budget[budget.index("Działania na przełomie lat") :]
    assert "bez kosztów" in by_source and "bez kosztów" in by_year  # the first activity costs nothing
    # the activity of 1 Dec 2026 - 9 Jan 2027 (400 zł): 31 days in 2026, 9 in 2027, in a row of its own
    row = next(line for line in split.splitlines() if "Szkolenie rad" in line)
    assert re.search(r"2\.\s+Szkolenie rad.*budżet JST\s+400,00 zł\s+310,00 zł\s+90,00 zł", row), row
    assert "Diagnoza potrzeb" not in split  # within one year: not listed


def test_several_partners_are_told_apart_by_bullets(db, jst_id, tmp_path):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD)).id
    partners = [PartnerData("ppp", None, "Poradnia Psychologiczno-Pedagogiczna w Węgrowie"),
                PartnerData("odn", None, "Ośrodek Doskonalenia Nauczycieli w Siedlcach")]  # fmt: skip
    hdr.save_activity(db, hdr_id, ActivityData(name="Warsztat", starts_on=D(2026, 9, 1), ends_on=D(2026, 9, 2),
                                               responsible_id=s2.person_ids[0], partners=partners))  # fmt: skip
    text = pdf_text(build_document("hdr", db, jst_id, tmp_path / "hdr.pdf", process_id=s2.process_id))
    assert text.count("• Poradnia") == 1 and text.count("• Ośrodek Doskonalenia") == 1


def test_every_school_of_the_jst_as_partners_prints_as_one_line():
    from types import SimpleNamespace

    from wsparcie_desktop.reports.hdr_document import _partners

    plan = SimpleNamespace(schools={1: "SP nr 1", 2: "SP nr 2", 3: "SP nr 3"})
    every = [PartnerData("school", n) for n in (3, 1, 2)] + [PartnerData("ppp", None, "Poradnia")]
    assert (
        _partners(ActivityData(partners=every), plan)
        == "• wszystkie szkoły i przedszkola samorządu (3)\n• Poradnia (PPP)"
    )
    two = [PartnerData("school", 1), PartnerData("school", 3), PartnerData("school", 99)]  # 99: no longer the JST's
    assert _partners(ActivityData(partners=two), plan).split("\n") == [
        "• SP nr 1", "• SP nr 3", f"• {PartnerData('school', 99).label(plan.schools)}"]  # fmt: skip


def test_chart_pages_written_from_remembered_drawing_print_as_drawn_anew(db, jst_id, tmp_path, monkeypatch):
    """The Gantt pages' month columns and legends written again from their first drawing, and the labels in one text
    object, print exactly as each drawn anew with the canvas (page pictures and text), over both time slices."""
    from wsparcie_desktop.reports import hdr_gantt
    from wsparcie_desktop.reports.hdr_gantt import LABEL_SIZE, ROW_HEIGHT, GanttFlowable

    s2 = stage2(db, jst_id, goals=1, with_non_priority=False)
    start = D(2026, 9, 1)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(start, D(2028, 8, 31))).id
    for n in range(70):
        day = start + dt.timedelta(days=n * 10)
        hdr.save_activity(db, hdr_id, ActivityData(name=f"Działanie {n + 1} — źdźbło żółwia, łąka",
                                                   starts_on=day, ends_on=day + dt.timedelta(days=30)))  # fmt: skip
    quick = build_document("hdr", db, jst_id, tmp_path / "quick.pdf")

    def each_time(c, kept, key, draw):
        c.saveState()
        draw()
        c.restoreState()

    def labels_each_time(self, c, top):
        c.setFont(hdr_gantt.fonts.REGULAR, LABEL_SIZE)
        for index, row in enumerate(self.page.rows):
            c.drawString(2, top - index * ROW_HEIGHT - ROW_HEIGHT / 2 - 2.4, self.labels[row.number])

    with monkeypatch.context() as patch:
        patch.setattr(hdr_gantt, "replayed", each_time)  # month columns and legend
        patch.setattr(GanttFlowable, "_labels", labels_each_time)
        slow = build_document("hdr", db, jst_id, tmp_path / "slow.pdf")
    assert pdf_text(quick) == pdf_text(slow)
    assert "Działanie 70 — źdźbło" in pdf_text(quick) and "Część 2 z 2 okresu" in pdf_text(quick)
    pictures = []
    for pdf in (quick, slow):
        subprocess.run(["pdftoppm", "-r", "50", "-gray", str(pdf), str(tmp_path / pdf.stem)], check=True)
        pictures.append([p.read_bytes() for p in sorted(tmp_path.glob(f"{pdf.stem}-*.pgm"))])
    assert len(pictures[0]) > 6 and pictures[0] == pictures[1]


def test_a_chart_label_is_cut_where_halving_the_text_cuts_it():
    import random

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from wsparcie_desktop.reports import fonts
    from wsparcie_desktop.reports.hdr_gantt import fit_text

    def by_halves(text: str, width: float, font: str, size: float) -> str:
        text = " ".join(text.split())
        if stringWidth(text, font, size) <= width:
            return text
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if stringWidth(text[:middle] + "…", font, size) <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…"

    fonts.register_fonts()
    chance = random.Random(7)
    words = ["Działanie", "WWW", "iiii", "żółć", "Ośrodek", "m", "l", "Psychologiczno-Pedagogiczna", "12."]
    for _ in range(600):
        text = " ".join(chance.choice(words) for _ in range(chance.randint(1, 14)))
        for width, font in ((chance.uniform(2, 260), fonts.REGULAR), (chance.uniform(2, 60), fonts.BOLD)):
            assert fit_text(text, width, font, 7.0) == by_halves(text, width, font, 7.0), (text, width)
    assert fit_text("Wymiana doświadczeń dyrektorów", 0.5) == "…"


@pytest.mark.parametrize(
    ("last", "total", "as_before"),
    [(16, "48 700,00 zł", True), (1000, "3 987 500,00 zł", False), (12000, "123 456 789,00 zł", False)],
)
def test_number_and_total_columns_hold_their_text_on_one_line(last, total, as_before):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from wsparcie_desktop.reports import fonts
    from wsparcie_desktop.reports.hdr_document import ACTIVITY_COLUMNS, TABLE_FONT_SIZE, activity_columns
    from wsparcie_desktop.reports.tables import PADDING_X

    fonts.register_fonts()
    frame = landscape(A4)[0] - 30 * 2.83
    columns = activity_columns(frame, last, total)
    share = sum(c.width for c in columns)
    width = [frame * c.width / share - 2 * PADDING_X for c in columns]
    assert stringWidth(f"{last}.", fonts.REGULAR, TABLE_FONT_SIZE) <= width[0]
    assert stringWidth(total, fonts.BOLD, TABLE_FONT_SIZE) <= width[-1]
    assert share == pytest.approx(sum(c.width for c in ACTIVITY_COLUMNS))  # taken from "Działanie", not added
    if as_before:
        assert columns == ACTIVITY_COLUMNS  # a plan of usual size prints as before
    else:
        assert columns[1].width < ACTIVITY_COLUMNS[1].width


@pytest.mark.parametrize("last, as_before", [(16, True), (999, True), (4998, False)])
def test_the_split_across_years_table_holds_its_last_number_on_one_line(last, as_before):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from wsparcie_desktop.reports import fonts
    from wsparcie_desktop.reports.hdr_document import split_columns
    from wsparcie_desktop.reports.page import frame_width
    from wsparcie_desktop.reports.tables import PADDING_X

    fonts.register_fonts()
    frame = frame_width("portrait")  # the section of the budget, where this table is
    columns = split_columns(frame, [2026, 2027, 2028], last)
    plain = split_columns(frame, [2026, 2027, 2028], 1)
    share = sum(c.width for c in columns)
    assert stringWidth(f"{last}.", fonts.REGULAR, 8) <= frame * columns[0].width / share - 2 * PADDING_X
    assert share == pytest.approx(sum(c.width for c in plain))  # taken from "Działanie", not added
    assert (columns == plain) is as_before  # a plan of usual size prints as before
