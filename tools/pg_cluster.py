"""A throwaway PostgreSQL cluster for the tests: made in a temporary folder, on a free local port, then removed.

    python3 tools/pg_cluster.py   # start one, print its URL, stop it on Enter (for trying things by hand)

``tools/bootstrap.py test`` starts one when ``WSPARCIE_TEST_PG`` is not set and the server's programs are
installed (Debian's ``postgresql`` package), and passes its URL to the tests. PostgreSQL refuses to run as
root, so as root the cluster is made and run as the ``postgres`` user. Standard library only: it runs before
the virtual environment exists.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

SERVER_USER = "postgres"
# Members of this group role must give a password (the password prompt and keyring tests); everyone else on
# 127.0.0.1 is trusted, as a throwaway cluster of the tests may be.
PASSWORD_GROUP = "wsparcie_password_login"
HBA = f"""local all all trust
host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
host all all ::1/128 trust
"""


def bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: Debian keeps them under /usr/lib/postgresql/<version>/bin."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, folder: Path, port: int, bindir: Path, as_user: list[str]):
        self.folder, self.port, self.bindir, self.as_user = folder, port, bindir, as_user
        self.url = f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{port}/postgres"

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Cluster | None:
    """A running cluster (superuser ``postgres``, trusted on 127.0.0.1 only), or None without PostgreSQL."""
    bindir = bin_dir()
    if bindir is None or os.name != "posix":
        return None
    folder = Path(tempfile.mkdtemp(prefix="wsparcie-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        import pwd

        try:
            account = pwd.getpwnam(SERVER_USER)
        except KeyError:
            return None
        os.chown(folder, account.pw_uid, account.pw_gid)
        as_user = ["runuser", "-u", SERVER_USER, "--"] if shutil.which("runuser") else ["su", SERVER_USER, "-c"]
    cluster = Cluster(folder, _free_port(), bindir, as_user)
    data = folder / "data"
    # ICU's Polish collation, as a Polish server would sort; durability off: the cluster is thrown away anyway.
    initdb = [str(bindir / "initdb"), "-D", str(data), "-U", SERVER_USER, "--auth=trust", "-E", "UTF8",
              "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=pl-PL"]  # fmt: skip
    options = (f"-p {cluster.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")  # fmt: skip
    commands = [initdb, [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w",
                         "start"]]  # fmt: skip
    try:
        for command in commands:
            if command is commands[1]:
                (data / "pg_hba.conf").write_text(HBA)  # initdb made it, owned by the server's user: kept so
            if as_user[:1] == ["su"]:
                cluster._run(" ".join(f"'{part}'" for part in command))
            else:
                cluster._run(*command)
    except (subprocess.CalledProcessError, OSError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        print(f"PostgreSQL test cluster not started: {exc} {detail.decode(errors='replace')}", file=sys.stderr)
        cluster.stop()
        return None
    return cluster


if __name__ == "__main__":
    running = start()
    if running is None:
        sys.exit("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    print(running.url)
    try:
        input("Enter stops the cluster… ")
    finally:
        running.stop()
