"""Calm and native: Fusion, a palette that follows the system's light or dark scheme, one accent colour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#2f6fde")

# ``Qt``, ``QStyle`` and the style itself (ui/style.py) are imported where they are used: importing
# them makes PySide build all of their enums (tens of milliseconds), and this module is read before
# the first window shows.

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

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
    return system_is_dark() if scheme is None else scheme.name == "Dark"  # (not importing Qt)


def system_is_dark() -> bool:
    """Whether the desktop's colour scheme is dark. The first call builds all of Qt's namespace enums
    (some 20 ms), so the start shows its first frame with the answer of the last run instead."""
    return QGuiApplication.styleHints().colorScheme().name == "Dark"


def apply_theme(
    app: QApplication,
    mode: str | None = None,
    scheme: Qt.ColorScheme | None = None,
    *,
    system_dark: bool | None = None,
    with_style: bool = True,
) -> None:
    """Light or dark: ``mode`` is "system" (follow the desktop, also when it changes), "light" or "dark".

    Without ``mode`` the last one applied is kept. Applies live: every open window repaints. For
    "system", ``system_dark`` (when known) stands in for asking the desktop. Without ``with_style``
    only the colours are set: the start does so for its first frame, then installs the style (see
    ``finish_theme``).
    """
    if mode is None:
        mode = str(app.property(_MODE_PROPERTY) or "system")
    app.setProperty(_MODE_PROPERTY, mode)
    if not app.property(_FOLLOWING_PROPERTY):
        app.setProperty(_FOLLOWING_PROPERTY, True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(_on_scheme_changed)
    if with_style:
        from secondround_desktop.ui.style import ThemeStyle

        app.setStyle(ThemeStyle())  # (a new style polishes every open widget again, with the new palette)
    assumed = mode == "system" and scheme is None and system_dark is not None
    dark = bool(system_dark) if assumed else is_dark(mode, scheme)
    # (Asking for a style's palette makes PySide build all of QStyle's enums: not for the first frame.)
    light = app.style().standardPalette if with_style else app.palette  # (either gives a copy)
    palette = _dark_palette() if dark else light()
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


def finish_theme(app: QApplication) -> bool:
    """After the first frame: install the style and ask the desktop whether it is dark (the first frame
    used the last run's answer). Returns the answer, to be remembered for the next start.

    Both build enums PySide makes on first use (QStyle's, Qt's namespace: a Python ``polish`` makes
    it build the latter), some 40 ms that would otherwise come before the window shows.
    """
    dark = system_is_dark()
    apply_theme(app, system_dark=dark)
    return dark


def current_mode(app: QApplication) -> str:
    return str(app.property(_MODE_PROPERTY) or "system")


def _on_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The desktop switched between light and dark: follow it unless the user chose one."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and current_mode(app) == "system":
        apply_theme(app, "system", scheme)
