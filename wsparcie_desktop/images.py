"""Pictures the user gives the program (the coat of arms): decoded in full once, refused with a reason, kept small.

A file that only starts like a picture (a download cut short) or that unpacks to a huge number of pixels from a
small file (a "pixel bomb") must be refused when it is chosen, not discovered later when every document of the
JST fails to print. The same function serves printing, so a picture stored before these checks is caught there
too and the document prints without it.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

from wsparcie_desktop.i18n import format_number

MAX_PIXELS = 40_000_000  # a 40 Mpx picture unpacks to 160 MB; beyond that it is refused before it is decoded
MAX_SIDE_PX = 1200  # a 4 cm coat of arms at over 700 dpi: sharper than any printer needs
ARMS_FORMATS = ("PNG", "JPEG")

DAMAGED = "plik obrazu jest uszkodzony lub niekompletny"


class PictureError(Exception):
    """A picture that cannot be used. ``reason`` is a Polish clause to follow 'herbu: …'."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Picture:
    data: bytes  # the file itself, or a copy scaled down to ``max_side``
    mime: str
    width: int
    height: int


_MIME = {"PNG": "image/png", "JPEG": "image/jpeg"}


def checked_picture(data: bytes, *, max_side: int = MAX_SIDE_PX, formats: Sequence[str] | None = ARMS_FORMATS,
                    max_pixels: int = MAX_PIXELS) -> Picture:  # fmt: skip
    """``data`` decoded in full and, when its longer side exceeds ``max_side``, scaled down to it.

    The pixel count is read from the header and checked before anything is decoded, so a pixel bomb never
    allocates its pixels. A scaled copy keeps its transparency: a JPEG stays JPEG, anything else becomes PNG.
    ``formats`` None accepts every format Pillow reads. Raises :class:`PictureError` with the reason in Polish.
    """
    from PIL import Image  # Pillow comes with ReportLab; imported on first use, as ReportLab is

    if not data:
        raise PictureError(_not_a_picture(formats))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the limit below is stricter
        try:
            picture = Image.open(io.BytesIO(data), formats=list(formats) if formats else None)
        except Image.DecompressionBombError as exc:
            raise PictureError("obraz ma za dużo pikseli") from exc
        except Image.UnidentifiedImageError as exc:
            raise PictureError(_not_a_picture(formats)) from exc
        except Exception as exc:  # Pillow raises many types for a damaged header
            raise PictureError(DAMAGED) from exc
    with picture:
        width, height = picture.size
        if width <= 0 or height <= 0:
            raise PictureError(DAMAGED)
        if width * height > max_pixels:
            raise PictureError(
                f"obraz ma za dużo pikseli ({format_number(width)} × {format_number(height)}, "
                f"najwyżej {format_number(max_pixels // 1_000_000)} mln)"
            )
        source_format = picture.format or ""
        large = max(width, height) > max_side
        if large and source_format == "JPEG":
            picture.draft(None, (2 * max_side, 2 * max_side))  # decoded at a fraction of its size: less memory
        try:
            picture.load()
        except Exception as exc:  # truncated data, a bad checksum, a broken stream
            raise PictureError(DAMAGED) from exc
        if not large:
            return Picture(data, _MIME.get(source_format, f"image/{source_format.lower()}"), width, height)
        return _scaled(picture, max_side, source_format)


def _scaled(picture, max_side: int, source_format: str) -> Picture:
    from PIL import Image

    keep_alpha = picture.mode in ("RGBA", "LA", "PA", "P") or "transparency" in picture.info
    as_jpeg = source_format == "JPEG" and not keep_alpha
    picture = picture.convert("RGBA" if keep_alpha else "RGB")
    picture.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if as_jpeg:
        picture.save(out, "JPEG", quality=90)
    else:
        picture.save(out, "PNG", optimize=True)
    return Picture(out.getvalue(), "image/jpeg" if as_jpeg else "image/png", *picture.size)


def _not_a_picture(formats: Sequence[str] | None) -> str:
    if formats and set(formats) <= {"PNG", "JPEG"}:
        return "plik nie jest obrazem PNG ani JPG"
    return "plik nie jest obrazem"
