"""Installation check used by --self-test: the fonts the documents need are in place."""

from __future__ import annotations

from wsparcie_desktop.paths import resource

REPORT_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")


def check_report_fonts() -> list[str]:
    missing = [name for name in REPORT_FONTS if not resource("fonts", name).is_file()]
    return [f"brak pliku czcionki resources/fonts/{name}" for name in missing]
