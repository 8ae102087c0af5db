"""The JST's profile: name, kind, TERYT, voivodeship, address, contact and coat of arms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.base import confirm_delete
from ui.widgets import file_dialogs
from ui.widgets.forms import FieldForm
from ui.widgets.section import Section
from ui.widgets.stale_edit import show_stale, unsaved_values
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services.jst import JstProfile

TEXT_FIELDS = ("name", "teryt", "street", "postal_code", "city", "phone", "email", "website")
ARMS_SIZE = 160


class ProfileSection(Section):
    key = "profile"
    watches = frozenset({Kind.JST})  # a rename from the list, the coat of arms

    def title(self) -> str:
        return self.tr("Profile")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loading = False
        self._saving = False  # a message box shown while saving takes the focus: that is not a new edit
        self._loaded_id: int | None = None  # whose profile the fields hold; saving goes there and nowhere else
        self._read: JstProfile | None = None  # the profile as the fields were filled (with its version)
        self.form = FieldForm()
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Name:"), "teryt": self.tr("TERYT code:"), "street": self.tr("Street and number:"),
            "postal_code": self.tr("Postal code:"), "city": self.tr("Town:"), "phone": self.tr("Phone:"),
            "email": self.tr("E-mail:"), "website": self.tr("Website:"),
        }  # fmt: skip
        self.labels = {**labels, "kind_code": self.tr("Kind:"), "voivodeship": self.tr("Voivodeship:")}
        self.kind = QComboBox()
        self.kind.setObjectName("profile_kind")
        self.voivodeship = QComboBox()
        self.voivodeship.setObjectName("profile_voivodeship")
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"profile_{name}")
            edit.editingFinished.connect(self.save)
            self.edits[name] = edit
        self.edits["teryt"].setPlaceholderText(self.tr("7 digits for a gmina, 4 for a powiat"))
        self.edits["postal_code"].setPlaceholderText("00-000")
        self.edits["postal_code"].setInputMask("")
        self.form.add_field("name", labels["name"], self.edits["name"])
        self.form.add_field("kind_code", self.tr("Kind:"), self.kind)
        self.form.add_field("teryt", labels["teryt"], self.edits["teryt"])
        self.form.add_field("voivodeship", self.tr("Voivodeship:"), self.voivodeship)
        for name in TEXT_FIELDS[2:]:
            self.form.add_field(name, labels[name], self.edits[name])
        for combo in (self.kind, self.voivodeship):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(320)
        self.kind.activated.connect(self.save)
        self.voivodeship.activated.connect(self.save)

        self.arms = QLabel()
        self.arms.setObjectName("profile_arms")
        self.arms.setFixedSize(ARMS_SIZE, ARMS_SIZE)
        self.arms.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.arms.setStyleSheet("border: 1px solid #bbb; background: white;")
        choose = QPushButton(self.tr("Choose coat of arms…"))
        choose.clicked.connect(self.choose_arms)
        remove = QPushButton(self.tr("Remove coat of arms"))
        remove.clicked.connect(self.remove_arms)
        # Where the runner explains a refused picture: under the buttons that chose it (the form has no fields of
        # its own, so every message goes to its error line).
        self.arms_form = FieldForm()
        self.arms_error = self.arms_form.general_error
        self.arms_error.setObjectName("profile_arms_error")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("profile_saved")

        arms_box = QVBoxLayout()
        arms_box.addWidget(QLabel(self.tr("Coat of arms:")))
        arms_box.addWidget(self.arms)
        arms_box.addWidget(choose)
        arms_box.addWidget(remove)
        arms_box.addWidget(self.arms_error)
        arms_box.addStretch()

        form_box = QVBoxLayout()
        heading = QLabel(self.tr("<h2>Profile of the local government</h2>"))
        form_box.addWidget(heading)
        hint = QLabel(self.tr("Changes are saved as soon as you leave a field."))
        hint.setStyleSheet("color: #555;")
        form_box.addWidget(hint)
        form_box.addWidget(self.form.general_error)
        form_box.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        form_box.addLayout(buttons)
        form_box.addStretch()

        inner = QWidget()
        row = QHBoxLayout(inner)
        row.addLayout(form_box, 3)
        row.addSpacing(24)
        row.addLayout(arms_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._kinds_loaded = False

    def _load_choices(self) -> None:
        if self._kinds_loaded:
            return
        for option in jst_service.kinds(self.ctx.db):
            self.kind.addItem(option.name, option.code)
        self.voivodeship.addItem(self.tr("— not chosen —"), "")
        for name in jst_service.voivodeships():
            self.voivodeship.addItem(name, name)
        self._kinds_loaded = True

    def refresh(self) -> None:
        if self.jst_id is None:
            self._loaded_id = self._read = None  # nothing to save into (the last JST was deleted)
            return
        self._load_choices()
        self._loading = True
        profile = self._read = jst_service.get_profile(self.ctx.db, self.jst_id)
        for name, edit in self.edits.items():
            edit.setText(getattr(profile, name))
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind_code)))
        self.voivodeship.setCurrentIndex(max(0, self.voivodeship.findData(profile.voivodeship)))
        self.form.clear_errors()
        self.saved_label.clear()
        self._show_arms()
        self._loaded_id = self.jst_id
        self._loading = False

    def _profile_from_form(self) -> JstProfile:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return JstProfile(
            id=self._loaded_id, kind_code=self.kind.currentData(), voivodeship=self.voivodeship.currentData(),
            version=self._read.version if self._read else None, **values,
        )  # fmt: skip

    def own_change(self, change: Change) -> None:
        """The profile saved it from what it shows, and shows the coat of arms it stored: nothing to read again."""

    def save(self) -> bool:
        """Store the fields if they changed; False when refused (the message under its field, the typing kept)."""
        if self._loading or self._saving or self._loaded_id is None:
            return True
        self._saving = True
        try:
            return self._save()
        finally:
            self._saving = False

    def _save(self) -> bool:
        profile = self._profile_from_form()
        # The JST may have been deleted by another program meanwhile: then that is said above the form.
        stored = self.ctx.run(self, jst_service.get_profile, self._loaded_id, form=self.form)
        if stored is FAILED:
            return False
        if all(getattr(profile, f) == getattr(stored, f) for f in jst_service.PROFILE_FIELDS):
            self.form.clear_errors()
            self.saved_label.clear()  # a "Not saved" about a field put right again would point at nothing
            return True
        if self._read is not None and stored.version != self._read.version and self._unchanged_since_read(stored):
            # Only what this form does not show changed (the coat of arms, chosen here a moment ago): what the
            # fields were filled with is still the stored profile, so saving over it loses nothing.
            profile.version = stored.version
        stale: list[StaleEditError] = []
        if self.ctx.run(self, jst_service.save_profile, profile, form=self.form, on_stale=stale.append) is FAILED:
            if stale:
                self._refused_as_stale(stale[0], profile)
            else:
                self._show_stored_choices(stored)
                self.saved_label.setText(self.tr("Not saved — correct the field marked in red."))
            return False
        self.form.clear_errors()
        self._read = jst_service.get_profile(self.ctx.db, self._loaded_id)  # its version is the one to save over
        if not self._unchanged_since_read(self._profile_from_form()):
            self.refresh()  # the stored text is tidied (spaces), or another program saved in the same moment
        self.saved_label.setText(self.tr("Saved."))
        return True

    def _show_stored_choices(self, stored: JstProfile) -> None:
        """A refused choice in a list is not left shown as if chosen: the list shows what is stored again.

        The refusal stays under the list and names the value refused; typed text stays, to be corrected.
        """
        self._loading = True
        try:
            for combo, value in ((self.kind, stored.kind_code), (self.voivodeship, stored.voivodeship)):
                if combo.currentData() != value and self.form.error_text(
                    "kind_code" if combo is self.kind else "voivodeship"
                ):
                    combo.setCurrentIndex(max(0, combo.findData(value)))
        finally:
            self._loading = False

    def _unchanged_since_read(self, profile: JstProfile) -> bool:
        return all(getattr(profile, f) == getattr(self._read, f) for f in jst_service.PROFILE_FIELDS)

    def _refused_as_stale(self, error: StaleEditError, typed: JstProfile) -> None:
        """Another window or program changed the profile since the form was filled: show the stored one."""
        unsaved = unsaved_values(self._read, typed, self.labels, {
            "kind_code": lambda code: self.kind.itemText(max(0, self.kind.findData(code))),
        })  # fmt: skip
        self.refresh()
        self.saved_label.setText(self.tr("Not saved — the profile was changed elsewhere; the current data is shown."))
        show_stale(self, error, unsaved)

    def commit_pending(self) -> None:
        self.save()

    def _show_arms(self) -> None:
        data = jst_service.coat_of_arms(self.ctx.db, self.jst_id)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.arms.setPixmap(pixmap.scaled(ARMS_SIZE - 8, ARMS_SIZE - 8, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        else:
            self.arms.setPixmap(QPixmap())
            self.arms.setText(self.tr("no coat\nof arms"))

    def choose_arms(self) -> None:
        path = file_dialogs.open_file_name(self, self.tr("Coat of arms"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_arms_file(Path(path))

    def _clear_arms_error(self) -> None:
        self.arms_form.clear_errors()
        self.arms_error.clear()

    def load_arms_file(self, path: Path) -> bool:
        self._clear_arms_error()
        try:
            too_large = path.stat().st_size > jst_service.MAX_ARMS_BYTES
            data = None if too_large else path.read_bytes()
        except OSError as exc:
            message = self.tr("The file could not be read: %1").replace("%1", exc.strerror or str(exc))
            self.arms_form.show_error(DomainError(message, "arms"))
            return False
        if too_large:  # said before the file is read into memory
            self.arms_form.show_error(DomainError(self.tr("The file is too large (at most 5 MB). Use a smaller image."),
                                                  "arms"))  # fmt: skip
            return False
        # The service decodes the whole picture (refusing damaged files and pixel bombs before they unpack);
        # a refusal keeps the stored coat of arms and is shown here, under the button that chose the file.
        return self._store_arms(data)

    def remove_arms(self) -> None:
        if not confirm_delete(self, self.tr("Coat of arms"), self.tr("Remove the coat of arms?")):
            return
        self._clear_arms_error()
        self._store_arms(None)

    def _store_arms(self, data: bytes | None) -> bool:
        """Store over the version the profile read; a JST changed elsewhere meanwhile is shown afresh instead."""
        version = self._read.version if self._read is not None and self._read.id == self.jst_id else None
        stale: list[StaleEditError] = []
        result = self.ctx.run(self, jst_service.set_coat_of_arms, self.jst_id, data, version=version,
                              form=self.arms_form, on_stale=stale.append)  # fmt: skip
        if result is FAILED:
            if stale:
                typed = self._profile_from_form()
                unsaved = unsaved_values(self._read, typed, self.labels, {
                    "kind_code": lambda code: self.kind.itemText(max(0, self.kind.findData(code))),
                })  # fmt: skip
                self.refresh()
                self.arms_form.show_error(DomainError(self.tr("Not saved — the profile was changed elsewhere; the "
                                                              "current data is shown.")))  # fmt: skip
                show_stale(self, stale[0], unsaved)
            return False
        if self._read is not None and self._read.id == self.jst_id:
            self._read.version = jst_service.get_profile(self.ctx.db, self.jst_id).version
        self._show_arms()
        return True


SECTION = ProfileSection
