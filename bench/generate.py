"""Write a large synthetic SecondRound database, for the benchmarks. Prints what it wrote and how fast.

python bench/generate.py --out DIR [--scale 1.0] [--force]

At scale 1: 3,000 opportunities, 10,000 interviews, 30,000 people, 100,000 notes, 50,000 talking points,
40,000 planned questions (answered where the round is over), checklist states, fit criteria and
follow-ups, with text of realistic length. ``--scale`` multiplies every count. The seed is fixed, so two
runs write the same rows; dates are placed around today (UTC), so that the lists always have rounds both
ahead and behind.

The schema comes from the app's own migrations (``open_database``); rows are then bulk-inserted with
sqlite3 in one transaction. Values are stored the way SQLAlchemy stores them: UTC datetimes as
"YYYY-MM-DD HH:MM:SS.ffffff", dates as "YYYY-MM-DD", booleans as 0/1. The search index triggers, when the
schema has them, fire for every inserted row, so the index is filled too.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from secondround_desktop.core.db import DATABASE_FILENAME, open_database

SEED = 20261201

BASE_OPPORTUNITIES = 3_000
BASE_INTERVIEWS = 10_000
PEOPLE_PER_OPPORTUNITY = 10
NOTES_PER_INTERVIEW = 10
POINTS_PER_INTERVIEW = 5
QUESTIONS_PER_INTERVIEW = 4
FIT_PER_INTERVIEW = 2
UPCOMING_SHARE = 0.15  # most of a long history lies behind
HISTORY_DAYS = 6 * 365
AHEAD_DAYS = 90

# A small domain vocabulary drawn with Zipf-like weights, so that searched words have realistic spread.
VOCABULARY = """
the a to and of in for with on that we our team i my it was is they be as at by this from have will
about how what when would their them you your more than project data customer product platform system
engineering manager role company process design release migration cloud costs budget roadmap stakeholders
hiring onboarding mentoring quality incident on-call latency pipeline warehouse analytics reporting
dashboard api billing pricing partner launch mobile security audit compliance revenue churn retention
growth experiment metrics kpi quarter planning prioritisation backlog sprint agile scrum kanban delivery
deadline scope trade-off architecture service database postgres kafka kubernetes terraform python java
typescript react frontend backend infrastructure reliability observability monitoring alerting testing
automation deployment rollout rollback feature flag performance scaling capacity cost reduction savings
negotiation salary equity bonus benefits remote hybrid office relocation visa travel culture values
feedback conflict disagreement consensus leadership ownership initiative ambiguity learning growth
mindset curiosity collaboration communication presentation writing documentation review interview panel
hiring-manager recruiter director vice-president peer engineer analyst designer researcher scientist
consultant lead principal staff senior junior intern contractor vendor supplier hospital bank retailer
insurer logistics warehouse factory school university startup scale-up enterprise government nonprofit
climate energy health finance payments lending fraud risk model forecast inventory supply chain demand
customer-success support ticket escalation sla contract renewal upsell discount procurement legal
privacy gdpr consent encryption identity access sso saml oauth token session cache queue batch stream
realtime latency throughput availability outage postmortem root-cause remediation runbook playbook
story example situation task action result impact numbers percent million thousand weeks months year
""".split()  # noqa: SIM905
_WEIGHTS = [1.0 / (rank + 8) for rank in range(len(VOCABULARY))]

COMPANY_PARTS = (  # noqa: SIM905
    "Acme Globex Initech Umbrella Stark Wayne Tyrell Cyberdyne Soylent Hooli Vandelay Wonka Gringotts "
    "Oscorp Aperture Black-Mesa Massive Dynamic Nakatomi Monarch Northwind Contoso Fabrikam Lumen Fjord "
    "Tailspin Woodgrove Litware Proseware Adatum Coho Fourth Coffee Alpine Blue Yonder Margie Trey Wide "
    "World Relecloud Southridge Lamna Humongous Bellows Kestrel Harbor Quarry Meridian Orbit Summit Zephyr"
).split()
COMPANY_SUFFIXES = (
    "",
    " Labs",
    " Systems",
    " Health",
    " Bank",
    " Logistics",
    " Energy",
    " Analytics",
    " Group",
    " Software",
    " Retail",
    " Insurance",
    " Foods",
    " Studios",
    " Robotics",
)
ROLES = (
    "Data Engineer",
    "Senior Data Engineer",
    "Analytics Engineer",
    "Product Manager",
    "Engineering Manager",
    "Backend Engineer",
    "Frontend Engineer",
    "Staff Engineer",
    "Site Reliability Engineer",
    "Data Scientist",
    "Product Designer",
    "Solutions Architect",
    "Technical Program Manager",
    "Platform Engineer",
    "Machine Learning Engineer",
    "Security Engineer",
    "Head of Data",
    "QA Lead",
    "Developer Advocate",
)
FIRST_NAMES = (  # noqa: SIM905
    "Ana Ben Chloé Dev Elif Farah Gus Hana Ivan Jonas Kemi Liam Maya Noor Omar Priya Quinn Rosa Sam Tariq "
    "Uma Vera Wen Xavier Yara Zoe Aiko Bruno Carmen Diego Emeka Freya Goran Hiro Ines Jamal Kaito Lena Mateo"
).split()
LAST_NAMES = (  # noqa: SIM905
    "Silva Okafor Müller Novak Kowalski Tanaka Haddad García Johansson Rossi Dubois Nguyen Patel Kim "
    "O'Brien Svensson Moreau Costa Yilmaz Ivanova Chen Schmidt Fischer Ahmed Lopez Berg Larsen Petrov Sato"
).split()
TITLES = (
    "Hiring Manager",
    "Director of Engineering",
    "VP Engineering",
    "Senior Engineer",
    "Staff Engineer",
    "Recruiter",
    "Head of Data",
    "Product Lead",
    "Team Lead",
    "Principal Engineer",
    "HR Partner",
    "CTO",
)
RELATIONS = ("hiring_manager", "potential_boss", "boss_of_boss", "team_member", "peer", "hr", "other")
KINDS = ("screen", "hiring_manager", "panel", "final")
ZONES = ("UTC", "Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo")
CHECK_KEYS = (
    "recap_round_one",
    "fresh_point_each_panelist",
    "points_tied_to_person",
    "repetition_checked",
    "untold_story_ready",
    "advocate_knows",
    "advocate_missed",
    "advocate_words",
    "advocate_ask_made",
    "questions_per_audience",
    "question_each_panelist",
    "questions_ordered",
    "questions_on_sheet",
    "answers_recorded",
    "fit_criteria_written",
    "fit_criteria_answered",
    "debrief_each_panelist",
    "thank_you_sent",
    "outcome_recorded",
)
# (kind, topic, per person?, sentences): the notes one interview gathers over prep and debrief.
NOTE_SHAPES: tuple[tuple[str, str, bool, tuple[int, int]], ...] = (
    ("general", "", False, (3, 12)),
    ("advocate", "knows_liked", False, (1, 4)),
    ("advocate", "words", False, (1, 3)),
    ("recap", "missed", False, (1, 4)),
    ("debrief", "went_well", False, (2, 6)),
    ("debrief", "say_differently", False, (1, 5)),
    ("debrief", "missed", False, (1, 4)),
    ("debrief", "next_steps", False, (1, 3)),
    ("debrief", "notes", True, (2, 6)),
    ("debrief", "they_asked", True, (1, 4)),
)
assert len(NOTE_SHAPES) == NOTES_PER_INTERVIEW


class Text:
    """Sentences and paragraphs of plausible length from the vocabulary."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def sentence(self, low: int = 8, high: int = 24) -> str:
        words = self.rng.choices(VOCABULARY, _WEIGHTS, k=self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."

    def paragraph(self, low: int, high: int) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))


