"""A text translated inside an f-string ({self.tr('OVERDUE')}) is one lupdate may not find: it then stays
English on a Polish screen, and test_translations cannot see it (the message is not in the catalogue at all).
Every such call must name a message the catalogue has, in its class's context."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CALL = re.compile(r"""\{self\.tr\((['"])([^'"\\]+)\1\)""")


def test_every_tr_call_inside_an_f_string_is_in_the_catalogue():
    root = ET.parse(ROOT / "translations" / "wsparcie_pl.ts").getroot()
    known = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    missing = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        context = None
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found = re.match(r"class (\w+)", line)
            if found:
                context = found.group(1)
            for call in CALL.finditer(line):
                if (context, call.group(2)) not in known:
                    missing.append(f"{path.relative_to(ROOT)}:{number} [{context}] {call.group(2)!r}")
    assert not missing, "translate outside the f-string (label = self.tr(...)): " + "; ".join(missing)
