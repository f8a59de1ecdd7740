"""REST API v1 for integrators (mounted at ``/api/v1/`` by ``config.urls``).

Reads are public; writes need an API token with the right scope
(``authentication``, ``permissions``). Lists use keyset pagination
(``pagination``); predictions are built as plain dicts and encoded with orjson
on the hot path (``representations``), with serializers used for input and for
the OpenAPI schema (``serializers``, ``schema``).
"""
