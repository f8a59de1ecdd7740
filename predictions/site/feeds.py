"""Atom feeds of verdicts (Django's syndication framework): site-wide and per speaker.

One entry per final resolution, newest first. A re-resolution that supersedes
an earlier verdict is a new entry (its id is the resolution's), so readers
see the change instead of an entry silently rewritten. Links are absolute on
``SITE_URL``; titles and text follow the interface language of the request.

Text that people wrote is made safe twice over: ``printable()`` drops what XML
1.0 cannot carry (control characters in a row stored before the rule would
otherwise fail the whole feed) and bidi controls; and the summary, which Atom
readers render as HTML (``type="html"``), gets it escaped as HTML too.

The evidence the subtitle promises is in each entry twice: as a list of links at the end
of the summary (what a reader shows), and as ``<link rel="related">`` elements (what a
program reads), each titled with the source's title.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import gettext as _

from predictions.models import Evidence, Resolution, Speaker
from predictions.selectors import predictions as selectors
from predictions.site.localization import localized, speaker_name
from predictions.text import printable

FEED_LIMIT = 50


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def _entry_id(resolution: Resolution) -> str:
    # A tag URI (RFC 4151): stable even if the site moves to another address.
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"tag:{host},2024:hindsight/resolution/{resolution.pk}"


class AtomWithEvidence(Atom1Feed):
    """Atom, plus one ``<link rel="related">`` per piece of evidence of an entry."""

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        for url, title in item.get("evidence", ()):
            handler.addQuickElement("link", "", {"rel": "related", "href": url, "title": title})


def _evidence(item: Resolution) -> list[Evidence]:
    return list(item.evidence.all())  # prefetched by ``items``


def _with_evidence(resolutions: list[Resolution]) -> list[Resolution]:
    prefetch_related_objects(resolutions, "evidence")  # one query for the whole feed
    return resolutions


class ResolutionsFeed(Feed[Resolution, None]):
    feed_type = AtomWithEvidence

    def title(self) -> str:
        return _("Hindsight — resolved predictions")

    def subtitle(self) -> str:
        return _("Each prediction as it is judged by two reviewers: the outcome, the rationale, the evidence.")

    def link(self) -> str:
        return _absolute(reverse("predictions:home"))

    def feed_url(self) -> str:
        return _absolute(reverse("predictions:feed"))

    def author_name(self) -> str:
        return "Hindsight"

    def items(self) -> list[Resolution]:
        return _with_evidence(selectors.recently_resolved(limit=FEED_LIMIT))

    def item_title(self, item: Resolution) -> str:
        return _("%(outcome)s: %(claim)s") % {
            "outcome": item.get_outcome_display(),
            "claim": printable(localized(item.prediction, "claim").text),
        }

    def item_description(self, item: Resolution) -> str:
        # Atom1Feed writes <summary type="html">: the text is HTML, so people's words are escaped for it.
        summary = _("%(speaker)s, %(made_on)s. Verdict as of %(as_of)s: %(rationale)s") % {
            "speaker": escape(printable(speaker_name(item.prediction.speaker))),
            "made_on": item.prediction.made_on.isoformat(),
            "as_of": item.as_of.isoformat(),
            "rationale": escape(printable(item.rationale)),
        }
        evidence = _evidence(item)
        if not evidence:
            return summary
        links = format_html_join(
            "",
            '<li><a href="{}">{}</a>{}</li>',
            (
                (piece.url, printable(piece.title), f" — {printable(piece.publisher)}" if piece.publisher else "")
                for piece in evidence
            ),
        )
        return summary + format_html("<p>{}</p><ul>{}</ul>", _("Evidence:"), links)

    def item_extra_kwargs(self, item: Resolution) -> dict[str, Any]:
        return {"evidence": [(printable(piece.url), printable(piece.title)) for piece in _evidence(item)]}

    def item_link(self, item: Resolution) -> str:
        prediction = item.prediction
        return _absolute(reverse("predictions:prediction", args=[prediction.pk, prediction.slug]))

    def item_guid(self, item: Resolution) -> str:
        return _entry_id(item)

    item_guid_is_permalink = False

    def item_pubdate(self, item: Resolution) -> object:
        return item.confirmed_at

    def item_updateddate(self, item: Resolution) -> object:
        return item.confirmed_at

    def item_categories(self, item: Resolution) -> list[str]:
        return [str(item.get_outcome_display())]


class SpeakerResolutionsFeed(ResolutionsFeed):
    """The verdicts on one speaker's predictions."""

    def get_object(self, request: HttpRequest, slug: str) -> Speaker:  # type: ignore[override]
        speaker = selectors.speaker_by_slug(slug)
        if speaker is None:
            raise Http404(_("No speaker has this address."))
        return speaker

    def title(self, obj: Speaker) -> str:  # type: ignore[override]
        return _("Hindsight — resolved predictions by %(speaker)s") % {"speaker": printable(speaker_name(obj))}

    def link(self, obj: Speaker) -> str:  # type: ignore[override]
        return _absolute(reverse("predictions:speaker", args=[obj.slug]))

    def feed_url(self, obj: Speaker) -> str:  # type: ignore[override]
        return _absolute(reverse("predictions:speaker_feed", args=[obj.slug]))

    def items(self, obj: Speaker) -> list[Resolution]:  # type: ignore[override]
        return _with_evidence(selectors.recently_resolved(selectors.public_predictions_of(obj), limit=FEED_LIMIT))
