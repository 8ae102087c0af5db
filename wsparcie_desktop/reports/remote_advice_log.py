"""'Rejestr doradztwa zdalnego': the entries of the log and their monthly sums per advisor, for a report to ORE.

Months over the allowance and months without advice are marked in words ("PONAD LIMIT", "brak"), since the
register is printed in black and white. The allowance printed is the setting in force when it is printed.
"""

from __future__ import annotations

from pathlib import Path

from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, print_options
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.reports.text import join_lines
from wsparcie_desktop.services.remote_advice import AdviceLog, minutes_text

DOCUMENT_ID, TITLE = "rejestr-doradztwa-zdalnego", "Rejestr doradztwa zdalnego"


def _month_mark(used: int, allowance: int, empty: bool) -> str | Markup:
    if used > allowance:
        return Markup.build("<b>PONAD LIMIT</b> (+{m})", m=minutes_text(used - allowance))
    if empty:
        return "brak doradztwa"
    return "w limicie"


def render(info: JstInfo, log: AdviceLog, options: PrintOptions) -> Document:
    doc = Document(TITLE, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation="landscape",
                   subject=f"{TITLE}: {info.name}")  # fmt: skip
    doc.place_and_date(options.place, options.date)
    period = ""
    if log.first_month and log.last_month:
        from wsparcie_desktop.services.remote_advice import month_text

        period = f"Okres: {month_text(*log.first_month)} – {month_text(*log.last_month)}"
    doc.title_block([f"Proces doradczy: {log.process_name}", period,
                     f"Limit: {minutes_text(log.allowance)} na doradcę w miesiącu"])  # fmt: skip
    total = sum(e.minutes for e in log.entries)
    doc.heading("1. Wpisy")
    # A line between the heading and the table: a heading keeps with the next part, and a whole table
    # kept with it would leave the first page empty.
    doc.paragraph(f"Wpisów: {len(log.entries)}, łącznie {minutes_text(total)}.")
    rows = [[f"{n}.", format_date_short(e.held_on), e.advisor_name or "—", str(e.minutes), e.channel_label, e.topic,
             join_lines([e.notes, f"Ustalenia: {e.agreed}" if e.agreed else ""]) or "—"]
            for n, e in enumerate(log.entries, start=1)]  # fmt: skip
    doc.table([Column("Lp.", 0.4, "right"), Column("Data", 0.85), Column("Doradca", 1.5), Column("Minuty", 0.6, "right"),
               Column("Forma", 1.05), Column("Temat", 2.2), Column("Uwagi i ustalenia", 3.0)], rows,
              totals=["", "", "Razem", str(total), "", "", ""],
              empty_text="Nie wpisano jeszcze doradztwa zdalnego.")  # fmt: skip

    doc.heading("2. Sumy miesięczne na doradcę")
    doc.paragraph(f"Minuty doradztwa w każdym miesiącu procesu na tle limitu {minutes_text(log.allowance)}.")
    advisors = list(dict.fromkeys(m.advisor_name for m in log.months))
    by_key = {(m.advisor_name, m.year, m.month): m for m in log.months}
    months = list(dict.fromkeys((m.year, m.month, m.label) for m in log.months))
    columns = [Column("Miesiąc", 1.4)]
    for name in advisors:
        columns += [Column(f"{name}: minuty", 1.1, "right"), Column("ocena", 1.3)]
    rows = []
    for year, month, label in months:
        row: list = [label]
        for name in advisors:
            m = by_key[(name, year, month)]
            row += [str(m.used), _month_mark(m.used, m.allowance, m.empty)]
        rows.append(row)
    totals: list = ["Razem (limit)"]
    for name in advisors:
        own = [m for m in log.months if m.advisor_name == name]
        totals += [f"{sum(m.used for m in own)} ({sum(m.allowance for m in own)})", ""]
    doc.table(columns, rows, totals=totals, empty_text="Brak miesięcy do pokazania.")

    doc.heading("3. Według etapów procesu")
    rows = [[s.name, s.advisor_name, str(s.months), str(s.used), str(s.allowance),
             Markup.build("<b>PONAD LIMIT</b>") if s.over else "w limicie"] for s in log.stages]  # fmt: skip
    doc.table([Column("Etap", 2.4), Column("Doradca", 1.8), Column("Miesiące", 0.8, "right"),
               Column("Minuty", 0.8, "right"), Column("Limit", 0.8, "right"), Column("Ocena", 1.2)], rows,
              empty_text="Brak danych.")  # fmt: skip
    doc.note("Miesiąc bez doradztwa jest oznaczany dopiero po jego zakończeniu. Wpis liczy się w etapie, w którym "
             "odbyło się doradztwo; limit miesiąca — w etapie, w którym miesiąc się kończy.")  # fmt: skip
    doc.signatures([
        Signature("Sporządził(a)", options.prepared_by.name, options.prepared_by.position),
        Signature("Doradcy", ", ".join(advisors)),
    ])  # fmt: skip
    return doc


@document(DOCUMENT_ID, TITLE, "landscape", "Wpisy doradztwa zdalnego z sumami miesięcznymi na doradcę na tle limitu "
          "i podsumowaniem według etapów — do załączenia do sprawozdania.")  # fmt: skip
def build(db, jst_id: int, out_path: str | Path, **options: object) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.reports.meeting_docs import process_of
    from wsparcie_desktop.services.remote_advice import advice_log

    process_id = process_of(db, jst_id, options.pop("process_id", None))
    info = load_jst(db, jst_id)
    settings = print_options(info.city, default_signatures(info), **options)
    return render(info, advice_log(db, process_id, today=settings.date), settings).write(out_path)
