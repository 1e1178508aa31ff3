"""Hidden pages of a stacked widget are not measured: only the current page sizes the stack."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout
from pytestqt.qtbot import QtBot

from secondround_desktop.ui.pages import StackPage


class CountingLabel(QLabel):
    """A wrapped label that counts how often a layout asks for its height."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.asked = 0

    def heightForWidth(self, width: int) -> int:
        self.asked += 1
        return super().heightForWidth(width)


def page_with(text: str) -> tuple[StackPage, CountingLabel]:
    page = StackPage()
    label = CountingLabel(text)
    label.setWordWrap(True)
    QVBoxLayout(page).addWidget(label)
    return page, label


def test_only_the_current_page_sizes_the_stack(qtbot: QtBot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    short, short_label = page_with("Short.")
    long, long_label = page_with("A long paragraph of advice. " * 60)
    stack.addWidget(short)
    stack.addWidget(long)
    stack.show()
    qtbot.waitExposed(stack)

    assert long.isHidden()
    assert long.sizeHint() == QSize(0, 0) and long.minimumSizeHint() == QSize(0, 0)
    short_label.asked = long_label.asked = 0
    height_for_short = stack.heightForWidth(300)
    assert short_label.asked > 0
    assert long_label.asked == 0  # the hidden page's text is not laid out

    stack.setCurrentWidget(long)
    assert not long.isHidden() and short.isHidden()
    assert stack.heightForWidth(300) > height_for_short * 5
    assert long.sizeHint() != QSize(0, 0)


def test_a_wrapped_labels_remembered_heights_follow_its_text_and_font(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont

    from secondround_desktop.ui.pages import WrappedLabel

    label = WrappedLabel("A point about the on-call rota, long enough to wrap. " * 4)
    label.setWordWrap(True)
    qtbot.addWidget(label)
    narrow, wide = label.heightForWidth(120), label.heightForWidth(600)
    assert narrow > wide > 0
    assert label.heightForWidth(120) == narrow

    label.setText("Short.")
    assert label.heightForWidth(120) < narrow  # not the old text's height

    label.setText("A point about the on-call rota, long enough to wrap. " * 4)
    big = QFont(label.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    label.setFont(big)
    assert label.heightForWidth(120) > narrow  # measured in the new font


def test_a_wrapped_check_box_wraps_and_its_text_ticks_it(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint, Qt

    from secondround_desktop.ui.pages import WrappedCheckBox

    text = "What is your management style, and what do you expect from this role in a year? " * 2
    check = WrappedCheckBox(text, "askedBox")
    qtbot.addWidget(check)
    check.resize(300, 100)
    check.show()
    qtbot.waitExposed(check)
    one_line = check.label.fontMetrics().horizontalAdvance(text)
    assert check.minimumSizeHint().width() < one_line / 3  # it wraps instead of widening the page
    assert check.box.accessibleName() == text
    qtbot.mouseClick(check.label, Qt.MouseButton.LeftButton, pos=QPoint(10, 5))
    assert check.box.isChecked()
    qtbot.mouseClick(check.label, Qt.MouseButton.LeftButton, pos=QPoint(10, 5))
    assert not check.box.isChecked()
