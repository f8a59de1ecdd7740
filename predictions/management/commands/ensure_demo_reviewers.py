"""Create the two demo reviewer accounts used to try Hindsight locally."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from predictions.services.reviewers import reviewer_ensure

DEMO_REVIEWERS = [
    {"username": "ada", "email": "ada@reviewers.invalid", "first_name": "Ada", "last_name": "Reviewer"},
    {"username": "bao", "email": "bao@reviewers.invalid", "first_name": "Bao", "last_name": "Reviewer"},
]


class Command(BaseCommand):
    help = (
        "Ensure the demo reviewers 'ada' and 'bao' exist (staff, group Reviewers). "
        "A new account's random password is printed once and stored nowhere."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset-passwords", action="store_true", help="Give both accounts new random passwords and print them."
        )

    def handle(self, *args: Any, reset_passwords: bool = False, **options: Any) -> None:
        login_url = f"{settings.SITE_URL}/admin/login/"
        self.stdout.write(f"Demo reviewers (log in at {login_url}):")
        for details in DEMO_REVIEWERS:
            account = reviewer_ensure(reset_password=reset_passwords, **details)
            name = account.user.get_username()
            if account.password:
                state = "created" if account.created else "new password"
                self.stdout.write(self.style.SUCCESS(f"  {name:<5} password: {account.password}   ({state})"))
            else:
                self.stdout.write(
                    f"  {name:<5} already exists; its password was printed when it was created. "
                    "New ones: make reviewer-passwords"
                )
