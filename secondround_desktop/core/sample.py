"""Sample data, so that a newcomer can look around a filled-in app before entering their own.

Everything is placed relative to ``now``: a past round with its recap, a second round coming up in
two days, a round that happened yesterday with a thank-you still to send, and one next week.

Calling ``add_sample_data`` twice adds a second copy: the rounds join the same opportunities (matched by
company and role) and the panel people are added again. Nothing is overwritten or removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from secondround_desktop.core.db import Database
from secondround_desktop.core.interviews import InterviewDraft, InterviewService, PersonInput
from secondround_desktop.core.models import (
    FollowUp,
    FollowUpKind,
    Interview,
    InterviewKind,
    InterviewQuestion,
    InterviewState,
    Note,
    NoteKind,
    Opportunity,
    OpportunityStatus,
    Outcome,
    PointStatus,
    Relation,
    TalkingPoint,
)
from secondround_desktop.core.validation import zone


@dataclass(frozen=True)
class _Point:
    text: str
    person: int | None
    status: PointStatus = PointStatus.PLANNED
    landed: bool | None = None


@dataclass(frozen=True)
class _Question:
    text: str
    person: int | None
    asked: bool = False
    answer: str = ""


def _local_day(now: datetime, zone_name: str, days: int) -> date:
    """The calendar day ``days`` from today, as seen in the interview's own time zone."""
    return now.astimezone(zone(zone_name)).date() + timedelta(days=days)


def _draft(
    company: str,
    role: str,
    round_number: int,
    day: date,
    at: time,
    zone_name: str,
    *,
    kind: InterviewKind,
    duration: int = 60,
    location: str = "",
    link: str = "",
) -> InterviewDraft:
    return InterviewDraft(
        company=company,
        role=role,
        round_number=round_number,
        date_text=day.isoformat(),
        time_text=at.strftime("%H:%M"),
        timezone=zone_name,
        duration_minutes=duration,
        kind=kind.value,
        location=location,
        meeting_link=link,
    )


class _Writer:
    """Writes the pieces the interview service has no use case for (yet) straight as model rows."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def opportunity(
        self, interview_id: int, *, posting_url: str, notes: str, status: OpportunityStatus
    ) -> None:
        with self.db.session() as session:
            interview = session.get(Interview, interview_id)
            assert interview is not None
            opportunity = session.get(Opportunity, interview.opportunity_id)
            assert opportunity is not None
            opportunity.posting_url = posting_url
            opportunity.notes = notes
            opportunity.status = status.value
            session.add(opportunity)

    def result(self, interview_id: int, state: InterviewState, outcome: Outcome) -> None:
        with self.db.session() as session:
            interview = session.get(Interview, interview_id)
            assert interview is not None
            interview.state = state.value
            interview.outcome = outcome.value
            session.add(interview)

    def points(self, interview_id: int, points: list[_Point]) -> None:
        with self.db.session() as session:
            for position, point in enumerate(points):
                session.add(
                    TalkingPoint(
                        interview_id=interview_id,
                        person_id=point.person,
                        text=point.text,
                        status=point.status.value,
                        landed=point.landed,
                        position=position,
                    )
                )

    def questions(self, interview_id: int, questions: list[_Question]) -> None:
        with self.db.session() as session:
            for position, question in enumerate(questions):
                session.add(
                    InterviewQuestion(
                        interview_id=interview_id,
                        person_id=question.person,
                        text=question.text,
                        position=position,
                        asked=question.asked,
                        answer=question.answer,
                    )
                )

    def note(
        self, interview_id: int, kind: NoteKind, body: str, *, person: int | None = None, topic: str = ""
    ) -> None:
        with self.db.session() as session:
            session.add(
                Note(interview_id=interview_id, person_id=person, kind=kind.value, topic=topic, body=body)
            )

    def follow_up(
        self, interview_id: int, person: int, due: date, draft: str, *, done_at: datetime | None = None
    ) -> None:
        with self.db.session() as session:
            session.add(
                FollowUp(
                    interview_id=interview_id,
                    person_id=person,
                    kind=FollowUpKind.THANK_YOU.value,
                    due_date=due,
                    done_at=done_at,
                    draft=draft,
                )
            )


def add_sample_data(db: Database, now: datetime | None = None) -> int:
    """Add three sample opportunities with their rounds; returns the number of interviews added.

    A naive ``now`` is taken as the computer's local time.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    service = InterviewService(db)
    write = _Writer(db)
    added = 0
    added += _northwind(service, write, now)
    added += _lumen(service, write, now)
    added += _fjord(service, write, now)
    return added


