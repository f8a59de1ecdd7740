"""The clock and everything outbound: reminders to reviewers, the outbox relay, webhooks."""
