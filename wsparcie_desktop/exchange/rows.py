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

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    Table,
    and_,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.exchange.container import Background, in_two
from wsparcie_desktop.exchange.schema import ROOT, Reference, TableInfo, carried_tables, natural_key

CHUNK = 500
MISSING = "brak"  # a soft reference to a row that no longer exists: {"brak": the old id}


_HASHED_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # json.dumps(…, sort_keys=True, ensure_ascii=False)


def row_hash(row: dict) -> str:
    """The content of a row, without its uid and version: equal on two installations when the data is equal."""
    content = row.copy()
    content.pop("uid", None)
    content.pop("version", None)
    return hashlib.sha256(_HASHED_JSON.encode(content).encode()).hexdigest()


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


_NONE = type(None)
_COLUMN_TYPES = {
    "bool": ({bool, _NONE}, "a boolean"),
    "int": ({int, _NONE}, "an integer"),
    "text": ({str, _NONE}, "a text"),
}
_COLUMN_CONVERTERS = {"datetime": dt.datetime.fromisoformat, "date": dt.date.fromisoformat, "decimal": Decimal}

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

    _hashing: object = field(default=None, repr=False, compare=False)

    def hash_of(self, table: str, key: str) -> str:
        """``row_hash`` of one row, computed once however often the preview and the import ask."""
        found = self._hashes.get((table, key))
        if found is None:
            found = self._hashes[(table, key)] = row_hash(self.tables[table][key])
        return found

    def hash_in_background(self) -> None:
        """Every row's ``row_hash`` computed on a second thread, for a snapshot whose rows no longer change (a
        file's): an import needs them all for the merge bases, and the thread runs while the import waits on
        the disk (the backup, the attachments' bytes, the commit) with the GIL released."""
        if self._hashing is None:
            self._hashing = Background(self._hash_all)

    def hashes(self) -> dict[tuple[str, str], str]:
        """(table, key) -> ``row_hash`` of every row."""
        if self._hashing is not None:
            self._hashing.result()
        self._hash_all()
        return self._hashes

    def _hash_all(self) -> None:
        hashes = self._hashes
        for table, rows in self.tables.items():
            for key, row in rows.items():
                if (table, key) not in hashes:
                    hashes[(table, key)] = row_hash(row)

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
    pending: list[tuple[dict, bytes]] = []  # ({"plik": …}, the file's bytes), named at the end
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
            rows = _fetch(conn, table, columns, f" WHERE {_quoted(conn, table.c.id)} = {int(jst_id)}")
        elif info.blobs:  # keys first, then the kept rows whole: each file's bytes are read once
            pk = table.primary_key.columns[0]
            kept = [
                values[0]
                for values in _fetch(conn, table, [pk, *(table.c[o] for o, _ in allowed)])
                if any(v in ok for v, (_, ok) in zip(values[1:], allowed, strict=True))
            ]
            rows = []
            for chunk in _chunks(kept):
                listed = ", ".join(str(int(v)) for v in chunk)  # the store's own integer keys
                rows.extend(
                    _fetch(
                        conn, table, columns, f" WHERE {_quoted(conn, pk)} IN ({listed}) ORDER BY {_quoted(conn, pk)}"
                    )
                )
        else:
            every = _fetch(conn, table, columns)
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
            (name, names.index(name), _encoder(info, name, kind, ref, uid_by_local, refdata, pending))
            for name, kind, ref in info.plan
        ]
        rows = raw_rows[info.name]
        if not rows:
            continue
        by_column = list(zip(*rows, strict=True))  # converted a column at a time, then put together as rows
        for at, column in enumerate(info.table.columns):  # the column type's own reading (text -> date, …)
            processor = column.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None)
            if processor is not None:
                by_column[at] = [None if v is None else processor(v) for v in by_column[at]]
        values = [
            by_column[at] if convert is None else [None if v is None else convert(v) for v in by_column[at]]
            for _, at, convert in converters
        ]
        plan_names = [name for name, _, _ in converters]
        encoded_rows = [dict(zip(plan_names, row, strict=True)) for row in zip(*values, strict=True)]
        keys = [key_of(info, row) for row in encoded_rows] if info.link else by_column[names.index("uid")]
        out.update(zip(keys, encoded_rows, strict=True))
        if ids is not None:
            ids.update(zip(keys, by_column[pk_at], strict=True))
    _name_files(snap, pending, with_blobs)
    return snap


