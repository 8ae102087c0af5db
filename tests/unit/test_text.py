"""wsparcie_desktop/text.py: folding a text character by character gives what folding it whole gives."""

from __future__ import annotations

import random

from wsparcie_desktop.text import fold, fold_slowly, polish_sort_key

RANGES = ((32, 0x250), (0x300, 0x36F), (0x370, 0x3FF), (0x1E00, 0x1EFF), (0xFB00, 0xFB06), (0x2000, 0x2100))


def test_folding_by_characters_is_folding_the_whole_text():
    samples = ["Łódź", "  Imię i  nazwisko DYREKTORA ", "Straße", "ΑΣ ΣΑΣ", "İstanbul", "ﬁnał", "Ǆ", "x\u0301\u0327y",
               "Żółć gęślą jaźń ŁĄKA", "Zespół Szkolno-Przedszkolny nr 3 im. Jana Pawła II", ""]  # fmt: skip
    rng = random.Random(12)
    for _ in range(5000):
        samples.append("".join(chr(rng.randint(*rng.choice(RANGES))) for _ in range(rng.randint(0, 24))))
    for text in samples:
        assert fold(text) == fold_slowly(text), repr(text)
    assert fold("  Łąka  ŻABNO ") == "laka zabno"


def test_the_polish_order():
    names = ["Żabno", "Łąka", "Zalesie", "Lipa", "Źródło", "Ćmielów", "Cisów"]
    assert sorted(names, key=polish_sort_key) == ["Cisów", "Ćmielów", "Lipa", "Łąka", "Zalesie", "Źródło", "Żabno"]
