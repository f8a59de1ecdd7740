"""A reminder gets sent, top-down: ``sweep`` → ``planning`` → ``digests``.

- ``sweep``: what the hourly task and ``manage.py send_due_reminders`` run:
  find what is owed, record it once, send each reviewer's digest;
- ``planning``: the due scan, the policy (``tracker.policy``) applied to each
  candidate, and the owed rounds recorded exactly once;
- ``digests``: one reviewer's digest: claim, render, send (``tracker.channels``), log;
- ``deliveries``: a digest's two writes around SMTP (claimed "sending", then "sent");
- ``recipients``: who hears about a prediction, in which language.
"""
