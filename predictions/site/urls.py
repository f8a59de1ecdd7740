from __future__ import annotations

from django.urls import path

from predictions.site import views
from predictions.site.feeds import ResolutionsFeed, SpeakerResolutionsFeed

app_name = "predictions"

urlpatterns = [
    path("", views.home, name="home"),
    path("predictions/<int:pk>/", views.prediction_detail, name="prediction_short"),
    path("predictions/<int:pk>/<str:slug>/", views.prediction_detail, name="prediction"),
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker"),
    path("speakers/<slug:slug>/feed/", SpeakerResolutionsFeed(), name="speaker_feed"),
    path("feeds/resolutions/", ResolutionsFeed(), name="feed"),
    path("methodology/", views.methodology, name="methodology"),
    path("favicon.ico", views.favicon, name="favicon"),
]
