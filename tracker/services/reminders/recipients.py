"""Who hears about a prediction, and in which language.

The prediction's assigned reviewers (active, with an e-mail address); if it
has none, every active member of the Reviewers group. From the escalation
round on, the escalation recipients too (members of
``HINDSIGHT_ESCALATION_GROUP``, or the active superusers). A "confirm"
reminder goes to everyone but the proposer. Reviewers whose e-mail was
switched off by a permanent failure are left out until staff switch it on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, QuerySet

from tracker.models import Language
from tracker.policy import Owed, Stage
from tracker.services.reminders import compiled


@dataclass(frozen=True)
class Recipient:
    user_id: int
    username: str
    name: str
    email: str
    language: str
    escalation: bool


@dataclass(frozen=True)
class Person:
    """What the reminders need of a user and their reminder preference (read as plain values)."""

    pk: int
    username: str
    first_name: str
    email: str
    is_active: bool
    language: str
    email_switched_off: bool  # a permanent failure switched their e-mail off

    @property
    def reachable(self) -> bool:
        return self.is_active and bool(self.email)


# ReviewerPreference.user's reverse accessor: read with each user (a joined one-to-one).
PREFERENCE = "reminder_preference"
PERSON_VALUES = ("pk", "username", "first_name", "email", "is_active", f"{PREFERENCE}__language",
                 f"{PREFERENCE}__email_disabled_at")  # fmt: skip


def _person(pk: int, username: str, first_name: str, email: str, is_active: bool, language: str | None,
            disabled_at: object) -> Person:  # fmt: skip
    return Person(
        pk, username, first_name, email, is_active, language or Language.ENGLISH.value, disabled_at is not None
    )


def _reviewers_and_escalation() -> QuerySet[Any, tuple[Any, ...]]:
    """The active users with an address in the Reviewers group or among the escalation recipients,
    each saying which of the two it belongs to (both lists in one statement)."""
    user_model = get_user_model()
    member_of = user_model.groups.through.objects.filter(user_id=OuterRef("pk"))
    escalation_group = settings.HINDSIGHT_ESCALATION_GROUP
    return (
        user_model.objects.filter(is_active=True)
        .exclude(email="")
        .annotate(
            is_reviewer=Exists(member_of.filter(group__name=settings.HINDSIGHT_REVIEWERS_GROUP)),
            is_escalation=Exists(member_of.filter(group__name=escalation_group))
            if escalation_group
            else ExpressionWrapper(Q(is_superuser=True), output_field=BooleanField()),
        )
        .filter(Q(is_reviewer=True) | Q(is_escalation=True))
        .order_by("id")
        .values_list("is_reviewer", "is_escalation", *PERSON_VALUES)
    )


class RecipientDirectory:
    """Reviewers, escalation recipients and preferences, loaded once per sweep."""

    def __init__(self, extra_user_ids: Iterable[int] = ()) -> None:
        rows = compiled.rows(_reviewers_and_escalation)  # read on every sweep: its SQL compiled once
        self.users: dict[int, Person] = {}
        self.reviewers: list[Person] = []
        self.escalation: list[Person] = []
        for is_reviewer, is_escalation, *values in rows:
            person = self.users[values[0]] = _person(*values)
            if is_reviewer:
                self.reviewers.append(person)
            if is_escalation:
                self.escalation.append(person)
        self._recipients: dict[tuple[int, bool], Recipient] = {}
        self.include(extra_user_ids)

    def include(self, user_ids: Iterable[int]) -> None:
        """Load whatever is not loaded yet of ``user_ids`` (assigned reviewers outside both groups,
        digest recipients; inactive or without an address too). An id without a user (a deleted
        account) stays unknown."""
        missing = set(user_ids) - set(self.users)
        if missing:
            rows = get_user_model().objects.filter(pk__in=missing).values_list(*PERSON_VALUES)
            self.users.update((values[0], _person(*values)) for values in rows)

    def language(self, user_id: int) -> str:
        person = self.users.get(user_id)
        return person.language if person else Language.ENGLISH.value

    def switched_off(self, user_id: int) -> bool:
        person = self.users.get(user_id)
        return bool(person and person.email_switched_off)

    def _recipient(self, person: Person, escalation: bool) -> Recipient:
        # The same few reviewers receive every owed round of a sweep: one (immutable) Recipient each.
        key = (person.pk, escalation)
        if key not in self._recipients:
            self._recipients[key] = Recipient(
                user_id=person.pk,
                username=person.username,
                name=person.first_name or person.username,
                email=person.email,
                language=person.language,
                escalation=escalation,
            )
        return self._recipients[key]

    def for_reminder(self, assigned_ids: Iterable[int], owed: Owed, proposer_id: int | None = None) -> list[Recipient]:
        """The recipients of one owed reminder of a prediction whose assigned reviewers are
        ``assigned_ids`` (among ``extra_user_ids``)."""
        assigned = [self.users[user_id] for user_id in assigned_ids if user_id in self.users]
        reviewers = [person for person in assigned if person.reachable] or self.reviewers
        if owed.stage == Stage.CONFIRM:
            others = [person for person in reviewers if person.pk != proposer_id]
            # Only the proposer is assigned: any other reviewer can confirm.
            reviewers = others or [person for person in self.reviewers if person.pk != proposer_id]
        chosen = {person.pk: self._recipient(person, escalation=False) for person in reviewers}
        if owed.escalate:
            for person in self.escalation:
                chosen.setdefault(person.pk, self._recipient(person, escalation=True))
        return [recipient for user_id, recipient in sorted(chosen.items()) if not self.switched_off(user_id)]
