"""The Linux bundle's ICU data cut to Polish, English and root (tools/trim_icu.py, used by pyinstaller.spec)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tools import trim_icu


def test_polish_english_root_and_the_core_stay_other_languages_go():
    for item in ("coll/pl.res", "coll/root.res", "coll/ucadata.icu", "coll/res_index.res", "pl.res", "pl_PL.res",
                 "en.res", "root.res", "pool.res", "zone/pl.res", "zone/pool.res", "nfc.nrm", "uprops.icu",
                 "cnvalias.icu", "brkitr/line.brk", "brkitr/pl.res", "supplementalData.res", "zoneinfo64.res"):  # fmt: skip
        assert trim_icu.kept(item), item
    for item in ("de.res", "coll/de.res", "zone/fr_CA.res", "lang/uk.res", "brkitr/thaidict.dict",
                 "brkitr/cjdict.dict", "translit/root.res", "ibm-1047_P100-1995.cnv", "fil.res"):  # fmt: skip
        assert not trim_icu.kept(item), item


CHECK = """
from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone
polish = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
words = ["Żabno", "Łódź", "Zalesie", "Ćmielów", "Lublin", "Ósma", "Ostrów", "Czersk", "Źródła", "Łask"]
print("|".join(sorted(words, key=QCollator(polish).sortKey)))
print(QTimeZone(b"Europe/Warsaw").displayName(QDateTime(2026, 12, 1, 12, 0, 0, 0), QTimeZone.NameType.LongName, polish))
print(polish.toUpper("źdźbło"))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or not trim_icu.available(),
                    reason="icupkg (icu-devtools) and a C compiler build the trimmed data")  # fmt: skip
def test_qt_sorts_and_names_in_polish_with_the_trimmed_data(tmp_path):
    import PySide6

    library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    trimmed = trim_icu.trim(library, tmp_path)
    assert trimmed.stat().st_size < library.stat().st_size / 4
    seen = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True,
                          env={**os.environ, "LD_PRELOAD": str(trimmed)}).stdout.splitlines()  # fmt: skip
    assert seen == [
        "Czersk|Ćmielów|Lublin|Łask|Łódź|Ostrów|Ósma|Zalesie|Źródła|Żabno",
        "czas środkowoeuropejski standardowy",
        "ŹDŹBŁO",
    ]
