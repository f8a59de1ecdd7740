"""Set the language of a reviewer's reminder e-mails."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tracker.models import Language
from tracker.services.people import reviewer_language_set


class Command(BaseCommand):
    help = "Choose the language (en or zh-hans) of a reviewer's reminder e-mails."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("language", choices=Language.values)
        parser.add_argument(
            "--if-unset", action="store_true", help="Keep the reviewer's choice if one was made already."
        )

    def handle(self, *args: Any, username: str, language: str, if_unset: bool = False, **options: Any) -> None:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        try:
            preference = reviewer_language_set(user=user, language=language, only_if_unset=if_unset)
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        self.stdout.write(f"{username}: reminder e-mails in {preference.get_language_display()}.")
