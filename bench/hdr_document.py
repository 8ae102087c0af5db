"""Document speed: the HDR of a gmina with 120 activities over 24 months, against ReportLab's floor.

    python bench/hdr_document.py [--runs 7] [--keep out.pdf]

The document is built the way 'Zapisz jako PDF…' builds it, with the store (a temporary file) already open:
read through the services, laid out (title page, goals, the landscape table, the Gantt chart split by rows and
time, budget, ORE form, changes since approval, signatures) and written to a file. The floor is the one of
bench/documents.py: ReportLab writing the same number of pages of plain DejaVu text. Both run in this process
after one warm-up, alternately, and the medians are compared.
Target: the document's median is at most 1 s and at most 3.0 × the floor's median.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import shutil
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 3.0
TARGET_SECONDS = 1.0
ACTIVITIES = 120
START, END = dt.date(2026, 9, 1), dt.date(2028, 8, 31)  # 24 months
FORMS = ("szkolenie", "warsztat", "doradztwo", "wizyta_studyjna", "siec_wspolpracy", "superwizja", "konsultacje",
         "zmiana_procedury", "inna")  # fmt: skip
FINANCING = ("budzet_jst", "fundusz_doskonalenia", "fundusze_ue", "inne")


def _documents_bench():
    """bench/documents.py, whose floor this bench shares (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_documents", ROOT / "bench" / "documents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_store(path: Path) -> tuple[int, int]:
    """A gmina with three goals, six people, six schools and an approved HDR of 120 activities, later changed."""
    from tests.hdr_support import add_goal, add_person
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.db.models import School
    from wsparcie_desktop.services import hdr, jst, processes
    from wsparcie_desktop.services.hdr import ActivityData, HdrData, PartnerData
    from wsparcie_desktop.services.hdr_baseline import approve_hdr

    db = open_store(path, backup=False)
    jst_id = jst.create_jst(db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052", voivodeship="mazowieckie",
                            city="Zalesie").id  # fmt: skip
    process_id = processes.save_process(db, jst_id, processes.ProcessData(name="Proces", started_on=START)).id
    goals = [add_goal(db, process_id, f"Cel rozwojowy {n + 1}: lepsze wspomaganie szkół w gminie",
                      indicators=(f"Odsetek nauczycieli objętych wspomaganiem ({n + 1})", "Liczba sieci"))
             for n in range(3)]  # fmt: skip
    people = [add_person(db, jst_id, f"Osoba Odpowiedzialna {n + 1}", "naczelnik_oswiaty", "Inspektor ds. oświaty")
              for n in range(6)]  # fmt: skip
    with db.transaction() as s:
        schools = []
        for n in range(6):
            school = School(jst_id=jst_id, name=f"Szkoła Podstawowa nr {n + 1} im. Marii Konopnickiej w Zalesiu")
            s.add(school)
            s.flush()
            schools.append(school.id)
    wojt = add_person(db, jst_id, "Andrzej Kowalczyk", "decydent", "Wójt Gminy Zalesie")
    hdr_id = hdr.save_hdr(
        db,
        process_id,
        HdrData(
            START,
            END,
            ore_form_code="dobra_praktyka",
            ore_form_due_on=dt.date(2028, 6, 30),
            ore_form_responsible_id=wojt,
        ),
    ).id
    span = (END - START).days
    for n in range(ACTIVITIES):
        start = START + dt.timedelta(days=(n * 37) % (span - 120))
        goal_id, indicators = goals[n % 3]
        financing = FINANCING[n % len(FINANCING)]
        hdr.save_activity(db, hdr_id, ActivityData(
            name=f"Działanie rozwojowe nr {n + 1}: warsztaty i konsultacje dla zespołów nauczycieli",
            description="Spotkania w szkołach, obserwacje zajęć i omówienie wniosków z dyrektorami.",
            form=FORMS[n % len(FORMS)], starts_on=start, ends_on=start + dt.timedelta(days=20 + n % 90),
            responsible_id=people[n % 6], cost=Decimal(1500 + 25 * n), financing=financing,
            expected_result="Nauczyciele stosują omówione rozwiązania; wnioski zapisane w raporcie.",
            is_milestone=n % 10 == 9, goal_ids=[goal_id], indicator_ids=indicators[:1],
            partners=[PartnerData("school", schools[n % 6], ""), PartnerData("ppp", None, "PPP w Węgrowie")],
        ))  # fmt: skip
    approve_hdr(db, process_id, "Andrzej Kowalczyk, Wójt Gminy Zalesie", START - dt.timedelta(days=7))
    for activity in hdr.list_activities(db, hdr_id)[::15]:
        hdr.shift_activity(db, activity.id, 14)
    db.close()
    return jst_id, process_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="also copy the HDR document here, to look at it")
    args = parser.parse_args()
    documents = _documents_bench()
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.reports import build_document

    with tempfile.TemporaryDirectory(prefix="wsparcie-bench-") as folder:
        folder_path = Path(folder)
        store = folder_path / "bench.sqlite"
        jst_id, process_id = make_store(store)
        db = open_store(store, backup=False)
        doc_pdf, floor_pdf = folder_path / "hdr.pdf", folder_path / "floor.pdf"

        def build() -> None:
            build_document("hdr", db, jst_id, doc_pdf, process_id=process_id)

        try:
            build()  # warm-up: imports, fonts
            pages = documents.page_count(doc_pdf)
            floor_pages = documents.floor(pages, floor_pdf)
            document_times, floor_times = [], []
            for _ in range(args.runs):
                start = time.perf_counter()
                build()
                document_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                documents.floor(pages, floor_pdf)
                floor_times.append(time.perf_counter() - start)
            if args.keep:
                shutil.copy(doc_pdf, args.keep)
        finally:
            db.close()
    document_median = statistics.median(document_times)
    floor_median = statistics.median(floor_times)
    ratio = document_median / floor_median
    ok = ratio <= TARGET_RATIO and document_median <= TARGET_SECONDS
    print(f"HDR, {ACTIVITIES} activities over 24 months, {pages} pages: median {document_median * 1000:.0f} ms")
    print(f"Floor, ReportLab plain text, {floor_pages} pages:      median {floor_median * 1000:.0f} ms")
    print(f"Ratio: {ratio:.2f}× (target ≤ {TARGET_RATIO:.1f}× and ≤ {TARGET_SECONDS:.0f} s) — "
          f"{'OK' if ok else 'TOO SLOW'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
