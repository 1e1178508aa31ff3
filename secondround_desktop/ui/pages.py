"""Widgets that are cheap to measure and wrap their text: stack pages, wrapped labels and check boxes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QHideEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class StackPage(QWidget):
    """A page of a QStackedWidget or QTabWidget that reports no size while it is not the current one.

    Qt's stacked layout asks every page, shown or not, for its size hints and its height for a width
    at each layout pass. For a page full of wrapped text that meant laying out the text of every hidden
    tab and step (that of the interview shown before, too) each time an interview opened.
    """

    def sizeHint(self) -> QSize:
        return super().sizeHint() if not self.isHidden() else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() if not self.isHidden() else QSize(0, 0)

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(width) if not self.isHidden() else -1

    def showEvent(self, event: QShowEvent) -> None:
        self.updateGeometry()  # its hints count again
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.updateGeometry()
        super().hideEvent(event)


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height for each width: Qt's lays the text out again
    (shaping every word) each time a layout asks, several times per pass."""

    def __init__(self, text: str, name: str = "") -> None:
        super().__init__(text, objectName=name)
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # a font or style change measures anew
        super().changeEvent(event)


class WrappedCheckBox(QWidget):
    """A check box whose text wraps: Qt's keeps it on one line, and a long question or point then
    widened the whole page past the window. Clicking the text ticks the box, as on a check box."""

    def __init__(self, text: str, name: str = "") -> None:
        super().__init__()
        self.box = QCheckBox(objectName=name)
        self.box.setAccessibleName(text)
        self.label = _ClickableLabel(text, self.box)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def set_text(self, text: str) -> None:
        if text != self.label.text():
            self.label.setText(text)
            self.box.setAccessibleName(text)

    def setToolTip(self, text: str) -> None:
        self.box.setToolTip(text)
        self.label.setToolTip(text)


class _ClickableLabel(WrappedLabel):
    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._box.click()
        super().mouseReleaseEvent(event)
