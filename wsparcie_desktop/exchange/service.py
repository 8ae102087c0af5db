"""Export one JST to a ``.wjst`` file, read such a file, preview the merge, and import it in one transaction.

    export_jst(db, jst_id, path, passphrase)           -> ExportResult
    read_package(db, path, passphrase)                  -> Package   (checked, nothing written)
    preview(db, package)                                -> Plan      (added / changed / removed / conflicts)
    import_package(db, package, choices)                -> ImportResult (a backup first, then one transaction)

The merge works row by row on the rows' uids. The common base of a row is its content at the last exchange
with that sender (``exchange_base``; the sender's file carries its own bases too, and the newer one counts):
a row changed on one side only since then is taken, a row changed on both sides is a conflict, a deletion
(a tombstone) is applied when the row was not changed here since the base, and a conflict is decided per row
(keep mine / take theirs) with the losing version kept in ``exchange_history``.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, exc, func, select
from sqlalchemy.orm import Session

from wsparcie_desktop import APP_NAME, __version__
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db import models as m
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.exchange import container, keys
from wsparcie_desktop.exchange.labels import TABLE_NAMES, column_label
from wsparcie_desktop.exchange.rows import (
    Snapshot,
    Unresolved,
    Writer,
    insert_columns,
    key_of,
    link_key,
    read_jst,
    row_hash,
)
from wsparcie_desktop.exchange.schema import ROOT, carried_by_name, carried_tables

METADATA = m.Base.metadata
MINE, THEIRS = "mine", "theirs"
LABEL_COLUMNS = ("name", "full_name", "title", "filename", "what", "text", "activity", "purpose", "topic",
                 "description", "wizard")  # fmt: skip


# ------------------------------------------------------------ export


@dataclass(frozen=True)
class ExportResult:
    path: Path
    jst_name: str
    counts: dict[str, int]
    fingerprint: str


def _next_mark() -> int:
    """This installation's clock in microseconds: marks an export and an import, so the newer base is known.

    Both marks a merge compares come from the same installation's clock (its own import, and its own export
    that the sender imported), so the two laptops' clocks never need to agree.
    """
    return time.time_ns() // 1000


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def export_jst(db: Database, jst_id: int, path: str | Path, passphrase: str) -> ExportResult:
    """Write one JST with everything that belongs to it to ``path``, encrypted with ``passphrase`` and signed."""
    from wsparcie_desktop.db.migrate import head_revision

    key = container.SealingKey(passphrase)  # Argon2id on a second thread while the store is read
    identity = keys.load_or_create(db.file)
    mark = _next_mark()
    with db.transaction() as s:
        snap = read_jst(s, METADATA, jst_id)
        present = {(name, key) for name, rows in snap.tables.items() for key in rows}
        stones = sorted(
            {
                (t, k)
                for t, k in s.execute(select(m.Tombstone.table_name, m.Tombstone.row_key))
                if t in snap.tables and (t, k) not in present
            }
        )
        wanted = {k for _, k in present} | {k for _, k in stones}
        bases = [
            {"peer": peer, "key": key, "hash": digest, "mark": mark_}
            for peer, key, digest, mark_ in s.execute(
                select(
                    m.ExchangePeer.installation_id,
                    m.ExchangeBase.row_key,
                    m.ExchangeBase.row_hash,
                    m.ExchangeBase.their_mark,
                ).join(m.ExchangePeer)  # fmt: skip
            )
            if key in wanted
        ]
    jst_row = snap.tables[ROOT][snap.jst_uid]
    now = dt.datetime.now(dt.UTC)
    manifest = {
        "format": container.FORMAT,
        "format_version": container.FORMAT_VERSION,
        "program": APP_NAME,
        "program_version": __version__,
        "schema_revision": head_revision(),
        "created_at": now.isoformat(timespec="seconds"),
        "sender": {
            "installation_id": identity.installation_id,
            "name": identity.name,
            "fingerprint": identity.fingerprint,
            "mark": mark,
        },  # fmt: skip
        "jst": {"uid": snap.jst_uid, "name": jst_row["name"]},
        "counts": snap.counts(),
        "columns": {
            info.name: [c.name for c in info.table.columns if c.name not in info.skipped]
            for info in carried_tables(METADATA)
        },  # fmt: skip
        "files": {digest: len(data) for digest, data in snap.blobs.items()},
    }
    archive = container.Archive()  # the files first, zipped on a second thread while the tables' JSON is made
    filing = archive.add_in_background({f"files/{digest}": data for digest, data in snap.blobs.items()})
    entries = {"manifest.json": json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")}
    for name, rows in snap.tables.items():
        entries[f"tables/{name}.json"] = _json(list(rows.values()))
    entries["tombstones.json"] = _json([{"table": t, "key": k} for t, k in stones])
    entries["bases.json"] = _json(bases)
    filing.result()
    archive.add_all(entries)
    target = container.write(path, archive, key, identity, now)
    return ExportResult(target, jst_row["name"], snap.counts(), identity.fingerprint)


# ------------------------------------------------------------ reading a file


class KeyChangedError(DomainError):
    """A file names a known sender but is signed with another key: flagged before anything is decrypted."""

    def __init__(self, sender: container.Sender, known: str):
        super().__init__(
            f"Uwaga: plik podaje się za nadawcę „{sender.name}”, ale jest podpisany innym kluczem niż dotąd "
            f"(odcisk w pliku: {sender.fingerprint}, znany odcisk: {known}). Może to być nowa instalacja nadawcy "
            "albo cudzy plik. Potwierdź z nadawcą odcisk klucza (np. telefonicznie) zanim go przyjmiesz. "
            "Niczego nie wczytano."
        )
        self.sender = sender
        self.known = known


@dataclass
class Package:
    """A checked, decrypted file: who sent it, its manifest, the JST's rows, tombstones and the sender's bases."""

    sender: container.Sender
    created_at: dt.datetime
    manifest: dict
    snapshot: Snapshot
    tombstones: set[tuple[str, str]]
    bases: dict[str, tuple[str, int]]  # key -> (hash, mark on this installation's clock) for this installation
    new_key: bool = False  # the sender is known under another key and the user accepted the new one
    first_time: bool = False  # no file from this sender was imported before

    @property
    def jst_name(self) -> str:
        return str(self.manifest.get("jst", {}).get("name", ""))

    @property
    def sender_mark(self) -> int:
        return int(self.manifest["sender"]["mark"])


def _known_revisions() -> set[str]:
    from wsparcie_desktop.db.migrate import _revision_graph

    return set(_revision_graph())


@dataclass(frozen=True)
class SenderStatus:
    """Who signed a file, checked before any passphrase is asked: "new", "known" or "key_changed"."""

    name: str
    fingerprint: str
    status: str
    known_fingerprint: str = ""


def check_sender(db: Database, path: str | Path) -> SenderStatus:
    """The file's frame and signature checked, and its sender compared with the ones known here."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise DomainError(f"Nie można odczytać pliku „{path}”: {error.strerror or error}.", field="path") from error
    sender = container.read_sender(data)
    if sender.installation_id == keys.load_or_create(db.file).installation_id:
        raise DomainError("Ten plik wymiany został zapisany w tej samej instalacji programu; nie ma czego scalać.")
    with db.transaction() as s:
        peer = s.scalar(select(m.ExchangePeer).where(m.ExchangePeer.installation_id == sender.installation_id))
    if peer is None:
        return SenderStatus(sender.name, sender.fingerprint, "new")
    if peer.public_key != sender.public_key.hex():
        return SenderStatus(sender.name, sender.fingerprint, "key_changed", peer.fingerprint)
    return SenderStatus(sender.name, sender.fingerprint, "known", peer.fingerprint)