def stamp(value: datetime) -> str:
    """A UTC datetime in the text form SQLAlchemy writes to SQLite."""
    return f"{value.astimezone(UTC):%Y-%m-%d %H:%M:%S.%f}"


def uid(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def scaled(base: int, scale: float) -> int:
    return max(1, round(base * scale))


def generate(out: Path, scale: float, *, force: bool = False) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    path = out / DATABASE_FILENAME
    if path.exists() or path.with_name(path.name + "-wal").exists():
        if not force:
            raise SystemExit(f"{path} exists; pass --force to replace it")
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
    open_database(path).close()  # the schema, from the app's own migrations

    rng = random.Random(SEED)
    text = Text(rng)
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    n_opportunities = scaled(BASE_OPPORTUNITIES, scale)
    n_interviews = scaled(BASE_INTERVIEWS, scale)

    connection = sqlite3.connect(path, isolation_level=None)
    # Speed over durability while the file is being made: a failed run is simply made again.
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-262144")
    connection.execute("PRAGMA foreign_keys=OFF")
    counts: dict[str, int] = {}

    def insert(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        marks = ", ".join("?" for _ in columns)
        # rowcount leaves out the rows the search index triggers add
        cursor = connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        counts[table] = cursor.rowcount

    connection.execute("BEGIN")
    try:
        # ---- opportunities and their people ----
        names = sorted(
            {
                f"{a} {b}{s}"
                for a in COMPANY_PARTS
                for b in COMPANY_PARTS
                if a != b
                for s in COMPANY_SUFFIXES[:3]
            }
        )
        rng.shuffle(names)
        opportunities = []
        for opp_id in range(1, n_opportunities + 1):
            company = names[(opp_id - 1) % len(names)]
            created = today - timedelta(days=rng.randint(0, HISTORY_DAYS))
            opportunities.append(
                (
                    opp_id,
                    uid(rng),
                    company,
                    rng.choice(ROLES),
                    f"https://jobs.example.com/{opp_id}",
                    rng.choice(("active", "rejected", "withdrawn", "offer")),
                    text.paragraph(0, 3),
                    stamp(created),
                    stamp(created),
                )
            )
        insert(
            "opportunity",
            ("id", "uid", "company", "role", "posting_url", "status", "notes", "created_at", "updated_at"),
            opportunities,
        )

        people_of: dict[int, list[tuple[int, str]]] = {}
        people = []
        person_id = 0
        for opp_id in range(1, n_opportunities + 1):
            people_of[opp_id] = []
            for number in range(PEOPLE_PER_OPPORTUNITY):
                person_id += 1
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                relation = "hiring_manager" if number == 0 else rng.choice(RELATIONS)
                people_of[opp_id].append((person_id, relation))
                people.append(
                    (
                        person_id,
                        uid(rng),
                        opp_id,
                        f"{first} {last}",
                        rng.choice(TITLES),
                        f"{first.lower()}.{last.lower()}@example.com".replace("'", ""),
                        relation,
                        text.paragraph(0, 2),
                        stamp(today - timedelta(days=rng.randint(0, HISTORY_DAYS))),
                    )
                )
        insert(
            "person",
            ("id", "uid", "opportunity_id", "name", "title", "email", "relation", "notes", "created_at"),
            people,
        )
        del people

        # ---- interviews: rounds of an opportunity follow each other a week or two apart ----
        rounds_of: dict[int, list[int]] = {opp_id: [] for opp_id in range(1, n_opportunities + 1)}
        for interview_id in range(1, n_interviews + 1):
            opp = interview_id if interview_id <= n_opportunities else rng.randint(1, n_opportunities)
            rounds_of[opp].append(interview_id)
        interviews = []
        facts: dict[int, tuple[int, int, bool]] = {}  # interview id -> opportunity, round, over
        for opp_id, ids in rounds_of.items():
            upcoming = rng.random() < UPCOMING_SHARE * 1.6
            first_day = (
                rng.randint(-10, AHEAD_DAYS) if upcoming else -rng.randint(len(ids) * 14, HISTORY_DAYS)
            )
            for number, interview_id in enumerate(ids, start=1):
                starts = today + timedelta(
                    days=first_day + (number - 1) * rng.randint(5, 14),
                    hours=rng.randint(8, 17),
                    minutes=rng.choice((0, 15, 30, 45)),
                )
                over = starts < today
                facts[interview_id] = (opp_id, number, over)
                interviews.append(
                    (
                        interview_id,
                        uid(rng),
                        opp_id,
                        number,
                        KINDS[min(number - 1, 3)],
                        stamp(starts),
                        rng.choice(ZONES),
                        rng.choice((30, 45, 60, 90, 120)),
                        rng.choice(
                            ("", "Head office, 3rd floor", "Video call", "Main St 12, meeting room B")
                        ),
                        rng.choice(("", f"https://meet.example.com/{interview_id}")),
                        "done" if over else "planned",
                        rng.choice(("advanced", "rejected", "pending")) if over else "pending",
                        None,
                        stamp(starts - timedelta(days=7)),
                        stamp(starts - timedelta(days=1)),
                    )
                )
        interviews.sort()
        insert(
            "interview",
            (
                "id",
                "uid",
                "opportunity_id",
                "round_number",
                "kind",
                "starts_at",
                "timezone",
                "duration_minutes",
                "location",
                "meeting_link",
                "state",
                "outcome",
                "deleted_at",
                "created_at",
                "updated_at",
            ),
            interviews,
        )
        del interviews

        # ---- each interview's panel and prep, round by round ----
        panel_of: dict[int, list[tuple[int, str]]] = {}
        panelists: list[tuple[int, int, int]] = []
        for interview_id, (opp_id, _number, _over) in facts.items():
            panel = rng.sample(people_of[opp_id], rng.randint(2, 4))
            panel_of[interview_id] = panel
            panelists.extend(
                (interview_id, person, position) for position, (person, _relation) in enumerate(panel)
            )
        insert("panelist", ("interview_id", "person_id", "position"), sorted(panelists))
        del panelists

        def notes() -> Iterator[tuple[object, ...]]:
            for interview_id, (_opp, _number, over) in facts.items():
                panel = panel_of[interview_id]
                for index, (kind, topic, per_person, (low, high)) in enumerate(NOTE_SHAPES):
                    person = panel[index % len(panel)][0] if per_person else None
                    updated = today - timedelta(days=rng.randint(0, 30)) if not over else today
                    yield (interview_id, person, kind, topic, text.paragraph(low, high), stamp(updated))

        insert("note", ("interview_id", "person_id", "kind", "topic", "body", "updated_at"), notes())

        def points() -> Iterator[tuple[object, ...]]:
            for interview_id, (_opp, _number, over) in facts.items():
                panel = panel_of[interview_id]
                for position in range(POINTS_PER_INTERVIEW):
                    status = "told" if over and rng.random() < 0.7 else "planned"
                    person = rng.choice(panel)[0] if rng.random() < 0.6 else None
                    landed = (rng.random() < 0.7) if status == "told" else None
                    yield (
                        interview_id,
                        person,
                        text.paragraph(1, 3),
                        status,
                        landed,
                        0,
                        position,
                        stamp(today - timedelta(days=rng.randint(0, HISTORY_DAYS))),
                    )

        insert(
            "talkingpoint",
            (
                "interview_id",
                "person_id",
                "text",
                "status",
                "landed",
                "kept_despite_repeat",
                "position",
                "created_at",
            ),
            points(),
        )

        def questions() -> Iterator[tuple[object, ...]]:
            for interview_id, (_opp, _number, over) in facts.items():
                panel = panel_of[interview_id]
                for position in range(QUESTIONS_PER_INTERVIEW):
                    person = panel[position % len(panel)][0]
                    answer = text.paragraph(1, 4) if over else ""
                    yield (
                        interview_id,
                        person,
                        None,
                        text.sentence(8, 18)[:-1] + "?",
                        position,
                        over,
                        answer,
                    )

        insert(
            "interviewquestion",
            ("interview_id", "person_id", "question_id", "text", "position", "asked", "answer"),
            questions(),
        )

        def checks() -> Iterator[tuple[object, ...]]:
            for interview_id in facts:
                for key in rng.sample(CHECK_KEYS, rng.randint(3, len(CHECK_KEYS))):
                    note = text.sentence() if rng.random() < 0.1 else ""
                    yield (interview_id, key, rng.random() < 0.8, note)

        insert("checkliststate", ("interview_id", "item_key", "done", "note"), checks())

        def criteria() -> Iterator[tuple[object, ...]]:
            for interview_id, (_opp, _number, over) in facts.items():
                for position in range(FIT_PER_INTERVIEW):
                    yield (interview_id, text.sentence(6, 14), text.paragraph(1, 2) if over else "", position)

        insert("fitcriterion", ("interview_id", "text", "answer", "position"), criteria())

        def follow_ups() -> Iterator[tuple[object, ...]]:
            for interview_id, (_opp, _number, over) in facts.items():
                if not over:
                    continue
                person = panel_of[interview_id][0][0]
                done = rng.random() < 0.999  # a handful stay overdue, as in real life
                yield (
                    interview_id,
                    person,
                    "thank_you",
                    f"{today.date() - timedelta(days=3):%Y-%m-%d}",
                    stamp(today - timedelta(days=2)) if done else None,
                    text.paragraph(2, 5),
                )

        insert(
            "followup", ("interview_id", "person_id", "kind", "due_date", "done_at", "draft"), follow_ups()
        )
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    finally:
        connection.execute("PRAGMA journal_mode=WAL")  # the app's mode, as open_database leaves it
        connection.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--out", type=Path, required=True, help="the data folder to write (use as --data-dir)"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every count (default 1)")
    parser.add_argument("--force", action="store_true", help="replace a database already in --out")
    args = parser.parse_args()
    started = time.perf_counter()
    counts = generate(args.out, args.scale, force=args.force)
    elapsed = time.perf_counter() - started
    size = (args.out / DATABASE_FILENAME).stat().st_size
    print(", ".join(f"{count:,} {table}" for table, count in counts.items()))
    print(f"wrote {args.out / DATABASE_FILENAME} ({size / 1e6:.0f} MB) in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
