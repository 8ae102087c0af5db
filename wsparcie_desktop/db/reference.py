"""Reference data from resources/reference/*.json, brought into the store at every start.

The files stay editable (an advisor may adapt the statements of an area), so loading is an
idempotent upsert keyed on codes and positions. A statement removed from the file is kept while
answers point to it, but marked inactive so that it is no longer asked.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsparcie_desktop.db.models import (
    AREA_LISTS,
    Area,
    AreaListItem,
    AreaStatement,
    JstKind,
    OreReportForm,
    SheetAnswer,
    SupportProvider,
    TeamRole,
)
from wsparcie_desktop.paths import resource


def load_json(name: str) -> object:
    return json.loads(Path(resource("reference", name)).read_text(encoding="utf-8"))


def _upsert(session: Session, model, key: str, rows: list[dict]) -> None:
    existing = {getattr(obj, key): obj for obj in session.scalars(select(model))}
    for position, row in enumerate(rows):
        row = {**row, "position": position}
        obj = existing.get(row[key])
        if obj is None:
            session.add(model(**row))
        else:
            for name, value in row.items():
                if getattr(obj, name) != value:
                    setattr(obj, name, value)


def sync_catalogues(session: Session) -> None:
    data = load_json("catalogues.json")
    _upsert(session, JstKind, "code", data["jst_kinds"])
    _upsert(session, TeamRole, "code", data["team_roles"])
    _upsert(session, SupportProvider, "code", data["support_providers"])
    _upsert(session, OreReportForm, "code", data["ore_forms"])


def sync_areas(session: Session, areas: list[dict] | None = None) -> None:
    if areas is None:
        areas = load_json("areas.json")
    by_number = {a.number: a for a in session.scalars(select(Area))}
    for item in areas:
        area = by_number.get(item["number"])
        if area is None:
            area = Area(number=item["number"], name=item["name"], description=item.get("description", ""))
            session.add(area)
            session.flush()
        else:
            area.name = item["name"]
            area.description = item.get("description", "")
        _sync_statements(session, area, item.get("statements", []))
        _sync_lists(session, area, item)
    session.flush()


def _sync_statements(session: Session, area: Area, texts: list[str]) -> None:
    current = {s.position: s for s in area.statements}
    for position, text in enumerate(texts, start=1):
        statement = current.pop(position, None)
        if statement is None:
            area.statements.append(AreaStatement(position=position, text=text, active=True))
        else:
            statement.text, statement.active = text, True
    for statement in current.values():
        answered = session.scalar(select(SheetAnswer.id).where(SheetAnswer.statement_id == statement.id).limit(1))
        if answered is None and statement.id is not None:
            area.statements.remove(statement)
        else:
            statement.active = False


def _sync_lists(session: Session, area: Area, item: dict) -> None:
    wanted = {(kind, pos): text for kind in AREA_LISTS for pos, text in enumerate(item.get(kind, []), start=1)}
    for existing in list(area.list_items):
        key = (existing.list_kind, existing.position)
        if key in wanted:
            existing.text = wanted.pop(key)
        else:
            area.list_items.remove(existing)
    for (kind, position), text in sorted(wanted.items()):
        area.list_items.append(AreaListItem(list_kind=kind, position=position, text=text))


def sync_all(session: Session) -> None:
    sync_catalogues(session)
    sync_areas(session)
