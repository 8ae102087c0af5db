"""Add or edit a school; each error appears under the field it is about, and nothing is stored until it is right."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.widgets.stale_edit import show_stale, unsaved_values
from wsparcie_desktop.changes import Change
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services import schools
from wsparcie_desktop.services.schools import SchoolData

TEXT_FIELDS = ("name", "rspo", "regon", "street", "building_no", "postal_code", "city", "director")


class SchoolDialog(FormDialog):
    def __init__(self, ctx: AppContext, jst_id: int, school: SchoolData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, min_width=720)
        self.setWindowTitle(self.tr("Edit school") if school else self.tr("Add school"))
        self.jst_id = jst_id
        self.school = school or SchoolData()
        self.labels: dict[str, str] = {}

        def add(name: str, label: str, widget: QWidget) -> QWidget:
            self.labels[name] = label
            return self.form.add_field(name, label, widget)

        self.name = add("name", self.tr("Name:"), QLineEdit())
        self.school_type = add("school_type", self.tr("Type:"), QComboBox())
        for code, label in schools.type_options():
            self.school_type.addItem(label, code)
        self.rspo = add("rspo", self.tr("RSPO number:"), QLineEdit())
        self.rspo.setPlaceholderText(self.tr("e.g. 21458 — from the registry of schools (rspo.gov.pl)"))
        self.regon = add("regon", self.tr("REGON:"), QLineEdit())
        self.regon.setPlaceholderText(self.tr("9 or 14 digits"))
        self.street = add("street", self.tr("Street:"), QLineEdit())
        self.street.setPlaceholderText(self.tr("leave empty in a village without streets"))
        self.building_no = add("building_no", self.tr("Building number:"), QLineEdit())
        self.postal_code = add("postal_code", self.tr("Postal code:"), QLineEdit())
        self.postal_code.setPlaceholderText("00-000")
        self.city = add("city", self.tr("Town or village:"), QLineEdit())
        self.director = add("director", self.tr("Director:"), QLineEdit())
        self.pupils = add("pupils", self.tr("Number of pupils:"), QLineEdit())
        self.pupils.setPlaceholderText(self.tr("e.g. 245"))
        self.teachers_fte = add("teachers_fte", self.tr("Teachers (full-time posts):"), QLineEdit())
        self.teachers_fte.setPlaceholderText(self.tr("e.g. 18,5 — posts, not people"))
        self.is_public = add("is_public", "", QCheckBox(self.tr("&Public school or kindergarten")))
        self.labels["is_public"] = self.is_public.text()
        self.notes = add("notes", self.tr("Notes:"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)

        for name in (*TEXT_FIELDS, "school_type", "pupils", "teachers_fte", "is_public", "notes"):
            getattr(self, name).setObjectName(f"school_{name}")
        self.fill(self.school)

        # The form scrolls inside the dialog (it is taller than a laptop's screen), the buttons stay under it.
        self.body.removeWidget(self.form.general_error)
        self.body.removeItem(self.form)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.addWidget(self.form.general_error)
        inner.addLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body.addWidget(scroll, 1)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("school_save")
        self.finish()
        self._fit_to_screen(holder)
        self.name.setFocus()

    def fill(self, school: SchoolData) -> None:
        self.school = school
        for name in TEXT_FIELDS:
            getattr(self, name).setText(getattr(school, name))
        self.school_type.setCurrentIndex(max(0, self.school_type.findData(school.school_type)))
        self.pupils.setText("" if school.pupils in (None, "") else str(school.pupils))
        fte = school.teachers_fte
        self.teachers_fte.setText("" if fte in (None, "") else format_number(schools.parse_fte(fte), 2))
        self.is_public.setChecked(bool(school.is_public))
        self.notes.setPlainText(school.notes)
        self.filled = self.school_data()  # the school as the form shows it, to tell what the user changed

    def _fit_to_screen(self, content: QWidget) -> None:
        """As tall as the form, but never taller than the screen (the form scrolls then)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry().height() if screen else 900
        self.resize(max(self.minimumWidth(), content.sizeHint().width() + 60),
                    min(content.sizeHint().height() + 110, int(available * 0.9)))  # fmt: skip

    def school_data(self) -> SchoolData:
        values = {name: getattr(self, name).text() for name in TEXT_FIELDS}
        return SchoolData(
            id=self.school.id, school_type=self.school_type.currentData() or "", pupils=self.pupils.text(),
            teachers_fte=self.teachers_fte.text(), is_public=self.is_public.isChecked(),
            notes=self.notes.toPlainText(), version=self.school.version, **values,
        )  # fmt: skip

    @property
    def saved_id(self) -> int | None:
        """The stored school's id once Save stored it."""
        return self.saved.id if self.saved else None

    def save(self, db) -> Change:
        return schools.save_school(db, self.jst_id, self.school_data())

    def on_stale(self, error: StaleEditError) -> None:
        """The school was changed elsewhere since the form opened: show the stored data, keep the form open."""
        typed = self.school_data()
        unsaved = unsaved_values(self.filled, typed, self.labels, {"school_type": schools.SCHOOL_TYPE_LABELS.get})
        self.fill(schools.get_school(self.ctx.db, self.school.id))
        self.mark_clean()
        self.form.show_error(DomainError(self.tr("Not saved — this school was changed elsewhere; the current data "
                                                 "is shown.")))  # fmt: skip
        show_stale(self, error, unsaved)
