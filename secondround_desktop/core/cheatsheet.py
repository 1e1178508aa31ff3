"""The cheat sheet taken into the room: when, where, who, the advocate ask, fresh points and questions.

Built here as plain data and rendered as Markdown and as simple HTML; the GUI and the CLI turn the HTML
into a PDF with Qt's own writer.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from secondround_desktop.core.formatting import KIND_LABELS, RELATION_LABELS, absolute_when, duration_text
from secondround_desktop.core.interviews import InterviewService
from secondround_desktop.core.models import NoteKind
from secondround_desktop.core.prep import PrepService


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


def build_cheat_sheet(interviews: InterviewService, prep: PrepService, interview_id: int) -> CheatSheet:
    detail = interviews.get(interview_id)
    points = prep.planned_points(interview_id)
    questions = prep.questions(interview_id)
    people = tuple(
        PersonSheet(
            name=person.name,
            title=person.title,
            relation=RELATION_LABELS.get(person.relation, person.relation),
            points=tuple(p.text for p in points if p.person_id == person.id),
            questions=tuple(q.text for q in questions if q.person_id == person.id),
        )
        for person in detail.panel
    )
    managers = [p.name for p in detail.panel if p.relation == "hiring_manager"]
    where = " · ".join(part for part in (detail.location, detail.meeting_link) if part)
    return CheatSheet(
        title=f"{detail.company} — {detail.role}, round {detail.round_number}",
        when=f"{absolute_when(detail.starts_at, detail.timezone)}, {duration_text(detail.duration_minutes)}",
        where=where or "Not set",
        kind=KIND_LABELS.get(detail.kind, detail.kind),
        advocate=", ".join(managers),
        advocate_words=prep.note(interview_id, NoteKind.ADVOCATE.value, "words").strip(),
        could_add=prep.note(interview_id, NoteKind.ADVOCATE.value, "could_add").strip(),
        people=people,
        room_points=tuple(p.text for p in points if p.person_id is None),
        room_questions=tuple(q.text for q in questions if q.person_id is None),
        criteria=tuple(c.text for c in prep.criteria(interview_id)),
    )


def to_markdown(sheet: CheatSheet) -> str:
    lines = [
        f"# {sheet.title}",
        "",
        f"**When:** {sheet.when}  ",
        f"**Where:** {sheet.where}  ",
        f"**Kind:** {sheet.kind}",
    ]
    lines += ["", "## Your advocate"]
    if sheet.advocate:
        lines.append(f"**{sheet.advocate}** (hiring manager)")
    if sheet.advocate_words:
        lines += ["", f"> {_one_line(sheet.advocate_words)}"]
    if sheet.could_add:
        lines += ["", f"What they could add: {_one_line(sheet.could_add)}"]
    if not (sheet.advocate or sheet.advocate_words):
        lines.append("No advocate ask prepared.")
    lines += ["", "## Who you will meet"]
    if not sheet.people:
        lines.append("The panel is not known yet.")
    for person in sheet.people:
        title = f", {person.title}" if person.title else ""
        lines += ["", f"### {person.name}{title} — {person.relation}"]
        lines += [f"- Fresh point: {text}" for text in person.points]
        lines += [f"- Ask: {text}" for text in person.questions]
        if not (person.points or person.questions):
            lines.append("- Nothing planned yet.")
    if sheet.room_points or sheet.room_questions:
        lines += ["", "### Everyone in the room"]
        lines += [f"- Fresh point: {text}" for text in sheet.room_points]
        lines += [f"- Ask: {text}" for text in sheet.room_questions]
    if sheet.criteria:
        lines += ["", "## What I need to learn to say yes"]
        lines += [f"- {text}" for text in sheet.criteria]
    return "\n".join(lines) + "\n"


def to_html(sheet: CheatSheet) -> str:
    """Compact HTML for Qt's rich text engine (a subset of HTML 4 and CSS 2)."""
    out = [
        "<html><body style='font-family: sans-serif; font-size: 9.5pt;'>",
        f"<h2 style='margin-bottom: 2px;'>{escape(sheet.title)}</h2>",
        f"<p style='margin-top: 0;'><b>When:</b> {escape(sheet.when)}<br><b>Where:</b> {escape(sheet.where)}"
        f" &nbsp; <b>Kind:</b> {escape(sheet.kind)}</p>",
        "<h3>Your advocate</h3>",
    ]
    advocate = []
    if sheet.advocate:
        advocate.append(f"<b>{escape(sheet.advocate)}</b> (hiring manager)")
    if sheet.advocate_words:
        advocate.append(f"<i>“{escape(_one_line(sheet.advocate_words))}”</i>")
    if sheet.could_add:
        advocate.append(f"What they could add: {escape(_one_line(sheet.could_add))}")
    out.append("<p>" + ("<br>".join(advocate) if advocate else "No advocate ask prepared.") + "</p>")
    out.append("<h3>Who you will meet</h3>")
    if not sheet.people:
        out.append("<p>The panel is not known yet.</p>")
    sections = [
        (f"{p.name}{', ' + p.title if p.title else ''} — {p.relation}", p.points, p.questions)
        for p in sheet.people
    ]
    if sheet.room_points or sheet.room_questions:
        sections.append(("Everyone in the room", sheet.room_points, sheet.room_questions))
    for heading, points, questions in sections:
        out.append(f"<p style='margin-bottom: 0;'><b>{escape(heading)}</b></p><ul style='margin-top: 0;'>")
        out += [f"<li>{escape(text)}</li>" for text in points]
        out += [f"<li><b>Ask:</b> {escape(text)}</li>" for text in questions]
        if not (points or questions):
            out.append("<li>Nothing planned yet.</li>")
        out.append("</ul>")
    if sheet.criteria:
        out.append("<h3>What I need to learn to say yes</h3><ul>")
        out += [f"<li>{escape(text)}</li>" for text in sheet.criteria]
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def _one_line(text: str) -> str:
    return " ".join(text.split())