def _northwind(service: InterviewService, write: _Writer, now: datetime) -> int:
    """A round one with its recap, and the second round in two days: the app's main use case."""
    company, role, tz = "Northwind Analytics", "Senior Data Engineer", "Europe/Berlin"

    first = service.create(
        _draft(
            company,
            role,
            1,
            _local_day(now, tz, -14),
            time(14, 0),
            tz,
            kind=InterviewKind.HIRING_MANAGER,
            link="https://meet.example.com/nwa-round-1",
        )
    )
    write.opportunity(
        first,
        posting_url="https://careers.example.com/northwind/senior-data-engineer",
        notes="Referred by a former colleague. Team of six, owns the ingestion platform and the warehouse.",
        status=OpportunityStatus.ACTIVE,
    )
    write.result(first, InterviewState.DONE, Outcome.ADVANCED)
    hiring_manager = service.add_person(
        first,
        PersonInput(
            "Maria Keller", "Head of Data Platform", "maria.keller@example.com", Relation.HIRING_MANAGER
        ),
    )
    recruiter = service.add_person(
        first, PersonInput("Tom Becker", "Talent Partner", "tom.becker@example.com", Relation.HR)
    )
    write.points(
        first,
        [
            _Point(
                "Migrated a nightly batch of 4 TB from cron scripts to Airflow with data contracts; "
                "incidents dropped from weekly to one a quarter.",
                hiring_manager,
                PointStatus.TOLD,
                landed=True,
            ),
            _Point(
                "Cut warehouse costs by 35% by partitioning the event tables and retiring unused marts.",
                hiring_manager,
                PointStatus.TOLD,
                landed=True,
            ),
            _Point(
                "Mentored two junior engineers into on-call.",
                hiring_manager,
                PointStatus.TOLD,
                landed=False,
            ),
            _Point(
                "Looking for a team that treats data quality as a product, not a clean-up job.",
                recruiter,
                PointStatus.TOLD,
                landed=True,
            ),
        ],
    )
    service.set_notes(
        first,
        "Relaxed conversation, ran 15 minutes over. Maria asked a lot about on-call and about how I "
        "negotiate data contracts with product teams. Tom said round two is the team plus Maria's boss.",
    )
    write.note(
        first,
        NoteKind.DEBRIEF,
        "Streaming (Kafka) came up twice and I only half answered it.",
        topic="missed",
    )
    write.follow_up(
        first,
        hiring_manager,
        _local_day(now, tz, -13),
        "Thank you for the conversation yesterday; your point about contracts as a product stuck with me.",
        done_at=now - timedelta(days=13),
    )

    second = service.create(
        _draft(
            company,
            role,
            2,
            _local_day(now, tz, 2),
            time(10, 0),
            tz,
            kind=InterviewKind.PANEL,
            duration=90,
            link="https://meet.example.com/nwa-round-2",
        ),
        people_from_earlier=[hiring_manager],
    )
    lead = service.add_person(
        second,
        PersonInput("Jonas Weber", "Staff Data Engineer", "jonas.weber@example.com", Relation.TEAM_MEMBER),
    )
    analyst = service.add_person(
        second,
        PersonInput("Aylin Demir", "Analytics Engineer", "aylin.demir@example.com", Relation.TEAM_MEMBER),
    )
    director = service.add_person(
        second,
        PersonInput("Henrik Larsen", "VP Engineering", "henrik.larsen@example.com", Relation.BOSS_OF_BOSS),
    )
    write.points(
        second,
        [
            _Point(
                "How I would take over the streaming backlog Jonas owns, starting with schema evolution.",
                lead,
            ),
            _Point(
                "Give Aylin's analysts tested, documented models so they stop rebuilding the same joins.",
                analyst,
            ),
            _Point(
                "What a platform that costs a third less would free up in Henrik's budget for next year.",
                director,
            ),
            # Restates what Maria already heard in round one, so the repetition guard has something to show.
            _Point(
                "Cut warehouse costs by a third by partitioning event tables and dropping unused marts.",
                hiring_manager,
            ),
        ],
    )
    write.questions(
        second,
        [
            _Question("What would you expect from me on a typical day in this job?", lead),
            _Question("Who would I work with every day, and how do handovers between you work?", analyst),
            _Question("What is Maria like to work with?", lead),
            _Question(
                "What is your management style, and what do you expect from this role in a year?", director
            ),
            _Question("What did you see in round one that I did not get to talk about?", hiring_manager),
        ],
    )
    write.note(
        second,
        NoteKind.ADVOCATE,
        "Maria, you know my background best — would you share what stood out to you in our first "
        "conversation, and anything you think I have not covered?",
        topic="handoff",
    )
    service.set_notes(second, "Video call, 90 minutes. Camera on, Berlin time. Bring the cost numbers.")
    return 2


