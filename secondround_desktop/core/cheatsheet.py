"""The cheat sheet taken into the room: when, where, who, the advocate ask, fresh points and questions.

Built here as plain data and rendered as Markdown and as simple HTML; the GUI and the CLI turn the HTML
into a PDF with Qt's own writer. The sheet is English unless other ``SheetWords`` are given: the GUI
passes its own, so that the sheet reads in the language the app shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from secondround_desktop.core.formatting import KIND_LABELS, RELATION_LABELS, absolute_when, duration_text
from secondround_desktop.core.interviews import InterviewService
from secondround_desktop.core.models import NoteKind
from secondround_desktop.core.prep import PrepService
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP


def _english_kind(value: str) -> str:
    return KIND_LABELS.get(value, value)


def _english_relation(value: str) -> str:
    return RELATION_LABELS.get(value, value)


@dataclass(frozen=True)
class SheetWords:
    """How the sheet words things: ``say`` turns a Text into the wording shown (English: the Text as it
    is), the others write dates, durations, kinds of interview and relations."""

    say: Callable[[str], str] = str
    when: Callable[[datetime, str], str] = absolute_when
    duration: Callable[[int], str] = duration_text
    kind: Callable[[str], str] = _english_kind
    relation: Callable[[str], str] = _english_relation


ENGLISH = SheetWords()


@dataclass(frozen=True)
class PersonSheet:
    name: str
    title: str
    relation: str
    points: tuple[str, ...]
    questions: tuple[str, ...]


@dataclass(frozen=True)
class CheatSheet:
    title: str
    when: str
    where: str
    kind: str
    advocate: str
    advocate_words: str
    could_add: str
    people: tuple[PersonSheet, ...]
    room_points: tuple[str, ...]
    room_questions: tuple[str, ...]
    criteria: tuple[str, ...]


def build_cheat_sheet(
    interviews: InterviewService, prep: PrepService, interview_id: int, words: SheetWords = ENGLISH
) -> CheatSheet:
    detail = interviews.get(interview_id)
    points = prep.planned_points(interview_id)
    questions = prep.questions(interview_id)
    people = tuple(
        PersonSheet(
            name=person.name,
            title=person.title,
            relation=words.relation(person.relation),
            points=tuple(p.text for p in points if p.person_id == person.id),
            questions=tuple(q.text for q in questions if q.person_id == person.id),
        )
        for person in detail.panel
    )
    managers = [p.name for p in detail.panel if p.relation == "hiring_manager"]
    where = " · ".join(part for part in (detail.location, detail.meeting_link) if part)
    return CheatSheet(
        title=words.say(
            QT_TRANSLATE_NOOP("CheatSheet", "{0} — {1}, round {2}").format(
                detail.company, detail.role, detail.round_number
            )
        ),
        when=f"{words.when(detail.starts_at, detail.timezone)}, {words.duration(detail.duration_minutes)}",
        where=where or words.say(QT_TRANSLATE_NOOP("CheatSheet", "Not set")),
        kind=words.kind(detail.kind),
        advocate=", ".join(managers),
        advocate_words=prep.note(interview_id, NoteKind.ADVOCATE.value, "words").strip(),
        could_add=prep.note(interview_id, NoteKind.ADVOCATE.value, "could_add").strip(),
        people=people,
        room_points=tuple(p.text for p in points if p.person_id is None),
        room_questions=tuple(q.text for q in questions if q.person_id is None),
        criteria=tuple(c.text for c in prep.criteria(interview_id)),
    )


# The sheet's own words, marked for lupdate (which reads no f-strings: they are kept out of them).
WHEN = QT_TRANSLATE_NOOP("CheatSheet", "When:")
WHERE = QT_TRANSLATE_NOOP("CheatSheet", "Where:")
KIND = QT_TRANSLATE_NOOP("CheatSheet", "Kind:")
YOUR_ADVOCATE = QT_TRANSLATE_NOOP("CheatSheet", "Your advocate")
HIRING_MANAGER = QT_TRANSLATE_NOOP("CheatSheet", "(hiring manager)")
QUOTED = QT_TRANSLATE_NOOP("CheatSheet", "“{0}”")
COULD_ADD = QT_TRANSLATE_NOOP("CheatSheet", "What they could add: {0}")
NO_ADVOCATE_ASK = QT_TRANSLATE_NOOP("CheatSheet", "No advocate ask prepared.")
WHO = QT_TRANSLATE_NOOP("CheatSheet", "Who you will meet")
PANEL_UNKNOWN = QT_TRANSLATE_NOOP("CheatSheet", "The panel is not known yet.")
FRESH_POINT = QT_TRANSLATE_NOOP("CheatSheet", "Fresh point: {0}")
ASK = QT_TRANSLATE_NOOP("CheatSheet", "Ask:")
NOTHING_PLANNED = QT_TRANSLATE_NOOP("CheatSheet", "Nothing planned yet.")
EVERYONE = QT_TRANSLATE_NOOP("CheatSheet", "Everyone in the room")
SAY_YES = QT_TRANSLATE_NOOP("CheatSheet", "What I need to learn to say yes")


def to_markdown(sheet: CheatSheet, words: SheetWords = ENGLISH) -> str:
    say = words.say
    ask = say(ASK)
    lines = [
        f"# {sheet.title}",
        "",
        f"**{say(WHEN)}** {sheet.when}  ",
        f"**{say(WHERE)}** {sheet.where}  ",
        f"**{say(KIND)}** {sheet.kind}",
    ]
    lines += ["", f"## {say(YOUR_ADVOCATE)}"]
    if sheet.advocate:
        lines.append(f"**{sheet.advocate}** {say(HIRING_MANAGER)}")
    if sheet.advocate_words:
        lines += ["", f"> {_one_line(sheet.advocate_words)}"]
    if sheet.could_add:
        lines += ["", say(COULD_ADD.format(_one_line(sheet.could_add)))]
    if not (sheet.advocate or sheet.advocate_words):
        lines.append(say(NO_ADVOCATE_ASK))
    lines += ["", f"## {say(WHO)}"]
    if not sheet.people:
        lines.append(say(PANEL_UNKNOWN))
    for person in sheet.people:
        title = f", {person.title}" if person.title else ""
        lines += ["", f"### {person.name}{title} — {person.relation}"]
        lines += [f"- {say(FRESH_POINT.format(text))}" for text in person.points]
        lines += [f"- {ask} {text}" for text in person.questions]
        if not (person.points or person.questions):
            lines.append(f"- {say(NOTHING_PLANNED)}")
    if sheet.room_points or sheet.room_questions:
        lines += ["", f"### {say(EVERYONE)}"]
        lines += [f"- {say(FRESH_POINT.format(text))}" for text in sheet.room_points]
        lines += [f"- {ask} {text}" for text in sheet.room_questions]
    if sheet.criteria:
        lines += ["", f"## {say(SAY_YES)}"]
        lines += [f"- {text}" for text in sheet.criteria]
    return "\n".join(lines) + "\n"


def to_html(sheet: CheatSheet, words: SheetWords = ENGLISH) -> str:
    """Compact HTML for Qt's rich text engine (a subset of HTML 4 and CSS 2)."""

    def say(text: str) -> str:
        return escape(words.say(text))

    out = [
        "<html><body style='font-family: sans-serif; font-size: 9.5pt;'>",
        f"<h2 style='margin-bottom: 2px;'>{escape(sheet.title)}</h2>",
        f"<p style='margin-top: 0;'><b>{say(WHEN)}</b> {escape(sheet.when)}<br><b>{say(WHERE)}</b>"
        f" {escape(sheet.where)} &nbsp; <b>{say(KIND)}</b> {escape(sheet.kind)}</p>",
        f"<h3>{say(YOUR_ADVOCATE)}</h3>",
    ]
    advocate = []
    if sheet.advocate:
        advocate.append(f"<b>{escape(sheet.advocate)}</b> {say(HIRING_MANAGER)}")
    if sheet.advocate_words:
        advocate.append(f"<i>{say(QUOTED.format(_one_line(sheet.advocate_words)))}</i>")
    if sheet.could_add:
        advocate.append(say(COULD_ADD.format(_one_line(sheet.could_add))))
    out.append("<p>" + ("<br>".join(advocate) if advocate else say(NO_ADVOCATE_ASK)) + "</p>")
    out.append(f"<h3>{say(WHO)}</h3>")
    if not sheet.people:
        out.append(f"<p>{say(PANEL_UNKNOWN)}</p>")
    sections = [
        (f"{p.name}{', ' + p.title if p.title else ''} — {p.relation}", p.points, p.questions)
        for p in sheet.people
    ]
    if sheet.room_points or sheet.room_questions:
        sections.append((words.say(EVERYONE), sheet.room_points, sheet.room_questions))
    for heading, points, questions in sections:
        out.append(f"<p style='margin-bottom: 0;'><b>{escape(heading)}</b></p><ul style='margin-top: 0;'>")
        out += [f"<li>{escape(text)}</li>" for text in points]
        out += [f"<li><b>{say(ASK)}</b> {escape(text)}</li>" for text in questions]
        if not (points or questions):
            out.append(f"<li>{say(NOTHING_PLANNED)}</li>")
        out.append("</ul>")
    if sheet.criteria:
        out.append(f"<h3>{say(SAY_YES)}</h3><ul>")
        out += [f"<li>{escape(text)}</li>" for text in sheet.criteria]
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def _one_line(text: str) -> str:
    return " ".join(text.split())
