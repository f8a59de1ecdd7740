"""schema.org ClaimReview for resolved predictions, as JSON-LD (what fact-check aggregators read).

One review per final verdict: the claim in the page's language, the claim
itself (who said it, when, where it appeared), the rating and the site as
author. Correct, partly correct and incorrect carry a numeric rating on a
1–5 scale (5 = came true) besides their name; unresolvable carries only its
name, since no number would be honest; annulled predictions were withdrawn,
not reviewed, and get no ClaimReview.
"""

from __future__ import annotations

import json
from typing import Any

from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from predictions.models import Outcome, Prediction, Resolution

RATING_VALUES: dict[str, int | None] = {
    Outcome.CORRECT: 5,
    Outcome.PARTLY_CORRECT: 3,
    Outcome.INCORRECT: 1,
    Outcome.UNRESOLVABLE: None,
}
# Inside <script> the JSON must not close the element or open a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def claim_review(
    *,
    prediction: Prediction,
    resolution: Resolution,
    claim: str,
    page_url: str,
    site_url: str,
    site_name: str,
    language: str,
) -> dict[str, Any] | None:
    """The ClaimReview of a final resolution, or None for an annulled prediction."""
    if resolution.outcome not in RATING_VALUES:
        return None
    speaker, source = prediction.speaker, prediction.source
    author: dict[str, Any] = {"@type": "Person", "name": speaker.name}
    if speaker.role:
        author["jobTitle"] = speaker.role
    if speaker.link:
        author["sameAs"] = speaker.link
    appearance: dict[str, Any] = {
        "@type": "CreativeWork",
        "name": source.title_original or source.title,
        "inLanguage": source.language,
    }
    if source.url:
        appearance["url"] = source.url
    if source.published_on:
        appearance["datePublished"] = source.published_on.isoformat()
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": str(resolution.get_outcome_display())}
    value = RATING_VALUES[resolution.outcome]
    if value is not None:
        rating.update(ratingValue=value, bestRating=5, worstRating=1)
    reviewed_on = resolution.confirmed_at or resolution.proposed_at
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page_url,
        "datePublished": timezone.localdate(reviewed_on).isoformat(),
        "inLanguage": language,
        "claimReviewed": claim,
        "itemReviewed": {
            "@type": "Claim",
            "author": author,
            "datePublished": prediction.made_on.isoformat(),
            "text": prediction.quote,
            "appearance": appearance,
        },
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": site_name, "url": site_url + "/"},
    }


def json_ld_script(data: dict[str, Any]) -> SafeString:
    """A ``<script type="application/ld+json">`` element holding ``data``, safe to inline."""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 - escaped above
