"""The sections of a chosen JST shown in the main window's navigation.

A feature adds its screen by adding one line to ``SECTION_MODULES``: the module must define
``SECTION`` — a subclass of ``ui.widgets.section.Section``. Modules are imported when the main
window is built, so only sections that exist (and work) are ever shown.
"""

from __future__ import annotations

import importlib

SECTION_MODULES = [
    "ui.sections.dashboard",
    "ui.sections.profile",
    "ui.sections.team_education",
    "ui.sections.team_advisory",
    "ui.sections.stakeholders",
    "ui.sections.schools",
    "ui.sections.process",
    "ui.sections.data_collection",
    "ui.sections.diagnosis",
    "ui.sections.hdr",
]


def section_classes() -> list[type]:
    return [importlib.import_module(name).SECTION for name in SECTION_MODULES]
