"""``python manage.py create_api_token USERNAME --scopes write,resolve [--expires-in-days N]``.

Prints the token once; only its hash is stored, so it cannot be shown again.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from predictions.models import TokenScope
from predictions.services import api_token_create


class Command(BaseCommand):
    help = "Create an API token for a user and print it once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--scopes", required=True, help=f"Comma-separated, from: {', '.join(TokenScope.values)}.")
        parser.add_argument("--expires-in-days", type=int, default=None, help="Default: never expires.")
        parser.add_argument("--name", default="", help="What the token is for (shown in the admin).")

    def handle(self, *args: Any, **options: Any) -> None:
        user_model = get_user_model()
        try:
            user = user_model.objects.get(username=options["username"])
        except user_model.DoesNotExist:
            raise CommandError(
                f"No user named {options['username']!r}. Create it first (manage.py createsuperuser or the admin)."
            ) from None
        try:
            issued = api_token_create(
                user=user, scopes=options["scopes"], name=options["name"], expires_in_days=options["expires_in_days"]
            )
        except ValidationError as error:
            messages = [message for field_messages in error.message_dict.values() for message in field_messages]
            raise CommandError(" ".join(messages)) from None
        token = issued.token
        expiry = token.expires_at.isoformat() if token.expires_at else "never"
        self.stderr.write(
            f"Token {token.prefix}… for {user.get_username()} (scopes: {token.scopes}; expires: {expiry}). "
            "It is shown once and stored only as a hash — copy it now:"
        )
        self.stdout.write(issued.raw)
