"""Factories for the ledger. Every row they build is valid and goes straight
to the database (they do not call the services): tests of a service build the
world with factories, then call the service under test.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
from collections.abc import Iterator

import factory
from django.contrib.auth.models import Group, User
from django.utils import timezone

from predictions import public_cache
from predictions.models import Evidence, Prediction, Resolution, ResolutionState, Source, Speaker, Topic
from predictions.services.reviewers import reviewers_group
from predictions.services.tallies import tallies_recount

SOURCE_TEXT = (
    "On a panel in 2024 the speaker said: by 2030 most cars sold in Europe will be electric. "
    "She added that batteries will keep getting cheaper every year. 她还说:电池每年都会更便宜。"
)


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class ReviewerFactory(UserFactory):
    """An active staff member of the Reviewers group (created by migration)."""

    class Meta:
        skip_postgeneration_save = True  # adding to a group needs no second save of the user

    is_staff = True

    @factory.post_generation
    def reviewers_group(obj: User, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            obj.groups.add(reviewers_group())


class IntegratorFactory(UserFactory):
    """A member of the Integrators group (created by migration): records and edits predictions."""

    class Meta:
        skip_postgeneration_save = True  # adding a group needs no second save

    @factory.post_generation
    def integrators_group(obj: User, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            obj.groups.add(Group.objects.get(name="Integrators"))


class TopicFactory(factory.django.DjangoModelFactory[Topic]):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.LazyAttribute(lambda topic: topic.slug.replace("-", " ").title())


class SpeakerFactory(factory.django.DjangoModelFactory[Speaker]):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Speaker {n}")
    slug = factory.Sequence(lambda n: f"speaker-{n}")
    role = "Chief executive"


class SourceFactory(factory.django.DjangoModelFactory[Source]):
    """A source with inline text (sources under seeds/ come from the fixture)."""

    class Meta:
        model = Source

    slug = factory.Sequence(lambda n: f"source-{n}")
    title = factory.Sequence(lambda n: f"Interview {n}")
    language = "en"
    text = SOURCE_TEXT
    text_sha256 = factory.LazyAttribute(lambda source: hashlib.sha256(source.text.encode()).hexdigest())


class PredictionFactory(factory.django.DjangoModelFactory[Prediction]):
    """An anchored quote from ``SOURCE_TEXT``; resolves a year after it was made."""

    class Meta:
        model = Prediction

    speaker = factory.SubFactory(SpeakerFactory)
    source = factory.SubFactory(SourceFactory)
    slug = factory.Sequence(lambda n: f"prediction-{n}")
    quote = "by 2030 most cars sold in Europe will be electric"
    quote_language = "en"
    quote_start = factory.LazyAttribute(lambda p: p.source.text.find(p.quote))
    quote_end = factory.LazyAttribute(lambda p: p.quote_start + len(p.quote))
    translation = "By 2030 most cars sold in Europe will be electric."
    claim = "More than half of new cars sold in the EU in 2030 are battery-electric."
    made_on = datetime.date(2024, 5, 30)
    resolve_on = datetime.date(2030, 12, 31)
    resolution_criteria = "Correct if ACEA reports a battery-electric share above 50% for 2030."
    implied_probability = 0.8
    # Recorded the day it was said (noon UTC), so it is on time unless a test says otherwise.
    recorded_at = factory.LazyAttribute(
        lambda p: datetime.datetime.combine(p.made_on, datetime.time(12), tzinfo=datetime.UTC)
    )

    @classmethod
    def _after_postgeneration(
        cls, instance: Prediction, create: bool, results: dict[str, object] | None = None
    ) -> None:
        super()._after_postgeneration(instance, create, results)
        if create:
            ledger_changed()  # built around the services: count it as they would


class ResolutionFactory(factory.django.DjangoModelFactory[Resolution]):
    """A proposal by a fresh reviewer; pass ``state=ResolutionState.FINAL`` via
    ``final_resolution_for`` below rather than by hand."""

    class Meta:
        model = Resolution

    prediction = factory.SubFactory(PredictionFactory)
    outcome = "correct"
    rationale = "The criteria are met."
    as_of = datetime.date(2025, 1, 1)
    proposed_by = factory.SubFactory(ReviewerFactory)
    proposed_at = factory.LazyFunction(timezone.now)


class EvidenceFactory(factory.django.DjangoModelFactory[Evidence]):
    class Meta:
        model = Evidence

    resolution = factory.SubFactory(ResolutionFactory)
    url = "https://example.org/report"
    title = "Annual report"
    accessed_on = datetime.date(2025, 1, 2)


def final_resolution_for(prediction: Prediction, outcome: str = "correct", **kwargs: object) -> Resolution:
    """A final resolution with evidence, wired to its prediction, built directly
    (no ResolutionConfirmation row, no version bump): what the public sees after
    ``services.resolution_confirm``, including a new cache generation."""
    confirmer = ReviewerFactory.create()
    resolution = ResolutionFactory.create(
        prediction=prediction,
        outcome=outcome,
        state=ResolutionState.FINAL,
        confirmed_by=confirmer,
        confirmed_at=timezone.now(),
        **kwargs,
    )
    EvidenceFactory.create(resolution=resolution)
    Prediction.objects.filter(pk=prediction.pk).update(final_resolution=resolution)
    prediction.refresh_from_db()
    ledger_changed()  # as the service does once the verdict commits
    return resolution


_deferred: list[bool] = []  # inside ``ledger_batch``: whether the ledger changed meanwhile


def ledger_changed() -> None:
    """After rows were written around the services (factories, ``.update()``): recount
    the kept tallies and refresh every public page, as the services would."""
    if _deferred:
        _deferred[-1] = True
        return
    tallies_recount()
    public_cache.invalidate()


@contextlib.contextmanager
def ledger_batch() -> Iterator[None]:
    """Build many rows, then recount once: a recount rewrites every tally, so one per factory call makes a
    150-prediction world cost seconds per test. Nothing may be read from the tallies inside the block."""
    _deferred.append(False)
    try:
        yield
    finally:
        changed = _deferred.pop()
    if changed:
        ledger_changed()
