"""The public site: pages, feeds, ClaimReview JSON-LD, charts, filters, the page cache and template tags.

Reads come from ``predictions.selectors``; nothing here writes. Templates and
static files stay in ``predictions/templates`` and ``predictions/static`` (the
app's own folders, where Django finds them); the template tags are registered
as the library ``hindsight`` in ``TEMPLATES["OPTIONS"]["libraries"]``.
"""
