"""Every read of the ledger, by subject. Import the modules themselves:

- ``status``: the status rule (open, due, overdue, resolved) in Python and its SQL twin, side by side;
- ``predictions``: the public pages' lists and a public prediction or resolution by id;
- ``history``: a prediction's resolutions and the edits of its public fields;
- ``scoreboard`` and ``track_records``: aggregates counted by the database, scored by ``predictions.scoring``;
- ``prediction_rows``: the API's hot path — named rows from one column list, in SQL and through the ORM;
- ``keyset``: keyset pages (ordering, cursor position) shared by every list.

This ``__init__`` imports nothing: the models import ``status``, and importing
a package runs its ``__init__`` first.
"""
