"""Which tables travel with a JST is derived from the foreign keys; a table nobody decided about fails here."""

from __future__ import annotations

from sqlalchemy import Integer

from wsparcie_desktop.db import models as m
from wsparcie_desktop.exchange.schema import NOT_CARRIED, SOFT_REFERENCES, belonging, carried_tables, natural_key
from wsparcie_desktop.exchange.service import TABLE_NAMES

METADATA = m.Base.metadata


def test_every_table_is_either_carried_with_a_jst_or_named_as_not_belonging_to_one():
    carried = {info.name for info in carried_tables(METADATA)}
    undecided = set(METADATA.tables) - carried - set(NOT_CARRIED)
    assert not undecided, f"decide whether these travel with a JST (exchange/schema.py NOT_CARRIED): {undecided}"
    assert not carried & set(NOT_CARRIED)
    assert set(NOT_CARRIED) <= set(METADATA.tables), "NOT_CARRIED names a table that no longer exists"


def test_the_carried_tables_are_the_ones_with_a_path_to_jst_and_include_the_whole_model():
    carried = {info.name for info in carried_tables(METADATA)}
    assert carried == belonging(METADATA) - set(NOT_CARRIED)
    assert {"jst", "person", "school", "advisory_process", "hdr_activity", "meeting", "process_support",
            "network", "fund_allocation", "attachment", "activity_goal", "gap_cause"} <= carried  # fmt: skip
    assert "area" not in carried and "setting" not in carried and "exchange_tombstone" not in carried


def test_a_new_table_with_a_path_to_jst_is_carried_without_a_list_being_edited():
    from sqlalchemy import Column, ForeignKey, MetaData, String, Table

    metadata = MetaData()
    for table in METADATA.sorted_tables:
        table.to_metadata(metadata)
    Table("annual_report", metadata, Column("id", Integer, primary_key=True), Column("uid", String(36)),
          Column("process_id", ForeignKey("advisory_process.id"), nullable=False))  # fmt: skip
    assert "annual_report" in {info.name for info in carried_tables(metadata)}


def test_parents_come_before_their_children():
    order = [info.name for info in carried_tables(METADATA)]
    assert order[0] == "jst"
    for info in carried_tables(METADATA):
        for ref in info.owners:
            assert order.index(ref.target) < order.index(info.name), (info.name, ref.target)


def test_every_carried_row_has_a_uid_and_reaches_the_jst():
    for info in carried_tables(METADATA):
        assert "uid" in info.table.c, info.name
        assert info.name == "jst" or info.owners, info.name


def test_every_reference_into_data_that_stays_behind_has_a_natural_key():
    for info in carried_tables(METADATA):
        for ref in info.references:
            if not ref.carried:
                assert natural_key(METADATA.tables[ref.target]), (info.name, ref.column)


def test_an_integer_id_column_without_a_foreign_key_is_declared():
    """A column holding another row's local id must be remapped on import: SOFT_REFERENCES names each."""
    for info in carried_tables(METADATA):
        for column in info.table.columns:
            if column.name.endswith("_id") and isinstance(column.type, Integer) and not column.foreign_keys:
                assert (info.name, column.name) in SOFT_REFERENCES, (info.name, column.name)


def test_every_carried_table_has_a_polish_name_for_the_preview():
    missing = {info.name for info in carried_tables(METADATA)} - set(TABLE_NAMES)
    assert not missing, missing


def test_every_carried_column_has_a_polish_name_for_the_preview():
    """The preview and the history name fields in Polish; no carried column may reach them as a raw name."""
    from wsparcie_desktop.exchange.labels import BY_TABLE, COLUMN_NAMES, UNNAMED, column_label, unnamed_columns

    infos = carried_tables(METADATA)
    missing = unnamed_columns(infos)
    assert not missing, f"give these a Polish name in exchange/labels.py: {missing}"
    for info in infos:
        for column in info.table.columns:
            if column.name in info.skipped or column.name in ("uid", "version"):
                continue
            label = column_label(info.name, column.name)
            assert label != UNNAMED and label != column.name and "_" not in label, (info.name, column.name, label)
    assert column_label("person", "position") == "stanowisko" and column_label("cause", "position") == "kolejność"
    assert not {t for t, _ in BY_TABLE} - {info.name for info in infos}, "BY_TABLE names a table that does not travel"
    assert column_label("person", "no_such_column") == UNNAMED and "no_such_column" not in COLUMN_NAMES
