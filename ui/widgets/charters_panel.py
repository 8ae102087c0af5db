"""The co-operation rules and the code of ethics of the process, side by side: the text as the team edits it,
whether and when it was agreed, what changed since, and its one-page document with signature lines.

Changing an agreed text needs the box "I am changing the agreed text" ticked: the store refuses it otherwise,
so an agreed text is never changed by a stray keystroke. The agreed version stays as it was.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.dialogs.meeting_dialogs import AgreeDialog
from ui.widgets.forms import ErrorLine
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services import charters
from wsparcie_desktop.services.charters import CharterData

DOCUMENTS = {"rules": "zasady-wspolpracy", "ethics": "kodeks-etyczny"}


class CharterBox(QGroupBox):
    def __init__(self, section, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.section, self.ctx, self.kind = section, section.ctx, kind
        self.charter: CharterData | None = None
        self.setObjectName(f"charter_{kind}")
        self.setTitle(self.tr("Rules of co-operation") if kind == "rules" else self.tr("Code of ethics"))
        self.text = QPlainTextEdit()
        self.text.setObjectName(f"charter_{kind}_text")
        self.text.setTabChangesFocus(True)
        self.state = QLabel()
        self.state.setObjectName(f"charter_{kind}_state")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.change_agreed = QCheckBox(self.tr("I am changing the agreed text"))
        self.change_agreed.setToolTip(self.tr("The agreed version is kept and the changes are shown until the text "
                                              "is agreed again."))  # fmt: skip
        self.change_agreed.setObjectName(f"charter_{kind}_change_agreed")
        self.error = ErrorLine(f"charter_{kind}_error")
        self.save_button = QPushButton(self.tr("Save the text"))
        self.save_button.setObjectName(f"charter_{kind}_save")
        self.save_button.clicked.connect(self.save)
        self.agree_button = QPushButton(self.tr("Record as agreed…"))
        self.agree_button.setObjectName(f"charter_{kind}_agree")
        self.agree_button.clicked.connect(self.agree)
        self.output = DocumentOutput(self.ctx.db, DOCUMENTS[kind], lambda: self.section.jst_id, self,
                                     options=lambda: {"process_id": self.section.process_id})  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.agree_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.change_agreed)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(DocumentOutputBar(self.output, self))

    def load(self, process_id: int) -> None:
        self.charter = charters.get_charter(self.ctx.db, process_id, self.kind)
        self.text.setPlainText(self.charter.text)
        self.change_agreed.setChecked(False)
        self.error.clear_errors()
        agreed = self.charter.agreed
        if agreed is None:
            state = self.tr("Not agreed yet (the text starts from the template).")
        else:
            where = f" — {escape(agreed.meeting_title)}" if agreed.meeting_title else ""
            state = "<b>" + self.tr("Agreed on %1").replace("%1", format_date_short(agreed.agreed_on)) + "</b>" + where
        self.change_agreed.setVisible(agreed is not None)
        if self.charter.changed_since_agreed:
            lines = "".join(
                f"<br>{'+' if sign == '+' else '−'} {escape(line)}" for sign, line in self.charter.changes()
            )
            state += "<br><b style='color:#9a0007'>" + self.tr("Changed since it was agreed (not agreed yet):") + \
                "</b>" + lines  # fmt: skip
        self.state.setText(state)

    def save(self) -> object:
        c = self.charter
        result = self.ctx.run(self, charters.save_charter, self.section.process_id, self.kind, self.text.toPlainText(),
                              c.version if c else None, self.change_agreed.isChecked(), form=self.error)  # fmt: skip
        if result is not FAILED:
            self.load(self.section.process_id)
        return result

    def agree(self) -> AgreeDialog | None:
        if self.charter is None:
            return None
        if self.text.toPlainText().strip() != self.charter.text.strip() and self.save() is FAILED:
            return None
        dialog = AgreeDialog(self.ctx, self.section.process_id, self.charter, self)
        dialog.accepted.connect(lambda: self.load(self.section.process_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class ChartersPanel(QWidget):
    def __init__(self, section, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes = {kind: CharterBox(section, kind, self) for kind in ("rules", "ethics")}
        layout = QVBoxLayout(self)  # one under the other: each keeps the whole width, on a projector too
        for box in self.boxes.values():
            box.text.setMinimumHeight(box.text.fontMetrics().lineSpacing() * 9)
            layout.addWidget(box, 1)

    def load(self, process_id: int) -> None:
        for box in self.boxes.values():
            box.load(process_id)
