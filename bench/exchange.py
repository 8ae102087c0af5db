"""The exchange file at scale: the demo gmina with 5,000 HDR activities and 50 MB of attachments.

    python bench/exchange.py [--runs 3] [--activities 5000] [--megabytes 50]

Each run exports the JST to a .wjst file (read, JSON, zip, Argon2id, AES-256-GCM, Ed25519, atomic write) and
imports it into an empty store (signature, decryption, checks, preview, backup, one transaction). The floors,
measured in the same run on the file's own entries (the tables' JSON and the attachments):

- export: the same bytes read from where an export finds them, SQLite (a bare sqlite3 table of the entries,
  name and bytes), and written as a plain zip with zipfile the same way (JSON deflated, attachments stored)
  to a file and synced, as the export syncs its file. Zipping the bytes from memory alone is printed too,
  for reference: an export cannot skip reading 50 MB out of the store;
- import: that zip read back and every entry written where an import puts it, into SQLite: a bare sqlite3
  table (name, bytes) in one transaction, with the store's own durability (WAL, synchronous=FULL). Reading
  the zip into memory alone is printed too, for reference: an import that keeps the user's work safe cannot
  skip the durable write of 50 MB, so that line is no floor of the same work.

Figures in seconds, min / median / max of the runs; the target is ≤ 3× the floor's median.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "ławka przy stawie 2026"
TARGET = 3.0


def make_store(path: Path, activities: int, megabytes: int) -> int:
    from sqlalchemy import func, insert, select

    from wsparcie_desktop.db import models as m
    from wsparcie_desktop.db.migrate import open_store
    from wsparcie_desktop.demo import build_demo

    db = open_store(path, backup=False)
    demo = build_demo(db)
    with db.transaction() as s:
        hdr_id = s.scalar(select(m.Hdr.id))
        have = s.scalar(select(func.count()).select_from(m.HdrActivity))
        start = dt.date(2026, 9, 1)
        rows = [
            {"hdr_id": hdr_id, "position": have + i, "name": f"Warsztaty dla nauczycieli nr {i} — ocenianie kształtujące",
             "description": "Spotkanie zespołu z doradcą; ćwiczenia i omówienie wniosków.", "form": "warsztat",
             "starts_on": start + dt.timedelta(days=i % 300), "ends_on": start + dt.timedelta(days=i % 300 + 2),
             "cost": 1250 + i % 17, "financing": "budzet_jst", "expected_result": "Plan pracy zespołu"}
            for i in range(max(0, activities - have))
        ]  # fmt: skip
        for first in range(0, len(rows), 500):
            s.execute(insert(m.HdrActivity), rows[first : first + 500])
        size = 1024 * 1024
        for i in range(megabytes):
            data = os.urandom(size)  # like a scanned PDF or a photo: does not compress
            s.add(m.Attachment(jst_id=demo.jst_id, process_id=demo.process_id, filename=f"skan-protokołu-{i:02d}.pdf",
                               mime="application/pdf", size=len(data), data=data))  # fmt: skip
    db.close()
    return demo.jst_id


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def plain_zip(entries: dict[str, bytes], path: Path) -> None:
    with zipfile.ZipFile(path, "w", allowZip64=True) as archive:
        for name, data in entries.items():
            compress = zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED
            archive.writestr(name, data, compress_type=compress)
        archive.fp.flush()
        os.fsync(archive.fp.fileno())


def entries_into_sqlite(entries: dict[str, bytes], target: Path) -> None:
    """The file's entries stored in a bare SQLite table (untimed: where the export floor reads them from)."""
    import sqlite3

    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE entry (name TEXT, data BLOB)")
    conn.executemany("INSERT INTO entry VALUES (?, ?)", list(entries.items()))
    conn.commit()
    conn.close()


def sqlite_to_zip(source: Path, path: Path) -> None:
    """The entries read out of the bare SQLite table and written as a plain zip."""
    import sqlite3

    conn = sqlite3.connect(source)
    entries = dict(conn.execute("SELECT name, data FROM entry"))
    conn.close()
    plain_zip(entries, path)


