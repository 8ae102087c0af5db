"""The Linux bundle's ICU data cut to what a Polish program uses (pyinstaller.spec calls it).

Qt on Linux links ICU, whose data library (libicudata.so.NN, 32 MB) holds every language's collation, names,
calendars, converters and the Asian word dictionaries. The program shows and sorts Polish (with English as
ICU's fallback), so this keeps ICU's core files and the root, Polish and English locale data, and leaves out the
other languages' locale data, the transliterators, the legacy character-set converters (the program reads
UTF-8, cp1250 and ISO-8859-2 through Python, not ICU) and the Thai, Lao, Khmer, Burmese and CJK dictionaries.

ICU's own tool rebuilds the package (``icupkg``, Debian's icu-devtools); the data is then put back into a
library of the same name exporting the same symbol (``icudtNN_dat``), assembled with the system's C compiler.
Without those tools the full library is kept and the build says so.

    python tools/trim_icu.py PATH/TO/libicudata.so.NN OUT_FOLDER    (prints the trimmed library's path)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LOCALES = re.compile(r"^(root|pl|en|res_index|pool)(_|$)")
A_LOCALE = re.compile(r"^[a-z]{2,3}(_|$)")


def kept(item: str) -> bool:
    """Whether a package item (``coll/pl.res``, ``nfc.nrm``…) stays in the Polish program's data."""
    folder, _, name = item.rpartition("/")
    stem, _, extension = name.rpartition(".")
    if folder == "translit" or extension == "cnv" or (folder == "brkitr" and extension == "dict"):
        return False
    if extension == "res" and A_LOCALE.match(stem):
        return bool(KEPT_LOCALES.match(stem))
    return True


def data_of(library: Path) -> tuple[str, bytes]:
    """The ICU package inside ``library``: its symbol's name (icudt73_dat) and bytes."""
    listing = subprocess.run(["nm", "-D", "--defined-only", "-S", str(library)], check=True, capture_output=True,
                             text=True).stdout  # fmt: skip
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size = int(parts[0], 16), int(parts[1], 16)
            offset = _file_offset(library, address)
            return parts[3], library.read_bytes()[offset : offset + size]
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def _file_offset(library: Path, address: int) -> int:
    """The file offset of a virtual address, from the section headers (readelf)."""
    sections = subprocess.run(["readelf", "-SW", str(library)], check=True, capture_output=True, text=True).stdout
    for line in sections.splitlines():
        match = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]{16})\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match:
            start, offset, size = (int(group, 16) for group in match.groups())
            if start <= address < start + size:
                return address - start + offset
    raise ValueError(f"{library}: address {address:#x} in no section")


def trim(library: Path, out: Path) -> Path:
    """Writes ``out/<library's name>`` with the trimmed data and returns its path."""
    symbol, data = data_of(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: the package's name, which prefixes its items
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work_name:
        work = Path(work_name)
        full = work / "full" / f"{package}.dat"
        full.parent.mkdir()
        full.write_bytes(data)
        items = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True, text=True).stdout.split()
        (work / "remove.txt").write_text("".join(f"{item}\n" for item in items if not kept(item)), encoding="ascii")
        small = work / "small" / f"{package}.dat"  # icupkg names the items after the output file: keep the name
        small.parent.mkdir()
        subprocess.run(["icupkg", "--ignore-deps", "-r", str(work / "remove.txt"), str(full), str(small)], check=True,
                       capture_output=True)  # fmt: skip
        source = work / "data.S"
        source.write_text(
            f"""    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{small}"
    .size {symbol}, .-{symbol}
    .section .note.GNU-stack,"",@progbits
""",
            encoding="ascii",
        )
        target = out / library.name
        subprocess.run(["cc", "-shared", "-o", str(target), f"-Wl,-soname,{library.name}", str(source)], check=True)
    return target


def available() -> bool:
    return all(shutil.which(tool) for tool in ("icupkg", "cc", "nm", "readelf"))


if __name__ == "__main__":
    print(trim(Path(sys.argv[1]), Path(sys.argv[2])))
