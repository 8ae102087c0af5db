"""A CKE results file of the test gmina Lipno (TERYT 0201022, written as 201022 as Excel leaves it)."""

from __future__ import annotations

from wsparcie_desktop.importers.cke_sample import SampleSchool, write_cke_xlsx
from wsparcie_desktop.services import jst, schools
from wsparcie_desktop.services.schools import SchoolData

TERYT = "0201022"


def lipno(db) -> int:
    """The gmina with three primary schools and a kindergarten in its register."""
    jst_id = jst.create_jst(db, "Gmina Lipno", "gmina_wiejska", teryt=TERYT, voivodeship="dolnośląskie").id
    for rspo, name, kind in (("31001", "Szkoła Podstawowa w Lipnie", "szkola_podstawowa"),
                             ("31002", "Szkoła Podstawowa w Brzozie", "szkola_podstawowa"),
                             ("31003", "Szkoła Podstawowa w Jaworze", "szkola_podstawowa"),
                             ("31009", "Przedszkole w Lipnie", "przedszkole")):  # fmt: skip
        schools.save_school(db, jst_id, SchoolData(name=name, school_type=kind, rspo=rspo))
    return jst_id


def e8_file(tmp_path, name="e8.xlsx", **options):
    rows = [
        SampleSchool(31001, "SP w Lipnie", 201022, commune="Lipno", city="Lipno",
                     results={"język polski": [48, 61.5, 18.2, 62.0, 66.0], "matematyka": [48, 52.25, 24.1, 50, 44],
                              "język angielski": [47, 70.1, 20.0, 72, 90]}),
        # fewer than 5 pupils wrote the English exam: the CKE publishes no mean
        SampleSchool(31002, "SP w Brzozie", 201022, commune="Lipno", city="Brzoza",
                     results={"język polski": [12, 55.0, 15.0, 54, 50], "matematyka": [12, 40.0, 20.0, 38, 30],
                              "język angielski": [3, None, None, None, None]}),
        # a school of the gmina missing from the register
        SampleSchool(31077, "SP Niepubliczna w Lipnie", 201022, commune="Lipno", city="Lipno",
                     results={"język polski": [9, 50.0, 10.0, 50, 50]}),
        # another gmina's school
        SampleSchool(45100, "SP w Innej Gminie", 201032, commune="Inna", city="Inna",
                     results={"język polski": [30, 66.0, 12.0, 66, 70]}),
    ]  # fmt: skip
    return write_cke_xlsx(tmp_path / name, rows, **options)
