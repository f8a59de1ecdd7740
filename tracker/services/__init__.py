"""The tracker's writes. Import from the modules:

- ``tracker.services.reminders``: the reminder path — ``sweep`` (``reminders_sweep``) →
  ``planning`` (what is owed, recorded once each) → ``sending`` (claim, render with
  ``digests``, send, log; and staff's "send again");
- ``tracker.services.people``: snoozes and reviewers' language preferences;
- ``tracker.services.outbox_relay``: the ledger's outbox rows → webhook deliveries;
- ``tracker.services.webhooks`` (+ ``webhook_http``): endpoints, signed deliveries, retries.
"""
