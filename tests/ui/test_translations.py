"""The German translation: compiled, complete, and used by the window when German is chosen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from secondround_desktop.core.interviews import InterviewService
from secondround_desktop.paths import AppPaths, resource_path
from secondround_desktop.ui import preferences
from secondround_desktop.ui.i18n import install_translations, remove_translations, translation_file
from secondround_desktop.ui.labels import relation_label, step_short_title
from secondround_desktop.ui.main_window import MainWindow
from tests.ui.conftest import AddInterview

TS = Path(resource_path("translations", "secondround_de.ts"))


def test_the_qm_exists_and_loads() -> None:
    assert Path(translation_file("de")).is_file()
    translator = QTranslator()
    assert translator.load(translation_file("de"))
    assert translator.translate("MainWindow", "&File") == "&Datei"


def test_every_text_is_translated_with_its_placeholders() -> None:
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 400
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        element = message.find("translation")
        assert element is not None
        text = element.text or ""
        if element.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(source)
        elif sorted(re.findall(r"\{\d\}", source)) != sorted(re.findall(r"\{\d\}", text)):
            problems.append(f"placeholders differ: {source}")
    assert problems == []


@pytest.fixture
def german(paths: AppPaths) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    preferences.set_language(preferences.open_settings(paths.ui_state), "de")
    install_translations(app, preferences.ui_language(preferences.open_settings(paths.ui_state)))
    yield
    remove_translations(app)


def test_the_window_speaks_german(
    german: None, qtbot: QtBot, service: InterviewService, paths: AppPaths, add_interview: AddInterview
) -> None:
    interview_id = add_interview("Acme", people=("Ana Ruiz",))
    window = MainWindow(service, paths)
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"] and menus[-1] == "&Hilfe"
    assert window.scope_tabs.tabText(0).startswith("Anstehend")
    assert window.find_field.placeholderText().startswith("Unternehmen, Stelle oder Person")
    window.refresh(select=interview_id)
    tabs = window.workspace.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][:2] == ["Ü&bersicht", "&Vorbereitung"]
    assert relation_label("hiring_manager") == "Einstellende Führungskraft"
    assert step_short_title("fit") == "Passt es?"
    # The prep guidance comes from the German playbook.
    assert window.prep.playbook.step("fresh_points").title == "Wiederholen Sie nicht die erste Runde"
    labels = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "Gremium" in labels or "Vorbereitungsstand" in labels


def test_english_by_default(qtbot: QtBot, service: InterviewService, paths: AppPaths) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, "en")
    window = MainWindow(service, paths)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
    assert relation_label("hiring_manager") == "Hiring manager"
