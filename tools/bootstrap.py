"""Set up everything the program needs, then start it or run the tests. Works on Windows and Linux.

    python3 tools/bootstrap.py start [program options, e.g. --demo]
    python3 tools/bootstrap.py test  [pytest options]

It creates .venv beside the sources, installs the pinned packages (requirements.txt, plus
requirements-dev.txt for the tests) when they changed, and on Debian/Ubuntu installs the system
libraries Qt and the document checks need (as root, or through sudo) when any is missing, and PostgreSQL:
``test`` starts a throwaway PostgreSQL cluster (tools/pg_cluster.py) and runs the service tests on it too.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
APT_PACKAGES = ["libgl1", "libegl1", "libxkbcommon0", "libglib2.0-0", "libfontconfig1", "libdbus-1-3",
                "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
                "poppler-utils", "postgresql"]  # fmt: skip


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def apt_install() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("apt-get") or not shutil.which("dpkg-query"):
        return
    missing = [
        p
        for p in APT_PACKAGES
        if subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True, text=True).stdout.find(
            "install ok installed"
        )
        < 0
    ]
    if not missing:
        return
    prefix = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if prefix is None:
        say(f"Brakuje pakietów systemowych (zainstaluj je jako administrator): {' '.join(missing)}")
        return
    say(f"Instaluję pakiety systemowe: {' '.join(missing)} …")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True,
                   env=env, stdout=subprocess.DEVNULL)  # fmt: skip


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def pip_install(requirements: str) -> None:
    if not venv_python().exists():
        say(f"Tworzę środowisko programu w {VENV} …")
        venv.EnvBuilder(with_pip=True).create(VENV)
    files = [ROOT / "requirements.txt", ROOT / requirements]
    stamp = VENV / f".installed-{requirements}"
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    say(f"Instaluję pakiety z {requirements} (za pierwszym razem to potrwa do kilku minut, potrzebny jest internet) …")
    subprocess.run([str(venv_python()), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "-r", str(ROOT / requirements)], check=True)  # fmt: skip
    stamp.write_text(digest)
    say("Pakiety zainstalowane.")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("start", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    apt_install()
    if command == "start":
        pip_install("requirements.txt")
        return subprocess.run([str(venv_python()), str(ROOT / "main.py"), *rest], cwd=ROOT).returncode
    pip_install("requirements-dev.txt")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cluster = None
    if not env.get("WSPARCIE_TEST_PG"):  # the service tests run on SQLite and on a throwaway PostgreSQL cluster
        sys.path.insert(0, str(ROOT / "tools"))
        import pg_cluster

        cluster = pg_cluster.start()
        if cluster is None:
            print("PostgreSQL nie jest zainstalowany: testy na serwerze PostgreSQL zostaną pominięte.", file=sys.stderr)
        else:
            env["WSPARCIE_TEST_PG"] = cluster.url
    if not any(arg == "-n" or arg.startswith(("-n", "--numprocesses", "--dist")) or arg == "no:xdist" for arg in rest):
        # the tests run in as many processes as the machine has cores (pytest-xdist), a test file in one process
        # (its module fixtures, e.g. a demo built once, are not built again elsewhere)
        rest = ["-n", "auto", "--dist", "loadfile", *rest]
    try:
        return subprocess.run([str(venv_python()), "-m", "pytest", *rest], cwd=ROOT, env=env).returncode
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
