"""Which reminders a prediction is owed at time *now*: pure functions, no database.

The stages, in the order a prediction meets them:

- **upcoming**: from ``upcoming_days`` before resolve-on until the day before;
- **due**: from resolve-on for ``overdue_every_days`` days;
- **overdue**, round 1, 2, 3 …: every ``overdue_every_days`` days after resolve-on
  while nothing is final; from round ``escalate_from_round`` the escalation
  recipients hear too;
- **confirm**: a proposal older than ``confirm_after`` still waits for another
  reviewer. It names the proposal (``Owed.proposal_id``), so each proposal is
  reminded once.

Only the *current* stage and round is owed: a prediction the sweep first sees
30 days late gets one overdue reminder (round 4), not the four it missed. A
stage and round already recorded (``PredictionFacts.recorded``) is owed no more.

While a proposal is open, the due/overdue reminders pause: the reviewers have
acted, and what is missing is a confirmation (the confirm stage). Resolved
(annulled included: that is a final resolution too) and non-public predictions
owe nothing; a snoozed one owes nothing before its snooze ends.

"On the day" is the site's local date (``HINDSIGHT_TIME_ZONE``), like the
ledger's status: a prediction falls due at local midnight; all instants are UTC.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from predictions.selectors.status import waiting_since


class Stage(enum.StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    CONFIRM = "confirm"


@dataclass(frozen=True)
class PolicyConfig:
    upcoming_days: int = 7
    overdue_every_days: int = 7
    escalate_from_round: int = 3
    confirm_after: datetime.timedelta = datetime.timedelta(hours=24)


@dataclass(frozen=True)
class PredictionFacts:
    """What the policy needs to know about one prediction."""

    resolve_on: datetime.date
    is_public: bool = True
    # The site-local date it was recorded: overdue rounds count from the later of the two
    # (``predictions.selectors.status.waiting_since``), so a forecast recorded late is not "neglected".
    recorded_on: datetime.date | None = None
    is_resolved: bool = False
    snoozed_until: datetime.date | None = None
    open_proposal_id: int | None = None
    open_proposal_at: datetime.datetime | None = None
    # The keys (``Owed.key``) of the rounds already recorded for this prediction, sent or not.
    recorded: frozenset[tuple[str, int, int | None]] = frozenset()


@dataclass(frozen=True)
class Owed:
    """One owed reminder: a stage and its round (overdue: 1, 2, 3 …; otherwise 0),
    or for the confirm stage the proposal awaiting confirmation."""

    stage: Stage
    round: int = 0
    escalate: bool = False
    proposal_id: int | None = None

    @property
    def key(self) -> tuple[str, int, int | None]:
        """What makes a round unique for its prediction (``ReminderRound``'s unique key)."""
        return (self.stage.value, self.round, self.proposal_id)


def local_date(now: datetime.datetime, tz: datetime.tzinfo) -> datetime.date:
    """The calendar date at instant ``now`` in the site's time zone."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(tz).date()


def current_due_stage(resolve_on: datetime.date, today: datetime.date, config: PolicyConfig) -> Owed | None:
    """The date-driven stage a prediction is in on ``today`` (ignoring what was sent)."""
    days_after = (today - resolve_on).days
    if days_after < -config.upcoming_days:
        return None
    if days_after < 0:
        return Owed(Stage.UPCOMING, 0)
    overdue_round = days_after // config.overdue_every_days
    if overdue_round == 0:
        return Owed(Stage.DUE, 0)
    return Owed(Stage.OVERDUE, overdue_round, escalate=overdue_round >= config.escalate_from_round)


def reminders_owed(
    facts: PredictionFacts,
    *,
    now: datetime.datetime,
    tz: datetime.tzinfo | None = None,
    config: PolicyConfig | None = None,
) -> list[Owed]:
    """The reminders owed for one prediction at ``now`` (an empty list, usually)."""
    config = config or PolicyConfig()
    today = local_date(now, tz or ZoneInfo("UTC"))
    if facts.is_resolved or not facts.is_public:
        return []
    if facts.snoozed_until is not None and today < facts.snoozed_until:
        return []
    if facts.open_proposal_id is not None:
        if facts.open_proposal_at is None or now - facts.open_proposal_at < config.confirm_after:
            return []
        owed = Owed(Stage.CONFIRM, proposal_id=facts.open_proposal_id)
    else:
        stage = current_due_stage(waiting_since(facts.resolve_on, facts.recorded_on), today, config)
        if stage is None:
            return []
        owed = stage
    if owed.key in facts.recorded:
        return []
    return [owed]
