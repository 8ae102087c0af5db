"""The demo: a fictional rural gmina, Zalesie, for trying the program and for training.

``build_demo(db)`` creates it step by step. A feature adds its part by writing a module in this
package with ``def seed(db: Database, demo: DemoJst) -> None`` and listing it in ``STEPS`` (order
matters: later steps may rely on earlier ones, e.g. the HDR on the goals of stage 2).
"""

from __future__ import annotations

import importlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from wsparcie_desktop.db.database import Database

STEPS = [
    "wsparcie_desktop.demo.jst",
    "wsparcie_desktop.demo.schools",
    "wsparcie_desktop.demo.stage1",
    "wsparcie_desktop.demo.stage2",
    "wsparcie_desktop.demo.hdr",
    "wsparcie_desktop.demo.meetings",
    "wsparcie_desktop.demo.education",
    "wsparcie_desktop.demo.support",
    "wsparcie_desktop.demo.stage3",
]


@dataclass
class DemoJst:
    """What the steps share: the demo JST's id and the ids of the people they may refer to by key."""

    jst_id: int
    people: dict[str, int] = field(default_factory=dict)
    process_id: int | None = None
    extra: dict[str, object] = field(default_factory=dict)


def build_demo(db: Database) -> DemoJst:
    demo = DemoJst(jst_id=0)
    for name in STEPS:
        importlib.import_module(name).seed(db, demo)
    return demo


def disposable_demo_file() -> Path:
    """A fresh demo file in a temporary folder: whatever the user does there is thrown away."""
    from wsparcie_desktop.temp_folders import DEMO_PREFIX, new_folder

    return new_folder(DEMO_PREFIX) / "demo.sqlite"


def remove_demo_file(path: Path) -> None:
    shutil.rmtree(path.parent, ignore_errors=True)
