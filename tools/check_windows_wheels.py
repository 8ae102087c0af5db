"""Check that every pinned package has a wheel for the Windows bundle (win_amd64, the bundle's Python).

    python3 tools/check_windows_wheels.py              # requirements.txt and requirements-build.txt
    python3 tools/check_windows_wheels.py --python 3.13

The bundle is built on Windows with ``pip install -r requirements-build.txt``; a pin with no Windows wheel
would make that install compile from source (or fail) on a clerk's laptop. This asks pip itself, as the
Windows machine would: ``pip download --platform win_amd64 --only-binary=:all: --python-version …`` with the
dependencies resolved for Windows, into .cache/windows-wheels. When the requirement files and the Python
version are unchanged since the last successful check and every wheel is still there, the check passes
without the network; otherwise it needs PyPI and fails when PyPI cannot be reached (it proves nothing then).
Exit code 0: every pin has a wheel; 1: some have none (listed); 2: pip could not be asked.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_PYTHON = "3.12"  # the Python the Windows bundle is built with (README, "Windows bundle")
REQUIREMENTS = ("requirements.txt", "requirements-build.txt")
CACHE = ROOT / ".cache" / "windows-wheels"
PIN = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)")


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def pins(files: list[Path]) -> dict[str, str]:
    """name → version of every ``name==version`` line, following ``-r other.txt``."""
    found: dict[str, str] = {}
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            include = re.match(r"^\s*-r\s+(\S+)", line)
            if include:
                found.update(pins([file.parent / include.group(1)]))
            elif match := PIN.match(line):
                found[normal(match.group(1))] = match.group(2)
    return found


def wheel_tags(filename: str) -> tuple[str, str, str, str, str]:
    """(name, version, python tag, abi tag, platform tag) of a wheel file name."""
    parts = filename[: -len(".whl")].split("-")
    return normal(parts[0]), parts[1], parts[-3], parts[-2], parts[-1]


def fits(filename: str, python: str) -> bool:
    """Whether a wheel installs on 64-bit Windows under CPython ``python`` ('3.12')."""
    _, _, py, abi, platform = wheel_tags(filename)
    cp = "cp" + python.replace(".", "")
    platform_ok = platform == "any" or "win_amd64" in platform.split(".")
    python_ok = any(tag in ("py3", cp, "py" + python.replace(".", "")) or (abi == "abi3" and tag.startswith("cp3")
                    and int(tag[3:] or 0) <= int(cp[3:])) for tag in py.split("."))  # fmt: skip
    return platform_ok and python_ok


def matching_wheels(wanted: dict[str, str], folder: Path, python: str) -> dict[str, str]:
    """name → wheel file name, for the pins a fitting wheel of exactly that version is in ``folder``."""
    found = {}
    for wheel in sorted(folder.glob("*.whl")):
        name, version, *_ = wheel_tags(wheel.name)
        if wanted.get(name) == version and fits(wheel.name, python):
            found[name] = wheel.name
    return found


def ask_pip(files: list[Path], python: str, folder: Path) -> subprocess.CompletedProcess:
    args = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
            "--only-binary=:all:", "--platform", "win_amd64", "--implementation", "cp",
            "--python-version", python, "--dest", str(folder)]  # fmt: skip
    for file in files:
        args += ["-r", str(file)]
    return subprocess.run(args, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=BUNDLE_PYTHON, help=f"the bundle's Python (default {BUNDLE_PYTHON})")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the wheels are kept between runs")
    args = parser.parse_args(argv)
    files = [ROOT / name for name in REQUIREMENTS]
    wanted = pins(files)
    args.cache.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(args.python.encode() + b"".join(f.read_bytes() for f in files)).hexdigest()
    stamp = args.cache / ".checked"
    cached = matching_wheels(wanted, args.cache, args.python)
    if stamp.exists() and stamp.read_text() == digest and set(cached) == set(wanted):
        print(f"Przypięte pakiety ({len(wanted)}): każdy ma koło dla Windows (win_amd64, Python {args.python}); "
              f"sprawdzone wcześniej, koła w {args.cache}.")  # fmt: skip
        return 0
    stamp.unlink(missing_ok=True)
    result = ask_pip(files, args.python, args.cache)
    found = matching_wheels(wanted, args.cache, args.python)
    missing = sorted(set(wanted) - set(found))
    for name in sorted(wanted):
        print(f"  {name}=={wanted[name]}: {found.get(name, 'BRAK koła dla Windows')}")
    if result.returncode != 0 and not missing:
        missing = ["(pip)"]
    if missing:
        reason = " ".join(result.stderr.split())[-600:]
        if result.returncode != 0 and ("No matching distribution" not in reason):
            print(f"Nie udało się zapytać PyPI przez pip ({reason}).", file=sys.stderr)
            return 2
        print(f"Bez koła dla Windows (win_amd64, Python {args.python}): {', '.join(missing)}. {reason}",
              file=sys.stderr)  # fmt: skip
        return 1
    stamp.write_text(digest)
    print(f"Przypięte pakiety ({len(wanted)}): każdy ma koło dla Windows (win_amd64, Python {args.python}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
