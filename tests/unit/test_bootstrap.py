"""tools/bootstrap.py says what it is doing while it sets the program up (the first install takes a while)."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_bootstrap():
    spec = importlib.util.spec_from_file_location("bootstrap_under_test", ROOT / "tools" / "bootstrap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_first_install_announces_itself_and_the_second_is_silent(tmp_path, monkeypatch, capsys):
    bootstrap = load_bootstrap()
    venv_dir = tmp_path / ".venv"
    monkeypatch.setattr(bootstrap, "VENV", venv_dir)

    class Builder:
        def __init__(self, **_options):
            pass

        def create(self, folder):
            python = bootstrap.venv_python()
            python.parent.mkdir(parents=True)
            python.write_text("")

    calls = []
    monkeypatch.setattr(bootstrap.venv, "EnvBuilder", Builder)
    monkeypatch.setattr(
        bootstrap.subprocess, "run", lambda args, **kw: calls.append(args) or subprocess.CompletedProcess(args, 0)
    )
    bootstrap.pip_install("requirements.txt")
    err = capsys.readouterr().err
    assert "Tworzę środowisko programu" in err
    assert "Instaluję pakiety z requirements.txt" in err and "Pakiety zainstalowane." in err
    assert calls and "pip" in calls[0] and "install" in calls[0]
    bootstrap.pip_install("requirements.txt")
    assert capsys.readouterr().err == "" and len(calls) == 1  # nothing changed: nothing installed, nothing said
