"""Undoable actions. Each command calls core services; a command whose first run fails removes itself.

A QUndoCommand is no QObject: the commands' texts are translated with ``Commands.tr``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from secondround_desktop.core.errors import UserFacingError
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput


class CommandHost(Protocol):
    """What a command needs from the window: the service, and a way to show the result or a failure."""

    service: InterviewService

    def after_change(self, interview_id: int | None) -> None: ...

    def show_failure(self, what: str, error: UserFacingError) -> None: ...


class Commands(QObject):
    """The translation context of the commands' texts."""


class ServiceCommand(QUndoCommand):
    def __init__(self, host: CommandHost, text: str) -> None:
        super().__init__(text)
        self.host = host

    def _run(
        self, what: str, action: Callable[[], None], show: int | Callable[[], int | None] | None
    ) -> None:
        """Run ``action``; then show interview ``show`` (None: no particular one).

        ``what`` is the translated headline of a failure, e.g. "Could not add the person".
        """
        try:
            action()
        except UserFacingError as exc:
            self.setObsolete(True)  # the stack drops it: nothing happened that could be undone
            self.host.show_failure(what, exc)
            return
        self.host.after_change(show() if callable(show) else show)


class CreateInterviewCommand(ServiceCommand):
    def __init__(self, host: CommandHost, draft: InterviewDraft, people_from_earlier: list[int]) -> None:
        super().__init__(host, Commands.tr("Create Interview with {0}").format(draft.company.strip()))
        self.draft = draft
        self.people = people_from_earlier
        self.interview_id: int | None = None

    def redo(self) -> None:
        service = self.host.service
        if self.interview_id is None:

            def create() -> None:
                self.interview_id = service.create(self.draft, self.people)

            self._run(Commands.tr("Could not create the interview"), create, lambda: self.interview_id)
        else:
            interview_id = self.interview_id
            self._run(Commands.tr("Could not redo"), lambda: service.restore(interview_id), interview_id)

    def undo(self) -> None:
        if self.interview_id is not None:
            interview_id = self.interview_id
            self._run(Commands.tr("Could not undo"), lambda: self.host.service.delete(interview_id), None)


class DeleteInterviewCommand(ServiceCommand):
    def __init__(self, host: CommandHost, interview_id: int, label: str) -> None:
        super().__init__(host, Commands.tr("Delete Interview with {0}").format(label))
        self.interview_id = interview_id

    def redo(self) -> None:
        self._run(
            Commands.tr("Could not delete the interview"),
            lambda: self.host.service.delete(self.interview_id),
            None,
        )

    def undo(self) -> None:
        self._run(
            Commands.tr("Could not undo"),
            lambda: self.host.service.restore(self.interview_id),
            self.interview_id,
        )


class AddPersonCommand(ServiceCommand):
    def __init__(self, host: CommandHost, interview_id: int, person: PersonInput) -> None:
        super().__init__(host, Commands.tr("Add {0} to the Panel").format(person.name))
        self.interview_id = interview_id
        self.person = person
        self.person_id: int | None = None
        self.position = 0

    def redo(self) -> None:
        service = self.host.service
        if self.person_id is None:

            def add() -> None:
                self.person_id = service.add_person(self.interview_id, self.person)

            self._run(Commands.tr("Could not add the person"), add, self.interview_id)
        else:
            person_id = self.person_id
            self._run(
                Commands.tr("Could not redo"),
                lambda: service.insert_panelist(self.interview_id, person_id, self.position),
                self.interview_id,
            )

    def undo(self) -> None:
        if self.person_id is None:
            return
        person_id = self.person_id

        def remove() -> None:
            self.position = self.host.service.remove_panelist(self.interview_id, person_id)

        self._run(Commands.tr("Could not undo"), remove, self.interview_id)


class AddPanelistsCommand(ServiceCommand):
    def __init__(self, host: CommandHost, interview_id: int, person_ids: list[int]) -> None:
        super().__init__(host, Commands.tr("Add %n People from Earlier Rounds", "", len(person_ids)))
        self.interview_id = interview_id
        self.person_ids = person_ids

    def redo(self) -> None:
        self._run(
            Commands.tr("Could not add the people"),
            lambda: self.host.service.add_panelists(self.interview_id, self.person_ids),
            self.interview_id,
        )

    def undo(self) -> None:
        def remove() -> None:
            for person_id in self.person_ids:
                self.host.service.remove_panelist(self.interview_id, person_id)

        self._run(Commands.tr("Could not undo"), remove, self.interview_id)


class RemovePanelistCommand(ServiceCommand):
    def __init__(self, host: CommandHost, interview_id: int, person_id: int, name: str) -> None:
        super().__init__(host, Commands.tr("Remove {0} from the Panel").format(name))
        self.interview_id = interview_id
        self.person_id = person_id
        self.position = 0

    def redo(self) -> None:
        def remove() -> None:
            self.position = self.host.service.remove_panelist(self.interview_id, self.person_id)

        self._run(Commands.tr("Could not remove the person"), remove, self.interview_id)

    def undo(self) -> None:
        self._run(
            Commands.tr("Could not undo"),
            lambda: self.host.service.insert_panelist(self.interview_id, self.person_id, self.position),
            self.interview_id,
        )
