"""Strings of Django's own admin templates that its Simplified Chinese catalog (Django 5.2) does not translate.

Marked here so ``makemessages`` extracts them into our catalog, which ``LOCALE_PATHS`` merges over Django's: without
them a Chinese reviewer reads "Error:" above a form's errors and a screen reader says "Model name" in the sidebar.
The admin's JavaScript strings (the two-box filter of topics and reviewers) are in
``locale/zh_Hans/LC_MESSAGES/djangojs.po``, since ``makemessages`` does not scan Django's JavaScript.
``tests/predictions/test_admin_catalog.py`` fails when a Django upgrade brings another untranslated string.
"""

from django.utils.translation import gettext_noop

DJANGO_ADMIN_STRINGS = (
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("Error:"),
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
    gettext_noop("In case you’ve forgotten, you are:"),
)
