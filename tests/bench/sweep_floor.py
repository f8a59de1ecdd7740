"""The sweep's fair floor: raw SQL writing, set-based, every row the sweep's reliability rules require.

``sweep_vs_floor`` compares the sweep with a floor that writes only the
reminder rows and claims them; the sweep writes more on purpose (see
docs/benchmarks.md), so that ratio mixes the cost of the rules with the cost
of our code. This floor does the same writes as the sweep, in the same three
commits, with nothing but PostgreSQL doing the work:

1. one statement (data-modifying CTEs): the round rows (the policy's
   stage and round, ``tracker.policy.current_due_stage``, computed in SQL;
   plus the (due, 0) marker of a newly due prediction: the unique keys that
   make "record this stage" happen once),
   a ``prediction.due`` outbox event per newly due prediction with the same
   payload (built by ``jsonb_build_object``), and the reminder rows (one per
   reviewer); commit;
2. one ``Delivery`` row per recipient and the claim ("sending", pointing at
   it), in one statement; commit, as the sweep does before handing mail to SMTP;
3. the reminders "sent" and their deliveries "sent", in one statement; commit.

No digest is rendered or sent: what is left between the sweep and this
floor is our Python (planning, the policy, building rows, the digests).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection, transaction

from predictions.outbox import PAYLOAD_VERSION

RECORD = """
WITH due AS (
    SELECT p.id, p.claim, p.made_on, p.resolve_on, p.is_public, p.version, s.slug AS speaker,
           -- overdue counts from the later of resolve-on and recording (selectors.status.waiting_since)
           (%(today)s - GREATEST(p.resolve_on, (p.recorded_at AT TIME ZONE %(tz)s)::date)) / %(every)s AS round
    FROM predictions_prediction p JOIN predictions_speaker s ON s.id = p.speaker_id
    WHERE p.final_resolution_id IS NULL AND p.resolve_on <= %(today)s AND p.is_public
), rounds AS (
    INSERT INTO tracker_reminderround (prediction_id, stage, round, proposal_id, reminded, announced, recorded_at)
    SELECT id, 'due', 0, NULL::bigint, round = 0, true, %(now)s FROM due
    UNION ALL
    SELECT id, 'overdue', round, NULL::bigint, true, false, %(now)s FROM due WHERE round > 0
    ON CONFLICT DO NOTHING
    RETURNING prediction_id, stage, round
), events AS (
    INSERT INTO predictions_outboxevent (event_type, payload, prediction_id, created_at, published_at)
    SELECT 'prediction.due',
           jsonb_build_object(
               'type', 'prediction.due', 'version', %(payload_version)s, 'occurred_at', %(now_text)s,
               'data', jsonb_build_object('prediction', jsonb_build_object(
                   'id', due.id, 'claim', due.claim, 'speaker', due.speaker,
                   'made_on', to_char(due.made_on, 'YYYY-MM-DD'), 'resolve_on', to_char(due.resolve_on, 'YYYY-MM-DD'),
                   'status', 'due', 'is_public', due.is_public, 'version', due.version))),
           due.id, %(now)s, NULL
    FROM due JOIN rounds ON rounds.prediction_id = due.id AND rounds.stage = 'due' AND rounds.round = 0
)
INSERT INTO tracker_reminder (prediction_id, stage, round, recipient_id, email, language, escalation, state,
                              attempts, next_attempt_at, last_error, created_at)
SELECT due.id, rounds.stage, rounds.round, u.id, u.email, 'en', false, 'pending', 0, %(now)s, '', %(now)s
FROM due JOIN rounds ON rounds.prediction_id = due.id AND rounds.round = due.round
CROSS JOIN (SELECT u.id, u.email FROM auth_user u
            JOIN auth_user_groups g ON g.user_id = u.id WHERE g.group_id = %(group)s AND u.is_active) u
ON CONFLICT DO NOTHING
"""
CLAIM = """
WITH deliveries AS (
    INSERT INTO tracker_delivery (recipient_id, email, language, subject, message_id, item_count, state, error,
                                  started_at, finished_at)
    SELECT recipient_id, min(email), 'en', 'Hindsight: predictions waiting for your judgement', '', count(*),
           'sending', '', %(now)s, NULL
    FROM tracker_reminder WHERE state = 'pending' AND next_attempt_at <= %(now)s
    GROUP BY recipient_id
    RETURNING id, recipient_id
)
UPDATE tracker_reminder r SET state = 'sending', claimed_at = %(now)s, delivery_id = d.id
FROM deliveries d
WHERE r.recipient_id = d.recipient_id AND r.state = 'pending' AND r.next_attempt_at <= %(now)s
"""
SENT = """
WITH sent AS (
    UPDATE tracker_reminder SET state = 'sent', sent_at = %(now)s, last_error = ''
    WHERE state = 'sending' AND claimed_at = %(now)s
    RETURNING delivery_id
)
UPDATE tracker_delivery SET state = 'sent', finished_at = %(now)s
WHERE id IN (SELECT DISTINCT delivery_id FROM sent)
"""


def fair_floor(now: datetime.datetime) -> int:
    """Write what a sweep at ``now`` writes, set-based; the number of reminders."""
    group = Group.objects.get(name=settings.HINDSIGHT_REVIEWERS_GROUP).pk
    parameters: dict[str, Any] = {
        "now": now,
        "now_text": now.isoformat(),
        "today": now.date(),
        "group": group,
        "payload_version": PAYLOAD_VERSION,
        "every": settings.HINDSIGHT_REMINDER_OVERDUE_EVERY_DAYS,
        "tz": settings.TIME_ZONE,
    }
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(RECORD, parameters)
        reminders = cursor.rowcount
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(CLAIM, parameters)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(SENT, parameters)
    return reminders
