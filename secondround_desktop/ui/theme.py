"""Calm and native: Fusion, a palette that follows the system's light or dark scheme, one accent colour."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QProxyStyle,
    QStyleFactory,
    QWidget,
)

ACCENT = QColor("#2f6fde")

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# ``Qt`` and ``QStyle`` are imported where they are used: importing either makes PySide build all of
# their enums (tens of milliseconds), and this module is read before the first window shows.

# The app's few looks, given to widgets by object name when the style polishes them. They are not a
# style sheet: with one set on the application, Qt polishes every widget through its style sheet engine
# and again each time a widget moves to a new parent, which took most of the time of building the window.
HEADING_SIZES = {"workspaceTitle": 17.0, "welcomeHeading": 16.0, "stepHeading": 13.0}  # points, semi-bold
QUIET_NAMES = frozenset({"workspaceSubtitle", "listEmpty", "nothingSelected", "hint"})  # placeholder colour


class ThemeStyle(QProxyStyle):
    """Fusion, plus the looks above."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def polish(self, target: Any) -> Any:  # (QWidget | QApplication | QPalette, as QStyle.polish)
        result = super().polish(target)
        if isinstance(target, QWidget):
            _give_look(target)
        return result


def _give_look(widget: QWidget) -> None:
    parent = widget.parentWidget()
    if isinstance(widget, QGroupBox):
        # Group titles are headings. The style draws the title in the box's own font, and its children
        # would inherit that weight: each child is given back the regular one below. (Overriding the
        # style's drawing instead put a call into Python in every paint of every complex control.)
        widget.setFont(_weighted(widget.font(), QFont.Weight.DemiBold))
    elif isinstance(parent, QGroupBox):
        widget.setFont(_weighted(widget.font(), QFont.Weight.Normal))
    name = widget.objectName()
    if not name:
        return
    size = HEADING_SIZES.get(name)
    if size is not None:
        font = QFont(widget.font())
        font.setPointSizeF(size)
        font.setWeight(QFont.Weight.DemiBold)
        widget.setFont(font)
    elif name in QUIET_NAMES:
        widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if name == "workspaceSubtitle":
            widget.setContentsMargins(0, 0, 0, 4)


class GuidanceLabel(QLabel):
    """Advice from the playbook: text in a tinted box with an accent bar on its left."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("guidance")
        self.setWordWrap(True)
        self.setContentsMargins(12, 7, 9, 7)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        from PySide6.QtCore import Qt

        painter.setPen(Qt.PenStyle.NoPen)
        tint = QColor(ACCENT)
        tint.setAlphaF(0.10)
        painter.setBrush(tint)
        painter.drawRoundedRect(QRectF(self.rect()), 4, 4)
        painter.setBrush(ACCENT)
        painter.drawRoundedRect(QRectF(0, 0, 4, self.height()), 2, 2)
        painter.end()
        super().paintEvent(event)


def _dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#1f2124"), QColor("#17181a"), QColor("#e8e8e8")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Base, base)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#222427"))
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.Button, QColor("#2a2d31"))
        palette.setColor(group, QPalette.ColorRole.ButtonText, text)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#2a2d31"))
        palette.setColor(group, QPalette.ColorRole.ToolTipText, text)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#8ab4f8"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b6f75"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6b6f75"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6b6f75"))
    return palette


_MODE_PROPERTY = "secondroundTheme"
_FOLLOWING_PROPERTY = "secondroundFollowsScheme"


def is_dark(mode: str, scheme: Qt.ColorScheme | None = None) -> bool:
    """Dark for the "dark" override, or for "system" when the desktop's colour scheme is dark."""
    if mode == "dark":
        return True
    if mode == "light":
        return False
    scheme = QGuiApplication.styleHints().colorScheme() if scheme is None else scheme
    return scheme.name == "Dark"  # (Qt.ColorScheme.Dark, without importing Qt)


def apply_theme(app: QApplication, mode: str | None = None, scheme: Qt.ColorScheme | None = None) -> None:
    """Light or dark: ``mode`` is "system" (follow the desktop, also when it changes), "light" or "dark".

    Without ``mode`` the last one applied is kept. Applies live: every open window repaints.
    """
    if mode is None:
        mode = str(app.property(_MODE_PROPERTY) or "system")
    app.setProperty(_MODE_PROPERTY, mode)
    if not app.property(_FOLLOWING_PROPERTY):
        app.setProperty(_FOLLOWING_PROPERTY, True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(_on_scheme_changed)
    app.setStyle(ThemeStyle())  # (a new style polishes every open widget again, with the new palette)
    dark = is_dark(mode, scheme)
    palette = _dark_palette() if dark else app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    if not dark:
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f7fa"))
    app.setPalette(palette)
    # Open widgets take the new palette now, not at the next turn of the event loop (with a style that
    # polishes in Python, Qt posts that change instead of sending it).
    QApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange.value)
    app.setProperty("secondroundDark", dark)
    font = QFont(app.font())
    if font.pointSizeF() > 0 and font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)


def current_mode(app: QApplication) -> str:
    return str(app.property(_MODE_PROPERTY) or "system")


def _on_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The desktop switched between light and dark: follow it unless the user chose one."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and current_mode(app) == "system":
        apply_theme(app, "system", scheme)


def _weighted(font: QFont, weight: QFont.Weight) -> QFont:
    changed = QFont(font)
    changed.setWeight(weight)
    return changed
