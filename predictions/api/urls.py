"""``/api/v1/`` for the ledger: predictions, resolutions, speakers, sources,
the scoreboard, the export, the OpenAPI schema and its docs. The webhook
endpoints (``/api/v1/webhooks/``) belong to ``tracker`` and are mounted by
``config.urls``; ``api_fallback`` is mounted last so that unknown API URLs
answer JSON."""

from __future__ import annotations

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from predictions.api.base.errors import not_found_view
from predictions.api.views import export, intake, predictions, reference, resolutions

app_name = "api"

urlpatterns = [
    path("predictions/", predictions.PredictionListView.as_view(), name="prediction-list"),
    path("predictions/export.csv", export.PredictionExportView.as_view(), name="prediction-export"),
    path("predictions/<int:pk>/", predictions.PredictionDetailView.as_view(), name="prediction-detail"),
    path("predictions/<int:pk>/resolutions/", resolutions.ResolutionListView.as_view(), name="resolution-list"),
    path(
        "predictions/<int:pk>/resolutions/<int:resolution_pk>/supersede/",
        resolutions.ResolutionSupersedeView.as_view(),
        name="resolution-supersede",
    ),
    path("resolutions/<int:pk>/", resolutions.ResolutionDetailView.as_view(), name="resolution-detail"),
    path("resolutions/<int:pk>/confirm/", resolutions.ResolutionConfirmView.as_view(), name="resolution-confirm"),
    path("resolutions/<int:pk>/reject/", resolutions.ResolutionRejectView.as_view(), name="resolution-reject"),
    path("speakers/", reference.SpeakerListView.as_view(), name="speaker-list"),
    path("speakers/<slug:slug>/", reference.SpeakerDetailView.as_view(), name="speaker-detail"),
    path("sources/", reference.SourceListView.as_view(), name="source-list"),
    path("sources/<int:pk>/", reference.SourceDetailView.as_view(), name="source-detail"),
    path(
        "sources/<int:pk>/forecast-candidates/",
        intake.ForecastCandidateListView.as_view(),
        name="source-forecast-candidates",
    ),
    path(
        "sources/<int:pk>/forecast-candidates/<str:candidate_id>/",
        intake.ForecastCandidateAcceptView.as_view(),
        name="source-forecast-candidate-accept",
    ),
    path("scoreboard/", reference.ScoreboardView.as_view(), name="scoreboard"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api:schema", template_name="predictions/api/swagger_ui.html"),
        name="docs",
    ),
]

api_fallback = [re_path(r"^api/", not_found_view)]
