"""The Polish translation is complete and the compiled .qm is in step with the .ts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "wsparcie_pl.ts"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "tools"))
import i18n as i18n_tool  # noqa: E402


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}


def test_no_polish_message_is_missing_or_unfinished():
    assert i18n_tool.missing() == []


def test_every_source_string_is_in_the_ts(tmp_path):
    fresh = tmp_path / "fresh_pl.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *i18n_tool.sources(), "-no-obsolete", "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    missing = messages(fresh) - messages(TS)
    assert not missing, f"run tools/i18n.py update and translate: {sorted(missing)[:10]}"


def test_qm_is_compiled_from_the_current_ts(tmp_path):
    qm = tmp_path / "check.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (ROOT / "translations" / "wsparcie_pl.qm").read_bytes(), (
        "translations/wsparcie_pl.qm is out of step: run tools/i18n.py release"
    )