def read_package(db: Database, path: str | Path, passphrase: str, accept_new_key: bool = False) -> Package:
    """Check and decrypt an exchange file; refuses (Polish DomainError) before anything is written."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > container.MAX_PAYLOAD + container.MAX_HEADER + 1024:
            raise DomainError(container.HOSTILE.format(reason="plik jest zbyt duży"))
    except OSError as error:
        raise DomainError(f"Nie można odczytać pliku „{path}”: {error.strerror or error}.") from error
    identity = keys.load_or_create(db.file)
    state = {"new_key": False, "first": False}

    def check_sender(sender: container.Sender) -> None:
        if sender.installation_id == identity.installation_id:
            raise DomainError("Ten plik wymiany został zapisany w tej samej instalacji programu; nie ma czego scalać.")
        with db.transaction() as s:
            peer = s.scalar(select(m.ExchangePeer).where(m.ExchangePeer.installation_id == sender.installation_id))
        if peer is None:
            state["first"] = True
        elif peer.public_key != sender.public_key.hex():
            if not accept_new_key:
                raise KeyChangedError(sender, peer.fingerprint)
            state["new_key"] = True

    try:
        contents = container.unseal_file(path, passphrase, check_sender)
    except OSError as error:
        raise DomainError(f"Nie można odczytać pliku „{path}”: {error.strerror or error}.") from error
    manifest = contents.json("manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != container.FORMAT:
        raise DomainError(container.NOT_OURS)
    if manifest.get("schema_revision") not in _known_revisions():
        raise DomainError(container.NEWER_FORMAT)
    try:
        if manifest["sender"]["installation_id"] != contents.sender.installation_id:
            raise ValueError
        int(manifest["sender"]["mark"])
    except (KeyError, TypeError, ValueError):
        raise DomainError(container.HOSTILE.format(reason="niezgodny opis nadawcy")) from None
    snapshot = _snapshot_of(contents)
    tombstones = set()
    for stone in contents.json("tombstones.json"):
        if (
            not isinstance(stone, dict)
            or not isinstance(stone.get("table"), str)
            or not isinstance(stone.get("key"), str)
        ):
            raise DomainError(container.HOSTILE.format(reason="uszkodzona lista usuniętych"))
        tombstones.add((stone["table"], stone["key"]))
    bases = {}
    for base in contents.json("bases.json"):
        try:
            if base["peer"] == identity.installation_id:
                bases[str(base["key"])] = (str(base["hash"]), int(base["mark"]))
        except (KeyError, TypeError, ValueError):
            raise DomainError(container.HOSTILE.format(reason="uszkodzona lista baz scalania")) from None
    snapshot.hash_in_background()  # the rows' hashes, which the preview and the import need
    return Package(contents.sender, contents.created_at, manifest, snapshot, tombstones, bases, state["new_key"],
                   state["first"])  # fmt: skip


def _snapshot_of(contents: container.Contents) -> Snapshot:
    infos = carried_by_name(METADATA)
    snap = Snapshot()
    for name in contents.entries:
        if name.startswith("tables/") and name[len("tables/") : -len(".json")] not in infos:
            raise DomainError(container.NEWER_FORMAT)
    for name, info in infos.items():
        entry = f"tables/{name}.json"
        rows = contents.json(entry) if entry in contents.entries else []
        if not isinstance(rows, list):
            raise DomainError(container.HOSTILE.format(reason=f"uszkodzona tabela „{name}”"))
        table = {}
        for row in rows:
            if not isinstance(row, dict):  # JSON gives an object's keys as texts
                raise DomainError(container.HOSTILE.format(reason=f"uszkodzony wiersz tabeli „{name}”"))
            try:
                key = key_of(info, row)
            except KeyError:
                raise DomainError(container.HOSTILE.format(reason=f"wiersz bez klucza w tabeli „{name}”")) from None
            if not isinstance(key, str) or key in table:
                raise DomainError(container.HOSTILE.format(reason=f"powtórzony klucz w tabeli „{name}”"))
            table[key] = row
        snap.tables[name] = table
    if len(snap.tables[ROOT]) != 1:
        raise DomainError(container.HOSTILE.format(reason="plik musi zawierać dokładnie jeden samorząd"))
    for name, data in contents.entries.items():
        if name.startswith("files/"):  # checked against its name as the archive was read
            snap.blobs[name[len("files/") :]] = data
    return snap


# ------------------------------------------------------------ the preview


@dataclass(frozen=True)
class RowChange:
    """A row the import adds, changes or removes; a changed row carries its differing fields (here → file)."""

    table: str
    key: str
    row: dict | None = field(default=None, repr=False, compare=False)
    fields: tuple[FieldDiff, ...] = field(default=(), compare=False)

    @property
    def label(self) -> str:
        return label_of(self.row, self.key)

    @property
    def table_label(self) -> str:
        return TABLE_NAMES.get(self.table, self.table)


@dataclass(frozen=True)
class FieldDiff:
    """One differing field of a conflict: the raw values and the texts the preview shows (Polish)."""

    column: str
    mine: object
    theirs: object
    label: str = ""
    mine_text: str = ""
    theirs_text: str = ""


@dataclass(frozen=True)
class Conflict:
    """A row changed on both sides (or changed on one and deleted on the other) since the last exchange."""

    table: str
    key: str
    label: str
    mine: dict | None  # None: deleted here
    theirs: dict | None  # None: deleted there
    fields: tuple[FieldDiff, ...]
    # a row added here apart from the sender's (``key``) that is the same row by a unique key: its key here,
    # and the names of the fields they share (both choices keep one row, under the sender's uid)
    mine_key: str = ""
    same: tuple[str, ...] = ()

    @property
    def table_label(self) -> str:
        return TABLE_NAMES.get(self.table, self.table)

    @property
    def situation(self) -> str:
        if self.mine_key:
            return "dodany osobno po obu stronach (to samo: " + ", ".join(self.same) + ")"
        if self.mine is None:
            return "usunięty u mnie, zmieniony u nadawcy"
        if self.theirs is None:
            return "zmieniony u mnie, usunięty u nadawcy"
        return "zmieniony po obu stronach"


@dataclass
class Plan:
    jst_name: str
    new_jst: bool
    local_jst_id: int | None
    added: list[RowChange] = field(default_factory=list)
    changed: list[RowChange] = field(default_factory=list)
    removed: list[RowChange] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    # (table, key) -> what to write when taking theirs: "insert" | "update" | "delete"
    actions: dict[tuple[str, str], str] = field(default_factory=dict)
    conflict_actions: dict[tuple[str, str], str] = field(default_factory=dict)
    unchanged: int = 0

    @property
    def nothing_to_do(self) -> bool:
        return not (self.added or self.changed or self.removed or self.conflicts)


def label_of(row: dict | None, key: str) -> str:
    if row:
        for column in LABEL_COLUMNS:
            value = row.get(column)
            if isinstance(value, str) and value.strip():
                text = " ".join(value.split())
                return text if len(text) <= 70 else text[:69] + "…"
    return key[:8]


MONEY_COLUMNS = {"cost", "actual_cost", "amount", "planned_salaries", "spending_current", "spending_capital",
                 "state_funding", "transport_cost"}  # fmt: skip


def _text(value, labels: dict[str, str], kind: str = "", column: str = "") -> str:
    if value is None:
        return "—"
    if kind == "decimal" and isinstance(value, str):
        from wsparcie_desktop.i18n import format_money, format_number

        try:
            number = Decimal(value)
            return format_money(number) if column in MONEY_COLUMNS else format_number(number)
        except ArithmeticError:
            return value
    if kind == "datetime" and isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value).strftime("%d.%m.%Y %H:%M")
        except ValueError:
            return value
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if isinstance(value, dict):
        if "plik" in value:
            return "plik " + str(value["plik"])[:8]
        return "(usunięty wiersz)"
    if isinstance(value, str):
        if value in labels:
            return labels[value]
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
            except ValueError:
                pass
        return value
    return str(value)


def _labels(*snaps: Snapshot | None) -> dict[str, str]:
    """uid -> a readable name, so that a changed reference shows whom or what it points to."""
    found: dict[str, str] = {}
    for snap in snaps:
        if snap is None:
            continue
        for rows in snap.tables.values():
            for key, row in rows.items():
                found.setdefault(key, label_of(row, key))
    return found


def _diff(info, mine: dict | None, theirs: dict | None, labels: dict[str, str]) -> tuple[FieldDiff, ...]:
    kinds = {name: kind for name, kind, _ in info.plan}
    columns = [c.name for c in info.table.columns if c.name not in info.skipped and c.name not in ("uid", "version")]
    out = []
    for column in columns:
        a = None if mine is None else mine.get(column)
        b = None if theirs is None else theirs.get(column)
        if mine is None or theirs is None or a != b:
            kind = kinds.get(column, "")
            out.append(FieldDiff(column, a, b, column_label(info.name, column),
                                 "(usunięty)" if mine is None else _text(a, labels, kind, column),
                                 "(usunięty)" if theirs is None else _text(b, labels, kind, column)))  # fmt: skip
    return tuple(out)


def _plan(s: Session, package: Package, identity: keys.Identity) -> tuple[Plan, Snapshot | None]:
    theirs = package.snapshot
    jst_uid = theirs.jst_uid
    local_id = s.scalar(select(m.Jst.id).where(m.Jst.uid == jst_uid))
    plan = Plan(package.jst_name, local_id is None, local_id)
    if local_id is None:
        if theirs.tables[ROOT][jst_uid].get("teryt"):
            clash = s.scalar(select(m.Jst.name).where(m.Jst.teryt == theirs.tables[ROOT][jst_uid]["teryt"]))
            if clash:
                raise DomainError(
                    f"W pliku danych jest już samorząd „{clash}” z tym samym kodem TERYT, ale to inny zapis niż w "
                    "pliku wymiany (powstał osobno). Zmień albo usuń jeden z nich i spróbuj ponownie. Niczego nie "
                    "zmieniono."
                )
        for name, rows in theirs.tables.items():
            for key, row in rows.items():
                plan.added.append(RowChange(name, key, row))
                plan.actions[(name, key)] = "insert"
        return plan, None
    mine = read_jst(s, METADATA, local_id, with_blobs=False)
    peer_id = s.scalar(
        select(m.ExchangePeer.id).where(m.ExchangePeer.installation_id == package.sender.installation_id)
    )
    own = {}
    if peer_id is not None:
        own = {
            k: (h, mark)
            for k, h, mark in s.execute(
                select(m.ExchangeBase.row_key, m.ExchangeBase.row_hash, m.ExchangeBase.my_mark).where(
                    m.ExchangeBase.peer_id == peer_id
                )
            )
        }
    bases = dict(own)
    for key, (digest, mark) in package.bases.items():
        if key not in bases or mark > bases[key][1]:
            bases[key] = (digest, mark)
    my_stones = {(t, k) for t, k in s.execute(select(m.Tombstone.table_name, m.Tombstone.row_key))}
    labels = _labels(mine, theirs)
    for info in carried_tables(METADATA):
        name = info.name
        their_rows, my_rows = theirs.tables.get(name, {}), mine.tables.get(name, {})
        for key in sorted(set(their_rows) | set(my_rows)):
            t, mrow = their_rows.get(key), my_rows.get(key)
            base = bases.get(key, (None, 0))[0]
            if t is not None and mrow is not None:
                ht, hm = theirs.hash_of(name, key), row_hash(mrow)
                if ht == hm:
                    plan.unchanged += 1
                    continue
                mine_changed, theirs_changed = base is None or hm != base, base is None or ht != base
                if theirs_changed and not mine_changed:
                    plan.changed.append(RowChange(name, key, t, _diff(info, mrow, t, labels)))
                    plan.actions[(name, key)] = "update"
                elif theirs_changed:
                    plan.conflicts.append(
                        Conflict(name, key, label_of(mrow, key), mrow, t, _diff(info, mrow, t, labels))
                    )
                    plan.conflict_actions[(name, key)] = "update"
            elif t is not None:
                if (name, key) in my_stones:
                    if base is not None and theirs.hash_of(name, key) == base:
                        continue  # deleted here, not changed there: stays deleted
                    plan.conflicts.append(Conflict(name, key, label_of(t, key), None, t, _diff(info, None, t, labels)))
                    plan.conflict_actions[(name, key)] = "insert"
                else:
                    plan.added.append(RowChange(name, key, t))
                    plan.actions[(name, key)] = "insert"
            elif (name, key) in package.tombstones:
                if base is not None and row_hash(mrow) == base:
                    plan.removed.append(RowChange(name, key, mrow))
                    plan.actions[(name, key)] = "delete"
                else:
                    plan.conflicts.append(
                        Conflict(name, key, label_of(mrow, key), mrow, None, _diff(info, mrow, None, labels))
                    )
                    plan.conflict_actions[(name, key)] = "delete"
    _same_rows_added_apart(plan, mine, theirs, labels)
    return plan, mine


def _unique_keys(info) -> list[tuple[str, ...]]:
    """The unique keys of a table other than its uid and its primary key (the columns a clash is found by)."""
    from sqlalchemy import UniqueConstraint

    table = info.table
    found = [tuple(c.name for c in k.columns) for k in table.constraints if isinstance(k, UniqueConstraint)]
    found += [(c.name,) for c in table.columns if c.unique]
    found += [tuple(c.name for c in index.columns) for index in table.indexes if index.unique]
    primary = tuple(c.name for c in table.primary_key.columns)
    return list(dict.fromkeys(k for k in found if k not in (("uid",), primary)))


def _comparable(values: tuple) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False)


def _same_rows_added_apart(plan: Plan, mine: Snapshot, theirs: Snapshot, labels: dict[str, str]) -> None:
    """Rows added here and there apart that are the same by a unique key (the same school by its RSPO number,
    the same fund year) become conflicts instead of a refused import; a row here that the sender's row names
    through such a pair (its parent added on both sides) is compared with the parent's uid here."""
    alias: dict[str, str] = {}  # the sender's uid -> the uid here of the same row added apart
    added_by_table: dict[str, list[RowChange]] = {}
    for change in plan.added:
        added_by_table.setdefault(change.table, []).append(change)
    dropped: set[tuple[str, str]] = set()
    for info in carried_tables(METADATA):
        added = added_by_table.get(info.name)
        if not added:
            continue
        refs = {r.column for r in info.references if r.carried and not r.soft}

        def seen(row: dict, refs=refs) -> dict:  # the sender's row with its references named as here
            return {c: alias.get(v, v) if c in refs and isinstance(v, str) else v for c, v in row.items()}

        if info.link:  # a link between rows added apart: the same link when its ends are the same rows
            for change in added:
                named = seen(change.row)
                if link_key(info, named) in mine.tables.get(info.name, {}):
                    dropped.add((info.name, change.key))
            continue
        uniques = _unique_keys(info)
        if not uniques:
            continue
        index: dict[tuple[tuple[str, ...], str], str] = {}
        for key, row in mine.tables.get(info.name, {}).items():
            if key in theirs.tables.get(info.name, {}):
                continue
            for columns in uniques:
                values = tuple(row.get(c) for c in columns)
                if None not in values:
                    index.setdefault((columns, _comparable(values)), key)
        used: set[str] = set()
        for change in added:
            named = seen(change.row)
            for columns in uniques:
                values = tuple(named.get(c) for c in columns)
                hit = index.get((columns, _comparable(values))) if None not in values else None
                if hit is not None and hit not in used:
                    break
            else:
                continue
            used.add(hit)
            alias[change.key] = hit
            dropped.add((info.name, change.key))
            here = mine.tables[info.name][hit]
            same = tuple(column_label(info.name, c) for c in columns
                         if not (c in refs and info.reference_by_column[c].target == ROOT))  # fmt: skip
            plan.conflicts.append(Conflict(info.name, change.key, label_of(here, hit), here, change.row,
                                           _diff(info, here, named, labels), hit, same))  # fmt: skip
            plan.conflict_actions[(info.name, change.key)] = "adopt"
            if (info.name, hit) in plan.actions and plan.actions[(info.name, hit)] == "delete":
                del plan.actions[(info.name, hit)]  # deleted there and added again: the one row stays
                plan.removed = [r for r in plan.removed if (r.table, r.key) != (info.name, hit)]
    if dropped:
        plan.added = [r for r in plan.added if (r.table, r.key) not in dropped]
        for item in dropped:
            plan.actions.pop(item, None)
        plan.unchanged += sum(1 for t, _ in dropped if carried_by_name(METADATA)[t].link)


