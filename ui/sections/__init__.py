"""The sections of a chosen JST shown in the main window's navigation.

A feature adds its screen by adding one line to ``SECTION_MODULES``::

    ("ui.sections.schools", QT_TRANSLATE_NOOP("Sections", "Schools")),

— the module, and the section's title as the navigation shows it (translated in the "Sections" context;
the same words as the section's ``title()``). The module must define ``SECTION``, a subclass of
``ui.widgets.section.Section`` whose ``key`` is the module's last name ("schools"). The main window lists
every title at once but imports a section's module and builds the section only when it is first shown, or
in small steps after the window is on screen, so the program starts without importing every screen.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SECTION_MODULES = [
    ("ui.sections.dashboard", QT_TRANSLATE_NOOP("Sections", "Dashboard")),
    ("ui.sections.profile", QT_TRANSLATE_NOOP("Sections", "Profile")),
    ("ui.sections.team_education", QT_TRANSLATE_NOOP("Sections", "Education team")),
    ("ui.sections.team_advisory", QT_TRANSLATE_NOOP("Sections", "Advisory team")),
    ("ui.sections.stakeholders", QT_TRANSLATE_NOOP("Sections", "Stakeholders")),
    ("ui.sections.schools", QT_TRANSLATE_NOOP("Sections", "Schools")),
    ("ui.sections.process", QT_TRANSLATE_NOOP("Sections", "Advisory process")),
    ("ui.sections.data_collection", QT_TRANSLATE_NOOP("Sections", "Data collection")),
    ("ui.sections.diagnosis", QT_TRANSLATE_NOOP("Sections", "Deep diagnosis")),
    ("ui.sections.hdr", QT_TRANSLATE_NOOP("Sections", "Development schedule (HDR)")),
    ("ui.sections.meetings", QT_TRANSLATE_NOOP("Sections", "Meetings")),
    ("ui.sections.remote_advice", QT_TRANSLATE_NOOP("Sections", "Remote advice")),
    ("ui.sections.school_support", QT_TRANSLATE_NOOP("Sections", "School support")),
    ("ui.sections.networks", QT_TRANSLATE_NOOP("Sections", "Co-operation networks")),
    ("ui.sections.fund", QT_TRANSLATE_NOOP("Sections", "Development fund")),
    ("ui.sections.education_report", QT_TRANSLATE_NOOP("Sections", "Annual report on education")),
    ("ui.sections.realisation", QT_TRANSLATE_NOOP("Sections", "Carrying out the HDR")),
]


def module_names() -> list[str]:
    return [module for module, _title in SECTION_MODULES]


def section_key(module: str) -> str:
    """'ui.sections.schools' -> 'schools': the section's ``key``, known without importing it."""
    return module.rsplit(".", 1)[-1]


def section_title(title: str) -> str:
    return QCoreApplication.translate("Sections", title)


def section_class(module: str) -> type:
    return importlib.import_module(module).SECTION


def section_classes() -> list[type]:
    return [section_class(module) for module in module_names()]
