"""A reminder gets sent, top-down: ``sweep`` → ``planning`` → ``sending``.

- ``sweep``: what the hourly task and ``manage.py send_due_reminders`` run:
  find what is owed, record it once, send each reviewer's digest;
- ``planning``: the policy (``tracker.policy``) applied to each candidate, and the owed rounds
  recorded exactly once; ``candidates``: what it reads (the due scan); ``rounds``: how it records;
- ``sending``: claim every reviewer's digest (``claims``), then send each (``tracker.channels``)
  and log it; ``digests``: what a digest holds and how it reads;
- ``deliveries``: the digests' writes around SMTP (claimed "sending", then "sent", or released);
- ``recipients``: who hears about a prediction, in which language.
"""
