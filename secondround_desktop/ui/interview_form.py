"""The interview's details as a two-column form with inline validation messages under each field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.interviews import InterviewDraft
from secondround_desktop.core.validation import MAX_DURATION_MINUTES, MAX_ROUND, parse_date, timezone_names
from secondround_desktop.ui.labels import kind_labels
from secondround_desktop.ui.texts import translated


class FieldError(QLabel):
    """The inline message under a field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the user typed
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class InterviewForm(QWidget):
    """Company, role, round, when, where. Emits ``edited`` on every user change (not on ``set_draft``)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, companies: list[str] | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._errors: dict[str, FieldError] = {}

        self.company = QLineEdit(objectName="company", placeholderText=self.tr("e.g. Northwind Analytics"))
        if companies:
            completer = QCompleter(companies, self.company)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.company.setCompleter(completer)
        self.role = QLineEdit(objectName="role", placeholderText=self.tr("e.g. Senior Data Engineer"))
        self.round_number = QSpinBox(objectName="round_number", minimum=1, maximum=MAX_ROUND)
        self.kind = QComboBox(objectName="kind")
        for value, label in kind_labels().items():
            self.kind.addItem(label, str(value))
        self.date = QLineEdit(objectName="date", placeholderText=self.tr("YYYY-MM-DD", "how to type a date"))
        self.date.setMaxLength(10)
        self.calendar_button = QToolButton(objectName="calendarButton", text="…")
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Pick the date from a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        self._calendar_menu = QMenu(self.calendar_button)
        action = QWidgetAction(self._calendar_menu)
        action.setDefaultWidget(self._calendar)
        self._calendar_menu.addAction(action)
        self._calendar_menu.aboutToShow.connect(self._sync_calendar)
        self._calendar.clicked.connect(self._pick_date)
        self._calendar.activated.connect(self._pick_date)
        self.calendar_button.setMenu(self._calendar_menu)
        self.time = QLineEdit(objectName="time", placeholderText=self.tr("HH:MM", "how to type a time"))
        self.time.setMaxLength(8)
        self.timezone = QComboBox(objectName="timezone")
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(list(timezone_names()))
        tz_completer = self.timezone.completer()
        tz_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        tz_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.duration = QSpinBox(
            objectName="duration", minimum=5, maximum=MAX_DURATION_MINUTES, singleStep=15
        )
        self.duration.setSuffix(self.tr(" min"))
        self.location = QLineEdit(objectName="location", placeholderText=self.tr("Address, building, floor"))
        self.meeting_link = QLineEdit(objectName="meeting_link", placeholderText="https://…")

        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._add_row(layout, self.tr("&Company"), "company", self.company)
        self._add_row(layout, self.tr("&Role"), "role", self.role)
        round_row = QHBoxLayout()
        round_row.addWidget(self.round_number)
        round_row.addWidget(QLabel(self.tr("Kind:")))
        round_row.addWidget(self.kind, 1)
        self._add_row(layout, self.tr("Rou&nd"), "round_number", round_row, buddy=self.round_number)
        when_row = QHBoxLayout()
        when_row.addWidget(self.date, 2)
        when_row.addWidget(self.calendar_button)
        when_row.addSpacing(8)
        when_row.addWidget(self.time, 1)
        self._add_row(
            layout, self.tr("&Date and time"), "date", when_row, buddy=self.date, extra_error="time"
        )
        self._add_row(layout, self.tr("Time &zone"), "timezone", self.timezone)
        self._add_row(layout, self.tr("D&uration"), "duration_minutes", self.duration)
        self._add_row(layout, self.tr("&Location"), "location", self.location)
        self._add_row(layout, self.tr("Meeting lin&k"), "meeting_link", self.meeting_link)

        for line in (self.company, self.role, self.date, self.time, self.location, self.meeting_link):
            line.textEdited.connect(self._on_user_edit)
        self.round_number.valueChanged.connect(self._on_user_edit)
        self.duration.valueChanged.connect(self._on_user_edit)
        self.kind.currentIndexChanged.connect(self._on_user_edit)
        self.timezone.currentTextChanged.connect(self._on_user_edit)
        self.setTabOrder(self.company, self.role)

    def _add_row(
        self,
        layout: QFormLayout,
        label: str,
        field: str,
        editor: QWidget | QHBoxLayout,
        buddy: QWidget | None = None,
        extra_error: str | None = None,
    ) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(editor, QHBoxLayout):
            column.addLayout(editor)
        else:
            column.addWidget(editor)
        error = FieldError()
        error.setObjectName(f"error_{field}")
        column.addWidget(error)
        self._errors[field] = error
        if extra_error:
            self._errors[extra_error] = error
        caption = QLabel(label)
        caption.setBuddy(buddy or (editor if isinstance(editor, QWidget) else holder))
        layout.addRow(caption, holder)

    # ---- values --------------------------------------------------------------------------------

    def draft(self) -> InterviewDraft:
        return InterviewDraft(
            company=self.company.text(),
            role=self.role.text(),
            round_number=self.round_number.value(),
            date_text=self.date.text(),
            time_text=self.time.text(),
            timezone=self.timezone.currentText().strip(),
            duration_minutes=self.duration.value(),
            kind=str(self.kind.currentData()),
            location=self.location.text(),
            meeting_link=self.meeting_link.text(),
        )

    def set_draft(self, draft: InterviewDraft) -> None:
        self._loading = True
        try:
            self.company.setText(draft.company)
            self.role.setText(draft.role)
            self.round_number.setValue(draft.round_number)
            self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
            self.date.setText(draft.date_text)
            self.time.setText(draft.time_text)
            self.timezone.setCurrentText(draft.timezone)
            self.duration.setValue(draft.duration_minutes)
            self.location.setText(draft.location)
            self.meeting_link.setText(draft.meeting_link)
            self.show_errors({})
        finally:
            self._loading = False

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field, in the app's language; a field with no message shows nothing."""
        shown: set[int] = set()
        for field, label in self._errors.items():
            if id(label) in shown:
                continue
            message = errors.get(field)
            if message is None and field == "date":
                message = errors.get("time")
            label.show_message(translated(message) if message else None)
            if message:
                shown.add(id(label))

    def validate(self) -> dict[str, str]:
        """Check the form, show the messages inline, and return them (empty when all is well)."""
        _, errors = self.draft().validate()
        self.show_errors(errors)
        return errors

    def focus_field(self, field: str) -> None:
        widget = {
            "company": self.company,
            "role": self.role,
            "round_number": self.round_number,
            "date": self.date,
            "time": self.time,
            "timezone": self.timezone,
            "duration_minutes": self.duration,
            "meeting_link": self.meeting_link,
        }.get(field, self.company)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_user_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _sync_calendar(self) -> None:
        try:
            day = parse_date(self.date.text())
        except ValidationError:
            day = date.today()
        self._calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _pick_date(self, day: QDate) -> None:
        self._calendar_menu.close()
        self.date.setText(day.toString("yyyy-MM-dd"))
        self.date.setFocus()
        self._on_user_edit()
