"""Which tables travel with a JST, derived from the SQLAlchemy metadata and not from a hand list.

A table belongs to a JST when a foreign-key path leads from it to ``jst``; its rows are the ones whose path ends
at that JST. Every other table is named in :data:`NOT_CARRIED` with the reason (reference data the program
loads itself, settings, the exchange's own bookkeeping) — tests/unit/test_exchange_schema.py fails on a table
that is neither, so a table added later needs a decision.

In the file a row is named by its ``uid`` (for a link table, the pair of uids it links) and a foreign key by
the uid of the row it points to; the local integer ids are never written and are given anew on import. A key
into reference data is written as that row's natural key (e.g. an area's number), which is the same in every
installation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, LargeBinary, MetaData, Numeric, Table, UniqueConstraint

ROOT = "jst"

NOT_CARRIED = {
    "jst_kind": "dane słownikowe programu (rodzaje JST)",
    "team_role": "dane słownikowe programu (role w zespołach)",
    "support_provider": "dane słownikowe programu (placówki doskonalenia)",
    "ore_report_form": "dane słownikowe programu (formy raportowania do ORE)",
    "area": "dane słownikowe programu (12 obszarów modelu)",
    "area_statement": "dane słownikowe programu (stwierdzenia arkusza)",
    "area_list_item": "dane słownikowe programu (listy obszarów)",
    "setting": "ustawienia tej instalacji",
    "fund_rate": "ustawienia tej instalacji (stawka funduszu doskonalenia z historią, wspólna dla wszystkich JST)",
    "wizard_progress": "miejsce, w którym ten użytkownik zostawił kreator (identyfikatory lokalne)",
    "exchange_tombstone": "zapis wymiany tej instalacji (usunięte wiersze; wędrują jako osobna lista)",
    "exchange_peer": "zapis wymiany tej instalacji (znani nadawcy i ich klucze)",
    "exchange_base": "zapis wymiany tej instalacji (wspólna baza scalania; wędruje jako osobna lista)",
    "exchange_history": "zapis wymiany tej instalacji (wersje, które przegrały konflikt)",
}

# Integer columns that hold another row's local id without a foreign key (the row may be gone by design).
SOFT_REFERENCES = {
    ("hdr_baseline_activity", "activity_id"): "hdr_activity",
    ("hdr_baseline_activity", "responsible_id"): "person",
    ("rpw_baseline_item", "item_id"): "rpw_item",
}


@dataclass(frozen=True)
class Reference:
    """A foreign key of a carried table: the column, the table it points to and the column there."""

    column: str
    target: str
    target_column: str
    carried: bool  # the target travels too (written as a uid) or is reference data (written as a natural key)
    soft: bool = False  # no foreign key in the schema (SOFT_REFERENCES)


@dataclass(frozen=True)
class TableInfo:
    name: str
    table: Table
    references: tuple[Reference, ...]
    owners: tuple[Reference, ...]  # the references along which the table's rows reach the JST
    link: bool  # every primary-key column is a reference: the row is named by the uids it links
    blobs: tuple[str, ...]  # columns whose bytes travel as separate files
    skipped: tuple[str, ...]  # the local integer primary key, never written
    reference_by_column: dict[str, Reference]
    # (column, kind, reference) for every written column; kind: blob, ref, date, datetime, decimal, bool, int, text
    plan: tuple[tuple[str, str, Reference | None], ...]


def _kind(column: Column) -> str:
    kind = column.type
    if isinstance(kind, LargeBinary):
        return "blob"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Numeric) and not isinstance(kind, Integer):
        return "decimal"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    return "text"


def _references(table: Table) -> list[tuple[Column, str, str]]:
    found = []
    for column in table.columns:
        for fk in column.foreign_keys:
            found.append((column, fk.column.table.name, fk.column.name))
        if (table.name, column.name) in SOFT_REFERENCES:
            target = SOFT_REFERENCES[(table.name, column.name)]
            found.append((column, target, "id"))
    return found


def belonging(metadata: MetaData) -> set[str]:
    """The tables with a foreign-key path to ``jst`` (and ``jst`` itself), before the exclusions."""
    result = {ROOT}
    grown = True
    while grown:
        grown = False
        for table in metadata.tables.values():
            if table.name in result:
                continue
            if any(fk.column.table.name in result for fk in table.foreign_keys if fk.column.table is not table):
                result.add(table.name)
                grown = True
    return result


@cache
def carried_tables(metadata: MetaData) -> tuple[TableInfo, ...]:
    """The tables that travel with a JST, parents before children (the order of inserting them)."""
    names = belonging(metadata) - set(NOT_CARRIED)
    result = []
    for table in _ordered(metadata, names):
        refs = []
        for column, target, target_column in _references(table):
            soft = (table.name, column.name) in SOFT_REFERENCES
            refs.append(Reference(column.name, target, target_column, target in names, soft))
        owners = tuple(r for r in refs if r.carried and not r.soft and r.target != table.name)
        pk = list(table.primary_key.columns)
        ref_columns = {r.column for r in refs if r.carried and not r.soft}
        link = bool(pk) and all(c.name in ref_columns for c in pk)
        skipped = tuple(c.name for c in pk if not link and isinstance(c.type, Integer) and c.name not in ref_columns)
        blobs = tuple(c.name for c in table.columns if isinstance(c.type, LargeBinary))
        by_column = {r.column: r for r in refs}
        plan = tuple(
            (c.name, "ref" if c.name in by_column and c.name not in blobs else _kind(c), by_column.get(c.name))
            for c in table.columns
            if c.name not in skipped
        )
        result.append(TableInfo(table.name, table, tuple(refs), owners, link, blobs, skipped, by_column, plan))
    return tuple(result)


def _ordered(metadata: MetaData, names: set[str]) -> list[Table]:
    """The carried tables with every table after the ones it points to, soft references included."""
    order = [t for t in metadata.sorted_tables if t.name in names]
    after = {t.name: {target for _, target, _ in _references(t) if target in names and target != t.name} for t in order}
    result, placed = [], set()
    while order:
        ready = next((t for t in order if after[t.name] <= placed), order[0])  # a cycle: keep the schema's order
        order.remove(ready)
        result.append(ready)
        placed.add(ready.name)
    return result


def carried_by_name(metadata: MetaData) -> dict[str, TableInfo]:
    return {info.name: info for info in carried_tables(metadata)}


def natural_key(table: Table) -> tuple[str, ...]:
    """The columns that name a reference row the same way in every installation.

    A primary key that is not a plain integer (a code) is one; otherwise the first unique constraint or unique
    column. Raises LookupError when the table has none (tests/unit/test_exchange_schema.py checks every table).
    """
    pk = list(table.primary_key.columns)
    if pk and not (len(pk) == 1 and isinstance(pk[0].type, Integer)):
        return tuple(c.name for c in pk)
    for column in table.columns:
        if column.unique:
            return (column.name,)
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            return tuple(c.name for c in constraint.columns)
    raise LookupError(f"{table.name} has no natural key")
