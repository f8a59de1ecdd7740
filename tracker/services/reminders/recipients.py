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

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q

from tracker.models import Language, ReviewerPreference
from tracker.policy import Owed, Stage


@dataclass(frozen=True)
class Recipient:
    user_id: int
    username: str
    name: str
    email: str
    language: str
    escalation: bool


def _reachable(users: Iterable[AbstractBaseUser]) -> list[AbstractBaseUser]:
    return [user for user in users if user.is_active and str(getattr(user, "email", ""))]


# ReviewerPreference.user's reverse accessor: loaded with each user.
PREFERENCE = "reminder_preference"


class RecipientDirectory:
    """Reviewers, escalation recipients and preferences, loaded once per sweep."""

    def __init__(self, extra_user_ids: Iterable[int] = ()) -> None:
        user_model = get_user_model()
        member_of = user_model.groups.through.objects.filter(user_id=OuterRef("pk"))
        escalation_group = settings.HINDSIGHT_ESCALATION_GROUP
        # Both lists in one statement: each user says which of them it belongs to.
        users: list[AbstractBaseUser] = list(
            user_model.objects.filter(is_active=True)
            .exclude(email="")
            .annotate(
                is_reviewer=Exists(member_of.filter(group__name=settings.HINDSIGHT_REVIEWERS_GROUP)),
                is_escalation=Exists(member_of.filter(group__name=escalation_group))
                if escalation_group
                else ExpressionWrapper(Q(is_superuser=True), output_field=BooleanField()),
            )
            .filter(Q(is_reviewer=True) | Q(is_escalation=True))
            .select_related(PREFERENCE)
            .order_by("id")
        )
        self.reviewers = [user for user in users if getattr(user, "is_reviewer")]  # noqa: B009 - an annotation
        self.escalation = [user for user in users if getattr(user, "is_escalation")]  # noqa: B009 - an annotation
        self.users = {user.pk: user for user in users}
        self.preferences: dict[int, ReviewerPreference] = {}
        self._known: set[int] = set()
        self._recipients: dict[tuple[int, bool], Recipient] = {}
        self.include(set(self.users) | set(extra_user_ids))

    def include(self, user_ids: Iterable[int]) -> None:
        """Load whatever is not loaded yet of ``user_ids``: users (assigned reviewers outside both
        groups, digest recipients; inactive or without an address too) and preferences."""
        missing = set(user_ids) - self._known
        if not missing:
            return
        unloaded = missing - set(self.users)
        if unloaded:
            users = get_user_model().objects.filter(pk__in=unloaded).select_related(PREFERENCE)
            self.users.update((user.pk, user) for user in users)
        # Every user is loaded with its preference (a joined one-to-one): no query of their own.
        # An id without a user (a deleted account) has no preference either.
        for user_id in missing & set(self.users):
            preference = getattr(self.users[user_id], PREFERENCE, None)
            if preference is not None:
                self.preferences[user_id] = preference
        self._known |= missing

    def language(self, user_id: int) -> str:
        preference = self.preferences.get(user_id)
        return preference.language if preference else Language.ENGLISH.value

    def switched_off(self, user_id: int) -> bool:
        preference = self.preferences.get(user_id)
        return bool(preference and preference.email_disabled_at)

    def _recipient(self, user: AbstractBaseUser, escalation: bool) -> Recipient:
        # The same few reviewers receive every owed round of a sweep: one (immutable) Recipient each.
        key = (user.pk, escalation)
        if key not in self._recipients:
            self._recipients[key] = Recipient(
                user_id=user.pk,
                username=user.get_username(),
                name=getattr(user, "first_name", "") or user.get_username(),
                email=user.email,  # type: ignore[attr-defined]
                language=self.language(user.pk),
                escalation=escalation,
            )
        return self._recipients[key]

    def for_reminder(self, assigned_ids: Iterable[int], owed: Owed, proposer_id: int | None = None) -> list[Recipient]:
        """The recipients of one owed reminder of a prediction whose assigned reviewers are
        ``assigned_ids`` (among ``extra_user_ids``)."""
        assigned = _reachable(self.users[user_id] for user_id in assigned_ids if user_id in self.users)
        reviewers = assigned or self.reviewers
        if owed.stage == Stage.CONFIRM:
            others = [user for user in reviewers if user.pk != proposer_id]
            # Only the proposer is assigned: any other reviewer can confirm.
            reviewers = others or [user for user in self.reviewers if user.pk != proposer_id]
        chosen = {user.pk: self._recipient(user, escalation=False) for user in reviewers}
        if owed.escalate:
            for user in self.escalation:
                chosen.setdefault(user.pk, self._recipient(user, escalation=True))
        return [recipient for user_id, recipient in sorted(chosen.items()) if not self.switched_off(user_id)]
