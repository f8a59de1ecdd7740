"""Content in the reader's language: Chinese versions of claims, criteria and names, falling back to English.

Quotes are never translated here: they stay in their original language
(``Prediction.quote_language``) and the English translation is shown beside
them, labelled as ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils import translation


def bcp47_tag(code: str) -> str:
    """Django's language code as a BCP 47 tag for ``lang=`` attributes: ``zh-hans`` → ``zh-Hans``."""
    parts = code.split("-")
    tag = [parts[0].lower()]
    for part in parts[1:]:
        tag.append(part.title() if len(part) == 4 else part.upper() if len(part) == 2 else part.lower())
    return "-".join(tag)


def is_chinese() -> bool:
    return (translation.get_language() or "").startswith("zh")


@dataclass(frozen=True)
class Localized:
    text: str
    lang: str  # BCP 47 tag of ``text``

    def __str__(self) -> str:
        return self.text


def localized(obj: Any, field: str) -> Localized:
    """``obj.<field>_zh`` in the Chinese interface when it is filled in, else the English ``obj.<field>``.

    Carries the language of the text it picked, so a page can mark an English
    fallback inside Chinese with ``lang="en"``.
    """
    if is_chinese():
        chinese = getattr(obj, f"{field}_zh", "")
        if chinese:
            return Localized(chinese, "zh-Hans")
    return Localized(getattr(obj, field), "en")


def speaker_name(speaker: Any) -> str:
    """The speaker's name as readers of the interface language know it."""
    original: str = getattr(speaker, "name_original", "") or ""
    if is_chinese() and original:
        return f"{original}（{speaker.name}）"
    return str(speaker.name)
