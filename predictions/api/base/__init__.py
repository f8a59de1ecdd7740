"""The base both APIs share (``predictions.api``, ``tracker.api``).

Pagination, errors, schema envelopes, the strict serializer, authentication, throttling.
"""
