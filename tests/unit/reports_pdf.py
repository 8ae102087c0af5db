"""Reading PDFs back for the document tests: text per page (pdftotext), page sizes, images, fonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from wsparcie_desktop.reports.page import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X

HAVE_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdfinfo") is not None
needs_poppler = pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils (pdftotext) is not installed")


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, encoding="utf-8").stdout


def page_count(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(pdf)), re.M).group(1))


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = _run("pdfinfo", "-f", "1", "-l", str(page_count(pdf)), str(pdf))
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]


def text(pdf: Path, page: int | None = None, layout: bool = False, raw: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    if layout:
        args.append("-layout")
    if raw:
        args.append("-raw")
    return _run(*args, str(pdf), "-")


def body_text(pdf: Path, page: int | None = None) -> str:
    """The text inside the body frame, without the header and the footer, in content-stream order.

    One page, or with ``page`` None every page (which must then all have one orientation).
    """
    sizes = page_sizes(pdf)
    first, last = (page, page) if page is not None else (1, len(sizes))
    chosen = set(sizes[first - 1 : last])
    assert len(chosen) == 1, "pages of both orientations: read them one by one"
    width, height = chosen.pop()
    x, y = MARGIN_X - 2, MARGIN_TOP - 2
    w, h = width - 2 * MARGIN_X + 4, height - MARGIN_TOP - MARGIN_BOTTOM + 4
    return _run(
        "pdftotext", "-enc", "UTF-8", "-raw", "-r", "72", "-f", str(first), "-l", str(last),
        "-x", str(int(x)), "-y", str(int(y)), "-W", str(int(w)), "-H", str(int(h)), str(pdf), "-",
    )  # fmt: skip


def words_with_boxes(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    """Every word as (page, xMin, yMin, xMax, yMax, text), from pdftotext -bbox."""
    html = _run("pdftotext", "-bbox", str(pdf), "-")
    found = []
    for page_number, page in enumerate(html.split("<page ")[1:], start=1):
        for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page
        ):
            found.append((page_number, float(x0), float(y0), float(x1), float(y1), word))
    return found


def image_count(pdf: Path) -> int:
    if shutil.which("pdfimages") is None:
        pytest.skip("pdfimages is not installed")
    lines = _run("pdfimages", "-list", str(pdf)).splitlines()
    return len(lines) - 2


def fonts_used(pdf: Path) -> list[str]:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed")
    return [line.split()[0] for line in _run("pdffonts", str(pdf)).splitlines()[2:]]


def squeeze(value: str) -> str:
    """Text without any whitespace: line breaks and wrapping must not matter when comparing."""
    return "".join(value.split())
