"""A JST with three schools and a process, for the tests of school support, networks and the fund."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wsparcie_desktop.services import processes, schools
from wsparcie_desktop.services.processes import ProcessData
from wsparcie_desktop.services.schools import SchoolData

D = dt.date


@dataclass
class Gmina:
    jst_id: int
    school_ids: list[int]
    process_id: int


def make_gmina(db, jst_id: int) -> Gmina:
    ids = [
        schools.save_school(db, jst_id, SchoolData(name=name, school_type="szkola_podstawowa", city="Zalesie")).id
        for name in ("Szkoła Podstawowa w Zalesiu", "Szkoła Podstawowa w Borowinie", "Przedszkole „Leśna Polana”")
    ]
    process_id = processes.save_process(db, jst_id, ProcessData("Proces 2026/2027", D(2026, 3, 2))).id
    return Gmina(jst_id, ids, process_id)
