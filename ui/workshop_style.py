"""Workshop mode's look (ui/workshop.py): the high-contrast palette and the style with large tick boxes.

Imported when the mode is first entered: the style's enums are not needed to show the first window.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle

INDICATOR_ZOOM = 2.0  # tick boxes grow more than the type: the room must see a tick from the back


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, blue = QColor("#000000"), QColor("#ffffff"), QColor("#0033aa")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                 QPalette.ColorRole.Light, QPalette.ColorRole.Midlight):  # fmt: skip
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#ececec"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.ToolTipText, QPalette.ColorRole.Dark, QPalette.ColorRole.Shadow):  # fmt: skip
        palette.setColor(role, black)
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffcc"))
    palette.setColor(QPalette.ColorRole.Highlight, blue)
    palette.setColor(QPalette.ColorRole.HighlightedText, white)
    palette.setColor(QPalette.ColorRole.Link, blue)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#404040"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#505050"))
    return palette


class LargeIndicators(QProxyStyle):
    """The program's own style with tick boxes and round choice buttons ``INDICATOR_ZOOM`` times as large
    (check boxes, the ticks in tables such as the attendance, radio buttons)."""

    GROWN = frozenset({QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
                       QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight})  # fmt: skip

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 — Qt's name
        value = super().pixelMetric(metric, option, widget)
        return round(value * INDICATOR_ZOOM) if metric in self.GROWN else value
