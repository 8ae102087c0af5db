"""Choosing the coat of arms in the profile: a damaged file is refused where it was chosen, the old one stays."""

from __future__ import annotations

import io

from PIL import Image

from ui.sections.profile import ProfileSection
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.paths import resource
from wsparcie_desktop.services import jst as jst_service


def make_section(qtbot, ctx, jst_id) -> ProfileSection:
    section = ProfileSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    section.show()
    return section


def test_a_truncated_jpg_is_refused_under_the_button_and_the_old_coat_of_arms_stays(qtbot, ctx, jst_id, tmp_path):
    good = resource("demo", "herb_zalesie.png")
    section = make_section(qtbot, ctx, jst_id)
    assert section.load_arms_file(good)
    shown_before = section.arms.pixmap().toImage()
    assert not shown_before.isNull()

    photo = io.BytesIO()
    Image.effect_noise((400, 300), 50).convert("RGB").save(photo, "JPEG", quality=85)
    cut = tmp_path / "herb.jpg"
    cut.write_bytes(photo.getvalue()[: len(photo.getvalue()) // 2])  # a download stopped half-way
    changes: list[Change] = []
    ctx.signals.changed.connect(lambda change, _origin: changes.append(change))

    assert section.load_arms_file(cut) is False
    message = section.arms_error.text()
    assert message.startswith("Nie można użyć tego pliku jako herbu: plik obrazu jest uszkodzony lub niekompletny.")
    assert jst_service.coat_of_arms(ctx.db, jst_id) == good.read_bytes()
    assert section.arms.pixmap().toImage() == shown_before
    assert changes == []

    assert section.load_arms_file(good)  # a good file afterwards clears the message
    assert section.arms_error.text() == ""
    assert changes == [Change(Kind.JST, jst_id, ids=(jst_id,))]
