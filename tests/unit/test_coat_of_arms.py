"""The coat of arms: decoded in full when chosen, refused with a Polish reason, and never the reason a document fails."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.unit.reports_pdf import image_count, needs_poppler, text
from wsparcie_desktop.cli_print import run
from wsparcie_desktop.db.models import Jst
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.images import MAX_SIDE_PX
from wsparcie_desktop.paths import resource
from wsparcie_desktop.reports import build_document
from wsparcie_desktop.reports.registry import CATALOGUE
from wsparcie_desktop.services import jst

ROOT = Path(__file__).resolve().parents[2]
NOTE = "Nie udało się wydrukować herbu: plik obrazu jest uszkodzony"


def encoded(picture: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    picture.save(out, fmt, **options)
    return out.getvalue()


def truncated_jpg() -> bytes:
    """A photograph whose download stopped half-way: its header is whole, its pixels are not."""
    data = encoded(Image.effect_noise((400, 300), 50).convert("RGB"), "JPEG", quality=85)
    return data[: len(data) // 2]


def store_directly(db, jst_id: int, data: bytes) -> None:
    """What a store made before the checks may hold: bytes that never went through set_coat_of_arms."""
    with db.transaction() as s:
        s.get(Jst, jst_id).coat_of_arms = data


def test_a_truncated_jpg_is_refused_and_the_old_coat_of_arms_kept(db, jst_id):
    old = resource("demo", "herb_zalesie.png").read_bytes()
    jst.set_coat_of_arms(db, jst_id, old)
    with pytest.raises(DomainError) as caught:
        jst.set_coat_of_arms(db, jst_id, truncated_jpg())
    assert "uszkodzony lub niekompletny" in caught.value.message
    assert caught.value.field == "arms"
    assert jst.coat_of_arms(db, jst_id) == old


def test_a_picture_with_a_png_header_and_nothing_after_it_is_refused(db, jst_id):
    with pytest.raises(DomainError) as caught:
        jst.set_coat_of_arms(db, jst_id, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    assert "Nie można użyć tego pliku jako herbu" in caught.value.message
    assert jst.coat_of_arms(db, jst_id) is None


_BOMB_PROBE = """
import resource, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import jst
import PIL.Image, PIL.PngImagePlugin  # loaded before measuring, as the program has them loaded too

db = open_store(sys.argv[2])
jst_id = jst.create_jst(db, "Gmina Zalesie").id
data = Path(sys.argv[3]).read_bytes()

def rss_kib(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])

try:
    Path("/proc/self/clear_refs").write_text("5")  # the peak (VmHWM) starts again from what is in use now
    before = rss_kib("VmRSS")
except OSError:  # not allowed here: measure from the peak so far, which is near what is in use after the setup
    before = rss_kib("VmHWM")
try:
    jst.set_coat_of_arms(db, jst_id, data)
    outcome = "accepted"
except DomainError as exc:
    outcome = exc.message
