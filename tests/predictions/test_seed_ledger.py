from __future__ import annotations

import pytest
from django.core.management import call_command

from predictions.models import Prediction, Source


@pytest.mark.django_db
def test_seed_ledger_loads_the_four_forecasts_once(article: None) -> None:
    call_command("seed_ledger", verbosity=0)  # the second run adds nothing

    assert Prediction.objects.count() == 4
    source = Source.objects.get()
    for prediction in Prediction.objects.all():
        assert source.full_text[prediction.quote_start : prediction.quote_end] == prediction.quote
