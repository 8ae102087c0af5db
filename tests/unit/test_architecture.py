"""The core never imports the Qt layer: checked with import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_every_core_module_imports_without_qt():
    code = (
        "import sys, pkgutil, importlib, wsparcie_desktop\n"
        "for m in pkgutil.walk_packages(wsparcie_desktop.__path__, 'wsparcie_desktop.'):\n"
        "    if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'ui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_contract_catches_a_core_module_importing_qt_widgets(tmp_path):
    (tmp_path / "wsparcie_desktop").mkdir()
    (tmp_path / "wsparcie_desktop" / "__init__.py").write_text("")
    (tmp_path / "wsparcie_desktop" / "bad.py").write_text("from PySide6.QtWidgets import QWidget\n")
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "__init__.py").write_text("")
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    lint = Path(sys.executable).parent / "lint-imports"
    env = {"PYTHONPATH": str(tmp_path), "PATH": str(Path(sys.executable).parent)}
    result = subprocess.run([str(lint), "--no-cache"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode == 1
    assert "wsparcie_desktop.bad -> PySide6" in result.stdout
