"""The ledger of predictions: models, services (writes), selectors (reads), admin, API and pages."""
