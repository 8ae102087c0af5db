"""The list of documents the program can print, shared by the GUI, the command line and later features.

A document is registered with an id, its Polish title, its orientation and a build function
``build(db, jst_id, out_path, **options) -> Path``. The documents shipped with the program live in the
modules named in ``DOCUMENT_MODULES``; a new feature adds its module there and registers with
:func:`document`. Modules are imported on first use, so importing the registry stays cheap and free of cycles.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from wsparcie_desktop.errors import DomainError

DocumentOrientation = Literal["portrait", "landscape", "mixed"]
BuildFunction = Callable[..., Path]

DOCUMENT_MODULES = (
    "wsparcie_desktop.reports.jst_card",
    "wsparcie_desktop.reports.schools_list",
    "wsparcie_desktop.reports.area_choice",
    "wsparcie_desktop.reports.data_plan",
    "wsparcie_desktop.reports.diagnosis_report",
    "wsparcie_desktop.reports.hdr_document",
)


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


_documents: dict[str, DocumentSpec] = {}
_lock = threading.Lock()
_loaded = False


def register(spec: DocumentSpec) -> DocumentSpec:
    if spec.id in _documents and _documents[spec.id].build is not spec.build:
        raise ValueError(f"document id {spec.id!r} is registered twice")
    _documents[spec.id] = spec
    return spec


def document(
    id: str, title: str, orientation: DocumentOrientation, description: str = ""
) -> Callable[[BuildFunction], BuildFunction]:
    """Decorator registering a build function: ``@document("wykaz-szkol", "Wykaz szkół i placówek", "landscape")``."""

    def decorate(build: BuildFunction) -> BuildFunction:
        register(DocumentSpec(id, title, orientation, build, description))
        return build

    return decorate


def _load() -> None:
    global _loaded
    if _loaded:
        return
    with _lock:
        if not _loaded:
            for name in DOCUMENT_MODULES:
                importlib.import_module(name)
            _loaded = True


def list_documents() -> list[DocumentSpec]:
    """Every registered document, in the order of DOCUMENT_MODULES."""
    _load()
    return list(_documents.values())


def get_document(document_id: str) -> DocumentSpec:
    _load()
    try:
        return _documents[document_id]
    except KeyError:
        known = ", ".join(_documents)
        raise DomainError(f"Nie ma dokumentu „{document_id}”. Dostępne dokumenty: {known}.") from None


def build_document(document_id: str, db: Any, jst_id: int, out_path: str | os.PathLike[str], **options: Any) -> Path:
    """Write the document for the JST to ``out_path``; DomainError (Polish) on any failure a user can act on."""
    return get_document(document_id).build(db, jst_id, Path(out_path), **options)