def preview(db: Database, package: Package) -> Plan:
    """What importing the package would do; nothing is written."""
    identity = keys.load_or_create(db.file)
    with db.transaction() as s:
        plan, _ = _plan(s, package, identity)
    return plan


# ------------------------------------------------------------ the import


@dataclass(frozen=True)
class ImportResult:
    jst_id: int
    jst_name: str
    new_jst: bool
    added: int
    changed: int
    removed: int
    conflicts: int
    skipped: tuple[str, ...]
    backup: Path | None
    fingerprint: str
    changes: tuple[Change, ...]


def import_package(db: Database, package: Package, choices: dict[str, str] | None = None) -> ImportResult:
    """Merge the package into the store: a backup copy first, then everything in one transaction.

    ``choices`` maps a conflict's row key to "mine" or "theirs"; every conflict of the plan needs one.
    """
    from wsparcie_desktop.db.backup import timestamped_backup

    choices = dict(choices or {})
    identity = keys.load_or_create(db.file)
    with db.transaction() as s:  # refuse an unanswered conflict before making a backup copy
        merge = s.scalar(select(m.Jst.id).where(m.Jst.uid == package.snapshot.jst_uid)) is not None
        if merge:  # a JST not here yet is added whole: no conflicts to ask about
            plan, _ = _plan(s, package, identity)
    if merge:
        _check_choices(plan, choices)
    backup = timestamped_backup(db.file, "przed-importem") if db.file is not None else None
    try:
        with db.transaction() as s:
            plan, mine = _plan(s, package, identity)
            _check_choices(plan, choices)
            result = _apply(s, package, plan, mine, choices)
    except (ValueError, TypeError, ArithmeticError, KeyError) as error:
        raise DomainError(container.HOSTILE.format(reason=f"niepoprawna wartość w danych ({error})")) from error
    except exc.IntegrityError as error:
        raise DomainError(
            "Danych z pliku nie można połączyć z danymi tego programu, bo naruszałyby regułę bazy "
            f"({error.orig}). Niczego nie zmieniono."
        ) from error
    return ImportResult(backup=backup, **result)


