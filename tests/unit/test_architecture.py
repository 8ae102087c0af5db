"""The import rules between the layers, checked with import-linter's contracts in pyproject.toml.

The core never imports the Qt layer; reports and exporters sit above the services and the services above the
store (db); the Qt layer never imports SQLAlchemy, Alembic or the ORM models itself. Each contract is also run
on a small tree of empty packages with one module that breaks it, to show that it would catch the break.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).parent / "lint-imports"
PACKAGES = ("wsparcie_desktop", "wsparcie_desktop/db", "wsparcie_desktop/services", "wsparcie_desktop/reports",
            "wsparcie_desktop/exporters", "ui")  # fmt: skip


def test_import_contracts_hold():
    result = subprocess.run([str(LINT), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


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


def report(result: subprocess.CompletedProcess) -> str:
    """import-linter's report without its colours, every run of white space one space."""
    return " ".join(re.sub(r"\x1b\[[0-9;]*m", "", result.stdout).split())


def lint(tmp_path: Path, modules: dict[str, str]) -> subprocess.CompletedProcess:
    """import-linter with the project's contracts on a tree of empty packages plus ``modules`` (path: code).

    The tree is the architecture as it should be: a screen uses a service, the service the ORM models and
    SQLAlchemy, the store Alembic, a document and an export the services.
    """
    for package in PACKAGES:
        (tmp_path / package).mkdir(parents=True, exist_ok=True)
        (tmp_path / package / "__init__.py").write_text("")
    files = {
        "wsparcie_desktop/db/models.py": "import sqlalchemy.orm\n",
        "wsparcie_desktop/db/migrate.py": "import alembic.command\nfrom wsparcie_desktop.db import models\n",
        "wsparcie_desktop/services/rules.py": "import sqlalchemy\nfrom wsparcie_desktop.db import models\n",
        "wsparcie_desktop/reports/output.py": "from wsparcie_desktop.services import rules\n",
        "wsparcie_desktop/exporters/sheet.py": "from wsparcie_desktop.reports import output\n",
        "ui/screen.py": "from wsparcie_desktop.services import rules\nfrom wsparcie_desktop.db import migrate\n",
        **modules,
    }
    for path, code in files.items():
        (tmp_path / path).write_text(code)
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    env = {"PYTHONPATH": str(tmp_path), "PATH": str(Path(sys.executable).parent)}
    return subprocess.run([str(LINT), "--no-cache"], cwd=tmp_path, capture_output=True, text=True, env=env)


def test_the_tree_as_it_should_be_keeps_every_contract(tmp_path):
    """Indirect imports are allowed: the screen reaches SQLAlchemy and Alembic only through the services and db."""
    result = lint(tmp_path, {})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_the_contract_catches_a_core_module_importing_qt_widgets(tmp_path):
    result = lint(tmp_path, {"wsparcie_desktop/bad.py": "from PySide6.QtWidgets import QWidget\n"})
    assert result.returncode == 1
    assert "wsparcie_desktop.bad -> PySide6" in result.stdout


@pytest.mark.parametrize(
    "path, code, line",
    [
        ("wsparcie_desktop/db/bad.py", "from wsparcie_desktop.services import rules\n",
         "wsparcie_desktop.db.bad -> wsparcie_desktop.services.rules"),
        ("wsparcie_desktop/services/bad.py", "from wsparcie_desktop.exporters import sheet\n",
         "wsparcie_desktop.services.bad -> wsparcie_desktop.exporters.sheet"),
        ("wsparcie_desktop/services/bad.py", "from wsparcie_desktop.reports import output\n",
         "wsparcie_desktop.services.bad -> wsparcie_desktop.reports.output"),
        ("wsparcie_desktop/db/bad.py", "from wsparcie_desktop.reports import output\n",
         "wsparcie_desktop.db.bad -> wsparcie_desktop.reports.output"),
    ],
)  # fmt: skip
def test_the_layers_contract_catches_a_lower_layer_importing_a_higher_one(tmp_path, path, code, line):
    result = lint(tmp_path, {path: code})
    assert result.returncode == 1
    assert "Documents and exports above services, services above the store BROKEN" in report(result)
    assert line in report(result)


@pytest.mark.parametrize(
    "code, line",
    [
        ("import sqlalchemy\n", "ui.bad -> sqlalchemy"),
        ("from sqlalchemy.orm import Session\n", "ui.bad -> sqlalchemy"),
        ("from alembic import command\n", "ui.bad -> alembic"),
        ("from wsparcie_desktop.db.models import School\n", "ui.bad -> wsparcie_desktop.db.models"),
    ],
)
def test_the_ui_contract_catches_a_screen_importing_the_store_itself(tmp_path, code, line):
    result = lint(tmp_path, {"ui/bad.py": code})
    assert result.returncode == 1
    assert "The Qt layer never imports SQLAlchemy, Alembic or the ORM models BROKEN" in report(result)
    assert line in report(result)


RUNNER_CATCHES = {"DomainError", "StaleEditError"}


def refusals_caught(code: str) -> list[int]:
    """The lines of ``except`` clauses naming DomainError or StaleEditError (alone, in a tuple, or as errors.X)."""
    import ast

    lines = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            types = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            names = {
                t.id if isinstance(t, ast.Name) else t.attr for t in types if isinstance(t, (ast.Name, ast.Attribute))
            }
            if names & RUNNER_CATCHES:
                lines.append(node.lineno)
    return lines


def test_the_scan_finds_a_refusal_caught_in_every_spelling():
    code = (
        "try:\n    pass\nexcept DomainError as exc:\n    pass\n"
        "try:\n    pass\nexcept (OSError, errors.StaleEditError):\n    pass\n"
        "try:\n    pass\nexcept OSError:\n    pass\n"
    )
    assert refusals_caught(code) == [3, 7]


# ui/app.py opens the store before any screen or runner exists: a refused file is said there, then the program ends.
RUNNER_FREE = {"ui/context.py", "ui/app.py"}


def test_only_the_runner_catches_a_refusal_in_the_qt_layer():
    """Screens ask ``ctx.run`` (form=, on_stale=) instead: one place shows a refusal, keeps the typing, says stale."""
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if str(path.relative_to(ROOT)) not in RUNNER_FREE
        and (lines := refusals_caught(path.read_text(encoding="utf-8")))
    }
    assert found == {}
