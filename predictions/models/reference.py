"""Reference rows the ledger points at: speakers and topics, named and keyed by slug.

Split from ``ledger`` to keep each module short; ``Source`` (also slug-keyed) stays
there with the text it verifies.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from predictions.interface_language import localized, speaker_name
from predictions.models.fields import stamps, text_line, url_field


class SlugManager(models.Manager):
    """Natural keys by slug, so fixtures can refer to rows without ids."""

    def get_by_natural_key(self, slug: str) -> models.Model:
        return self.get(slug=slug)


class SlugKeyed(models.Model):
    """Referred to by its slug: fixtures name it, and it is found by natural key."""

    slug: models.SlugField[str, str]
    objects = SlugManager()

    class Meta:
        abstract = True

    def natural_key(self) -> tuple[str]:
        return (self.slug,)


class Named(SlugKeyed):
    """Listed and shown by its name."""

    name: models.CharField[str, str]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Topic(Named):
    slug = models.SlugField(_("slug"), unique=True)
    name = text_line(_("name"), 100)
    name_zh = text_line(_("name (Chinese)"), 100, blank=True)

    class Meta:
        verbose_name, verbose_name_plural = _("topic"), _("topics")

    def __str__(self) -> str:
        # The admin names a topic by this (the prediction form's topic picker, the list's topic filter): a Chinese
        # reviewer reads its Chinese name where one is filled in, as the public pages show it.
        return localized(self, "name").text


class Speaker(Named):
    name = text_line(_("name"), 200)
    name_original = text_line(_("name in original script"), 200, blank=True, help_text=_("E.g. 山姆·奥尔特曼."))
    slug = models.SlugField(_("slug"), unique=True)
    role = text_line(_("role / affiliation"), 300, blank=True)
    role_zh = text_line(_("role / affiliation (Chinese)"), 300, blank=True)
    link = url_field(_("link"), max_length=500, blank=True)
    created_at, updated_at = stamps()

    history = HistoricalRecords()

    class Meta:
        verbose_name, verbose_name_plural = _("speaker"), _("speakers")

    def __str__(self) -> str:
        # The admin names a speaker by this (the prediction form's picker, lists, filters): a Chinese reviewer reads
        # the name in its original script first, as the public pages show it.
        return speaker_name(self)