def _check_choices(plan: Plan, choices: dict[str, str]) -> None:
    missing = [c for c in plan.conflicts if choices.get(c.key) not in (MINE, THEIRS)]
    if missing:
        raise DomainError(
            f"Nierozstrzygnięte konflikty: {len(missing)} (np. {missing[0].table_label} „{missing[0].label}”). "
            "Wybierz dla każdego: zostaw moje albo weź od nadawcy. Niczego nie zmieniono."
        )


def _apply(s: Session, package: Package, plan: Plan, mine: Snapshot | None, choices: dict[str, str]) -> dict:
    theirs = package.snapshot
    now = dt.datetime.now()
    mark, their_mark = _next_mark(), package.sender_mark
    actions = dict(plan.actions)
    adopted: dict[str, list[tuple[str, str, bool]]] = {}  # table -> (key here, the sender's key, take theirs)
    for conflict in plan.conflicts:
        if conflict.mine_key:
            adopted.setdefault(conflict.table, []).append(
                (conflict.mine_key, conflict.key, choices[conflict.key] == THEIRS)
            )
        elif choices[conflict.key] == THEIRS:
            actions[(conflict.table, conflict.key)] = plan.conflict_actions[(conflict.table, conflict.key)]
    writer = Writer(s, METADATA, mine or Snapshot(), theirs.blobs)
    skipped: list[str] = []
    infos = carried_tables(METADATA)
    by_table: dict[str, dict[str, list[str]]] = {}  # table -> action -> keys, in the plan's order
    for (t, k), a in actions.items():
        by_table.setdefault(t, {}).setdefault(a, []).append(k)
    for info in infos:
        rows = theirs.tables.get(info.name, {})
        todo = by_table.get(info.name, {})
        for here, there, take in adopted.get(info.name, ()):  # one row, under the sender's uid, before its children
            try:
                writer.adopt(info, here, there, rows[there] if take else None)
            except Unresolved:
                writer.adopt(info, here, there, None)
                skipped.append(f"{TABLE_NAMES.get(info.name, info.name)} „{label_of(rows[there], there)}”")
        for row in writer.insert(info, [rows[k] for k in todo.get("insert", ())]):
            skipped.append(f"{TABLE_NAMES.get(info.name, info.name)} „{label_of(row, key_of(info, row))}”")
        for k in todo.get("update", ()):
            try:
                writer.update(info, k, rows[k])
            except Unresolved:
                skipped.append(f"{TABLE_NAMES.get(info.name, info.name)} „{label_of(rows[k], k)}”")
    writer.finish()
    for info in reversed(infos):
        for k in by_table.get(info.name, {}).get("delete", ()):
            writer.delete(info, k)
    sender = package.sender
    peer = s.scalar(select(m.ExchangePeer).where(m.ExchangePeer.installation_id == sender.installation_id))
    new_peer = peer is None
    if new_peer:
        peer = m.ExchangePeer(installation_id=sender.installation_id, public_key=sender.public_key.hex(),
                              fingerprint=sender.fingerprint, first_seen_at=now)  # fmt: skip
        s.add(peer)
    peer.name = sender.name
    if package.new_key:
        peer.public_key, peer.fingerprint = sender.public_key.hex(), sender.fingerprint
    peer.last_import_at, peer.last_file_made_at = now, package.created_at.replace(tzinfo=None)
    s.flush()
    for conflict in plan.conflicts:
        kept = choices[conflict.key]
        lost, won = (conflict.theirs, conflict.mine) if kept == MINE else (conflict.mine, conflict.theirs)
        s.add(m.ExchangeHistory(jst_uid=theirs.jst_uid, table_name=conflict.table, row_key=conflict.key,
                                label=conflict.label, kept=kept, lost=json.dumps(lost, ensure_ascii=False),
                                kept_version=json.dumps(won, ensure_ascii=False), peer_name=sender.name,
                                decided_at=now))  # fmt: skip
    keys_now = [] if new_peer else [k for rows in theirs.tables.values() for k in rows]  # a new peer has none
    for start in range(0, len(keys_now), 500):
        chunk = keys_now[start : start + 500]
        s.execute(delete(m.ExchangeBase).where(m.ExchangeBase.peer_id == peer.id, m.ExchangeBase.row_key.in_(chunk)))
    carried = [(name, k) for name, rows in theirs.tables.items() for k in rows]
    hashes = theirs.hashes()
    insert_columns(  # one row per carried row, in one executemany
        s.connection(),
        m.ExchangeBase.__table__,
        ["peer_id", "row_key", "row_hash", "my_mark", "their_mark"],
        [[peer.id] * len(carried), [k for _, k in carried], [hashes[item] for item in carried],
         [mark] * len(carried), [their_mark] * len(carried)],
    )  # fmt: skip
    jst_id = s.scalar(select(m.Jst.id).where(m.Jst.uid == theirs.jst_uid))
    taken_theirs = sum(1 for c in plan.conflicts if choices[c.key] == THEIRS)
    changes = (Change(Kind.JST_LIST), *(Change(kind, jst_id) for kind in Kind if kind is not Kind.JST_LIST))
    return {
        "jst_id": jst_id, "jst_name": package.jst_name, "new_jst": plan.new_jst, "added": len(plan.added),
        "changed": len(plan.changed) + taken_theirs, "removed": len(plan.removed), "conflicts": len(plan.conflicts),
        "skipped": tuple(skipped), "fingerprint": sender.fingerprint, "changes": changes,
    }  # fmt: skip


