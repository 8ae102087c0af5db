"""Every document of the demo gmina prints in the shipped fonts only, with its Polish letters intact."""

from __future__ import annotations

import pytest

from tests.unit.reports_pdf import fonts_used, needs_poppler, text
from wsparcie_desktop.reports import build_document, list_documents
from wsparcie_desktop.reports.registry import CATALOGUE


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, template_db):
    import shutil

    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copy(template_db, path)
    db = open_store(path)
    demo = build_demo(db)
    yield db, demo
    db.close()


@needs_poppler
@pytest.mark.parametrize("document_id", [entry.id for entry in CATALOGUE])
def test_demo_document_uses_only_dejavu_and_keeps_polish_letters(demo_store, tmp_path, document_id):
    db, demo = demo_store
    pdf = build_document(document_id, db, demo.jst_id, tmp_path / f"{document_id}.pdf")
    used = fonts_used(pdf)
    assert used and all("DejaVuSans" in name for name in used), used
    content = text(pdf)
    spec = next(s for s in list_documents() if s.id == document_id)
    assert spec.title.split(" – ")[0] in " ".join(content.split())
    assert "Gmina Zalesie" in content
    assert "Strona 1 z" in content
    assert "\ufffd" not in content and "■" not in content
    assert any(letter in content for letter in "ąęłńśźż")


@pytest.mark.parametrize("document_id", [entry.id for entry in CATALOGUE])
def test_no_page_of_a_demo_document_holds_only_a_signature_block(demo_store, tmp_path, monkeypatch, document_id):
    from wsparcie_desktop.reports.engine import Document

    db, demo = demo_store
    laid_out: list[Document] = []
    to_bytes = Document.to_bytes

    def spy(self):
        pdf = to_bytes(self)
        laid_out.append(self)
        return pdf

    monkeypatch.setattr(Document, "to_bytes", spy)
    build_document(document_id, db, demo.jst_id, tmp_path / f"{document_id}.pdf")
    assert laid_out, "the document was not laid out by the engine"
    assert [doc.signature_only_pages for doc in laid_out] == [[] for _ in laid_out]
