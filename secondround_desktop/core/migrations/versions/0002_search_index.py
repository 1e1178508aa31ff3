"""search index: an FTS5 table over everything the user wrote, kept current by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 09:00:00

The statements are written out here rather than taken from core/search.py, so that this revision stays
what it was when later versions change the index; `search.check_index` reports any difference between
the triggers in a database and the current ones, and `search.rebuild_index` brings them up to date.
See core/search.py for the design.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CREATE = (
    """
    CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(text, context, kind UNINDEXED,
        ref_id UNINDEXED, interview_id UNINDEXED, field UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')
    """,
    """
    CREATE TABLE IF NOT EXISTS search_entry (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref_id
        INTEGER NOT NULL, UNIQUE (kind, ref_id))
    """,
    """
    CREATE TRIGGER search_index_opportunity_ai AFTER INSERT ON opportunity BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'opportunity'
        AND ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'opportunity' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'opportunity', NEW.id WHERE trim(NEW.company ||
        char(10) || NEW.role || char(10) || NEW.notes, char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'opportunity' AND ref_id = NEW.id), NEW.company ||
        char(10) || NEW.role || char(10) || NEW.notes, '', 'opportunity', NEW.id, NULL, '' WHERE
        trim(NEW.company || char(10) || NEW.role || char(10) || NEW.notes, char(32, 9, 10, 13)) !=
        '';
    END
    """,
    """
    CREATE TRIGGER search_index_opportunity_au AFTER UPDATE OF id, company, role, notes ON
        opportunity BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'opportunity'
        AND ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'opportunity' AND ref_id = OLD.id;
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'opportunity'
        AND ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'opportunity' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'opportunity', NEW.id WHERE trim(NEW.company ||
        char(10) || NEW.role || char(10) || NEW.notes, char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'opportunity' AND ref_id = NEW.id), NEW.company ||
        char(10) || NEW.role || char(10) || NEW.notes, '', 'opportunity', NEW.id, NULL, '' WHERE
        trim(NEW.company || char(10) || NEW.role || char(10) || NEW.notes, char(32, 9, 10, 13)) !=
        '';
    END
    """,
    """
    CREATE TRIGGER search_index_opportunity_ad AFTER DELETE ON opportunity BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'opportunity'
        AND ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'opportunity' AND ref_id = OLD.id;
    END
    """,
    """
    CREATE TRIGGER search_index_interview_ai AFTER INSERT ON interview BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'interview'
        AND ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'interview' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'interview', NEW.id WHERE trim(NEW.location,
        char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'interview' AND ref_id = NEW.id), NEW.location,
        coalesce((SELECT o.company || ' ' || o.role FROM opportunity o WHERE o.id =
        NEW.opportunity_id), ''), 'interview', NEW.id, NEW.id, '' WHERE trim(NEW.location, char(32,
        9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_interview_au AFTER UPDATE OF id, location ON interview BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'interview'
        AND ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'interview' AND ref_id = OLD.id;
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'interview'
        AND ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'interview' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'interview', NEW.id WHERE trim(NEW.location,
        char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'interview' AND ref_id = NEW.id), NEW.location,
        coalesce((SELECT o.company || ' ' || o.role FROM opportunity o WHERE o.id =
        NEW.opportunity_id), ''), 'interview', NEW.id, NEW.id, '' WHERE trim(NEW.location, char(32,
        9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_interview_ad AFTER DELETE ON interview BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'interview'
        AND ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'interview' AND ref_id = OLD.id;
    END
    """,
    """
    CREATE TRIGGER search_index_person_ai AFTER INSERT ON person BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'person' AND
        ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'person' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'person', NEW.id WHERE trim(NEW.name || char(10)
        || NEW.title || char(10) || NEW.email || char(10) || NEW.notes, char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'person' AND ref_id = NEW.id), NEW.name || char(10) ||
        NEW.title || char(10) || NEW.email || char(10) || NEW.notes, coalesce((SELECT o.company ||
        ' ' || o.role FROM opportunity o WHERE o.id = NEW.opportunity_id), ''), 'person', NEW.id,
        NULL, '' WHERE trim(NEW.name || char(10) || NEW.title || char(10) || NEW.email || char(10)
        || NEW.notes, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_person_au AFTER UPDATE OF id, name, title, email, notes,
        opportunity_id ON person BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'person' AND
        ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'person' AND ref_id = OLD.id;
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'person' AND
        ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'person' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'person', NEW.id WHERE trim(NEW.name || char(10)
        || NEW.title || char(10) || NEW.email || char(10) || NEW.notes, char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'person' AND ref_id = NEW.id), NEW.name || char(10) ||
        NEW.title || char(10) || NEW.email || char(10) || NEW.notes, coalesce((SELECT o.company ||
        ' ' || o.role FROM opportunity o WHERE o.id = NEW.opportunity_id), ''), 'person', NEW.id,
        NULL, '' WHERE trim(NEW.name || char(10) || NEW.title || char(10) || NEW.email || char(10)
        || NEW.notes, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_person_ad AFTER DELETE ON person BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'person' AND
        ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'person' AND ref_id = OLD.id;
    END
    """,
    """
    CREATE TRIGGER search_index_note_ai AFTER INSERT ON note BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'note' AND
        ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'note' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'note', NEW.id WHERE trim(NEW.body, char(32, 9,
        10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'note' AND ref_id = NEW.id), NEW.body, coalesce((SELECT
        o.company || ' ' || o.role FROM interview i JOIN opportunity o ON o.id = i.opportunity_id
        WHERE i.id = NEW.interview_id), ''), 'note', NEW.id, NEW.interview_id, NEW.kind || '/' ||
        NEW.topic WHERE trim(NEW.body, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_note_au AFTER UPDATE OF id, body, kind, topic, interview_id ON note
        BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'note' AND
        ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'note' AND ref_id = OLD.id;
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'note' AND
        ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'note' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'note', NEW.id WHERE trim(NEW.body, char(32, 9,
        10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'note' AND ref_id = NEW.id), NEW.body, coalesce((SELECT
        o.company || ' ' || o.role FROM interview i JOIN opportunity o ON o.id = i.opportunity_id
        WHERE i.id = NEW.interview_id), ''), 'note', NEW.id, NEW.interview_id, NEW.kind || '/' ||
        NEW.topic WHERE trim(NEW.body, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_note_ad AFTER DELETE ON note BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'note' AND
        ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'note' AND ref_id = OLD.id;
    END
    """,
    """
    CREATE TRIGGER search_index_talkingpoint_ai AFTER INSERT ON talkingpoint BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind =
        'talking_point' AND ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'talking_point' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'talking_point', NEW.id WHERE trim(NEW.text,
        char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'talking_point' AND ref_id = NEW.id), NEW.text,
        coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN opportunity o ON o.id =
        i.opportunity_id WHERE i.id = NEW.interview_id), ''), 'talking_point', NEW.id,
        NEW.interview_id, NEW.status WHERE trim(NEW.text, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_talkingpoint_au AFTER UPDATE OF id, text, status, interview_id ON
        talkingpoint BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind =
        'talking_point' AND ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'talking_point' AND ref_id = OLD.id;
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind =
        'talking_point' AND ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'talking_point' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'talking_point', NEW.id WHERE trim(NEW.text,
        char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'talking_point' AND ref_id = NEW.id), NEW.text,
        coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN opportunity o ON o.id =
        i.opportunity_id WHERE i.id = NEW.interview_id), ''), 'talking_point', NEW.id,
        NEW.interview_id, NEW.status WHERE trim(NEW.text, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_talkingpoint_ad AFTER DELETE ON talkingpoint BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind =
        'talking_point' AND ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'talking_point' AND ref_id = OLD.id;
    END
    """,
    """
    CREATE TRIGGER search_index_interviewquestion_ai AFTER INSERT ON interviewquestion BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'question' AND
        ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'question' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'question', NEW.id WHERE trim(NEW.text || char(10)
        || NEW.answer, char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'question' AND ref_id = NEW.id), NEW.text || char(10) ||
        NEW.answer, coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN opportunity o
        ON o.id = i.opportunity_id WHERE i.id = NEW.interview_id), ''), 'question', NEW.id,
        NEW.interview_id, CASE WHEN trim(NEW.answer, char(32, 9, 10, 13)) = '' THEN 'planned' ELSE
        'answered' END WHERE trim(NEW.text || char(10) || NEW.answer, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_interviewquestion_au AFTER UPDATE OF id, text, answer, interview_id
        ON interviewquestion BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'question' AND
        ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'question' AND ref_id = OLD.id;
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'question' AND
        ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'question' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'question', NEW.id WHERE trim(NEW.text || char(10)
        || NEW.answer, char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'question' AND ref_id = NEW.id), NEW.text || char(10) ||
        NEW.answer, coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN opportunity o
        ON o.id = i.opportunity_id WHERE i.id = NEW.interview_id), ''), 'question', NEW.id,
        NEW.interview_id, CASE WHEN trim(NEW.answer, char(32, 9, 10, 13)) = '' THEN 'planned' ELSE
        'answered' END WHERE trim(NEW.text || char(10) || NEW.answer, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_interviewquestion_ad AFTER DELETE ON interviewquestion BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'question' AND
        ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'question' AND ref_id = OLD.id;
    END
    """,
    """
    CREATE TRIGGER search_index_followup_ai AFTER INSERT ON followup BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'follow_up'
        AND ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'follow_up' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'follow_up', NEW.id WHERE trim(NEW.draft, char(32,
        9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'follow_up' AND ref_id = NEW.id), NEW.draft,
        coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN opportunity o ON o.id =
        i.opportunity_id WHERE i.id = NEW.interview_id), ''), 'follow_up', NEW.id, NEW.interview_id,
        NEW.kind WHERE trim(NEW.draft, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_followup_au AFTER UPDATE OF id, draft, kind, interview_id ON
        followup BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'follow_up'
        AND ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'follow_up' AND ref_id = OLD.id;
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'follow_up'
        AND ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'follow_up' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'follow_up', NEW.id WHERE trim(NEW.draft, char(32,
        9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'follow_up' AND ref_id = NEW.id), NEW.draft,
        coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN opportunity o ON o.id =
        i.opportunity_id WHERE i.id = NEW.interview_id), ''), 'follow_up', NEW.id, NEW.interview_id,
        NEW.kind WHERE trim(NEW.draft, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_followup_ad AFTER DELETE ON followup BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'follow_up'
        AND ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'follow_up' AND ref_id = OLD.id;
    END
    """,
    """
    CREATE TRIGGER search_index_fitcriterion_ai AFTER INSERT ON fitcriterion BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'fit' AND
        ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'fit' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'fit', NEW.id WHERE trim(NEW.text || char(10) ||
        NEW.answer, char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'fit' AND ref_id = NEW.id), NEW.text || char(10) ||
        NEW.answer, coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN opportunity o
        ON o.id = i.opportunity_id WHERE i.id = NEW.interview_id), ''), 'fit', NEW.id,
        NEW.interview_id, '' WHERE trim(NEW.text || char(10) || NEW.answer, char(32, 9, 10, 13)) !=
        '';
    END
    """,
    """
    CREATE TRIGGER search_index_fitcriterion_au AFTER UPDATE OF id, text, answer, interview_id ON
        fitcriterion BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'fit' AND
        ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'fit' AND ref_id = OLD.id;
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'fit' AND
        ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'fit' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'fit', NEW.id WHERE trim(NEW.text || char(10) ||
        NEW.answer, char(32, 9, 10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'fit' AND ref_id = NEW.id), NEW.text || char(10) ||
        NEW.answer, coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN opportunity o
        ON o.id = i.opportunity_id WHERE i.id = NEW.interview_id), ''), 'fit', NEW.id,
        NEW.interview_id, '' WHERE trim(NEW.text || char(10) || NEW.answer, char(32, 9, 10, 13)) !=
        '';
    END
    """,
    """
    CREATE TRIGGER search_index_fitcriterion_ad AFTER DELETE ON fitcriterion BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'fit' AND
        ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'fit' AND ref_id = OLD.id;
    END
    """,
    """
    CREATE TRIGGER search_index_checkliststate_ai AFTER INSERT ON checkliststate BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'check' AND
        ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'check' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'check', NEW.id WHERE trim(NEW.note, char(32, 9,
        10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'check' AND ref_id = NEW.id), NEW.note, coalesce((SELECT
        o.company || ' ' || o.role FROM interview i JOIN opportunity o ON o.id = i.opportunity_id
        WHERE i.id = NEW.interview_id), ''), 'check', NEW.id, NEW.interview_id, NEW.item_key WHERE
        trim(NEW.note, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_checkliststate_au AFTER UPDATE OF id, note, item_key, interview_id
        ON checkliststate BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'check' AND
        ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'check' AND ref_id = OLD.id;
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'check' AND
        ref_id = NEW.id);
    DELETE FROM search_entry WHERE kind = 'check' AND ref_id = NEW.id;
    INSERT INTO search_entry(kind, ref_id) SELECT 'check', NEW.id WHERE trim(NEW.note, char(32, 9,
        10, 13)) != '';
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT (SELECT
        id FROM search_entry WHERE kind = 'check' AND ref_id = NEW.id), NEW.note, coalesce((SELECT
        o.company || ' ' || o.role FROM interview i JOIN opportunity o ON o.id = i.opportunity_id
        WHERE i.id = NEW.interview_id), ''), 'check', NEW.id, NEW.interview_id, NEW.item_key WHERE
        trim(NEW.note, char(32, 9, 10, 13)) != '';
    END
    """,
    """
    CREATE TRIGGER search_index_checkliststate_ad AFTER DELETE ON checkliststate BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entry WHERE kind = 'check' AND
        ref_id = OLD.id);
    DELETE FROM search_entry WHERE kind = 'check' AND ref_id = OLD.id;
    END
    """,
    """
    CREATE TRIGGER search_index_opportunity_context AFTER UPDATE OF company, role ON opportunity
        BEGIN
    UPDATE search_index SET context = NEW.company || ' ' || NEW.role WHERE rowid IN (SELECT e.id
        FROM search_entry e JOIN interview x ON e.kind = 'interview' AND e.ref_id = x.id WHERE x.id
        IN (SELECT id FROM interview WHERE opportunity_id = NEW.id) UNION ALL SELECT e.id FROM
        search_entry e JOIN note x ON e.kind = 'note' AND e.ref_id = x.id WHERE x.interview_id IN
        (SELECT id FROM interview WHERE opportunity_id = NEW.id) UNION ALL SELECT e.id FROM
        search_entry e JOIN talkingpoint x ON e.kind = 'talking_point' AND e.ref_id = x.id WHERE
        x.interview_id IN (SELECT id FROM interview WHERE opportunity_id = NEW.id) UNION ALL SELECT
        e.id FROM search_entry e JOIN interviewquestion x ON e.kind = 'question' AND e.ref_id = x.id
        WHERE x.interview_id IN (SELECT id FROM interview WHERE opportunity_id = NEW.id) UNION ALL
        SELECT e.id FROM search_entry e JOIN followup x ON e.kind = 'follow_up' AND e.ref_id = x.id
        WHERE x.interview_id IN (SELECT id FROM interview WHERE opportunity_id = NEW.id) UNION ALL
        SELECT e.id FROM search_entry e JOIN fitcriterion x ON e.kind = 'fit' AND e.ref_id = x.id
        WHERE x.interview_id IN (SELECT id FROM interview WHERE opportunity_id = NEW.id) UNION ALL
        SELECT e.id FROM search_entry e JOIN checkliststate x ON e.kind = 'check' AND e.ref_id =
        x.id WHERE x.interview_id IN (SELECT id FROM interview WHERE opportunity_id = NEW.id) UNION
        ALL SELECT e.id FROM search_entry e JOIN person x ON e.kind = 'person' AND e.ref_id = x.id
        WHERE x.opportunity_id = NEW.id);
    END
    """,
    """
    CREATE TRIGGER search_index_interview_context AFTER UPDATE OF opportunity_id ON interview BEGIN
    UPDATE search_index SET context = coalesce((SELECT o.company || ' ' || o.role FROM opportunity o
        WHERE o.id = NEW.opportunity_id), '') WHERE rowid IN (SELECT e.id FROM search_entry e JOIN
        interview x ON e.kind = 'interview' AND e.ref_id = x.id WHERE x.id IN (NEW.id) UNION ALL
        SELECT e.id FROM search_entry e JOIN note x ON e.kind = 'note' AND e.ref_id = x.id WHERE
        x.interview_id IN (NEW.id) UNION ALL SELECT e.id FROM search_entry e JOIN talkingpoint x ON
        e.kind = 'talking_point' AND e.ref_id = x.id WHERE x.interview_id IN (NEW.id) UNION ALL
        SELECT e.id FROM search_entry e JOIN interviewquestion x ON e.kind = 'question' AND e.ref_id
        = x.id WHERE x.interview_id IN (NEW.id) UNION ALL SELECT e.id FROM search_entry e JOIN
        followup x ON e.kind = 'follow_up' AND e.ref_id = x.id WHERE x.interview_id IN (NEW.id)
        UNION ALL SELECT e.id FROM search_entry e JOIN fitcriterion x ON e.kind = 'fit' AND e.ref_id
        = x.id WHERE x.interview_id IN (NEW.id) UNION ALL SELECT e.id FROM search_entry e JOIN
        checkliststate x ON e.kind = 'check' AND e.ref_id = x.id WHERE x.interview_id IN (NEW.id));
    END
    """,
)

# The rows already in the file: each source table's non-blank text, one entry per row.
FILL = (
    """
    INSERT INTO search_entry(kind, ref_id) SELECT 'opportunity', id FROM opportunity WHERE
        trim(opportunity.company || char(10) || opportunity.role || char(10) || opportunity.notes,
        char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT e.id,
        opportunity.company || char(10) || opportunity.role || char(10) || opportunity.notes, '',
        'opportunity', opportunity.id, NULL, '' FROM opportunity JOIN search_entry e ON e.kind =
        'opportunity' AND e.ref_id = opportunity.id WHERE trim(opportunity.company || char(10) ||
        opportunity.role || char(10) || opportunity.notes, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_entry(kind, ref_id) SELECT 'interview', id FROM interview WHERE
        trim(interview.location, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT e.id,
        interview.location, coalesce((SELECT o.company || ' ' || o.role FROM opportunity o WHERE
        o.id = interview.opportunity_id), ''), 'interview', interview.id, interview.id, '' FROM
        interview JOIN search_entry e ON e.kind = 'interview' AND e.ref_id = interview.id WHERE
        trim(interview.location, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_entry(kind, ref_id) SELECT 'person', id FROM person WHERE trim(person.name ||
        char(10) || person.title || char(10) || person.email || char(10) || person.notes, char(32,
        9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT e.id,
        person.name || char(10) || person.title || char(10) || person.email || char(10) ||
        person.notes, coalesce((SELECT o.company || ' ' || o.role FROM opportunity o WHERE o.id =
        person.opportunity_id), ''), 'person', person.id, NULL, '' FROM person JOIN search_entry e
        ON e.kind = 'person' AND e.ref_id = person.id WHERE trim(person.name || char(10) ||
        person.title || char(10) || person.email || char(10) || person.notes, char(32, 9, 10, 13))
        != ''
    """,
    """
    INSERT INTO search_entry(kind, ref_id) SELECT 'note', id FROM note WHERE trim(note.body,
        char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT e.id,
        note.body, coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN opportunity o
        ON o.id = i.opportunity_id WHERE i.id = note.interview_id), ''), 'note', note.id,
        note.interview_id, note.kind || '/' || note.topic FROM note JOIN search_entry e ON e.kind =
        'note' AND e.ref_id = note.id WHERE trim(note.body, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_entry(kind, ref_id) SELECT 'talking_point', id FROM talkingpoint WHERE
        trim(talkingpoint.text, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT e.id,
        talkingpoint.text, coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN
        opportunity o ON o.id = i.opportunity_id WHERE i.id = talkingpoint.interview_id), ''),
        'talking_point', talkingpoint.id, talkingpoint.interview_id, talkingpoint.status FROM
        talkingpoint JOIN search_entry e ON e.kind = 'talking_point' AND e.ref_id = talkingpoint.id
        WHERE trim(talkingpoint.text, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_entry(kind, ref_id) SELECT 'question', id FROM interviewquestion WHERE
        trim(interviewquestion.text || char(10) || interviewquestion.answer, char(32, 9, 10, 13)) !=
        ''
    """,
    """
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT e.id,
        interviewquestion.text || char(10) || interviewquestion.answer, coalesce((SELECT o.company
        || ' ' || o.role FROM interview i JOIN opportunity o ON o.id = i.opportunity_id WHERE i.id =
        interviewquestion.interview_id), ''), 'question', interviewquestion.id,
        interviewquestion.interview_id, CASE WHEN trim(interviewquestion.answer, char(32, 9, 10,
        13)) = '' THEN 'planned' ELSE 'answered' END FROM interviewquestion JOIN search_entry e ON
        e.kind = 'question' AND e.ref_id = interviewquestion.id WHERE trim(interviewquestion.text ||
        char(10) || interviewquestion.answer, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_entry(kind, ref_id) SELECT 'follow_up', id FROM followup WHERE
        trim(followup.draft, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT e.id,
        followup.draft, coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN
        opportunity o ON o.id = i.opportunity_id WHERE i.id = followup.interview_id), ''),
        'follow_up', followup.id, followup.interview_id, followup.kind FROM followup JOIN
        search_entry e ON e.kind = 'follow_up' AND e.ref_id = followup.id WHERE trim(followup.draft,
        char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_entry(kind, ref_id) SELECT 'fit', id FROM fitcriterion WHERE
        trim(fitcriterion.text || char(10) || fitcriterion.answer, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT e.id,
        fitcriterion.text || char(10) || fitcriterion.answer, coalesce((SELECT o.company || ' ' ||
        o.role FROM interview i JOIN opportunity o ON o.id = i.opportunity_id WHERE i.id =
        fitcriterion.interview_id), ''), 'fit', fitcriterion.id, fitcriterion.interview_id, '' FROM
        fitcriterion JOIN search_entry e ON e.kind = 'fit' AND e.ref_id = fitcriterion.id WHERE
        trim(fitcriterion.text || char(10) || fitcriterion.answer, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_entry(kind, ref_id) SELECT 'check', id FROM checkliststate WHERE
        trim(checkliststate.note, char(32, 9, 10, 13)) != ''
    """,
    """
    INSERT INTO search_index(rowid, text, context, kind, ref_id, interview_id, field) SELECT e.id,
        checkliststate.note, coalesce((SELECT o.company || ' ' || o.role FROM interview i JOIN
        opportunity o ON o.id = i.opportunity_id WHERE i.id = checkliststate.interview_id), ''),
        'check', checkliststate.id, checkliststate.interview_id, checkliststate.item_key FROM
        checkliststate JOIN search_entry e ON e.kind = 'check' AND e.ref_id = checkliststate.id
        WHERE trim(checkliststate.note, char(32, 9, 10, 13)) != ''
    """,
)

TRIGGERS = (
    "search_index_opportunity_ai",
    "search_index_opportunity_au",
    "search_index_opportunity_ad",
    "search_index_interview_ai",
    "search_index_interview_au",
    "search_index_interview_ad",
    "search_index_person_ai",
    "search_index_person_au",
    "search_index_person_ad",
    "search_index_note_ai",
    "search_index_note_au",
    "search_index_note_ad",
    "search_index_talkingpoint_ai",
    "search_index_talkingpoint_au",
    "search_index_talkingpoint_ad",
    "search_index_interviewquestion_ai",
    "search_index_interviewquestion_au",
    "search_index_interviewquestion_ad",
    "search_index_followup_ai",
    "search_index_followup_au",
    "search_index_followup_ad",
    "search_index_fitcriterion_ai",
    "search_index_fitcriterion_au",
    "search_index_fitcriterion_ad",
    "search_index_checkliststate_ai",
    "search_index_checkliststate_au",
    "search_index_checkliststate_ad",
    "search_index_opportunity_context",
    "search_index_interview_context",
)


def upgrade() -> None:
    for statement in (*CREATE, *FILL):
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS search_entry")
