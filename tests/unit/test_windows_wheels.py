"""tools/check_windows_wheels.py: which wheel files install on 64-bit Windows, and the pins it checks."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def check():
    spec = importlib.util.spec_from_file_location("check_windows_wheels", ROOT / "tools" / "check_windows_wheels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("wheel", "ok"),
    [
        ("sqlalchemy-2.0.44-cp312-cp312-win_amd64.whl", True),
        ("sqlalchemy-2.0.44-cp311-cp311-win_amd64.whl", False),  # another Python
        ("sqlalchemy-2.0.44-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", False),
        ("sqlalchemy-2.0.44-cp312-cp312-win32.whl", False),  # 32-bit
        ("pyside6_essentials-6.10.2-cp39-abi3-win_amd64.whl", True),  # stable ABI from 3.9 up
        ("rl_accel-0.9.1-cp313-abi3-win_amd64.whl", False),  # stable ABI from 3.13 only
        ("openpyxl-3.1.5-py2.py3-none-any.whl", True),
    ],
)
def test_which_wheels_fit_windows_and_python_3_12(check, wheel, ok):
    assert check.fits(wheel, "3.12") is ok


def test_every_pin_of_both_requirement_files_is_checked(check):
    wanted = check.pins([ROOT / "requirements.txt", ROOT / "requirements-build.txt"])
    assert wanted["pyside6_essentials"] and wanted["pyinstaller"] and wanted["sqlalchemy"]
    runtime = [line for line in (ROOT / "requirements.txt").read_text().splitlines() if "==" in line]
    build = [line for line in (ROOT / "requirements-build.txt").read_text().splitlines() if "==" in line]
    assert len(wanted) == len(runtime) + len(build)  # pyinstaller, and keyring's Windows dependency


def test_an_unchanged_check_passes_from_the_cache_without_pip(check, tmp_path, monkeypatch):
    files = [ROOT / name for name in check.REQUIREMENTS]
    wanted = check.pins(files)
    calls = []

    def fake_pip(files, python, folder):  # what pip download would leave in the folder
        calls.append(python)
        for name, version in wanted.items():
            (folder / f"{name}-{version}-py3-none-any.whl").write_bytes(b"")
        return subprocess.CompletedProcess([], 0, "", "")

    monkeypatch.setattr(check, "ask_pip", fake_pip)
    assert check.main(["--cache", str(tmp_path)]) == 0
    assert check.main(["--cache", str(tmp_path)]) == 0
    assert calls == ["3.12"]  # the second run used the cache
    next(tmp_path.glob("sqlalchemy-*")).unlink()  # a wheel gone: ask again
    assert check.main(["--cache", str(tmp_path)]) == 0 and len(calls) == 2


def test_a_pin_without_a_windows_wheel_fails(check, tmp_path, monkeypatch):
    monkeypatch.setattr(check, "ask_pip", lambda *a: subprocess.CompletedProcess(
        [], 1, "", "ERROR: No matching distribution found for rl_accel==0.9.1"))  # fmt: skip
    assert check.main(["--cache", str(tmp_path)]) == 1


def test_pip_that_cannot_reach_pypi_is_an_error_not_a_pass(check, tmp_path, monkeypatch):
    monkeypatch.setattr(check, "ask_pip", lambda *a: subprocess.CompletedProcess(
        [], 1, "", "WARNING: Retrying ... Failed to establish a new connection"))  # fmt: skip
    assert check.main(["--cache", str(tmp_path)]) == 2
