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
from operator import itemgetter

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
    _hashes: dict[tuple[str, str], str] = field(default_factory=dict, repr=False, compare=False)

    def hash_of(self, table: str, key: str) -> str:
        """``row_hash`` of one row, computed once however often the preview and the import ask."""
        found = self._hashes.get((table, key))
        if found is None:
            found = self._hashes[(table, key)] = row_hash(self.tables[table][key])
        return found

    @property
    def jst_uid(self) -> str:
        return next(iter(self.tables[ROOT]))

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


def read_jst(session: Session, metadata: MetaData, jst_id: int, with_blobs: bool = True) -> Snapshot:
    """Every carried row of one JST, encoded; ``with_blobs=False`` hashes the files without keeping them.

    Plain SQL through the Core, table by table: a table's rows are read once (a table with files first by its
    key and owner columns, then the rows it keeps in full, so that each file's bytes are read once), filtered
    to the JST by the owners' keys, and encoded by one converter per column.
    """
    snap = Snapshot()
    refdata = ReferenceData(session, metadata)
    conn = session.connection()
    owned: dict[str, dict[str, set]] = {}  # table -> column -> values of its rows (for the children's filter)
    raw_rows: dict[str, list[tuple]] = {}
    columns_of: dict[str, list[str]] = {}
    uid_by_local: dict[str, dict[str, dict]] = {}  # table -> column -> value -> uid
    infos = carried_tables(metadata)
    targets_of: dict[str, set[str]] = {}
    for other in infos:
        for r in other.references:
            targets_of.setdefault(r.target, set()).add(r.target_column)
    for info in infos:
        table = info.table
        columns = list(table.columns)  # the local key too: the children's filter and the local ids need it
        names = [c.name for c in columns]
        allowed = [(o.column, owned.get(o.target, {}).get(o.target_column, set())) for o in info.owners]
        if info.name == ROOT:
            rows = conn.execute(select(*columns).where(table.c.id == jst_id)).tuples().all()
        elif info.blobs:  # keys first, then the kept rows whole: each file's bytes are read once
            pk = table.primary_key.columns[0]
            keys = select(pk, *(table.c[o] for o, _ in allowed))
            kept = [
                values[0]
                for values in conn.execute(keys).tuples().all()
                if any(v in ok for v, (_, ok) in zip(values[1:], allowed, strict=True))
            ]
            rows = []
            for chunk in _chunks(kept):
                rows.extend(conn.execute(select(*columns).where(pk.in_(chunk)).order_by(pk)).tuples().all())
        else:
            every = conn.execute(select(*columns)).tuples().all()
            at = [(names.index(o), ok) for o, ok in allowed]
            if len(at) == 1:  # most tables reach the JST through one parent
                ((i, ok),) = at
                rows = [values for values in every if values[i] in ok]
            elif at:
                rows = [values for values in every if any(values[i] in ok for i, ok in at)]
            else:
                rows = every
        raw_rows[info.name], columns_of[info.name] = rows, names
        targets = targets_of.get(info.name, set())
        where = {c: names.index(c) for c in targets}
        owned[info.name] = {c: {row[i] for row in rows} - {None} for c, i in where.items()}  # None owns nothing
        if "uid" in table.c:
            u = names.index("uid")
            uid_by_local[info.name] = {c: {row[i]: row[u] for row in rows} for c, i in where.items()}
    if not raw_rows.get(ROOT):
        raise DomainError("Nie ma takiego samorządu w pliku danych.")
    for info in infos:
        out = snap.tables[info.name] = {}
        names = columns_of[info.name]
        pk_at = names.index(info.table.primary_key.columns[0].name)
        ids = snap.local_ids.setdefault(info.name, {}) if not info.link else None
        converters = [
            (name, names.index(name), _encoder(info, name, kind, ref, uid_by_local, refdata, snap, with_blobs))
            for name, kind, ref in info.plan
        ]
        for row in raw_rows[info.name]:
            encoded = {}
            for name, at, convert in converters:
                value = row[at]
                encoded[name] = value if value is None or convert is None else convert(value)
            key = key_of(info, encoded)
            out[key] = encoded
            if ids is not None:
                ids[key] = row[pk_at]
    return snap