def _lumen(service: InterviewService, write: _Writer, now: datetime) -> int:
    """Both rounds are over; the thank-you notes are due today."""
    company, role, tz = "Lumen Health", "Product Manager", "America/New_York"

    first = service.create(
        _draft(
            company,
            role,
            1,
            _local_day(now, tz, -30),
            time(11, 0),
            tz,
            kind=InterviewKind.SCREEN,
            duration=45,
            link="https://video.example.org/lumen-screen",
        )
    )
    write.opportunity(
        first,
        posting_url="https://jobs.example.org/lumen-health/pm-care-coordination",
        notes="Care-coordination app for clinics; Series B. Hybrid, two days a week in Brooklyn.",
        status=OpportunityStatus.ACTIVE,
    )
    write.result(first, InterviewState.DONE, Outcome.ADVANCED)
    manager = service.add_person(
        first, PersonInput("Priya Raman", "Director of Product", "priya@example.org", Relation.HIRING_MANAGER)
    )
    service.set_notes(
        first,
        "Screen with Priya. She cares about discovery with clinicians and measuring adoption, "
        "less about roadmaps. Told the scheduling-assistant launch story; it landed well.",
    )

    second = service.create(
        _draft(
            company,
            role,
            2,
            _local_day(now, tz, -1),
            time(15, 0),
            tz,
            kind=InterviewKind.PANEL,
            link="https://video.example.org/lumen-panel",
        ),
        people_from_earlier=[manager],
    )
    write.result(second, InterviewState.DONE, Outcome.PENDING)
    designer = service.add_person(
        second, PersonInput("Daniel Ortiz", "Lead Designer", "daniel@example.org", Relation.PEER)
    )
    engineer = service.add_person(
        second, PersonInput("Grace Kim", "Engineering Manager", "grace@example.org", Relation.TEAM_MEMBER)
    )
    write.questions(
        second,
        [
            _Question(
                "How do product and design split discovery work here?",
                designer,
                asked=True,
                answer="Jointly; designers run the clinic visits, PMs own the synthesis.",
            ),
            _Question(
                "What would you expect from me in the first month?",
                engineer,
                asked=True,
                answer="Clean up the intake backlog and set up a weekly triage with her team.",
            ),
        ],
    )
    service.set_notes(
        second,
        "Good energy with Daniel. Grace was more reserved but warmed up when we talked about triage. "
        "Priya opened by telling the panel about the launch story from round one.",
    )
    write.note(
        second,
        NoteKind.DEBRIEF,
        "Asked every question I planned; Priya's hand-off worked.",
        topic="went_well",
    )
    # "Today" for the candidate, i.e. on the computer's own calendar.
    today = now.astimezone().date()
    for person, text in (
        (manager, "Thank you for opening the panel with the launch story; it set the tone."),
        (designer, "Thank you for walking me through how the clinic visits work."),
        (
            engineer,
            "Thank you for the conversation about triage; I have a first idea for the intake backlog.",
        ),
    ):
        write.follow_up(second, person, today, text)
    return 2


def _fjord(service: InterviewService, write: _Writer, now: datetime) -> int:
    """A second round next week, on site; round one (a phone screen) was not recorded here."""
    company, role, tz = "Fjord Robotics", "Platform Engineer", "Europe/Oslo"

    second = service.create(
        _draft(
            company,
            role,
            2,
            _local_day(now, tz, 7),
            time(9, 30),
            tz,
            kind=InterviewKind.FINAL,
            duration=120,
            location="Fjord Robotics, Karl Johans gate 12, Oslo — ask for Ingrid at reception",
        )
    )
    write.opportunity(
        second,
        posting_url="https://fjord-robotics.example.net/careers/platform-engineer",
        notes="Round one was a phone screen with the recruiter. Relocation support offered.",
        status=OpportunityStatus.ACTIVE,
    )
    boss = service.add_person(
        second,
        PersonInput("Ingrid Solberg", "Platform Lead", "ingrid.solberg@example.net", Relation.POTENTIAL_BOSS),
    )
    peer = service.add_person(
        second, PersonInput("Emil Haugen", "Firmware Engineer", "emil.haugen@example.net", Relation.PEER)
    )
    write.points(
        second,
        [
            _Point(
                "Built the CI that flashes and tests firmware on real boards; Emil's team would use it.", peer
            ),
            _Point("How I run platform work as a product with internal users and a roadmap.", boss),
        ],
    )
    write.questions(
        second,
        [
            _Question(
                "Who would I be responsible for, and how does the team work together day to day?", boss
            ),
            _Question("What is it like to work with Ingrid?", peer),
        ],
    )
    return 1