# ------------------------------------------------------------ what is recorded


@dataclass(frozen=True)
class HistoryEntry:
    table_label: str
    label: str
    kept: str
    lost: dict | None
    kept_version: dict | None
    peer_name: str
    decided_at: dt.datetime
    lost_fields: tuple[tuple[str, str], ...] = ()  # (field name, text) of the losing version, in Polish


def conflict_history(db: Database, jst_id: int) -> list[HistoryEntry]:
    """The versions that lost a conflict in the imports of this JST, newest first."""
    with db.transaction() as s:
        uid = s.scalar(select(m.Jst.uid).where(m.Jst.id == jst_id))
        rows = s.scalars(
            select(m.ExchangeHistory).where(m.ExchangeHistory.jst_uid == uid).order_by(m.ExchangeHistory.id.desc())
        ).all()
        labels = _labels(read_jst(s, METADATA, jst_id, with_blobs=False)) if rows else {}
    result = []
    for r in rows:
        lost = json.loads(r.lost)
        fields = ()
        if isinstance(lost, dict):
            fields = tuple(
                (column_label(r.table_name, column), _text(value, labels))
                for column, value in lost.items()
                if column not in ("uid", "version")
            )
        result.append(HistoryEntry(TABLE_NAMES.get(r.table_name, r.table_name), r.label, r.kept, lost,
                                   json.loads(r.kept_version), r.peer_name, r.decided_at, fields))  # fmt: skip
    return result


@dataclass(frozen=True)
class PeerInfo:
    name: str
    fingerprint: str
    first_seen_at: dt.datetime
    last_import_at: dt.datetime | None


def known_senders(db: Database) -> list[PeerInfo]:
    with db.transaction() as s:
        return [
            PeerInfo(p.name, p.fingerprint, p.first_seen_at, p.last_import_at)
            for p in s.scalars(select(m.ExchangePeer).order_by(m.ExchangePeer.name))
        ]


def own_fingerprint(db: Database) -> str:
    return keys.load_or_create(db.file).fingerprint


def tombstone_count(db: Database) -> int:
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(m.Tombstone)) or 0
