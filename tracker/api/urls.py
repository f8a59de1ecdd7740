"""``/api/v1/webhooks/`` (mounted by ``config.urls``)."""

from __future__ import annotations

from django.urls import path

from predictions.api.base.routes import resource
from tracker.api import views

app_name = "webhooks"

urlpatterns = [
    *resource("", "endpoint", views.EndpointListView, views.EndpointDetailView),
    path("<int:pk>/deliveries/", views.DeliveryListView.as_view(), name="delivery-list"),
    path("<int:pk>/ping/", views.PingView.as_view(), name="ping"),
]