print(rss_kib("VmHWM") - before)
print(outcome)
print(jst.coat_of_arms(db, jst_id) is None)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="measures memory through Linux's /proc")
def test_a_pixel_bomb_is_refused_before_its_pixels_are_decoded(tmp_path, db_path):
    bomb = tmp_path / "bomba.png"
    Image.new("L", (8000, 8000), 255).save(bomb, "PNG")  # 64 Mpx, about 60 KB on disk, 64 MB once decoded
    assert bomb.stat().st_size < 300_000
    result = subprocess.run([sys.executable, "-c", _BOMB_PROBE, str(ROOT), str(db_path), str(bomb)],
                            capture_output=True, text=True, encoding="utf-8", timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    growth_kib, message, nothing_stored = result.stdout.replace("\xa0", " ").splitlines()
    assert "za dużo pikseli (8 000 × 8 000, najwyżej 40 mln)" in message
    assert nothing_stored == "True"
    assert int(growth_kib) < 16 * 1024, f"the refusal took {growth_kib} KiB: the pixels were decoded"


def test_a_large_photograph_is_stored_scaled_down_as_a_jpeg(db, jst_id):
    photo = Image.radial_gradient("L").resize((3000, 2000)).convert("RGB")
    data = encoded(photo, "JPEG", quality=92)
    jst.set_coat_of_arms(db, jst_id, data)
    stored = jst.coat_of_arms(db, jst_id)
    picture = Image.open(io.BytesIO(stored))
    assert picture.format == "JPEG" and picture.size == (MAX_SIDE_PX, 800)
    assert len(stored) < len(data)


def test_a_large_transparent_png_is_stored_scaled_down_and_keeps_its_transparency(db, jst_id):
    shield = Image.new("RGBA", (2400, 3000), (0, 0, 0, 0))
    shield.paste((200, 20, 20, 255), (300, 300, 2100, 2700))
    jst.set_coat_of_arms(db, jst_id, encoded(shield, "PNG"))
    picture = Image.open(io.BytesIO(jst.coat_of_arms(db, jst_id)))
    assert picture.format == "PNG" and picture.size == (960, MAX_SIDE_PX)
    assert picture.mode == "RGBA" and picture.getpixel((0, 0))[3] == 0 and picture.getpixel((480, 600))[3] == 255


def test_a_picture_of_a_sensible_size_is_stored_as_it_is(db, jst_id):
    data = resource("demo", "herb_zalesie.png").read_bytes()
    jst.set_coat_of_arms(db, jst_id, data)
    assert jst.coat_of_arms(db, jst_id) == data


@needs_poppler
@pytest.mark.parametrize("document_id", [entry.id for entry in CATALOGUE])
def test_every_demo_document_prints_without_a_stored_damaged_coat_of_arms_and_says_so(demo_db, tmp_path,
                                                                                      document_id):  # fmt: skip
    db, demo = demo_db
    arms = resource("demo", "herb_zalesie.png").read_bytes()
    store_directly(db, demo.jst_id, arms[: len(arms) // 2])
    pdf = build_document(document_id, db, demo.jst_id, tmp_path / f"{document_id}.pdf")
    content = " ".join(text(pdf).split())
    assert NOTE in content
    assert content.count("Nie udało się wydrukować") == 1  # once, though the header of every page lacks it
    assert image_count(pdf) == 0


@needs_poppler
def test_a_stored_pixel_bomb_is_left_out_of_the_document(demo_db, tmp_path):
    db, demo = demo_db
    store_directly(db, demo.jst_id, encoded(Image.new("L", (8000, 8000), 255), "PNG"))
    pdf = build_document("karta-samorzadu", db, demo.jst_id, tmp_path / "karta.pdf")
    assert "Nie udało się wydrukować herbu: obraz ma za dużo pikseli" in " ".join(text(pdf).split())


@needs_poppler
def test_cli_prints_the_document_of_a_jst_with_a_damaged_coat_of_arms(demo_db, db_path, tmp_path, capsys):
    db, demo = demo_db
    store_directly(db, demo.jst_id, truncated_jpg())
    out = tmp_path / "karta.pdf"
    assert run(["karta-samorzadu", "--db", str(db_path), "--jst", str(demo.jst_id), "--out", str(out)]) == 0
    assert NOTE in " ".join(text(out).split())
    err = capsys.readouterr().err
    assert "Zapisano" in err and "Traceback" not in err


def test_cli_an_unexpected_failure_is_a_polish_message_and_exit_code_2(demo_db, db_path, tmp_path, capsys,
                                                                       monkeypatch):  # fmt: skip
    from wsparcie_desktop.reports.engine import Document

    def broken(self):
        raise OSError("image file is truncated (125 bytes not processed)")

    monkeypatch.setattr(Document, "to_bytes", broken)
    _db, demo = demo_db
    out = tmp_path / "karta.pdf"
    assert run(["karta-samorzadu", "--db", str(db_path), "--jst", str(demo.jst_id), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Błąd: dokument nie został zapisany z powodu nieoczekiwanego błędu programu")
    assert "image file is truncated" in err and "Traceback" not in err
    assert not out.exists()
