"""The tracker's writes: the outbox relay and webhook deliveries."""