def _name_files(snap: Snapshot, pending: list[tuple[dict, bytes]], with_blobs: bool) -> None:
    """Each file named by its SHA-256, hashed on both cores (hashlib runs outside the GIL)."""
    for (named, data), digest in zip(pending, in_two(pending, _file_digest), strict=True):
        named["plik"] = digest
        if with_blobs:
            snap.blobs[digest] = data


def _file_digest(item: tuple[dict, bytes]) -> str:
    return hashlib.sha256(item[1]).hexdigest()


def _fetch(conn, table: Table, columns: list, where: str = "") -> list[tuple]:
    """The values of ``columns`` as the driver gives them (read through the session's own connection, without a
    compiled statement or a result row per row: the caller applies each type's result processor to the kept
    rows). ``where`` holds only names and integers the store gave."""
    names = ", ".join(_quoted(conn, column) for column in columns)
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(f"SELECT {names} FROM {_quoted(conn, table)}{where}")
        return cursor.fetchall()
    finally:
        cursor.close()


def _encoder(info, name, kind, ref, uid_by_local, refdata, pending: list):
    """The function turning one column's non-null value into its JSON form (None: the value as it is)."""
    if kind == "blob":

        def blob(data):
            named = {"plik": ""}  # the SHA-256 is filled in once every file is read (see _name_files)
            pending.append((named, data))
            return named

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
        self._decoder_cache: dict[tuple[str, bool, str], list] = {}

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
        return self._decoders_made(info, defer_self, self._decoder)

    def _decoders_made(self, info: TableInfo, defer_self: bool, make) -> list:
        """(column, ``make``'s decoder of it, deferred) for each of a table's columns, made once per table."""
        key = (info.name, defer_self, make.__name__)
        found = self._decoder_cache.get(key)
        if found is None:
            found = self._decoder_cache[key] = [
                (
                    name,
                    make(info, name, kind, ref),
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
        """Insert the rows in one executemany; returns the rows left out, whose parent is not here.

        The rows are decoded a column at a time (one type check or converter over a column's values); a row
        that leaves out a column (a file from an older schema) sends the table through the row-by-row decoder.
        """
        if not rows:
            return []
        nullable_self = {r.column for r in info.references if r.target == info.name and info.table.c[r.column].nullable}
        defer_self = bool(nullable_self)
        decoders = self._column_decoders(info, defer_self)
        names = [name for name, _, _ in decoders]
        columns = None
        if all(len(row) == len(names) for row in rows):
            try:
                columns = [[row[name] for row in rows] for name in names]
            except KeyError:
                columns = None
        if columns is None:
            return self._insert_rows(info, rows, defer_self)
        left_out: set[int] = set()
        stored, later = [], []
        for (name, decode, deferred), values in zip(decoders, columns, strict=True):
            if deferred:  # a row of the same table: set once every row is in
                later.append((name, values))
                stored.append([None if v is None or not isinstance(v, dict) else decode([v])[0] for v in values])
            else:
                stored.append(decode(values, left_out))
        kept = [row for at, row in enumerate(rows) if at not in left_out]
        if left_out:
            stored = [[v for at, v in enumerate(column) if at not in left_out] for column in stored]
            later = [(name, [v for at, v in enumerate(values) if at not in left_out]) for name, values in later]
        for at, row in enumerate(kept):
            pending = {
                name: values[at]
                for name, values in later
                if values[at] is not None and not isinstance(values[at], dict)
            }
            if pending:
                self.deferred.append((info, key_of(info, row), pending))
        self._insert_columns(info, names, stored, [row["uid"] for row in kept] if not info.link else None)
        return [row for at, row in enumerate(rows) if at in left_out]

    def _insert_rows(self, info: TableInfo, rows: list[dict], defer_self: bool) -> list[dict]:
        """``insert`` for rows that do not all carry every column: decoded row by row, the rest defaulted."""
        batch, kept, unresolved = [], [], []
        decoders = self._decoders(info, defer_self)
        for row in rows:
            try:
                values, later = self._decode(info, row, defer_self, decoders)
            except _Unresolved:
                unresolved.append(row)
                continue
            batch.append(values)
            kept.append(row)
            if later:
                self.deferred.append((info, key_of(info, row), later))
        conn = self.session.connection()
        before = self._last_id(conn, info)
        insert_many(conn, info.table, batch)
        if not info.link and kept:
            self._record_ids(conn, info, [row["uid"] for row in kept], before)
        return unresolved

    def _insert_columns(self, info: TableInfo, names: list[str], columns: list[list], uids: list[str] | None) -> None:
        conn = self.session.connection()
        before = self._last_id(conn, info) if uids else None
        insert_columns(conn, info.table, names, columns)
        if uids:
            self._record_ids(conn, info, uids, before)

    @staticmethod
    def _last_id(conn, info: TableInfo) -> int | None:
        if info.link:
            return None
        table, pk = _quoted(conn, info.table), _quoted(conn, info.table.primary_key.columns[0])
        return conn.exec_driver_sql(f"SELECT max({pk}) FROM {table}").scalar()

    def _record_ids(self, conn, info: TableInfo, uids: list[str], before: int | None) -> None:
        """The local ids the new rows got: the rows past the table's last id before the insert, checked by uid."""
        pk_column, uid_column = info.table.primary_key.columns[0], info.table.c.uid
        table, pk, uid = _quoted(conn, info.table), _quoted(conn, pk_column), _quoted(conn, uid_column)
        found = self.ids.setdefault(info.name, {})
        wanted = set(uids)
        query = f"SELECT {uid}, {pk} FROM {table}"
        if before is not None:
            query += f" WHERE {pk} > {int(before)}"  # an integer the store gave: no parameter needed
        got = {key: local for key, local in conn.exec_driver_sql(query).fetchall() if key in wanted}
        if len(got) != len(wanted):  # ids not given in order (never with SQLite's rowids): ask by uid
            for chunk in _chunks(uids):
                got.update(conn.execute(select(uid_column, pk_column).where(uid_column.in_(chunk))).tuples().all())
        found.update(got)

    def _column_decoders(self, info: TableInfo, defer_self: bool) -> list:
        """(column, function decoding a column's JSON values (and noting the rows it must leave out), deferred)."""
        return self._decoders_made(info, defer_self, self._column_decoder)

    def _column_decoder(self, info: TableInfo, name: str, kind: str, ref):
        if kind in _COLUMN_TYPES:
            allowed, what = _COLUMN_TYPES[kind]

            def typed(values, _left_out=None):
                if not set(map(type, values)) <= allowed:
                    raise ValueError(f"{name}: not {what}")
                return values

            return typed
        if kind in _COLUMN_CONVERTERS:
            convert = _COLUMN_CONVERTERS[kind]
            return lambda values, _left_out=None: [None if v is None else convert(v) for v in values]
        if kind == "blob":
            return lambda values, _left_out=None: [None if v is None else self._blob(v) for v in values]
        if not ref.carried:
            target = ref.target
            return lambda values, _left_out=None: [
                None if v is None else self.refdata.to_local(target, v) for v in values
            ]
        one = self._decoder(info, name, kind, ref)
        ids = self.ids.setdefault(ref.target, {})  # the same dict insert() adds the new rows' ids to

        def references(values, left_out=None):
            if ref.soft:
                return [None if v is None else one(v) for v in values]
            locals_ = list(map(ids.get, values))
            if None in locals_:
                for at, (value, local) in enumerate(zip(values, locals_, strict=True)):
                    if local is None and value is not None:
                        if left_out is None:
                            raise _Unresolved(info.name, name, value)
                        left_out.add(at)
            return locals_

        return references

    def update(self, info: TableInfo, key: str, row: dict) -> None:
        values, later = self._decode(info, row, defer_self=True)
        values.pop("uid", None)
        if "version" in info.table.c:
            values["version"] = info.table.c.version + 1
        self.session.execute(update(info.table).where(self._where(info, key)).values(**values))
        if later:
            self.deferred.append((info, key, later))

    def adopt(self, info: TableInfo, here: str, there: str, row: dict | None) -> None:
        """The row ``here`` and the sender's row ``there``, added apart, are one row: it takes the sender's uid,
        and the sender's content when ``row`` is given; the sender's rows that name ``there`` then point to it."""
        values, later = ({}, {}) if row is None else self._decode(info, row, defer_self=True)
        values["uid"] = there
        if "version" in info.table.c:
            values["version"] = info.table.c.version + 1
        self.session.execute(update(info.table).where(info.table.c.uid == here).values(**values))
        ids = self.ids.setdefault(info.name, {})
        ids[there] = ids.pop(here)
        if later:
            self.deferred.append((info, there, later))

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

    Rows that leave out a column with a Python-side default (a file from an older schema) go through Core
    itself, which fills it in; the others through :func:`insert_columns`.
    """
    if not rows:
        return
    names = list(rows[0])
    given = set(names)
    if any(len(row) != len(names) or row.keys() != given for row in rows):
        for chunk in _chunks(rows):
            conn.execute(insert(table), chunk)
        return
    insert_columns(conn, table, names, [[row[name] for row in rows] for name in names])


def insert_columns(conn, table: Table, names: list[str], columns: list[list]) -> None:
    """INSERT rows given as one list of values per column (``names``), in one executemany.

    The statement is compiled once for the dialect and each value goes through its column type's own bind
    processor, as Core's ``execute(insert(table), rows)`` would do row by row.
    """
    if not columns or not columns[0]:
        return
    defaulted = [c for c in table.columns if c.name not in set(names) and c.default is not None and not c.primary_key]
    if defaulted:
        rows = [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]
        for chunk in _chunks(rows):
            conn.execute(insert(table), chunk)
        return
    dialect = conn.dialect
    by_name = dict(zip(names, columns, strict=True))
    marks = _placeholders(dialect, names)
    if marks is not None:  # the statement written out: compiling it costs more than the rows of a small table
        quoted = ", ".join(_quoted(conn, table.c[name]) for name in names)
        sql, binds, named = (
            f"INSERT INTO {_quoted(conn, table)} ({quoted}) VALUES ({', '.join(marks[0])})",
            names,
            marks[1],
        )
    else:
        compiled = insert(table).compile(dialect=dialect, column_keys=names)
        order = compiled.positiontup  # the bind names in the statement's order (None: named parameters)
        bind_column = {bind: compiled.binds[bind].key for bind in compiled.binds}
        by_name = {bind: by_name[column] for bind, column in bind_column.items()}
        sql, binds, named = compiled.string, list(order) if order is not None else list(bind_column), order is None
        names = [bind_column[bind] for bind in binds]
    ordered = []
    for bind, name in zip(binds, names, strict=True):
        values = by_name[bind]
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            values = [None if v is None else processor(v) for v in values]
        ordered.append(values)
    params = list(zip(*ordered, strict=True))
    if named:  # named parameters: each row as bind name -> value
        params = [dict(zip(binds, values, strict=True)) for values in params]
    conn.exec_driver_sql(sql, params)


def _quoted(conn, item) -> str:
    """A table's or a column's name as the dialect writes it in SQL."""
    preparer = conn.dialect.identifier_preparer
    return preparer.format_table(item) if isinstance(item, Table) else preparer.quote(item.name)


def _placeholders(dialect, names: list[str]) -> tuple[list[str], bool] | None:
    """The driver's placeholder for each column and whether it takes parameters by name (None: not known here)."""
    style = dialect.paramstyle
    if not all(name.isidentifier() and name.isascii() for name in names):
        return None
    if style == "qmark":
        return ["?"] * len(names), False
    if style == "format":
        return ["%s"] * len(names), False
    if style == "numeric":
        return [f":{at}" for at in range(1, len(names) + 1)], False
    if style == "named":
        return [f":{name}" for name in names], True
    if style == "pyformat":
        return [f"%({name})s" for name in names], True
    return None


class _Unresolved(Exception):
    def __init__(self, table: str, column: str, uid: str):
        super().__init__(f"{table}.{column} -> {uid}")
        self.table, self.column, self.uid = table, column, uid


Unresolved = _Unresolved
__all__ = ["Reference", "Snapshot", "Table", "Unresolved", "Writer", "key_of", "read_jst", "row_hash"]
