"""Public pages. Thin: each view asks a selector and renders a template."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from predictions import selectors


def home(request: HttpRequest) -> HttpResponse:
    predictions = selectors.public_predictions()
    return render(request, "predictions/home.html", {"predictions": predictions})
