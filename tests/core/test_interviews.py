"""The interview use cases: rounds of an opportunity, their panel, the lists and their filter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import func, select

from secondround_desktop.core.db import Database
from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.interviews import (
    InterviewDraft,
    InterviewService,
    InterviewSummary,
    PersonInput,
    Scope,
)
from secondround_desktop.core.models import (
    Interview,
    Note,
    Opportunity,
    Panelist,
    Person,
    Relation,
    TalkingPoint,
)
from secondround_desktop.core.search import check_index

DraftFactory = Callable[..., InterviewDraft]
# The default draft starts 2026-12-03 10:00 in Berlin, i.e. 09:00 UTC, and lasts an hour.
START = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


def count(db: Database, model: type[Opportunity | Interview | Person | Panelist | Note]) -> int:
    with db.session() as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


def ids(summaries: Sequence[InterviewSummary]) -> list[int]:
    return [summary.id for summary in summaries]


def test_create_reuses_an_opportunity_whatever_the_case(
    service: InterviewService, db: Database, make_draft: DraftFactory
) -> None:
    first = service.create(make_draft(company="Acme", role="Data Engineer", round_number=1))
    second = service.create(make_draft(company=" ACME ", role="data engineer", round_number=2))
    other_role = service.create(make_draft(company="Acme", role="Analyst"))
    assert service.get(first).opportunity_id == service.get(second).opportunity_id
    assert service.get(other_role).opportunity_id != service.get(first).opportunity_id
    assert service.get(second).company == "Acme"  # the name as first typed is kept
    assert count(db, Opportunity) == 2
    assert service.companies() == ["Acme"]


def test_the_next_round_offers_the_people_met_earlier(
    service: InterviewService, make_draft: DraftFactory
) -> None:
    first = service.create(make_draft(round_number=1, date_text="2026-11-20"))
    maria = service.add_person(first, PersonInput("Maria Keller", relation=Relation.HIRING_MANAGER.value))
    tom = service.add_person(first, PersonInput("Tom Becker", relation=Relation.HR.value))

    match = service.match_opportunity("acme", "ENGINEER")
    assert match is not None
    assert match.next_round == 2
    assert [person.id for person in match.people] == [maria, tom]
    assert service.match_opportunity("Acme", "Chef") is None

    second = service.create(make_draft(round_number=2), people_from_earlier=[maria])
    assert [person.id for person in service.earlier_people(second)] == [tom]
    assert service.earlier_people(first) == ()  # nobody was met before round one

    service.add_panelists(second, [maria, tom, tom])
    assert [person.id for person in service.get(second).panel] == [maria, tom]
    assert service.earlier_people(second) == ()
    service.add_panelists(second, [tom])  # already there: nothing happens
    assert [person.id for person in service.get(second).panel] == [maria, tom]


def test_people_of_another_opportunity_cannot_join_a_panel(
    service: InterviewService, db: Database, make_draft: DraftFactory
) -> None:
    elsewhere = service.create(make_draft(company="Globex"))
    stranger = service.add_person(elsewhere, PersonInput("Hank Scorpio"))
    here = service.create(make_draft())
    with pytest.raises(ValidationError, match="does not belong"):
        service.add_panelists(here, [stranger])
    assert service.get(here).panel == ()
    assert count(db, Panelist) == 1


def test_upcoming_and_past_are_split_by_the_end_time(
    service: InterviewService, make_draft: DraftFactory
) -> None:
    interview = service.create(make_draft(duration_minutes=60))
    for now, scope in [
        (START - timedelta(days=1), Scope.UPCOMING),
        (START + timedelta(minutes=30), Scope.UPCOMING),  # under way: still ahead of the candidate
        (START + timedelta(minutes=59, seconds=59), Scope.UPCOMING),
        (START + timedelta(minutes=60), Scope.PAST),
        (START + timedelta(days=1), Scope.PAST),
    ]:
        other = Scope.PAST if scope is Scope.UPCOMING else Scope.UPCOMING
        assert ids(service.list_interviews(scope, now=now)) == [interview], now
        assert service.list_interviews(other, now=now) == [], now
        counts = service.counts(now=now)
        assert (counts.upcoming, counts.past) == ((1, 0) if scope is Scope.UPCOMING else (0, 1))


def test_upcoming_is_soonest_first_and_past_latest_first(
    service: InterviewService, make_draft: DraftFactory
) -> None:
    later = service.create(make_draft(date_text="2026-12-10"))
    soon = service.create(make_draft(date_text="2026-12-04"))
    same_time_as_soon = service.create(make_draft(company="Globex", date_text="2026-12-04"))
    earlier = service.create(make_draft(date_text="2026-11-01", round_number=1))
    long_ago = service.create(make_draft(date_text="2026-10-01", round_number=1))
    now = datetime(2026, 12, 1, tzinfo=UTC)
    assert ids(service.list_interviews(Scope.UPCOMING, now=now)) == [soon, same_time_as_soon, later]
    assert ids(service.list_interviews(Scope.PAST, now=now)) == [earlier, long_ago]
    assert service.counts(now=now).total == 5


def test_the_list_shows_the_panel_size(service: InterviewService, make_draft: DraftFactory) -> None:
    interview = service.create(make_draft())
    service.add_person(interview, PersonInput("Ada"))
    service.add_person(interview, PersonInput("Grace"))
    (summary,) = service.list_interviews(Scope.UPCOMING, now=LONG_AGO)
    assert (summary.company, summary.role, summary.panel_size) == ("Acme", "Engineer", 2)
    assert summary.starts_at == START


def test_the_filter_matches_company_role_and_panel_names(
    service: InterviewService, make_draft: DraftFactory
) -> None:
    acme = service.create(make_draft(company="Acme", role="Data Engineer"))
    globex = service.create(make_draft(company="Globex", role="Product Manager"))
    service.add_person(globex, PersonInput("Hank Scorpio"))

    def found(text: str) -> list[int]:
        return ids(service.list_interviews(Scope.UPCOMING, text, now=LONG_AGO))

    assert found("acme") == [acme]
    assert found("PRODUCT") == [globex]
    assert found("scorp") == [globex]
    assert found("engineer acme") == [acme]  # every word must match somewhere
    assert found("engineer hank") == []
    assert found("acme zzq") == []  # a word that matches nothing anywhere
    assert found("  ") == [acme, globex]


def test_the_filter_takes_percent_and_underscore_literally(
    service: InterviewService, make_draft: DraftFactory
) -> None:
    percent = service.create(make_draft(company="100% Growth"))
    underscore = service.create(make_draft(company="Snake_Case Ltd"))
    plain = service.create(make_draft(company="Snakes Ltd", role="A1B"))
    backslash = service.create(make_draft(company="Back\\slash"))
    assert [percent, underscore, plain, backslash]

    def found(text: str) -> list[int]:
        return ids(service.list_interviews(Scope.UPCOMING, text, now=LONG_AGO))

    assert found("%") == [percent]
    assert found("_") == [underscore]
    assert found("snake_") == [underscore]
    assert found("a_b") == []
    assert found("\\") == [backslash]


def test_update_renames_an_opportunity_with_a_single_round(
    service: InterviewService, db: Database, make_draft: DraftFactory
) -> None:
    interview = service.create(make_draft(company="Acme", role="Engineer"))
    before = service.get(interview).opportunity_id
    service.update(interview, make_draft(company="Acme Corp", role="Senior Engineer", time_text="11:30"))
    detail = service.get(interview)
    assert detail.opportunity_id == before
    assert (detail.company, detail.role) == ("Acme Corp", "Senior Engineer")
    assert detail.local_start.strftime("%H:%M") == "11:30"
    assert count(db, Opportunity) == 1


def test_update_moves_a_round_when_the_opportunity_has_others(
    service: InterviewService, db: Database, make_draft: DraftFactory
) -> None:
    first = service.create(make_draft(round_number=1))
    second = service.create(make_draft(round_number=2))
    original = service.get(first).opportunity_id
    service.update(second, make_draft(company="Globex", round_number=1))
    assert service.get(second).opportunity_id != original
    assert service.get(second).company == "Globex"
    assert service.get(first).company == "Acme"  # the sibling keeps its opportunity, name unchanged
    assert count(db, Opportunity) == 2

    # Moving onto an opportunity that exists joins it instead of making a third.
    service.update(first, make_draft(company="globex", round_number=2))
    assert service.get(first).opportunity_id == service.get(second).opportunity_id


def test_an_invalid_draft_raises_and_writes_nothing(
    service: InterviewService, db: Database, make_draft: DraftFactory
) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(make_draft(company="", date_text="2026-02-30"))
    assert caught.value.field in {"company", "date"}
    assert count(db, Opportunity) == 0
    assert count(db, Interview) == 0

    interview = service.create(make_draft())
    with pytest.raises(ValidationError):
        service.update(interview, make_draft(company="Globex", time_text="25:00"))
    assert service.get(interview).company == "Acme"
    assert count(db, Opportunity) == 1


def test_an_invalid_person_raises_and_writes_nothing(
    service: InterviewService, db: Database, make_draft: DraftFactory
) -> None:
    interview = service.create(make_draft())
    with pytest.raises(ValidationError, match="email"):
        service.add_person(interview, PersonInput("Ada", email="not-an-email"))
    with pytest.raises(ValidationError, match="required"):
        service.add_person(interview, PersonInput("   "))
    assert count(db, Person) == 0


def test_delete_hides_and_restore_brings_back(service: InterviewService, make_draft: DraftFactory) -> None:
    interview = service.create(make_draft())
    service.delete(interview)
    assert service.list_interviews(Scope.UPCOMING, now=LONG_AGO) == []
    assert service.counts(now=LONG_AGO).total == 0
    assert not service.exists(interview)
    with pytest.raises(ValidationError, match="no longer exists"):
        service.get(interview)

    service.restore(interview)
    assert ids(service.list_interviews(Scope.UPCOMING, now=LONG_AGO)) == [interview]
    assert service.exists(interview)


def test_purge_removes_deleted_rounds_and_orphan_opportunities(
    service: InterviewService, db: Database, make_draft: DraftFactory
) -> None:
    lone = service.create(make_draft(company="Globex"))
    service.add_person(lone, PersonInput("Hank Scorpio"))
    first = service.create(make_draft(round_number=1))
    second = service.create(make_draft(round_number=2))
    service.delete(lone)
    service.delete(second)

    assert service.purge_deleted() == 2

    assert count(db, Interview) == 1
    assert count(db, Opportunity) == 1  # Globex went with its only round; Acme keeps round one
    assert count(db, Person) == 0  # Hank belonged to Globex
    assert service.exists(first)
    with pytest.raises(ValidationError):
        service.restore(second)
    assert service.purge_deleted() == 0


def test_purge_keeps_an_opportunity_that_never_had_an_interview(
    service: InterviewService, db: Database
) -> None:
    with db.session() as session:
        session.add(Opportunity(company="Initech", role="Analyst"))
    assert service.purge_deleted() == 0
    assert count(db, Opportunity) == 1


def test_set_notes_creates_then_updates_one_note(
    service: InterviewService, db: Database, make_draft: DraftFactory
) -> None:
    interview = service.create(make_draft())
    assert service.get(interview).notes == ""
    service.set_notes(interview, "first thoughts")
    service.set_notes(interview, "second thoughts")
    assert service.get(interview).notes == "second thoughts"
    assert count(db, Note) == 1


def test_removing_and_inserting_a_panelist_restores_the_position(
    service: InterviewService, make_draft: DraftFactory
) -> None:
    interview = service.create(make_draft())
    people = [service.add_person(interview, PersonInput(name)) for name in ("Ada", "Grace", "Alan", "Edsger")]

    position = service.remove_panelist(interview, people[1])
    assert [person.id for person in service.get(interview).panel] == [people[0], people[2], people[3]]

    service.insert_panelist(interview, people[1], position)
    assert [person.id for person in service.get(interview).panel] == people
    with pytest.raises(ValidationError, match="not on this panel"):
        service.remove_panelist(interview, 9999)


def test_a_moved_round_keeps_its_panel_when_the_old_opportunity_goes(
    service: InterviewService, db: Database, make_draft: DraftFactory
) -> None:
    first = service.create(make_draft(round_number=1))
    maria = service.add_person(first, PersonInput("Maria Keller", relation=Relation.HIRING_MANAGER.value))
    second = service.create(make_draft(round_number=2), people_from_earlier=[maria])
    service.add_person(second, PersonInput("Jonas Weber"))
    with db.session() as session:
        session.add(
            TalkingPoint(interview_id=second, person_id=maria, text="The cost story, told differently.")
        )

    # Round two was filed under the wrong company; the user corrects it, then drops round one.
    service.update(second, make_draft(company="Acme Analytics", round_number=2))
    service.delete(first)
    service.purge_deleted()

    panel = service.get(second).panel
    assert [person.name for person in panel] == ["Maria Keller", "Jonas Weber"]
    with db.session() as session:
        point = session.exec(select(TalkingPoint).where(TalkingPoint.interview_id == second)).one()
        assert point.person_id == panel[0].id
    service.add_panelists(second, [person.id for person in panel])  # they belong to its opportunity now


# ---- long lists: pages, positions, counts ------------------------------------------------------


def _history(service: InterviewService, make_draft: DraftFactory) -> tuple[datetime, list[int]]:
    """Rounds spread around a fixed "now": some share a start time, durations differ, one is under way."""
    made = []
    for day in range(-6, 7):
        for time_text, duration in (("09:00", 30), ("09:00", 720), ("14:30", 45)):
            made.append(
                service.create(
                    make_draft(
                        company=f"Co {day} {time_text}",
                        date_text=f"2026-12-{10 + day:02d}",
                        time_text=time_text,
                        timezone="UTC",
                        duration_minutes=duration,
                    )
                )
            )
    service.delete(made[4])  # deleted rounds are in no list, no page and no count
    # 2026-12-10 09:00 UTC + 5 min: the 30-minute round of that morning is under way, so still upcoming.
    return datetime(2026, 12, 10, 9, 5, tzinfo=UTC), made


def _paged(service: InterviewService, scope: Scope, now: datetime, size: int, text: str = "") -> list[int]:
    found: list[int] = []
    after = None
    while True:
        page = service.list_interviews(scope, text, now, limit=size, after=after)
        assert len(page) <= size
        found += ids(page)
        if len(page) < size:
            return found
        after = page[-1].id


@pytest.mark.parametrize("size", [1, 2, 5, 100])
def test_pages_read_the_same_list_as_one_query(
    service: InterviewService, make_draft: DraftFactory, size: int
) -> None:
    now, _made = _history(service, make_draft)
    for scope in Scope:
        whole = ids(service.list_interviews(scope, now=now))
        assert whole
        assert _paged(service, scope, now, size) == whole
        assert _paged(service, scope, now, size, "co 1") == ids(service.list_interviews(scope, "co 1", now))


def test_counts_and_lists_agree_on_where_each_round_is(
    service: InterviewService, make_draft: DraftFactory
) -> None:
    now, made = _history(service, make_draft)
    upcoming = ids(service.list_interviews(Scope.UPCOMING, now=now))
    past = ids(service.list_interviews(Scope.PAST, now=now))
    assert sorted(upcoming + past) == sorted(i for i in made if i != made[4])
    counts = service.counts(now)
    assert (counts.upcoming, counts.past) == (len(upcoming), len(past))
    # The 12-hour round that started at 09:00 on the first day has long ended; the one six days later
    # at 09:00 started five minutes ago but runs all day; the 30-minute one that day is under way.
    assert made[1] in past and made[19] in upcoming and made[18] in upcoming
    assert made[20] in upcoming  # 14:30 that day


def test_position_and_scope_tell_where_an_interview_is(
    service: InterviewService, make_draft: DraftFactory
) -> None:
    now, made = _history(service, make_draft)
    for scope in Scope:
        listed = ids(service.list_interviews(scope, "co", now))
        for row, interview_id in enumerate(listed):
            assert service.position(scope, interview_id, "co", now) == row
            assert service.scope_of(interview_id, now) is scope
    past_one = ids(service.list_interviews(Scope.PAST, now=now))[0]
    assert service.position(Scope.UPCOMING, past_one, now=now) is None
    assert service.position(Scope.PAST, past_one, "no such company", now) is None
    assert service.scope_of(made[4], now) is None  # deleted
    assert service.scope_of(10_000, now) is None


def test_a_page_after_a_row_that_left_the_list_ends_it(
    service: InterviewService, make_draft: DraftFactory
) -> None:
    now, made = _history(service, make_draft)
    assert service.list_interviews(Scope.PAST, now=now, limit=3, after=10_000) == []
    first = ids(service.list_interviews(Scope.PAST, now=now, limit=2))
    assert service.list_interviews(Scope.PAST, now=now, limit=2, after=first[-1])
    assert made


def test_one_letter_and_longer_words_filter_alike(
    service: InterviewService, make_draft: DraftFactory
) -> None:
    """The longest word's matches are gathered first, the other words tested row by row: the answers
    must agree, whichever word is the longest and wherever each word is found."""
    acme = service.create(make_draft(company="Acme", role="Data Engineer"))
    globex = service.create(make_draft(company="Globex", role="Analyst"))
    service.add_person(globex, PersonInput("Zoë Quinn"))

    def found(text: str) -> list[int]:
        return ids(service.list_interviews(Scope.UPCOMING, text, now=LONG_AGO))

    assert found("Q") == found("qu") == found("QUINN") == [globex]  # a panelist's name, any case
    assert found("x") == found("ex") == [globex]  # the company
    assert found("D") == found("da") == [acme]  # the role
    assert found("a") == [acme, globex]
    assert found("a q") == found("an qui") == [globex]
    assert found("w") == found("wx") == []
    assert found("glob qu") == found("quinn an") == found("ly quinn") == [globex]  # company, role, name
    assert found("engineer ac") == found("ac engineer") == [acme]
    assert found("acme quinn") == found("quinn acme") == []  # each word matches, not the same interview


def test_the_names_index_finds_what_reading_every_name_finds_and_follows_every_change(
    db: Database, service: InterviewService, make_draft: DraftFactory
) -> None:
    """From three letters a word is looked up in the trigram index of names rather than read with LIKE
    from every name: both must give the same rows, for any characters, before and after names change."""
    assert service._names_indexed  # SQLite 3.34 or newer
    reading = InterviewService(db)
    reading._names_indexed = False  # as on an older SQLite: every name read with LIKE

    def found(text: str) -> list[int]:
        indexed = ids(service.list_interviews(Scope.UPCOMING, text, now=LONG_AGO))
        read = ids(reading.list_interviews(Scope.UPCOMING, text, now=LONG_AGO))
        assert indexed == read, text
        return indexed

    acme = service.create(make_draft(company="Acme 100% Data_Works", role='Lead "Data" Engineer'))
    globex = service.create(make_draft(company="Globex", role="Analyst"))
    zoe = service.add_person(globex, PersonInput("Zoe O'Brien-Quinn"))
    assert found("100%") == found("a_w") == found('"data"') == found("DATA_works") == [acme]
    assert found("o'brien") == found("BRIEN-QU") == found("quinn") == found("obe") == [globex]
    assert found("data") == [acme]
    assert found("quinn acme") == found("zzq") == found("a%w") == []
    assert found("in") == [acme, globex]  # two letters: read with LIKE in both
    assert found("br") == [globex]

    service.update_person(zoe, PersonInput("Hank Scorpio"))
    service.update(acme, make_draft(company="Initech", role="Data Engineer"))
    assert found("scorpio") == [globex]
    assert found("quinn") == found("100%") == []
    assert found("initech") == found("data") == [acme]
    service.remove_panelist(globex, zoe)
    assert found("scorpio") == []
    service.delete(globex)
    service.purge_deleted()
    assert found("globex") == []
    assert check_index(db) == []  # FTS5's own check of the names index against the names


def test_the_heading_is_the_details_name_and_time_and_a_deleted_interview_has_none(
    service: InterviewService,
) -> None:
    interview = service.create(
        InterviewDraft(
            company="Acme",
            role="Staff Engineer",
            round_number=2,
            date_text="2026-12-03",
            time_text="10:00",
            timezone="Europe/Berlin",
            location="Berlin office",
        )
    )
    detail = service.get(interview)
    heading = service.heading(interview)
    for name in ("company", "role", "round_number", "kind", "starts_at", "timezone", "location"):
        assert getattr(heading, name) == getattr(detail, name)
    assert heading.starts_at.tzinfo is not None
    service.delete(interview)
    with pytest.raises(ValidationError, match="no longer exists"):
        service.heading(interview)
