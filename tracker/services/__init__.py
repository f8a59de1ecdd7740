"""The tracker's writes. Import from the modules:

- ``tracker.services.reminders.sweep``: the sweep (``reminders_sweep``) and "send again";
- ``tracker.services.reminders.planning``: which reminders are owed, recorded once each;
- ``tracker.services.reminders.digests``: claim a reviewer's reminders and send one digest;
- ``tracker.services.people``: snoozes and reviewers' language preferences;
- ``tracker.services.outbox_relay``: the ledger's outbox rows → webhook deliveries;
- ``tracker.services.webhooks`` (+ ``webhook_http``): endpoints, signed deliveries, retries.
"""
