"""Reference rows the ledger points at: speakers and topics, named and keyed by slug.

Split from ``ledger`` to keep each module short; ``Source`` (also slug-keyed) stays
there with the text it verifies.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from predictions.text import single_line


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
    name = models.CharField(_("name"), max_length=100, validators=[single_line])
    name_zh = models.CharField(_("name (Chinese)"), max_length=100, blank=True, validators=[single_line])

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Speaker(Named):
    name = models.CharField(_("name"), max_length=200, validators=[single_line])
    name_original = models.CharField(
        _("name in original script"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 山姆·奥尔特曼."),
        validators=[single_line],
    )
    slug = models.SlugField(_("slug"), unique=True)
    role = models.CharField(_("role / affiliation"), max_length=300, blank=True, validators=[single_line])
    role_zh = models.CharField(_("role / affiliation (Chinese)"), max_length=300, blank=True, validators=[single_line])
    link = models.URLField(_("link"), blank=True, max_length=500, validators=[single_line])
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
