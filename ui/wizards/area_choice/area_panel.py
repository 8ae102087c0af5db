"""The description of an area and its three lists, shown beside the statements while the team rates them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from wsparcie_desktop.services.area_choice import AreaInfo


def area_html(area: AreaInfo) -> str:
    def items(values: tuple[str, ...]) -> str:
        return "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ul>"

    translate = QCoreApplication.translate
    lists = (
        (translate("AreaPanel", "Tasks of the local government"), area.tasks_for_jst),
        (translate("AreaPanel", "Management tools and solutions"), area.management_tools),
        (translate("AreaPanel", "Tools supporting the development of the organisation’s people"), area.people_tools),
    )
    html = f"<h3>{escape(area.title)}</h3><p>{escape(area.description)}</p>"
    return html + "".join(f"<h4>{escape(title)}</h4>{items(values)}" for title, values in lists)


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
