"""``/api/v1/webhooks/`` (mounted by ``config.urls``)."""

from __future__ import annotations

from django.urls import path

from tracker.api import views

app_name = "webhooks"

urlpatterns = [
    path("", views.EndpointListView.as_view(), name="endpoint-list"),
    path("<int:pk>/", views.EndpointDetailView.as_view(), name="endpoint-detail"),
    path("<int:pk>/deliveries/", views.DeliveryListView.as_view(), name="delivery-list"),
    path("<int:pk>/ping/", views.PingView.as_view(), name="ping"),
]
