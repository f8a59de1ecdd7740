"""Content in the reader's language: Chinese versions of claims, criteria and names, falling back to English.

Quotes are never translated here: they stay in their original language
(``Prediction.quote_language``) and the English translation is shown beside
them, labelled as ours.
"""

from __future__ import annotations

import datetime

from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext as _

# (Re-exported: the pages import them from here with the rest of their localization.)
from predictions.interface_language import Localized as Localized
from predictions.interface_language import is_chinese as is_chinese
from predictions.interface_language import localized as localized
from predictions.interface_language import speaker_name as speaker_name

# One written style of dates per language on the public pages (docs/decisions.md, issue 13):
# day month year in English, as in the quotes' sources ("30 May 2024"), and the
# standard Chinese form ("2024年5月30日"). Machine-readable dates stay ISO 8601
# (<time datetime>, feeds, the API, date inputs).
DATE_FORMATS = {"en": "j F Y", "zh": "Y年n月j日"}
DATETIME_FORMATS = {"en": "j F Y, H:i", "zh": "Y年n月j日 H:i"}


def bcp47_tag(code: str) -> str:
    """Django's language code as a BCP 47 tag for ``lang=`` attributes: ``zh-hans`` → ``zh-Hans``."""
    parts = code.split("-")
    tag = [parts[0].lower()]
    for part in parts[1:]:
        tag.append(part.title() if len(part) == 4 else part.upper() if len(part) == 2 else part.lower())
    return "-".join(tag)


def public_date(value: datetime.date | datetime.datetime, *, with_time: bool = False) -> str:
    """A date (or a moment, in the site's time zone) as the public pages write it in the current language."""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    elif with_time:
        raise TypeError("a date has no time to show")
    formats = DATETIME_FORMATS if with_time else DATE_FORMATS
    return str(dateformat.format(value, formats["zh" if is_chinese() else "en"]))


# A reason we write in both languages (the seed corrections') carries its Chinese after this marker.
REASON_ZH_MARKER = "\n中文："


def localized_reason(reason: str) -> Localized:
    """A history reason in the reader's language: ``English\\n中文：中文`` is split; others are shown as written."""
    english, marker, chinese = reason.partition(REASON_ZH_MARKER)
    if reason == "Recorded":  # the services' default reason
        return Localized(_("Recorded"), bcp47_tag(translation.get_language() or "en"))
    if reason.startswith("Loaded from fixtures/"):
        return Localized(
            _("Loaded from %(file)s") % {"file": reason.removeprefix("Loaded from ")},
            bcp47_tag(translation.get_language() or "en"),
        )
    if not marker:
        return Localized(reason, "zh-Hans" if _mostly_chinese(reason) else "en")
    if is_chinese():
        return Localized(chinese, "zh-Hans")
    return Localized(english, "en")


def _mostly_chinese(text: str) -> bool:
    han = sum("\u4e00" <= char <= "\u9fff" for char in text)
    return han * 2 > len(text.replace(" ", ""))


def language_name(tag: str) -> str:
    """A BCP 47 tag's language, named in the interface language ("Chinese" / "中文"); the tag when unknown."""
    base = tag.split("-")[0].lower()
    names = {"zh": _("Chinese"), "en": _("English")}
    if base in names:
        return str(names[base])
    try:
        return str(translation.get_language_info(base)["name_translated"])
    except KeyError:
        return tag


def same_language(first: str, second: str) -> bool:
    """Whether two BCP 47 tags name the same language ("zh-Hans" and "zh" do; script and region aside)."""
    return first.split("-")[0].lower() == second.split("-")[0].lower()
