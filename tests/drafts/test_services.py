"""Accepting and dismissing found forecasts, publishing drafts, and the reviewers' list of drafts."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from predictions import services
from predictions.errors import NotAllowed, StateConflict
from predictions.models import DismissedCandidate, OutboxEvent, Prediction
from predictions.selectors.drafts import (
    IntakeUnavailable,
    drafts_to_finish,
    intake_language,
    said_on_default,
    source_candidates,
)
from tests.drafts.support import FIRST_QUOTE, SAID_ON, SECOND_QUOTE, interview_source
from tests.factories import SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def _keys(source: object, said_on: datetime.date = SAID_ON) -> dict[str, str]:
    return {offered.candidate.quote: offered.key for offered in source_candidates(source, said_on=said_on)}  # type: ignore[arg-type]


def _accept(reviewer: User, quote: str = FIRST_QUOTE) -> Prediction:
    source = interview_source()
    return services.candidate_accept(
        source=source, key=_keys(source)[quote], speaker=SpeakerFactory.create(), said_on=SAID_ON, by=reviewer
    )


def test_accept_makes_a_private_draft_filled_from_the_candidate(reviewer: User) -> None:
    draft = _accept(reviewer)

    stored = Prediction.objects.get(pk=draft.pk)
    assert (stored.is_draft, stored.is_public) == (True, False)
    text = stored.source.full_text
    assert text[stored.quote_start : stored.quote_end] == stored.quote == FIRST_QUOTE
    assert stored.made_on == SAID_ON
    assert (stored.horizon, stored.resolve_on) == ("within five years", datetime.date(2031, 1, 1))
    assert stored.horizon_rule.startswith("said-on + 5 years")
    assert stored.horizon_rule_zh.startswith("发言日期加5年")  # for the Chinese reader of the published prediction
    assert (stored.stated_confidence, stored.implied_probability) == ("I think", 0.7)
    assert (stored.claim, stored.resolution_criteria) == ("", "")
    assert stored.translation == FIRST_QUOTE  # an English quote is its own English text
    assert stored.history.get().history_user == reviewer
    assert stored.recorded_at is None  # recorded when published
    assert stored.quote_kind == "direct"  # in quotation marks
    assert not OutboxEvent.objects.exists()  # nothing public happened


def test_a_reported_candidate_makes_a_reported_draft(reviewer: User) -> None:
    assert _accept(reviewer, SECOND_QUOTE).quote_kind == "reported"


def test_an_accepted_candidate_is_shown_as_taken_and_cannot_be_accepted_twice(reviewer: User) -> None:
    draft = _accept(reviewer)
    offered = {o.candidate.quote: o for o in source_candidates(draft.source, said_on=SAID_ON)}
    assert offered[FIRST_QUOTE].prediction_id == draft.pk
    assert offered[SECOND_QUOTE].prediction_id is None
    with pytest.raises(StateConflict, match="already accepted"):
        services.candidate_accept(
            source=draft.source,
            key=offered[FIRST_QUOTE].key,
            speaker=draft.speaker,
            said_on=SAID_ON,
            by=reviewer,
        )
    assert Prediction.objects.count() == 1


def test_a_second_look_line_stays_accepted_after_the_reviewer_trims_its_quote(reviewer: User) -> None:
    text = "Q: And the plant?\nA: The firm will open its second plant in Leipzig in March, Park said."
    source = interview_source(text=text)
    (line,) = source_candidates(source, said_on=SAID_ON, second_look=True)
    assert line.second_look and line.candidate.quote.startswith("The firm will open")  # no "A: " label
    draft = services.candidate_accept(
        source=source, key=line.key, speaker=SpeakerFactory.create(), said_on=SAID_ON, by=reviewer
    )
    trimmed = "The firm will open its second plant in Leipzig in March"
    start = text.index(trimmed)
    Prediction.objects.filter(pk=draft.pk).update(quote=trimmed, quote_start=start, quote_end=start + len(trimmed))

    (again,) = source_candidates(source, said_on=SAID_ON, second_look=True)
    assert again.prediction_id == draft.pk  # shown as accepted, with its link
    with pytest.raises(StateConflict, match="already accepted"):
        services.candidate_accept(source=source, key=again.key, speaker=draft.speaker, said_on=SAID_ON, by=reviewer)
    assert Prediction.objects.count() == 1


def test_accepting_a_candidate_does_not_read_the_second_look(reviewer: User, monkeypatch: pytest.MonkeyPatch) -> None:
    # The second look costs about as much again as the extractor; Accept on a candidate must not pay for it.
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the second look was read")

    monkeypatch.setattr("predictions.selectors.drafts.second_look_of", never)
    assert _accept(reviewer).quote == FIRST_QUOTE


def test_a_dismissed_candidate_is_not_offered_again(reviewer: User) -> None:
    source = interview_source()
    services.candidate_dismiss(source=source, key=_keys(source)[SECOND_QUOTE], said_on=SAID_ON, by=reviewer)

    assert list(_keys(source)) == [FIRST_QUOTE]
    dismissed = DismissedCandidate.objects.get()
    assert (dismissed.quote, dismissed.dismissed_by) == (SECOND_QUOTE, reviewer)
    with pytest.raises(StateConflict, match="not offered any more"):
        services.candidate_accept(
            source=source, key=dismissed_key(source), speaker=SpeakerFactory.create(), said_on=SAID_ON, by=reviewer
        )


def dismissed_key(source: object) -> str:
    from predictions.intake import find_forecasts

    found = find_forecasts(source.full_text, language="en", said_on=SAID_ON)  # type: ignore[attr-defined]
    return next(candidate.key for candidate in found if candidate.quote == SECOND_QUOTE)


def test_outsiders_may_not_accept_dismiss_or_publish(reviewer: User, staff_outsider: User) -> None:
    source = interview_source()
    key = _keys(source)[FIRST_QUOTE]
    with pytest.raises(NotAllowed):
        services.candidate_accept(
            source=source, key=key, speaker=SpeakerFactory.create(), said_on=SAID_ON, by=staff_outsider
        )
    with pytest.raises(NotAllowed):
        services.candidate_dismiss(source=source, key=key, said_on=SAID_ON, by=staff_outsider)
    draft = services.candidate_accept(
        source=source, key=key, speaker=SpeakerFactory.create(), said_on=SAID_ON, by=reviewer
    )
    with pytest.raises(NotAllowed):
        services.prediction_publish(prediction=draft, by=staff_outsider)
    assert not DismissedCandidate.objects.exists()
    assert Prediction.objects.get().is_draft


def test_publishing_needs_the_claim_and_criteria(reviewer: User) -> None:
    draft = _accept(reviewer)
    with pytest.raises(ValidationError) as refused:
        services.prediction_publish(prediction=draft, by=reviewer)
    assert {"claim", "resolution_criteria"} <= set(refused.value.error_dict)
    assert Prediction.objects.get().is_draft


def _finish(draft: Prediction, reviewer: User) -> Prediction:
    return services.prediction_update(
        prediction=draft,
        by=reviewer,
        reason="Claim and criteria written",
        changes={
            "claim": "Over half of new cars sold in the EU in 2030 are electric.",
            "resolution_criteria": "Correct if ACEA reports a share above 50%.",
        },
    )


def test_publishing_makes_it_public_and_tells_the_outside_world_once(reviewer: User) -> None:
    draft = _finish(_accept(reviewer), reviewer)
    publishing = datetime.datetime(2026, 2, 3, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(publishing, tick=False):
        published = services.prediction_publish(prediction=draft, by=reviewer)

    stored = Prediction.objects.get(pk=published.pk)
    assert (stored.is_draft, stored.is_public) == (False, True)
    assert stored.recorded_at == publishing  # what pre-registration counts from
    assert stored.slug == "over-half-of-new-cars-sold-in-the-eu-in-2030-are-electric"  # its public URL, not draft-…
    assert not stored.recorded_late
    created = OutboxEvent.objects.filter(event_type="prediction.created")
    assert created.count() == 1
    assert created.get().payload["data"]["prediction"]["is_public"] is True
    # while it was a draft, its edit was written as a private event, which the relay drops
    assert OutboxEvent.objects.get(event_type="prediction.updated").payload["data"]["prediction"]["is_public"] is False
    assert stored.history.order_by("-history_id").first().history_change_reason == "Published"
    with pytest.raises(StateConflict, match="published already"):
        services.prediction_publish(prediction=stored, by=reviewer)


def test_a_draft_published_after_its_resolve_on_date_is_recorded_late(reviewer: User) -> None:
    draft = _finish(_accept(reviewer, SECOND_QUOTE), reviewer)  # resolves on 2027-12-31
    with time_machine.travel(datetime.datetime(2028, 1, 5, tzinfo=datetime.UTC), tick=False):
        published = services.prediction_publish(prediction=draft, by=reviewer)
    assert published.recorded_late


def test_a_draft_without_a_horizon_is_not_published_until_it_has_a_date(reviewer: User) -> None:
    source = interview_source(text="Ada Park said the battery will change everything.")
    (key,) = _keys(source).values()
    draft = services.candidate_accept(
        source=source, key=key, speaker=SpeakerFactory.create(), said_on=SAID_ON, by=reviewer
    )
    assert draft.resolve_on == SAID_ON
    draft = _finish(draft, reviewer)
    with pytest.raises(ValidationError) as refused:
        services.prediction_publish(prediction=draft, by=reviewer)
    assert "resolve_on" in refused.value.error_dict


def test_the_database_keeps_a_draft_private(reviewer: User) -> None:
    draft = _accept(reviewer)
    with pytest.raises(IntegrityError), transaction.atomic():
        Prediction.objects.filter(pk=draft.pk).update(is_public=True)
    draft.is_public = True
    with translation.override("en"), pytest.raises(ValidationError, match="A draft is not public"):
        draft.full_clean(exclude=["claim", "resolution_criteria"])


def test_drafts_to_finish_lists_drafts_oldest_first(reviewer: User) -> None:
    source = interview_source()
    keys = _keys(source)
    speaker = SpeakerFactory.create()
    first = services.candidate_accept(
        source=source, key=keys[FIRST_QUOTE], speaker=speaker, said_on=SAID_ON, by=reviewer
    )
    second = services.candidate_accept(
        source=source, key=keys[SECOND_QUOTE], speaker=speaker, said_on=SAID_ON, by=reviewer
    )
    assert list(drafts_to_finish()) == [first, second]
    services.prediction_publish(prediction=_finish(first, reviewer), by=reviewer)
    assert list(drafts_to_finish()) == [second]


def test_said_on_is_the_events_date_else_the_publication_date() -> None:
    source = SourceFactory.build(published_on=datetime.date(2024, 6, 1), event_date=datetime.date(2024, 5, 30))
    assert said_on_default(source) == datetime.date(2024, 5, 30)
    source.event_date = None
    assert said_on_default(source) == datetime.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("zh-Hans", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("zh", "zh-Hans"),
        ("zh-Hant", None),
        ("zh-TW", None),
        ("fr", None),
    ],
)
def test_the_extractors_language_for_a_sources_tag(tag: str, language: str | None) -> None:
    assert intake_language(tag) == language


def test_a_source_without_text_or_in_another_language_says_why() -> None:
    with pytest.raises(IntakeUnavailable, match="keeps no text"):
        source_candidates(interview_source(text=""), said_on=SAID_ON)
    with pytest.raises(IntakeUnavailable, match="“fr”"):
        source_candidates(interview_source(language="fr"), said_on=SAID_ON)


def test_a_chinese_forecast_becomes_a_draft_the_reviewer_translates(reviewer: User) -> None:
    text = "陈立明说，明年经济将增长百分之五。“三年内新能源汽车销量将超过燃油车，”他表示。该公司去年交付了十万辆车。"
    source = interview_source(text=text, language="zh-Hans", published_on=datetime.date(2026, 3, 5))
    offered = {o.candidate.quote: o for o in source_candidates(source, said_on=datetime.date(2026, 3, 5))}
    assert "该公司去年交付了十万辆车。" not in offered  # the past is no forecast
    draft = services.candidate_accept(
        source=source,
        key=offered["三年内新能源汽车销量将超过燃油车"].key,
        speaker=SpeakerFactory.create(),
        said_on=datetime.date(2026, 3, 5),
        by=reviewer,
    )
    assert text[draft.quote_start : draft.quote_end] == draft.quote == "三年内新能源汽车销量将超过燃油车"
    assert (draft.quote_language, draft.quote_kind, draft.translation) == ("zh-Hans", "direct", "")
    assert (draft.horizon, draft.resolve_on) == ("三年内", datetime.date(2029, 3, 5))


def test_the_public_history_of_a_published_draft_begins_at_publication(reviewer: User) -> None:
    from predictions.selectors.history import prediction_edits

    draft = _finish(_accept(reviewer), reviewer)
    published = services.prediction_publish(prediction=draft, by=reviewer)
    services.prediction_update(
        prediction=published, by=reviewer, reason="Sharper criteria", changes={"resolution_criteria": "ACEA > 50%."}
    )

    edits = prediction_edits(published, ["claim", "resolution_criteria"], limit=10)

    assert [(edit.created, edit.reason) for edit in edits] == [(True, "Published"), (False, "Sharper criteria")]
    assert edits[1].fields == (("resolution_criteria", "Correct if ACEA reports a share above 50%.", "ACEA > 50%."),)


def test_a_draft_cannot_be_resolved_until_it_is_published(reviewer: User) -> None:
    # A draft has no claim or criteria to judge against; a verdict before publication would also put an outcome on
    # the record before the forecast itself.
    draft = _accept(reviewer)
    with translation.override("zh-hans"), pytest.raises(StateConflict, match="草稿"):
        services.resolution_propose(
            prediction=draft, outcome="unresolvable", rationale="No data.", as_of=SAID_ON, by=reviewer
        )
    with translation.override("en"), pytest.raises(StateConflict, match="draft cannot be resolved"):
        services.resolution_propose(
            prediction=draft, outcome="unresolvable", rationale="No data.", as_of=SAID_ON, by=reviewer
        )
    actions = services.resolution_actions(draft, reviewer)
    assert not actions.propose.allowed
    assert not draft.resolutions.exists()


def test_two_drafts_published_with_the_same_claim_get_their_own_slugs(reviewer: User) -> None:
    first = _finish(_accept(reviewer), reviewer)
    source = first.source
    second = services.candidate_accept(
        source=source, key=_keys(source)[SECOND_QUOTE], speaker=first.speaker, said_on=SAID_ON, by=reviewer
    )
    second = _finish(second, reviewer)
    slugs = [services.prediction_publish(prediction=d, by=reviewer).slug for d in (first, second)]
    assert slugs == [
        "over-half-of-new-cars-sold-in-the-eu-in-2030-are-electric",
        "over-half-of-new-cars-sold-in-the-eu-in-2030-are-electric-2",
    ]
