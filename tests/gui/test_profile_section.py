"""The profile saves through the runner: a refusal is said above or under the form and the typing stays."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ui.sections.profile import ProfileSection
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.services import jst as jst_service


def make_section(qtbot, ctx, jst_id) -> ProfileSection:
    section = ProfileSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    section.show()
    return section


def test_a_jst_another_program_deleted_is_said_above_the_form_and_the_typing_stays(qtbot, ctx, db_path, jst_id,
                                                                                   monkeypatch):  # fmt: skip
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args[2]))
    section = make_section(qtbot, ctx, jst_id)
    other = Database(db_path)
    try:
        jst_service.delete_jst(other, jst_id)
    finally:
        other.close()
    section.edits["city"].setText("Nowe Zalesie")
    section.edits["city"].editingFinished.emit()
    assert section.form.general_error.text() == "Ten samorząd nie istnieje — mógł zostać usunięty w innym oknie."
    assert section.form.general_error.isVisible() and boxes == []
    assert section.edits["city"].text() == "Nowe Zalesie"


def test_a_saved_field_is_announced_once_and_the_form_is_not_read_again(qtbot, ctx, jst_id, monkeypatch):
    section = make_section(qtbot, ctx, jst_id)
    seen = []
    ctx.signals.changed.connect(lambda change, origin: seen.append((change, origin)))
    reads = []
    monkeypatch.setattr(ProfileSection, "refresh", lambda self: reads.append(self.jst_id))
    section.edits["phone"].setText("25 640 11 00")
    assert section.save() is True
    assert seen == [(Change(Kind.JST, jst_id, ids=(jst_id,)), section)]
    assert reads == [] and section.saved_label.text() == "Saved."
    section.edits["name"].setText("Gmina Zalesie Nowe")  # the name shows in the list as well
    assert section.save() is True
    assert [change.kind for change, _origin in seen[1:]] == [Kind.JST, Kind.JST_LIST]
    assert jst_service.get_profile(ctx.db, jst_id).name == "Gmina Zalesie Nowe"


def test_a_rename_made_elsewhere_shows_in_the_profile(qtbot, ctx, jst_id):
    section = make_section(qtbot, ctx, jst_id)
    ctx.run(None, jst_service.rename_jst, jst_id, "Gmina Zalesie Wielkie")
    assert section.edits["name"].text() == "Gmina Zalesie Wielkie"
    section.edits["city"].setText("Zalesie Wielkie")
    assert section.save() is True, "saved over the renamed profile, not refused as stale"
    stored = jst_service.get_profile(ctx.db, jst_id)
    assert (stored.name, stored.city) == ("Gmina Zalesie Wielkie", "Zalesie Wielkie")


def test_a_refused_voivodeship_is_said_under_it_and_the_list_shows_the_stored_one(qtbot, ctx, jst_id):
    section = make_section(qtbot, ctx, jst_id)  # TERYT 1434052, mazowieckie
    section.voivodeship.setCurrentIndex(section.voivodeship.findData("lubelskie"))
    section.voivodeship.activated.emit(section.voivodeship.currentIndex())
    assert "należy do województwa mazowieckiego" in section.form.error_text("voivodeship")
    assert section.form.error_text("teryt") == ""
    assert section.voivodeship.currentData() == "mazowieckie"  # not shown as if it were chosen
    assert jst_service.get_profile(ctx.db, jst_id).voivodeship == "mazowieckie"


def test_a_field_put_right_again_leaves_no_message_behind(qtbot, ctx, jst_id):
    section = make_section(qtbot, ctx, jst_id)
    teryt = section.edits["teryt"]
    teryt.setText("12a4052")
    assert section.save() is False
    assert "tylko cyfry" in section.form.error_text("teryt") and section.saved_label.text().startswith("Not saved")
    teryt.setText("1434052")  # back to what is stored: nothing to save
    assert section.save() is True
    assert section.form.error_text("teryt") == "" and section.saved_label.text() == ""
