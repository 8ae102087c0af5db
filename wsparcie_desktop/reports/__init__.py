"""Documents: one engine (:mod:`.engine`) and a registry of what can be printed (:mod:`.registry`).

Input is plain data (:mod:`.data`), output is a PDF; nothing here knows about Qt.
"""

from __future__ import annotations

from wsparcie_desktop.reports.registry import DocumentSpec, build_document, document, get_document, list_documents

__all__ = ["DocumentSpec", "build_document", "document", "get_document", "list_documents"]
