"""The interface's language and the text shown in it: one test of "Chinese now" and one rule for picking a field's
Chinese text, for the public pages (``site.localization`` re-exports them) and for the names models give themselves
in the reviewers' admin (``Topic``, ``Source``, ``Speaker``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils import translation


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
    """The speaker's name as readers of the interface language know it (``name_for_readers``)."""
    return name_for_readers(str(speaker.name), getattr(speaker, "name_original", "") or "", chinese=is_chinese())


def name_for_readers(name: str, original: str, *, chinese: bool) -> str:
    """A speaker's name for readers of Chinese (``chinese``) or English: in Chinese, the name in its original script
    first (山姆·奥尔特曼（Sam Altman）) where one is recorded. For the pages and the admin by the active language;
    for an e-mail by its recipient's."""
    return f"{original}（{name}）" if chinese and original else name
