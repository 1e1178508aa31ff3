"""Follow-ups: a thank-you per panelist, due the next morning, with a draft that cites what they said."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote

from sqlmodel import Session, col, select

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.models import (
    FollowUp,
    FollowUpKind,
    Interview,
    InterviewQuestion,
    Note,
    NoteKind,
    Opportunity,
    Panelist,
    Person,
)
from secondround_desktop.core.texts import QT_TRANSLATE_NOOP
from secondround_desktop.core.validation import zone


@dataclass(frozen=True)
class FollowUpView:
    id: int
    interview_id: int
    person_id: int | None
    person_name: str
    email: str
    kind: str
    due_date: date | None
    done: bool
    draft: str

    def is_overdue(self, today: date) -> bool:
        return not self.done and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class OverdueFollowUp:
    id: int
    interview_id: int
    person_name: str
    company: str
    due_date: date


@dataclass(frozen=True)
class ThankYouFacts:
    """What a thank-you draft is made of; the quotations are short (a sentence) and end without a stop.

    ``answer`` (to ``question``) is the first answer the person gave; ``remark`` comes from the debrief
    notes and is only given when there is no answer; empty strings stand for nothing to cite.
    """

    first_name: str
    day: date  # the interview's date in its own zone
    company: str
    role: str
    question: str
    answer: str
    remark: str
    they_asked: str


def english_draft(facts: ThankYouFacts) -> str:
    """The thank-you in English (the desktop app writes it in the language it shows)."""
    company = facts.company or "the team"
    role = facts.role or "the role"
    lines = [
        f"Dear {facts.first_name},",
        "",
        f"Thank you for taking the time to meet me on {facts.day:%A} about the {role} role at {company}.",
    ]
    if facts.answer:
        lines.append(f"I especially valued your answer when I asked “{facts.question}”: {facts.answer}.")
    elif facts.remark:
        lines.append(f"I keep thinking about what you said: {facts.remark}.")
    if facts.they_asked:
        lines.append(f"You asked me about {facts.they_asked}, and I would be glad to say more.")
    lines += [
        "",
        "It confirmed how much I would like to contribute to the team.",
        "",
        "Best regards,",
    ]
    return "\n".join(lines)


class FollowUpService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def ensure_thank_yous(self, interview_id: int) -> int:
        """One thank-you per panelist, created once, due the morning after the interview (its own zone).

        Returns how many were created. People added to the panel later get theirs at the next call.
        """
        with self.db.session() as session:
            interview = session.get(Interview, interview_id)
            if interview is None or interview.deleted_at is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That interview no longer exists."))
            people = session.exec(
                select(Person)
                .join(Panelist, col(Panelist.person_id) == Person.id)
                .where(Panelist.interview_id == interview_id)
                .order_by(col(Panelist.position))
            ).all()
            have = set(
                session.exec(
                    select(FollowUp.person_id).where(
                        FollowUp.interview_id == interview_id, FollowUp.kind == FollowUpKind.THANK_YOU.value
                    )
                ).all()
            )
            due = interview.starts_at.astimezone(zone(interview.timezone)).date() + timedelta(days=1)
            created = 0
            for person in people:
                if person.id in have:
                    continue
                session.add(
                    FollowUp(
                        interview_id=interview_id,
                        person_id=person.id,
                        kind=FollowUpKind.THANK_YOU.value,
                        due_date=due,
                        draft="",
                    )
                )
                created += 1
            return created

    def list(self, interview_id: int) -> tuple[FollowUpView, ...]:
        with self.db.session() as session:
            rows = session.exec(
                select(FollowUp, Person)
                .join(Person, col(Person.id) == FollowUp.person_id, isouter=True)
                .where(FollowUp.interview_id == interview_id)
                .order_by(col(FollowUp.due_date), col(FollowUp.id))
            ).all()
            return tuple(_view(follow_up, person) for follow_up, person in rows)

    def set_done(self, follow_up_id: int, done: bool) -> None:
        with self.db.session() as session:
            row = _get(session, follow_up_id)
            row.done_at = datetime.now(UTC) if done else None
            session.add(row)

    def set_due(self, follow_up_id: int, due: date) -> None:
        with self.db.session() as session:
            row = _get(session, follow_up_id)
            row.due_date = due
            session.add(row)

    def set_draft(self, follow_up_id: int, draft: str) -> None:
        with self.db.session() as session:
            row = _get(session, follow_up_id)
            row.draft = draft
            session.add(row)

    def thank_you_facts(self, follow_up_id: int) -> ThankYouFacts:
        """What a thank-you draft cites: the person's first name, the day, the role, what they said."""
        with self.db.session() as session:
            row = _get(session, follow_up_id)
            interview = session.get(Interview, row.interview_id)
            person = session.get(Person, row.person_id) if row.person_id is not None else None
            if interview is None or person is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Validation", "This follow-up has no person to write to.")
                )
            opportunity = session.get(Opportunity, interview.opportunity_id)
            answers = session.exec(
                select(InterviewQuestion).where(
                    InterviewQuestion.interview_id == interview.id,
                    InterviewQuestion.person_id == person.id,
                    InterviewQuestion.answer != "",
                )
            ).all()
            notes = {
                note.topic: note.body.strip()
                for note in session.exec(
                    select(Note).where(
                        Note.interview_id == interview.id,
                        Note.person_id == person.id,
                        Note.kind == NoteKind.DEBRIEF.value,
                    )
                ).all()
            }
        said = [a for a in answers if a.answer.strip()]
        return ThankYouFacts(
            first_name=person.name.split()[0] if person.name.split() else person.name,
            day=interview.starts_at.astimezone(zone(interview.timezone)).date(),
            company=opportunity.company if opportunity else "",
            role=opportunity.role if opportunity else "",
            question=_sentence(said[0].text) if said else "",
            answer=_quote(said[0].answer) if said else "",
            remark=_quote(notes["notes"]) if not said and notes.get("notes") else "",
            they_asked=_quote(notes["they_asked"]) if notes.get("they_asked") else "",
        )

    def compose_draft(self, follow_up_id: int) -> str:
        """A thank-you in English that cites what the person said (their answers, the debrief notes)."""
        return english_draft(self.thank_you_facts(follow_up_id))

    def overdue(self, today: date) -> tuple[OverdueFollowUp, ...]:
        """Every follow-up past its due date and not done, across all interviews, in one query."""
        with self.db.session() as session:
            rows = session.exec(
                select(FollowUp, Person.name, Opportunity.company)
                .join(Interview, col(Interview.id) == FollowUp.interview_id)
                .join(Opportunity, col(Opportunity.id) == Interview.opportunity_id)
                .join(Person, col(Person.id) == FollowUp.person_id, isouter=True)
                .where(
                    col(FollowUp.done_at).is_(None),
                    col(FollowUp.due_date).is_not(None),
                    col(FollowUp.due_date) < today,
                    col(Interview.deleted_at).is_(None),
                )
                .order_by(col(FollowUp.due_date))
            ).all()
            return tuple(
                OverdueFollowUp(f.id or 0, f.interview_id, name or "", company, f.due_date)
                for f, name, company in rows
                if f.due_date is not None
            )

    def mailto(self, follow_up_id: int, subject: str = "Thank you") -> str:
        """A mailto: address that opens the user's mail client with the draft (nothing is sent)."""
        with self.db.session() as session:
            row = _get(session, follow_up_id)
            person = session.get(Person, row.person_id) if row.person_id is not None else None
            address = person.email if person else ""
            body = row.draft
        return f"mailto:{quote(address, safe='@')}?subject={quote(subject)}&body={quote(body)}"


def _get(session: Session, follow_up_id: int) -> FollowUp:
    row = session.get(FollowUp, follow_up_id)
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That follow-up no longer exists."))
    return row


def _view(follow_up: FollowUp, person: Person | None) -> FollowUpView:
    return FollowUpView(
        id=follow_up.id or 0,
        interview_id=follow_up.interview_id,
        person_id=follow_up.person_id,
        person_name=person.name if person else "",
        email=person.email if person else "",
        kind=follow_up.kind,
        due_date=follow_up.due_date,
        done=follow_up.done_at is not None,
        draft=follow_up.draft,
    )


def _sentence(text: str) -> str:
    return " ".join(text.split()).rstrip()


def _quote(text: str) -> str:
    """A short quotation of the user's notes: the first sentence, at most 160 characters, no stop."""
    flat = " ".join(text.split())
    first = flat.split(". ")[0].rstrip(".")
    if len(first) > 160:
        first = first[:157].rstrip() + "…"
    return first
