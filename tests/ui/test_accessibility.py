"""Every control without a readable text (↑ ↓ ✕ …) has an accessible name, on every tab of the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QCalendarWidget, QTabBar, QToolButton, QWidget

from secondround_desktop.core.interviews import InterviewService
from secondround_desktop.ui.main_window import MainWindow
from tests.ui.conftest import AddInterview


def has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text.replace("&", ""))


def is_qt_internal(button: QAbstractButton) -> bool:
    """Buttons Qt builds inside its own widgets (tab scroll arrows, a line edit's clear button…)."""
    parent = button.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabBar | QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return button.objectName().startswith(("qt_", "_q_"))


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for button in root.findChildren(QAbstractButton):
        if is_qt_internal(button) or button.metaObject().className() not in ("QToolButton", "QPushButton"):
            continue
        if not has_words(button.text()) and not button.accessibleName().strip():
            found.append(f"{button.metaObject().className()} {button.objectName()!r} {button.text()!r}")
    return found


def test_every_icon_only_control_has_a_name(
    make_window: Callable[[], MainWindow], add_interview: AddInterview, service: InterviewService
) -> None:
    interview_id = add_interview("Acme", people=("Ana Ruiz", "Ben Okafor"))
    window = make_window()
    prep = window.prep
    people = [p.id for p in prep.panel(interview_id)]
    prep.add_point(interview_id, "Scaled the billing system", people[0])
    prep.add_point(interview_id, "Led the migration", people[1])
    prep.assign_question(interview_id, "What does success look like?", people[0])
    prep.assign_question(interview_id, "How does the team plan?", people[1])
    prep.add_criterion(interview_id, "Remote days")
    window.refresh(select=interview_id)
    window.workspace.load(interview_id)
    problems: list[str] = []
    checked = 0
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if tabs.currentWidget() is window.workspace.prep and window.workspace.prep is not None:
            for step in range(len(window.workspace.prep.pages)):
                window.workspace.prep.go_to(step)
                problems += unnamed_controls(window)
        problems += unnamed_controls(window)
        checked += len(window.findChildren(QToolButton))
    assert checked > 0
    # The check can fail: the small ↑ ↓ ✕ buttons are there and are named.
    arrows = [b for b in window.findChildren(QToolButton) if b.text() in ("↑", "↓", "✕")]
    assert arrows and all(b.accessibleName() for b in arrows)
    assert sorted(set(problems)) == []


def test_the_check_finds_a_nameless_button(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    bare = QToolButton(window.list_pane)
    bare.setText("✕")
    assert unnamed_controls(window)
    bare.setAccessibleName("Close")
    assert not unnamed_controls(window)
