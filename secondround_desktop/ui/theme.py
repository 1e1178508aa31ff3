"""Calm and native: Fusion, a palette that follows the system's light or dark scheme, one accent colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#2f6fde")

STYLE_SHEET = """
QLabel#workspaceTitle { font-size: 17pt; font-weight: 600; }
QLabel#workspaceSubtitle { color: palette(placeholder-text); margin-bottom: 4px; }
QLabel#welcomeHeading { font-size: 16pt; font-weight: 600; }
QLabel#listEmpty, QLabel#nothingSelected, QLabel#hint { color: palette(placeholder-text); }
QGroupBox { font-weight: 600; margin-top: 12px; }
QLabel#stepHeading { font-size: 13pt; font-weight: 600; }
QLabel#guidance { background: rgba(47, 111, 222, 0.10); border-left: 4px solid #2f6fde;
                  border-radius: 4px; padding: 8px 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 6px; padding: 0 2px; }
QTableView { selection-background-color: palette(highlight); }
QTabBar#scopeTabs::tab { padding: 6px 12px; }
"""


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
    return scheme == Qt.ColorScheme.Dark


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
    app.setStyle("Fusion")
    dark = is_dark(mode, scheme)
    palette = _dark_palette() if dark else app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    if not dark:
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f7fa"))
    app.setPalette(palette)
    app.setProperty("secondroundDark", dark)
    font = QFont(app.font())
    if font.pointSizeF() > 0 and font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def current_mode(app: QApplication) -> str:
    return str(app.property(_MODE_PROPERTY) or "system")


def _on_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The desktop switched between light and dark: follow it unless the user chose one."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and current_mode(app) == "system":
        apply_theme(app, "system", scheme)
