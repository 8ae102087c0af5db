"""The description of an area and its three lists, shown beside the statements while the team rates them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from wsparcie_desktop.services.area_choice import AreaInfo


def tr(text: str) -> str:
    return QCoreApplication.translate("AreaPanel", text)


def area_html(area: AreaInfo) -> str:
    def items(values: tuple[str, ...]) -> str:
        return "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ul>"

    return (
        f"<h3>{escape(area.title)}</h3>"
        f"<p>{escape(area.description)}</p>"
        f"<h4>{escape(tr('Tasks of the local government'))}</h4>{items(area.tasks_for_jst)}"
        f"<h4>{escape(tr('Management tools and solutions'))}</h4>{items(area.management_tools)}"
        f"<h4>{escape(tr('Tools supporting the development of the organisation’s people'))}</h4>"
        f"{items(area.people_tools)}"
    )


class AreaPanel(QTextBrowser):
    """Read-only, scrollable, and out of the Tab order so the keyboard stays on the sheet."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("area_panel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setOpenLinks(False)
        self.setStyleSheet("QTextBrowser { background: #fbfaf6; padding: 6px; }")

    def show_area(self, area: AreaInfo | None) -> None:
        self.setHtml(area_html(area) if area else "")
        self.verticalScrollBar().setValue(0)
