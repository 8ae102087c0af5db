"""The list of documents the program can print, shared by the GUI, the command line and later features.

What a menu needs (id, Polish title, orientation, description) is written here in ``CATALOGUE``, so that
listing documents imports neither ReportLab nor any document module: the main window's Documents menu is
built at start-up, and the program must start quickly. The module named for a document is imported on its
first build; it registers its build function ``build(db, jst_id, out_path, **options) -> Path`` with
:func:`document`, which checks that it agrees with the catalogue. A new feature adds one entry here and
decorates its build function.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from wsparcie_desktop.collector import collections_paused
from wsparcie_desktop.errors import DomainError

DocumentOrientation = Literal["portrait", "landscape", "mixed"]
BuildFunction = Callable[..., Path]


@dataclass(frozen=True)
class CatalogueEntry:
    id: str
    title: str  # Polish, as shown in menus and on the command line
    orientation: DocumentOrientation
    module: str
    description: str  # one Polish sentence: what the document is for


CATALOGUE = (
    CatalogueEntry("karta-samorzadu", "Karta samorządu", "portrait", "wsparcie_desktop.reports.jst_card",
                   "Dane samorządu, jego zespół oświatowy i team doradczy."),
    CatalogueEntry("wykaz-szkol", "Wykaz szkół i placówek", "landscape", "wsparcie_desktop.reports.schools_list",
                   "Tabela szkół i placówek samorządu z liczbą uczniów i etatów nauczycieli."),
    CatalogueEntry("diagnoza-wstepna", "Diagnoza wstępna – wybór obszaru", "portrait",
                   "wsparcie_desktop.reports.area_choice",
                   "Wyniki arkusza diagnostycznego: ranking 12 obszarów z wykresem, wybrany obszar i uzasadnienie "
                   "wyboru."),
    CatalogueEntry("plan-zbierania-danych", "Plan zbierania danych", "landscape", "wsparcie_desktop.reports.data_plan",
                   "Zadania zbierania danych w wybranym obszarze, z terminami i ustaleniami; zadania po terminie są "
                   "wyróżnione słownie."),
    CatalogueEntry("diagnoza-poglebiona", "Raport z diagnozy pogłębionej", "landscape",
                   "wsparcie_desktop.reports.diagnosis_report",
                   "Uczestnicy, stan obecny i docelowy, drzewo przyczyn jako rysunek, luki, priorytety z ocenami oraz "
                   "cele ze wskaźnikami — do podpisu."),
    CatalogueEntry("hdr", "Harmonogram działań rozwojowych", "mixed", "wsparcie_desktop.reports.hdr_document",
                   "HDR dla rady i ORE: cele, działania, wykres Gantta, budżet, raport dla ORE i zatwierdzenie."),
    CatalogueEntry("informacja-oswiatowa", "Informacja o stanie realizacji zadań oświatowych", "portrait",
                   "wsparcie_desktop.reports.education_report",
                   "Informacja dla rady o stanie realizacji zadań oświatowych w roku szkolnym (art. 11 ust. 7 Prawa "
                   "oświatowego): sieć szkół, uczniowie, nauczyciele, wyniki egzaminów z porównaniem, nadzór, dowóz, "
                   "finanse, doskonalenie nauczycieli i wnioski."),
    CatalogueEntry("lista-obecnosci", "Lista obecności", "portrait", "wsparcie_desktop.reports.meeting_docs",
                   "Lista obecności spotkania do podpisu: osobna strona na każdy dzień, z nagłówkiem spotkania i "
                   "kolumną na podpis."),
    CatalogueEntry("protokol-spotkania", "Protokół spotkania", "portrait", "wsparcie_desktop.reports.meeting_docs",
                   "Protokół spotkania: obecność w każdym dniu, przebieg według programu, decyzje i uzgodnione "
                   "zadania, z podpisami."),
    CatalogueEntry("zasady-wspolpracy", "Zasady współpracy", "portrait", "wsparcie_desktop.reports.charter_doc",
                   "Zasady współpracy zespołu w uzgodnionym brzmieniu, z datą uzgodnienia, zmianami wprowadzonymi "
                   "później i miejscem na podpisy zespołu."),
    CatalogueEntry("kodeks-etyczny", "Kodeks etyczny", "portrait", "wsparcie_desktop.reports.charter_doc",
                   "Kodeks etyczny zespołu w uzgodnionym brzmieniu, z datą uzgodnienia, zmianami wprowadzonymi "
                   "później i miejscem na podpisy zespołu."),
    CatalogueEntry("rejestr-doradztwa-zdalnego", "Rejestr doradztwa zdalnego", "landscape",
                   "wsparcie_desktop.reports.remote_advice_log",
                   "Wpisy doradztwa zdalnego z sumami miesięcznymi na doradcę na tle limitu i podsumowaniem według "
                   "etapów — do załączenia do sprawozdania."),
    CatalogueEntry("roczny-plan-wspomagania", "Roczny plan wspomagania", "portrait",
                   "wsparcie_desktop.reports.support_documents",
                   "RPW szkoły: diagnoza, cele, wskaźniki, harmonogram działań i zatwierdzenie przez dyrektora."),
    CatalogueEntry("raport-ewaluacji-wspomagania", "Raport z ewaluacji wspomagania", "portrait",
                   "wsparcie_desktop.reports.support_documents",
                   "Przebieg wspomagania szkoły, ewaluacja, wnioski i rekomendacje."),
    CatalogueEntry("wspomaganie-zestawienie", "Wspomaganie szkół — zestawienie", "landscape",
                   "wsparcie_desktop.reports.support_documents",
                   "Szkoły samorządu z realizatorem, etapem, liczbą miesięcy do końca i kosztem wspomagania."),
    CatalogueEntry("plan-pracy-sieci", "Plan pracy sieci", "portrait", "wsparcie_desktop.reports.network_plan",
                   "Cele, spotkania i członkowie sieci współpracy oraz podsumowanie roku z frekwencją."),
    CatalogueEntry("plan-dofinansowania-doskonalenia", "Plan dofinansowania doskonalenia zawodowego nauczycieli",
                   "portrait", "wsparcie_desktop.reports.fund_plan",
                   "Wyliczenie funduszu (art. 70a KN), przydziały, opinia związków zawodowych i podpisy."),
    CatalogueEntry("monitorowanie-hdr", "Monitorowanie realizacji HDR", "mixed",
                   "wsparcie_desktop.reports.monitoring_report",
                   "Stan realizacji HDR na wybrany dzień dla wójta i rady: działania, zmiany od zatwierdzenia, koszty, "
                   "wskaźniki z wykresami, luki w logice zmiany, wnioski i podpisy."),
    CatalogueEntry("raport-ore", "Raport dla Ośrodka Rozwoju Edukacji", "portrait",
                   "wsparcie_desktop.reports.ore_report",
                   "Raport w formie zaplanowanej w HDR (opis dobrej praktyki, studium refleksji albo minireportaż), "
                   "sekcja po sekcji, gotowy do wysłania do ORE."),
    CatalogueEntry("logika-zmiany", "Logika zmiany", "landscape", "wsparcie_desktop.reports.change_logic",
                   "Łańcuch od danych do rezultatu w wybranym obszarze: zadania, stan obecny, przyczyny, luki, cele, "
                   "wskaźniki i działania."),
)  # fmt: skip
DOCUMENT_MODULES = tuple(entry.module for entry in CATALOGUE)


@dataclass(frozen=True)
class DocumentSpec:
    id: str
    title: str  # Polish, as shown in menus and on the command line
    orientation: DocumentOrientation
    build: BuildFunction
    description: str = ""  # one Polish sentence: what the document is for

    def file_name(self) -> str:
        """A sensible default name for 'Zapisz jako PDF…': 'wykaz-szkol.pdf'."""
        return f"{self.id}.pdf"


_builders: dict[str, BuildFunction] = {}
_lock = threading.Lock()


def document(
    id: str, title: str, orientation: DocumentOrientation, description: str = ""
) -> Callable[[BuildFunction], BuildFunction]:
    """Decorator registering a build function: ``@document("wykaz-szkol", "Wykaz szkół i placówek", "landscape")``."""

    def decorate(build: BuildFunction) -> BuildFunction:
        entry = _entry(id)
        if (entry.title, entry.orientation) != (title, orientation):
            raise ValueError(f"document {id!r} disagrees with CATALOGUE in registry.py")
        if id in _builders and _builders[id] is not build:
            raise ValueError(f"document id {id!r} is registered twice")
        _builders[id] = build
        return build

    return decorate


def _entry(document_id: str) -> CatalogueEntry:
    for entry in CATALOGUE:
        if entry.id == document_id:
            return entry
    known = ", ".join(entry.id for entry in CATALOGUE)
    raise DomainError(f"Nie ma dokumentu „{document_id}”. Dostępne dokumenty: {known}.")


def _builder(entry: CatalogueEntry) -> BuildFunction:
    if entry.id not in _builders:
        with _lock:
            importlib.import_module(entry.module)
    return _builders[entry.id]


def _spec(entry: CatalogueEntry) -> DocumentSpec:
    def build(db: Any, jst_id: int, out_path: str | os.PathLike[str], **options: Any) -> Path:
        # reading the data and laying it out make objects that live until the file is written (a large HDR's
        # activities, rows and lines): the collector's passes over them found nothing and took a tenth of its time
        with collections_paused():
            return _builder(entry)(db, jst_id, Path(out_path), **options)

    return DocumentSpec(entry.id, entry.title, entry.orientation, build, entry.description)


def list_documents() -> list[DocumentSpec]:
    """Every document, in the order of CATALOGUE; imports no document module."""
    return [_spec(entry) for entry in CATALOGUE]


def get_document(document_id: str) -> DocumentSpec:
    return _spec(_entry(document_id))


def build_document(document_id: str, db: Any, jst_id: int, out_path: str | os.PathLike[str], **options: Any) -> Path:
    """Write the document for the JST to ``out_path``; DomainError (Polish) on any failure a user can act on."""
    return get_document(document_id).build(db, jst_id, Path(out_path), **options)
