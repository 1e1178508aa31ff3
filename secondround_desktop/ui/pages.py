"""Pages of a stacked or tabbed widget that cost nothing to measure while hidden."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget


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