def _encoder(info, name, kind, ref, uid_by_local, refdata, snap: Snapshot, with_blobs: bool):
    """The function turning one column's non-null value into its JSON form (None: the value as it is)."""
    if kind == "blob":

        def blob(data):
            digest = hashlib.sha256(data).hexdigest()
            if with_blobs:
                snap.blobs[digest] = data
            return {"plik": digest}

        return blob
    if kind == "ref":
        if not ref.carried:
            return lambda value: refdata.to_natural(ref.target, ref.target_column, value)
        uids = uid_by_local[ref.target][ref.target_column]

        def reference(value):
            uid = uids.get(value)
            if uid is not None:
                return uid
            if not ref.soft:
                raise DomainError(f"Niespójne dane: {info.name}.{name} wskazuje wiersz spoza JST.")
            return {MISSING: abs(value)}

        return reference
    if kind in ("date", "datetime"):
        return lambda value: value.isoformat()
    if kind == "decimal":
        return lambda value: str(Decimal(value))
    if kind == "bool":
        return bool
    return None


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
        self._decoder_cache: dict[tuple[str, bool], list] = {}

    def local_id(self, table: str, key: str):
        return self.ids.get(table, {}).get(key)

    def _decode(self, info: TableInfo, row: dict, defer_self: bool, decoders: list | None = None) -> tuple[dict, dict]:
        values, later = {}, {}
        for name, decode, deferred in decoders or self._decoders(info, defer_self):
            if name not in row:
                continue  # a file from an older schema: the column's default
            value = row[name]
            if value is None:
                values[name] = None
            elif deferred and not isinstance(value, dict):  # a row of the same table: set once every row is in
                later[name] = value
                values[name] = None
            else:
                values[name] = decode(value)
        return values, later

    def _decoders(self, info: TableInfo, defer_self: bool) -> list:
        """(column, function turning a non-null JSON value into the stored one, deferred) for a table."""
        found = self._decoder_cache.get((info.name, defer_self))
        if found is None:
            found = self._decoder_cache[(info.name, defer_self)] = [
                (
                    name,
                    self._decoder(info, name, kind, ref),
                    kind == "ref" and ref.carried and defer_self and ref.target == info.name,
                )  # fmt: skip
                for name, kind, ref in info.plan
            ]
        return found

    def _decoder(self, info: TableInfo, name: str, kind: str, ref):
        if kind == "blob":
            return self._blob
        if kind != "ref":
            check = _DECODERS[kind]
            return lambda value: check(name, value)
        if not ref.carried:
            return lambda value: self.refdata.to_local(ref.target, value)
        ids = self.ids.setdefault(ref.target, {})  # the same dict insert() adds the new rows' ids to

        def reference(value):
            if ref.soft and isinstance(value, dict):
                return -abs(int(value[MISSING]))
            local = ids.get(value)
            if local is None:
                if ref.soft:  # the row it named is gone here: a number no row has
                    return -(int(str(value).replace("-", "")[:7], 16) + 1)
                raise _Unresolved(info.name, name, value)
            return local

        return reference

    def _blob(self, value) -> bytes:
        if not isinstance(value, dict) or value.get("plik") not in self.blobs:
            raise DomainError("Plik wymiany jest niekompletny: brakuje załącznika. Niczego nie zmieniono.")
        return self.blobs[value["plik"]]

    def insert(self, info: TableInfo, rows: list[dict]) -> list[dict]:
        """Insert the rows in batches (Core executemany); returns the rows left out, whose parent is not here."""
        nullable_self = {r.column for r in info.references if r.target == info.name and info.table.c[r.column].nullable}
        batch, kept, unresolved = [], [], []
        decoders = self._decoders(info, bool(nullable_self))
        for row in rows:
            try:
                values, later = self._decode(info, row, bool(nullable_self), decoders)
            except _Unresolved:
                unresolved.append(row)
                continue
            batch.append(values)
            kept.append(row)
            if later:
                self.deferred.append((info, key_of(info, row), later))
        rows = kept
        conn = self.session.connection()
        insert_many(conn, info.table, batch)
        if not info.link and rows:
            pk = info.table.primary_key.columns[0]
            uids = [row["uid"] for row in rows]
            found = self.ids.setdefault(info.name, {})
            for chunk in _chunks(uids):
                for uid, local in conn.execute(select(info.table.c.uid, pk).where(info.table.c.uid.in_(chunk))):
                    found[uid] = local
        return unresolved

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


def insert_many(conn, table: Table, rows: list[dict]) -> None:
    """INSERT the rows in one statement run over all of them (the driver's executemany).

    The statement is compiled once for the dialect and each value goes through its column type's own bind
    processor, as Core's ``execute(insert(table), rows)`` would do row by row; rows that leave out a column
    with a Python-side default (a file from an older schema) go through Core itself, which fills it in.
    """
    if not rows:
        return
    names = list(rows[0])
    given = set(names)
    defaulted = [c for c in table.columns if c.name not in given and c.default is not None and not c.primary_key]
    if defaulted or any(len(row) != len(names) or row.keys() != given for row in rows):
        for chunk in _chunks(rows):
            conn.execute(insert(table), chunk)
        return
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = compiled.positiontup  # the bind names in the statement's order (None: named parameters)
    bind_column = {bind: compiled.binds[bind].key for bind in compiled.binds}
    columns = [bind_column[bind] for bind in order] if order is not None else list(bind_column.values())
    processors = []  # (position, processor) of the columns whose type converts the value for the driver
    for at, name in enumerate(columns):
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            processors.append((at, processor))
    pick = itemgetter(*columns)
    params = []
    for row in rows:
        picked = pick(row)
        values = list(picked) if len(columns) > 1 else [picked]
        for at, processor in processors:
            if values[at] is not None:
                values[at] = processor(values[at])
        params.append(tuple(values))
    if order is None:  # named parameters: each row as bind name -> value
        binds = list(bind_column)
        params = [dict(zip(binds, values, strict=True)) for values in params]
    conn.exec_driver_sql(compiled.string, params)


class _Unresolved(Exception):
    def __init__(self, table: str, column: str, uid: str):
        super().__init__(f"{table}.{column} -> {uid}")
        self.table, self.column, self.uid = table, column, uid


Unresolved = _Unresolved
__all__ = ["Reference", "Snapshot", "Table", "Unresolved", "Writer", "key_of", "read_jst", "row_hash"]
