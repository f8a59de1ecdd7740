"""The reminder policy, table-driven, at frozen instants (no database)."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone

from tracker.policy import Owed, PolicyConfig, PredictionFacts, Stage, reminders_owed

UTC = ZoneInfo("UTC")
SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")
RESOLVE_ON = datetime.date(2025, 12, 31)


def at(day: datetime.date, hour: int = 9) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=datetime.UTC)


def days(n: int) -> datetime.date:
    return RESOLVE_ON + datetime.timedelta(days=n)


def recorded(stage: str, round_number: int) -> frozenset[tuple[str, int, int | None]]:
    """The key of one recorded date-driven round (``Owed.key``)."""
    return frozenset({(stage, round_number, None)})


def facts(**overrides: object) -> PredictionFacts:
    return PredictionFacts(resolve_on=RESOLVE_ON, **overrides)  # type: ignore[arg-type]


PROPOSED_AT = at(days(2))

CASES = [
    # name, facts, instant (UTC), site time zone, what is owed
    ("far ahead: nothing", facts(), at(days(-30)), UTC, []),
    ("8 days ahead: nothing yet", facts(), at(days(-8)), UTC, []),
    ("7 days ahead: upcoming", facts(), at(days(-7)), UTC, [Owed(Stage.UPCOMING, 0)]),
    ("the day before: upcoming", facts(), at(days(-1)), UTC, [Owed(Stage.UPCOMING, 0)]),
    ("upcoming already recorded", facts(recorded=recorded("upcoming", 0)), at(days(-3)), UTC, []),
    ("on the day: due", facts(recorded=recorded("upcoming", 0)), at(days(0)), UTC, [Owed(Stage.DUE, 0)]),
    ("due already recorded", facts(recorded=recorded("due", 0)), at(days(3)), UTC, []),
    ("day 6, due never sent: due", facts(), at(days(6)), UTC, [Owed(Stage.DUE, 0)]),
    (
        "day 7: overdue round 1",
        facts(recorded=recorded("due", 0)),
        at(days(7)),
        UTC,
        [Owed(Stage.OVERDUE, 1)],
    ),
    ("day 13, round 1 recorded", facts(recorded=recorded("overdue", 1)), at(days(13)), UTC, []),
    ("day 14: round 2", facts(recorded=recorded("overdue", 1)), at(days(14)), UTC, [Owed(Stage.OVERDUE, 2)]),
    ("day 21: round 3 escalates", facts(), at(days(21)), UTC, [Owed(Stage.OVERDUE, 3, escalate=True)]),
    ("day 30 first seen: only round 4", facts(), at(days(30)), UTC, [Owed(Stage.OVERDUE, 4, escalate=True)]),
    ("snoozed: nothing", facts(snoozed_until=days(10)), at(days(8)), UTC, []),
    ("snooze ends that day", facts(snoozed_until=days(8)), at(days(8)), UTC, [Owed(Stage.OVERDUE, 1)]),
    ("resolved (annulled too): nothing", facts(is_resolved=True), at(days(8)), UTC, []),
    ("not public: nothing", facts(is_public=False), at(days(0)), UTC, []),
    (
        "proposal 23 h old: nothing yet, due paused",
        facts(open_proposal_id=41, open_proposal_at=PROPOSED_AT),
        PROPOSED_AT + datetime.timedelta(hours=23),
        UTC,
        [],
    ),
    (
        "proposal 24 h old: confirm, naming the proposal",
        facts(open_proposal_id=41, open_proposal_at=PROPOSED_AT),
        PROPOSED_AT + datetime.timedelta(hours=24),
        UTC,
        [Owed(Stage.CONFIRM, proposal_id=41)],
    ),
    (
        "confirm already recorded",
        facts(open_proposal_id=41, open_proposal_at=PROPOSED_AT, recorded=frozenset({("confirm", 0, 41)})),
        PROPOSED_AT + datetime.timedelta(days=3),
        UTC,
        [],
    ),
    (
        "snoozed proposal: nothing",
        facts(open_proposal_id=41, open_proposal_at=PROPOSED_AT, snoozed_until=days(30)),
        PROPOSED_AT + datetime.timedelta(days=3),
        UTC,
        [],
    ),
    # The day boundary is the site's local midnight: Shanghai is UTC+8.
    (
        "Shanghai 23:59 the day before",
        facts(),
        datetime.datetime(2025, 12, 30, 15, 59, tzinfo=datetime.UTC),
        SHANGHAI,
        [Owed(Stage.UPCOMING, 0)],
    ),
    (
        "Shanghai 00:00 on the day",
        facts(),
        datetime.datetime(2025, 12, 30, 16, 0, tzinfo=datetime.UTC),
        SHANGHAI,
        [Owed(Stage.DUE, 0)],
    ),
    # New York is UTC-5 in winter: 03:00 UTC on the 31st is still the 30th there.
    (
        "New York 22:00 the day before",
        facts(),
        datetime.datetime(2025, 12, 31, 3, 0, tzinfo=datetime.UTC),
        NEW_YORK,
        [Owed(Stage.UPCOMING, 0)],
    ),
    (
        "New York 00:00 on the day",
        facts(),
        datetime.datetime(2025, 12, 31, 5, 0, tzinfo=datetime.UTC),
        NEW_YORK,
        [Owed(Stage.DUE, 0)],
    ),
    (
        "UTC midnight is not yet the day in New York",
        facts(),
        datetime.datetime(2025, 12, 31, 0, 0, tzinfo=datetime.UTC),
        NEW_YORK,
        [Owed(Stage.UPCOMING, 0)],
    ),
]


@pytest.mark.parametrize(("name", "prediction", "instant", "tz", "expected"), CASES, ids=[case[0] for case in CASES])
def test_reminders_owed(
    name: str, prediction: PredictionFacts, instant: datetime.datetime, tz: ZoneInfo, expected: list[Owed]
) -> None:
    with time_machine.travel(instant, tick=False):
        assert reminders_owed(prediction, now=timezone.now(), tz=tz) == expected


def test_config_changes_the_stages() -> None:
    config = PolicyConfig(upcoming_days=2, overdue_every_days=3, escalate_from_round=1)
    assert reminders_owed(facts(), now=at(days(-3)), config=config) == []
    assert reminders_owed(facts(), now=at(days(-2)), config=config) == [Owed(Stage.UPCOMING, 0)]
    assert reminders_owed(facts(), now=at(days(3)), config=config) == [Owed(Stage.OVERDUE, 1, escalate=True)]


def test_confirm_after_is_configurable() -> None:
    config = PolicyConfig(confirm_after=datetime.timedelta(hours=1))
    prediction = facts(open_proposal_id=7, open_proposal_at=PROPOSED_AT)
    assert reminders_owed(prediction, now=PROPOSED_AT + datetime.timedelta(minutes=59), config=config) == []
    assert reminders_owed(prediction, now=PROPOSED_AT + datetime.timedelta(hours=1), config=config) == [
        Owed(Stage.CONFIRM, proposal_id=7)
    ]


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        reminders_owed(facts(), now=datetime.datetime(2026, 1, 1, 9, 0))


def test_a_prediction_recorded_after_its_resolve_on_date_is_due_from_its_recording_not_overdue() -> None:
    """The seed's GPT-5 forecast: resolve-on 2025-12-31, recorded 2026-11-28. Reviewers are told it is
    due (from the day it was recorded), not 48 rounds overdue with an escalation."""
    resolve_on, recorded_on = datetime.date(2025, 12, 31), datetime.date(2026, 11, 28)
    now = datetime.datetime(2026, 11, 28, 12, tzinfo=datetime.UTC)

    late = reminders_owed(PredictionFacts(resolve_on=resolve_on, recorded_on=recorded_on), now=now)
    on_time = reminders_owed(PredictionFacts(resolve_on=resolve_on, recorded_on=datetime.date(2024, 6, 1)), now=now)

    assert late == [Owed(Stage.DUE, 0)]
    assert on_time[0].stage == Stage.OVERDUE and on_time[0].escalate
    week_later = now + datetime.timedelta(days=7)
    assert reminders_owed(PredictionFacts(resolve_on=resolve_on, recorded_on=recorded_on), now=week_later) == [
        Owed(Stage.OVERDUE, 1)
    ]