def plain_unzip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def unzip_into_sqlite(path: Path, target: Path) -> None:
    """The zip read back and every entry written into a bare SQLite file in one durable transaction."""
    import sqlite3

    from wsparcie_desktop.db.database import SYNCHRONOUS

    entries = plain_unzip(path)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")  # as the store (db/database.py)
    conn.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    conn.execute("CREATE TABLE IF NOT EXISTS entry (name TEXT, data BLOB)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO entry VALUES (?, ?)", list(entries.items()))
    conn.execute("COMMIT")
    conn.close()


def line(label: str, values: list[float], floor: list[float] | None = None) -> str:
    text = f"{label:34} {min(values):8.3f} {statistics.median(values):8.3f} {max(values):8.3f}"
    if floor is not None:
        ratio = statistics.median(values) / statistics.median(floor)
        text += f"   {ratio:4.1f}× floor  target ≤ {TARGET:.0f}×  {'ok' if ratio <= TARGET else 'OVER'}"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--megabytes", type=int, default=50)
    parser.add_argument("--dir", type=Path, default=ROOT / ".bench")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=args.dir))
    try:
        from wsparcie_desktop.db.migrate import open_store
        from wsparcie_desktop.exchange import container, service

        source_path = folder / "a" / "a.sqlite"
        source_path.parent.mkdir()
        jst_id = make_store(source_path, args.activities, args.megabytes)
        source = open_store(source_path, backup=False)
        empty = folder / "empty.sqlite"
        open_store(empty, backup=False).close()
        figures: dict[str, list[float]] = {
            k: [] for k in ("export", "zip", "sqlite_zip", "import", "unzip", "unzip_sqlite")
        }
        size = 0
        for run in range(args.runs):
            out = folder / f"{run}.wjst"
            figures["export"].append(timed(lambda out=out: service.export_jst(source, jst_id, out, PASSPHRASE)))
            size = out.stat().st_size
            entries = container.unseal(out.read_bytes(), PASSPHRASE).entries
            plain = folder / f"{run}.zip"
            figures["zip"].append(timed(lambda plain=plain, entries=entries: plain_zip(entries, plain)))
            stored = folder / f"entries{run}.sqlite"
            entries_into_sqlite(entries, stored)
            figures["sqlite_zip"].append(
                timed(lambda stored=stored, out=folder / f"{run}b.zip": sqlite_to_zip(stored, out))
            )
            figures["unzip"].append(timed(lambda plain=plain: plain_unzip(plain)))
            scratch = folder / f"scratch{run}.sqlite"
            figures["unzip_sqlite"].append(
                timed(lambda plain=plain, scratch=scratch: unzip_into_sqlite(plain, scratch))
            )
            target = folder / f"b{run}" / "b.sqlite"
            target.parent.mkdir()
            shutil.copy(empty, target)
            receiver = open_store(target, backup=False)

            def do_import(receiver=receiver, out=out) -> None:
                package = service.read_package(receiver, out, PASSPHRASE)
                service.preview(receiver, package)
                service.import_package(receiver, package)

            figures["import"].append(timed(do_import))
            receiver.close()
        source.close()
        print(f"exchange file of the demo with {args.activities:,} activities and {args.megabytes} MB of attachments "
              f"({size / 1024**2:.1f} MB file), seconds over {args.runs} runs:")  # fmt: skip
        print(f"{'':34} {'min':>8} {'median':>8} {'max':>8}")
        print(line("floor: sqlite3 read + plain zip", figures["sqlite_zip"]))
        print(line("export (main.py export)", figures["export"], figures["sqlite_zip"]))
        print(line("reference: plain zip from memory", figures["zip"]))
        print(
            f"{'  (no read of the store; not a floor)':34} export = "
            f"{statistics.median(figures['export']) / statistics.median(figures['zip']):.1f}× this"
        )
        print(line("floor: zip read + entries to sqlite3", figures["unzip_sqlite"]))
        print(line("import into an empty store", figures["import"], figures["unzip_sqlite"]))
        print(line("reference: zip read into memory", figures["unzip"]))
        print(
            f"{'  (no durable write; not a floor)':34} import = "
            f"{statistics.median(figures['import']) / statistics.median(figures['unzip']):.1f}× this"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
