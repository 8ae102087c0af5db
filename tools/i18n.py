"""Keep translations/wsparcie_pl.ts and .qm in step with the source.

    python tools/i18n.py update                # lupdate over ui/ and main.py (keeps what is translated)
    python tools/i18n.py set pl.json           # fill translations: {"English source": "Polski tekst", ...}
    python tools/i18n.py release               # lrelease -> translations/wsparcie_pl.qm
    python tools/i18n.py missing               # list the messages still unfinished
    python tools/i18n.py all pl.json           # update + set + release + missing, in one locked step

Several people may run this at once: every command holds a lock on translations/.lock.
A source string with a plural (self.tr("%n school(s)", "", n)) takes a list of forms in the JSON:
{"%n school(s)": ["%n szkoła", "%n szkoły", "%n szkół"]}.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "wsparcie_pl.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


@contextmanager
def locked():
    TS.parent.mkdir(exist_ok=True)
    with open(TS.parent / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    return ["main.py", *files]


def update() -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", "pl_PL", "-ts", str(TS.relative_to(ROOT))],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # fmt: skip


def set_translations(mapping: dict[str, str | list[str]]) -> int:
    tree = ET.parse(TS)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source not in mapping:
            continue
        translation = message.find("translation")
        value = mapping[source]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in value if isinstance(value, list) else [value] * 3:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        changed += 1
    ET.indent(tree, space="    ")
    with open(TS, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="unicode")
        out.write("\n")
    return changed


def release() -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, stdout=subprocess.DEVNULL)


def missing() -> list[tuple[str, str]]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            empty = not (translation.text or "").strip() and not list(translation)
            if translation.get("type") == "unfinished" or empty:
                found.append((name, message.findtext("source")))
    return found


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    with locked():
        if command in ("update", "all"):
            update()
        if command in ("set", "all") and len(argv) > 1:
            mapping = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
            print(f"translated {set_translations(mapping)} messages")
        if command in ("release", "all", "set"):
            release()
        if command in ("missing", "all"):
            rest = missing()
            for context, source in rest:
                print(f"{context}\t{source}")
            print(f"{len(rest)} unfinished")
            return 1 if rest else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
