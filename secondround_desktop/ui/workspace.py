"""The selected interview's workspace: details, panel and notes, each saved as the user goes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secondround_desktop.core.interviews import (
    InterviewDetail,
    InterviewDraft,
    InterviewHeading,
    InterviewService,
    PersonInput,
)
from secondround_desktop.ui.debrief import DebriefContext, DebriefTab, FollowUpsTab
from secondround_desktop.ui.interview_form import InterviewForm
from secondround_desktop.ui.labels import absolute_when_text, duration_label, kind_label
from secondround_desktop.ui.panel import PanelEditor
from secondround_desktop.ui.prep import PrepTab, StepContext
from secondround_desktop.ui.save_manager import SaveManager


def details_key(interview_id: int) -> tuple[str, int]:
    return ("details", interview_id)


def notes_key(interview_id: int) -> tuple[str, int]:
    return ("notes", interview_id)


class InterviewWorkspace(QWidget):
    """Shows one interview. Edits go through the SaveManager; structural changes are requested upward."""

    addPersonRequested = Signal(int, object)  # interview id, PersonInput
    removePersonRequested = Signal(int, int, str)  # interview id, person id, name
    addEarlierRequested = Signal(int, list)  # interview id, person ids

    def __init__(
        self,
        service: InterviewService,
        saver: SaveManager,
        prep_context: StepContext | None = None,
        debrief_context: DebriefContext | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.saver = saver
        self.interview_id: int | None = None
        # Tabs other than the overview are filled when first shown, so that opening an interview stays quick.
        self._loaded_for: dict[QWidget, int | None] = {}
        # The interview the overview's form, notes and panel show: it too is filled when first shown.
        self._overview_for: int | None = None

        self.title = QLabel(objectName="workspaceTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(objectName="workspaceSubtitle")
        # Company, role and place are the user's text: shown as typed, never read as HTML.
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        # Wrapped, so that a long company, role or address never widens the window or squeezes the list.
        self.title.setWordWrap(True)
        self.subtitle.setWordWrap(True)
        self.form = InterviewForm(companies=service.companies())
        self.panel = PanelEditor()
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setPlaceholderText(
            self.tr("Anything worth keeping: what you know about the team, what to bring, what to ask…")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))

        details_box = QGroupBox(self.tr("Details"))
        QVBoxLayout(details_box).addWidget(self.form)
        notes_box = QGroupBox(self.tr("No&tes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        panel_box = QGroupBox(self.tr("&Panel — who you will meet"))
        QVBoxLayout(panel_box).addWidget(self.panel)

        top = QHBoxLayout()
        top.addWidget(details_box, 3)
        top.addWidget(notes_box, 2)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(top)
        body_layout.addWidget(panel_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.tabs = QTabWidget(objectName="workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("&Overview"))
        self.prep: PrepTab | None = None
        if prep_context is not None:
            self.prep = PrepTab(prep_context)
            self.tabs.addTab(self.prep, self.tr("P&rep"))
            self._loaded_for[self.prep] = None
        self.debrief: DebriefTab | None = None
        self.followups: FollowUpsTab | None = None
        if debrief_context is not None:
            self.debrief = DebriefTab(debrief_context)
            self.followups = FollowUpsTab(debrief_context)
            self.tabs.addTab(self.debrief, self.tr("&Debrief"))
            self.tabs.addTab(self.followups, self.tr("&Follow-ups"))
            self._loaded_for[self.debrief] = None
            self._loaded_for[self.followups] = None
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

        self.form.edited.connect(self._on_details_edited)
        self.notes.textChanged.connect(self._on_notes_edited)
        self.panel.model.personEdited.connect(self._on_person_edited)
        self.panel.addRequested.connect(self._on_add_person)
        self.panel.removeRequested.connect(self._on_remove_person)
        self.panel.addEarlierRequested.connect(self._on_add_earlier)
        self._loading = False

    # ---- loading -------------------------------------------------------------------------------

    def load(self, interview_id: int) -> None:
        """Show ``interview_id``. Unsaved text of the previous one stays queued in the SaveManager."""
        overview_shown = self.tabs.currentIndex() == 0
        heading = self.service.get(interview_id) if overview_shown else self.service.heading(interview_id)
        self.interview_id = interview_id
        self._overview_for = None
        self._show_header(heading)
        if isinstance(heading, InterviewDetail):
            self._load_overview(heading)
        self.reload_tabs()

    def _load_overview(self, detail: InterviewDetail | None = None) -> None:
        """Fill the overview (details form, notes, panel) when it is the tab shown; else when it is shown."""
        interview_id = self.interview_id
        if interview_id is None or self._overview_for == interview_id or self.tabs.currentIndex() != 0:
            return
        detail = detail or self.service.get(interview_id)
        # A write still queued (e.g. retrying after a failure) holds newer text than the database.
        queued_draft = self.saver.pending_value(details_key(interview_id))
        queued_notes = self.saver.pending_value(notes_key(interview_id))
        notes = queued_notes if isinstance(queued_notes, str) else detail.notes
        self._loading = True
        try:
            self.form.set_draft(
                queued_draft if isinstance(queued_draft, InterviewDraft) else detail.as_draft()
            )
            if self.notes.toPlainText() != notes:
                self.notes.setPlainText(notes)
            self.notes.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        self._overview_for = interview_id
        self._show_panel(detail)

    def _show_panel(self, detail: InterviewDetail) -> None:
        assert self.interview_id is not None
        self.panel.set_people(detail.panel)
        self.panel.set_earlier_people(self.service.earlier_people(self.interview_id))

    def _on_tab_changed(self, _index: int) -> None:
        """A tab is filled when it is shown, and again when the interview or its panel changed."""
        self._load_overview()
        tab = self.tabs.currentWidget()
        if (
            tab in self._loaded_for
            and self.interview_id is not None
            and self._loaded_for[tab] != self.interview_id
        ):
            self._loaded_for[tab] = self.interview_id
            tab.load(self.interview_id)  # type: ignore[attr-defined]

    def reload_tabs(self) -> None:
        """The interview or its panel changed: every tab refills at its next showing."""
        for tab in self._loaded_for:
            self._loaded_for[tab] = None
        self._on_tab_changed(self.tabs.currentIndex())

    def show_tab(self, tab: QWidget | None) -> None:
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            self._on_tab_changed(self.tabs.currentIndex())

    def show_overview(self) -> None:
        self.show_tab(self.tabs.widget(0))

    def focus_current_tab(self) -> None:
        """The cursor into the tab shown: the overview's company, the debrief's first note, else the
        tab's first field."""
        tab = self.tabs.currentWidget()
        if self.tabs.currentIndex() == 0:
            self.form.company.setFocus(Qt.FocusReason.OtherFocusReason)
        elif tab is self.debrief and self.debrief is not None:
            self.debrief.focus_first_field()
        elif tab is not None:
            stop = _first_tab_stop(tab)
            if stop is not None:
                stop.setFocus(Qt.FocusReason.TabFocusReason)

    def reload_panel(self, detail: InterviewDetail | None = None) -> None:
        if self.interview_id is None:
            return
        detail = detail or self.service.get(self.interview_id)
        if self._overview_for == self.interview_id:
            self._show_panel(detail)  # (else the overview fills it when shown)
        self._show_header(detail)
        self.reload_tabs()

    def _show_header(self, detail: InterviewHeading) -> None:
        self.title.setText(f"{detail.company} — {detail.role}")
        kind = kind_label(detail.kind)
        where = detail.location or detail.meeting_link or self.tr("place not set")
        self.subtitle.setText(
            self.tr("Round {0} · {1} · {2} · {3} · {4}").format(
                detail.round_number,
                kind,
                absolute_when_text(detail.starts_at, detail.timezone),
                duration_label(detail.duration_minutes),
                where,
            )
        )

    # ---- editing -------------------------------------------------------------------------------

    def _on_details_edited(self) -> None:
        interview_id = self.interview_id
        if interview_id is None or self._overview_for != interview_id:
            return  # (the form still shows an interview opened before: never save it into this one)
        draft = self.form.draft()
        errors = self.form.validate()
        key = details_key(interview_id)
        if errors:
            first = next(iter(errors.values()))
            self.saver.mark_invalid(key, first)
            return
        self.saver.schedule(key, lambda: self.service.update(interview_id, draft), value=draft)

    def _on_notes_edited(self) -> None:
        interview_id = self.interview_id
        if interview_id is None or self._loading or self._overview_for != interview_id:
            return
        text = self.notes.toPlainText()
        self.saver.schedule(
            notes_key(interview_id), lambda: self.service.set_notes(interview_id, text), value=text
        )

    def _on_person_edited(self, person_id: int, person: PersonInput) -> None:
        self.saver.schedule(
            ("person", person_id), lambda: self.service.update_person(person_id, person), immediate=True
        )

    def _on_add_person(self, person: PersonInput) -> None:
        if self.interview_id is not None:
            self.addPersonRequested.emit(self.interview_id, person)

    def _on_remove_person(self, person_id: int) -> None:
        if self.interview_id is None:
            return
        self.removePersonRequested.emit(self.interview_id, person_id, self.panel.model.name_of(person_id))

    def _on_add_earlier(self, person_ids: list[int]) -> None:
        if self.interview_id is not None:
            self.addEarlierRequested.emit(self.interview_id, person_ids)

    def has_invalid_details(self) -> str | None:
        """The message for details that cannot be saved as typed, if any."""
        if self.interview_id is None:
            return None
        return self.saver.invalid_message(details_key(self.interview_id))

    def discard_invalid(self) -> None:
        if self.interview_id is not None:
            self.saver.discard(details_key(self.interview_id))
            self.load(self.interview_id)


def _first_tab_stop(container: QWidget) -> QWidget | None:
    """The first field inside ``container`` that Tab would reach, or None."""
    widget = container.nextInFocusChain()
    while widget is not container:
        if (
            container.isAncestorOf(widget)
            and widget.isVisibleTo(container)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
