"""One JST's rows as the exchange file writes them, and writing such rows back into a store.

A row is a dict of JSON values: text and numbers as they are, dates and times in ISO 8601, money and other
decimals as strings (never floats), bytes as ``{"plik": SHA-256}`` naming a file of the archive, a foreign key
as the uid of the row it points to (reference data: its natural key), the local integer id left out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, Integer, MetaData, Numeric, Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.exchange.schema import ROOT, Reference, TableInfo, carried_tables, natural_key

CHUNK = 500
MISSING = "brak"  # a soft reference to a row that no longer exists: {"brak": the old id}


def row_hash(row: dict) -> str:
    """The content of a row, without its uid and version: equal on two installations when the data is equal."""
    content = {k: v for k, v in row.items() if k not in ("uid", "version")}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def link_key(info: TableInfo, row: dict) -> str:
    return "|".join(str(row[c.name]) for c in info.table.primary_key.columns)


def key_of(info: TableInfo, row: dict) -> str:
    return link_key(info, row) if info.link else row["uid"]


def _chunks(values: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


# ------------------------------------------------------------ values


def encode_value(column, value):
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return value.isoformat()
    if isinstance(kind, Date):
        return value.isoformat()
    if isinstance(kind, Numeric) and not isinstance(kind, Integer):
        return str(Decimal(value))
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def decode_value(column, value):
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Numeric) and not isinstance(kind, Integer):
        return Decimal(value)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValueError(f"{column.name}: not a boolean")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{column.name}: not an integer")
        return value
    if not isinstance(value, str):
        raise ValueError(f"{column.name}: not a text")
    return value


def _checked(kind: type, what: str):
    def decode(name: str, value):
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ValueError(f"{name}: not {what}")
        return value

    return decode


_DECODERS = {
    "datetime": lambda _name, value: dt.datetime.fromisoformat(value),
    "date": lambda _name, value: dt.date.fromisoformat(value),
    "decimal": lambda _name, value: Decimal(value),
    "bool": _checked(bool, "a boolean"),
    "int": _checked(int, "an integer"),
    "text": _checked(str, "a text"),
}


# ------------------------------------------------------------ reference data


class ReferenceData:
    """Local keys of reference rows <-> their natural keys, the same in every installation."""

    def __init__(self, session: Session, metadata: MetaData):
        self.session = session
        self.metadata = metadata
        self._to_natural: dict[str, dict] = {}
        self._to_local: dict[str, dict] = {}

    def _load(self, name: str) -> None:
        if name in self._to_natural:
            return
        table = self.metadata.tables[name]
        columns = natural_key(table)
        refs = {c.name: next(iter(c.foreign_keys)).column for c in table.columns if c.foreign_keys}
        to_natural, to_local = {}, {}
        pk = [c.name for c in table.primary_key.columns]
        for row in self.session.execute(select(table)).mappings():
            parts = []
            for c in columns:
                value = row[c]
                if c in refs:
                    value = self.to_natural(refs[c].table.name, refs[c].name, value)
                parts.append(value)
            natural = parts[0] if len(parts) == 1 else parts
            local = row[pk[0]] if len(pk) == 1 else tuple(row[c] for c in pk)
            to_natural[local] = natural
            to_local[json.dumps(natural)] = local
        self._to_natural[name], self._to_local[name] = to_natural, to_local

    def to_natural(self, name: str, column: str, value):
        if value is None:
            return None
        self._load(name)
        return self._to_natural[name].get(value, value)

    def to_local(self, name: str, natural):
        if natural is None:
            return None
        self._load(name)
        found = self._to_local[name].get(json.dumps(natural))
        if found is None:
            raise DomainError(
                f"Plik odwołuje się do danych słownikowych, których nie ma w tej instalacji ({name}: {natural}). "
                "Zaktualizuj program do wersji nadawcy i spróbuj ponownie. Niczego nie zmieniono."
            )
        return found


# ------------------------------------------------------------ reading one JST


@dataclass
class Snapshot:
    """One JST as the file holds it: rows by table and key, and the bytes of its files by SHA-256."""

    tables: dict[str, dict[str, dict]] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    local_ids: dict[str, dict[str, object]] = field(default_factory=dict)  # table -> key -> local pk (uid tables)

    @property
    def jst_uid(self) -> str:
        return next(iter(self.tables[ROOT]))

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


def read_jst(session: Session, metadata: MetaData, jst_id: int, with_blobs: bool = True) -> Snapshot:
    """Every carried row of one JST, encoded; ``with_blobs=False`` hashes the files without keeping them."""
    snap = Snapshot()
    refdata = ReferenceData(session, metadata)
    owned: dict[str, dict[str, set]] = {}  # table -> column -> values of its rows (for the children's filter)
    raw_rows: dict[str, list[dict]] = {}
    uid_by_local: dict[str, dict[str, dict]] = {}  # table -> column -> value -> uid
    infos = carried_tables(metadata)
    targets_of: dict[str, set[str]] = {}
    for other in infos:
        for r in other.references:
            targets_of.setdefault(r.target, set()).add(r.target_column)
    for info in infos:
        table = info.table
        plain = [c for c in table.columns if c.name not in info.blobs]
        names = [c.name for c in plain]
        query = select(*plain).where(table.c.id == jst_id) if info.name == ROOT else select(*plain)
        owners = [(names.index(o.column), owned.get(o.target, {}).get(o.target_column, set())) for o in info.owners]
        rows = []
        for values in session.execute(query).tuples():
            if owners and not any(values[i] is not None and values[i] in allowed for i, allowed in owners):
                continue
            rows.append(dict(zip(names, values, strict=True)))
        raw_rows[info.name] = rows
        targets = targets_of.get(info.name, set())
        owned[info.name] = {c: {row[c] for row in rows} for c in targets}
        if "uid" in table.c:
            uid_by_local[info.name] = {c: {row[c]: row["uid"] for row in rows} for c in targets}
    if not raw_rows.get(ROOT):
        raise DomainError("Nie ma takiego samorządu w pliku danych.")
    for info in infos:
        out = snap.tables[info.name] = {}
        blob_values = _read_blobs(session, info, raw_rows[info.name]) if info.blobs else {}
        pk_name = info.table.primary_key.columns[0].name
        ids = snap.local_ids.setdefault(info.name, {}) if not info.link else None
        for row in raw_rows[info.name]:
            encoded = {}
            for name, kind, ref in info.plan:
                value = row.get(name)
                if kind == "blob":
                    data = blob_values.get(row[pk_name], {}).get(name)
                    if data is None:
                        encoded[name] = None
                        continue
                    digest = hashlib.sha256(data).hexdigest()
                    if with_blobs:
                        snap.blobs[digest] = data
                    encoded[name] = {"plik": digest}
                elif value is None:
                    encoded[name] = None
                elif kind == "ref":
                    if ref.carried:
                        uid = uid_by_local[ref.target][ref.target_column].get(value)
                        if uid is None:
                            if not ref.soft:
                                raise DomainError(f"Niespójne dane: {info.name}.{name} wskazuje wiersz spoza JST.")
                            encoded[name] = {MISSING: abs(value)}
                        else:
                            encoded[name] = uid
                    else:
                        encoded[name] = refdata.to_natural(ref.target, ref.target_column, value)
                elif kind == "date" or kind == "datetime":
                    encoded[name] = value.isoformat()
                elif kind == "decimal":
                    encoded[name] = str(Decimal(value))
                elif kind == "bool":
                    encoded[name] = bool(value)
                else:
                    encoded[name] = value
            key = key_of(info, encoded)
            out[key] = encoded
            if ids is not None:
                ids[key] = row[pk_name]
    return snap


def _read_blobs(session: Session, info: TableInfo, rows: list[dict]) -> dict:
    pk = info.table.primary_key.columns[0]
    ids = [row[pk.name] for row in rows]
    found: dict = {}
    columns = [info.table.c[name] for name in info.blobs]
    for chunk in _chunks(ids):
        for row in session.execute(select(pk, *columns).where(pk.in_(chunk))).mappings():
            found[row[pk.name]] = {name: row[name] for name in info.blobs}
    return found


# ------------------------------------------------------------ writing rows


class Writer:
    """Inserts, updates and deletes encoded rows of one JST in the session, mapping uids to local ids."""

    def __init__(self, session: Session, metadata: MetaData, local: Snapshot, blobs: dict[str, bytes]):
        self.session = session
        self.metadata = metadata
        self.infos = {info.name: info for info in carried_tables(metadata)}
        self.refdata = ReferenceData(session, metadata)
        self.blobs = blobs
        # table -> uid -> local pk, for every uid-named row of the JST (existing ones, and new ones once inserted)
        self.ids: dict[str, dict[str, object]] = {name: dict(keys) for name, keys in local.local_ids.items()}
        self.deferred: list[tuple[TableInfo, str, dict]] = []  # self-references set after every row is in

    def local_id(self, table: str, key: str):
        return self.ids.get(table, {}).get(key)

    def _decode(self, info: TableInfo, row: dict, defer_self: bool) -> tuple[dict, dict]:
        values, later = {}, {}
        for name, kind, ref in info.plan:
            if name not in row:
                continue  # a file from an older schema: the column's default
            value = row[name]
            if kind == "blob":
                values[name] = None if value is None else self._blob(value)
            elif value is None:
                values[name] = None
            elif kind == "ref":
                if ref.carried:
                    if ref.soft and isinstance(value, dict):
                        values[name] = -abs(int(value[MISSING]))
                        continue
                    if ref.target == info.name and defer_self:
                        later[name] = value
                        values[name] = None
                        continue
                    local = self.ids.get(ref.target, {}).get(value)
                    if local is None:
                        if ref.soft:  # the row it named is gone here: a number no row has
                            values[name] = -(int(str(value).replace("-", "")[:7], 16) + 1)
                            continue
                        raise _Unresolved(info.name, name, value)
                    values[name] = local
                else:
                    values[name] = self.refdata.to_local(ref.target, value)
            else:
                values[name] = _DECODERS[kind](name, value)
        return values, later

    def _blob(self, value) -> bytes:
        if not isinstance(value, dict) or value.get("plik") not in self.blobs:
            raise DomainError("Plik wymiany jest niekompletny: brakuje załącznika. Niczego nie zmieniono.")
        return self.blobs[value["plik"]]

    def insert(self, info: TableInfo, rows: list[dict]) -> None:
        nullable_self = {r.column for r in info.references if r.target == info.name and info.table.c[r.column].nullable}
        batch = []
        for row in rows:
            values, later = self._decode(info, row, defer_self=bool(nullable_self))
            batch.append(values)
            if later:
                self.deferred.append((info, key_of(info, row), later))
        conn = self.session.connection()  # Core executemany: no ORM bulk bookkeeping for plain rows
        for chunk in _chunks(batch):
            conn.execute(insert(info.table), chunk)
        if not info.link and rows:
            pk = info.table.primary_key.columns[0]
            uids = [row["uid"] for row in rows]
            found = self.ids.setdefault(info.name, {})
            for chunk in _chunks(uids):
                for uid, local in conn.execute(select(info.table.c.uid, pk).where(info.table.c.uid.in_(chunk))):
                    found[uid] = local

    def update(self, info: TableInfo, key: str, row: dict) -> None:
        values, later = self._decode(info, row, defer_self=True)
        values.pop("uid", None)
        if "version" in info.table.c:
            values["version"] = info.table.c.version + 1
        self.session.execute(update(info.table).where(self._where(info, key)).values(**values))
        if later:
            self.deferred.append((info, key, later))

    def delete(self, info: TableInfo, key: str) -> None:
        self.session.execute(delete(info.table).where(self._where(info, key)))

    def finish(self) -> None:
        for info, key, later in self.deferred:
            values = {}
            for name, uid in later.items():
                local = self.local_id(info.name, uid)
                values[name] = local  # a parent that did not come (kept deleted here) leaves the link empty
            self.session.execute(update(info.table).where(self._where(info, key)).values(**values))
        self.deferred.clear()

    def _where(self, info: TableInfo, key: str):
        if not info.link:
            return info.table.c.uid == key
        parts = key.split("|")
        conditions = []
        for column, uid in zip(info.table.primary_key.columns, parts, strict=True):
            ref = info.reference_by_column[column.name]
            conditions.append(column == self.local_id(ref.target, uid))
        return and_(*conditions)


class _Unresolved(Exception):
    def __init__(self, table: str, column: str, uid: str):
        super().__init__(f"{table}.{column} -> {uid}")
        self.table, self.column, self.uid = table, column, uid


Unresolved = _Unresolved
__all__ = ["Reference", "Snapshot", "Table", "Unresolved", "Writer", "key_of", "read_jst", "row_hash"]
