"""SIGTERM ends the program through its clean-up: the demo's temporary folder does not stay behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def start_demo(tmp_path: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_DATA_HOME": str(tmp_path / "d")}  # fmt: skip
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--demo"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(os.name != "posix", reason="signals")
@pytest.mark.parametrize("settle", [0.0, 12.0], ids=["while-the-demo-is-built", "with-the-window-open"])
def test_sigterm_removes_the_demo_folder(tmp_path, settle):
    program = start_demo(tmp_path)
    try:
        assert wait_for(lambda: any(tmp_path.glob("wsparcie-demo-*/demo.sqlite")), 60)
        time.sleep(settle)
        program.send_signal(signal.SIGTERM)
        program.wait(timeout=60)
    finally:
        if program.poll() is None:
            program.kill()
    assert program.returncode in (0, 128 + signal.SIGTERM), program.stderr.read().decode()
    assert list(tmp_path.glob("wsparcie-demo-*")) == []
