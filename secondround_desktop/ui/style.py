"""The app's style: Fusion, plus a few looks given by object name, and the playbook's guidance box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QProxyStyle,
    QStyleFactory,
    QWidget,
)

from secondround_desktop.ui.pages import WrappedLabel
from secondround_desktop.ui.theme import ACCENT

# The app's few looks, given to widgets by object name when the style polishes them. They are not a
# style sheet: with one set on the application, Qt polishes every widget through its style sheet engine
# and again each time a widget moves to a new parent, which took most of the time of building the window.
HEADING_SIZES = {"workspaceTitle": 17.0, "welcomeHeading": 16.0, "stepHeading": 13.0}  # points, semi-bold
BOLD_NAMES = frozenset({"subheading"})  # semi-bold in the regular size
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


_WHEEL = QEvent.Type.Wheel  # (looked up once: the guard sees every event of the boxes it watches)


class WheelGuard(QObject):
    """A combo box or spin box takes the mouse wheel only once clicked or tabbed into.

    Qt's change their value under a passing wheel: scrolling down a debrief set whoever the pointer
    crossed to "Cool", and saved it. Unfocused, the wheel scrolls the page around them instead.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != _WHEEL or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        # To the scroll area around it, as an unused wheel goes (Qt passes a resent event on no further).
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True


_wheel_guard: list[WheelGuard] = []


def _guard_wheel(widget: QWidget) -> None:
    if not _wheel_guard:
        _wheel_guard.append(WheelGuard(QCoreApplication.instance()))
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # (the wheel's focus would defeat the guard)
    widget.installEventFilter(_wheel_guard[0])


def _give_look(widget: QWidget) -> None:
    if isinstance(widget, QComboBox | QAbstractSpinBox):
        _guard_wheel(widget)
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
    elif name in BOLD_NAMES:
        widget.setFont(_weighted(widget.font(), QFont.Weight.DemiBold))
    elif name in QUIET_NAMES:
        widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if name == "workspaceSubtitle":
            widget.setContentsMargins(0, 0, 0, 4)


class GuidanceLabel(WrappedLabel):
    """Advice from the playbook: text in a tinted box with an accent bar on its left."""

    def __init__(self, text: str) -> None:
        super().__init__(text, "guidance")
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


def _weighted(font: QFont, weight: QFont.Weight) -> QFont:
    changed = QFont(font)
    changed.setWeight(weight)
    return changed
