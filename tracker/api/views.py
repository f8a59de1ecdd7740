"""``/api/v1/webhooks/``: integrators manage their endpoints (scope ``webhooks``).

Every operation, reads included, needs a token with the ``webhooks`` scope,
and sees only the endpoints its user owns (another owner's is a 404).
"""

from __future__ import annotations

import functools
from typing import Any

from django.db import transaction
from django.http import HttpResponse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request

from predictions.api.base import (
    ApiError,
    ApiView,
    StrictSerializer,
    api_base,
    errors,
    json_response,
    list_schema,
    page_of,
    paginated_response,
)
from predictions.outbox import EVENT_TYPES
from tracker.models import WebhookDelivery, WebhookEndpoint
from tracker.services import webhooks as service
from tracker.tasks.webhooks import deliver_webhook

S = serializers
ENDPOINT_ERRORS = (400, 401, 403, 404, 429)
# Lists of one's own endpoints and their deliveries: paginated, with the endpoints' errors.
webhook_list_schema = functools.partial(list_schema, error_codes=ENDPOINT_ERRORS)


class EndpointCreateSerializer(StrictSerializer):
    url = S.URLField(max_length=1000)
    events = S.ListField(child=S.ChoiceField(choices=EVENT_TYPES), min_length=1, max_length=len(EVENT_TYPES))
    description = S.CharField(max_length=200, required=False, allow_blank=True)


class EndpointUpdateSerializer(StrictSerializer):
    url = S.URLField(max_length=1000, required=False)
    events = S.ListField(
        child=S.ChoiceField(choices=EVENT_TYPES), min_length=1, max_length=len(EVENT_TYPES), required=False
    )
    description = S.CharField(max_length=200, required=False, allow_blank=True)
    is_active = S.BooleanField(
        required=False,
        help_text="true re-enables a disabled endpoint: it then receives the deliveries it missed "
        "(the last WEBHOOKS_REDELIVER_MISSED_DAYS days), each under its original webhook-id.",
    )


class EndpointDoc(S.Serializer):
    id = S.IntegerField()
    url = S.URLField()
    description = S.CharField()
    events = S.ListField(child=S.ChoiceField(choices=EVENT_TYPES))
    is_active = S.BooleanField()
    disabled_at = S.DateTimeField(allow_null=True)
    disabled_reason = S.CharField()
    consecutive_failures = S.IntegerField()
    failing_since = S.DateTimeField(
        allow_null=True, help_text="Since when every attempt has failed; disabled after WEBHOOKS_DISABLE_AFTER_HOURS."
    )
    created_at = S.DateTimeField()
    deliveries_url = S.URLField()


class EndpointCreatedDoc(EndpointDoc):
    secret = S.CharField(help_text="whsec_… — shown only in this response. Verify signatures with it.")


EndpointPageDoc = page_of(EndpointDoc, "EndpointPageDoc")


class DeliveryDoc(S.Serializer):
    id = S.IntegerField()
    webhook_id = S.CharField(help_text="The webhook-id header; the same on every attempt.")
    event_type = S.CharField()
    state = S.ChoiceField(choices=["pending", "sending", "succeeded", "failed", "cancelled"])
    attempts = S.IntegerField()
    next_attempt_at = S.DateTimeField(allow_null=True)
    last_status_code = S.IntegerField(allow_null=True)
    last_error = S.CharField()
    delivered_at = S.DateTimeField(allow_null=True)
    created_at = S.DateTimeField()


DeliveryPageDoc = page_of(DeliveryDoc, "DeliveryPageDoc")


ENDPOINT_FIELDS = (
    "id", "url", "description", "events", "is_active", "disabled_at", "disabled_reason", "consecutive_failures",
    "failing_since", "created_at",
)  # fmt: skip


def endpoint_body(endpoint: WebhookEndpoint) -> dict[str, Any]:
    """The endpoint as ``EndpointDoc`` documents it (never its secret)."""
    body = {name: getattr(endpoint, name) for name in ENDPOINT_FIELDS}
    return {**body, "deliveries_url": f"{api_base()}webhooks/{endpoint.pk}/deliveries/"}


DELIVERY_FIELDS = (
    "id",
    "webhook_id",
    "event_type",
    "state",
    "attempts",
    "next_attempt_at",
    "last_status_code",
    "last_error",
    "delivered_at",
    "created_at",
)


def delivery_body(row: dict[str, Any]) -> dict[str, Any]:
    body = dict(row)
    if body["state"] not in ("pending", "sending"):
        body["next_attempt_at"] = None
    return body


class WebhookView(ApiView):
    reads_need_scope = True
    required_scopes = {"*": "webhooks"}

    def owned(self, request: Request, pk: int) -> WebhookEndpoint:
        endpoint = WebhookEndpoint.objects.filter(pk=pk, owner=request.user.pk).first()
        if endpoint is None:
            raise ApiError(code="not_found", message="You have no webhook endpoint with this id.", status_code=404)
        return endpoint


class EndpointListView(WebhookView):
    @webhook_list_schema(
        operation_id="webhooks_list", summary="Your webhook endpoints (scope: webhooks)", page=EndpointPageDoc
    )
    def get(self, request: Request) -> HttpResponse:
        def results(rows: list[tuple[int]]) -> list[dict[str, Any]]:
            by_id = WebhookEndpoint.objects.in_bulk([row[0] for row in rows])
            return [endpoint_body(by_id[row[0]]) for row in rows]

        endpoints = WebhookEndpoint.objects.filter(owner=request.user.pk).values_list("id")
        return paginated_response(request, endpoints, ordering="id", results=results)

    @extend_schema(
        operation_id="webhooks_create",
        summary="Register an endpoint; the response shows its signing secret once (scope: webhooks)",
        request=EndpointCreateSerializer,
        responses={201: OpenApiResponse(EndpointCreatedDoc), **errors(*ENDPOINT_ERRORS, 413)},
    )
    def post(self, request: Request) -> HttpResponse:
        serializer = EndpointCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        endpoint = service.webhook_endpoint_register(owner=request.user, **serializer.validated_data)
        body = {**endpoint_body(endpoint), "secret": endpoint.secret}
        return json_response(body, status=201, headers={"Location": f"{api_base()}webhooks/{endpoint.pk}/"})


class EndpointDetailView(WebhookView):
    @extend_schema(
        operation_id="webhooks_retrieve",
        summary="One of your endpoints (scope: webhooks)",
        responses={200: OpenApiResponse(EndpointDoc), **errors(*ENDPOINT_ERRORS)},
    )
    def get(self, request: Request, pk: int) -> HttpResponse:
        return json_response(endpoint_body(self.owned(request, pk)))

    @extend_schema(
        operation_id="webhooks_partial_update",
        summary="Change an endpoint, or re-enable it with is_active=true (scope: webhooks)",
        request=EndpointUpdateSerializer,
        responses={200: OpenApiResponse(EndpointDoc), **errors(*ENDPOINT_ERRORS, 413)},
    )
    def patch(self, request: Request, pk: int) -> HttpResponse:
        endpoint = self.owned(request, pk)
        serializer = EndpointUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        updated = service.webhook_endpoint_update(endpoint=endpoint, changes=dict(serializer.validated_data))
        return json_response(endpoint_body(updated))

    @extend_schema(
        operation_id="webhooks_destroy",
        summary="Delete an endpoint and its delivery log (scope: webhooks)",
        responses={204: OpenApiResponse(description="Deleted."), **errors(*ENDPOINT_ERRORS)},
    )
    def delete(self, request: Request, pk: int) -> HttpResponse:
        service.webhook_endpoint_delete(endpoint=self.owned(request, pk))
        return HttpResponse(status=204)


class DeliveryListView(WebhookView):
    @webhook_list_schema(
        operation_id="webhooks_deliveries_list",
        summary="An endpoint's delivery log, newest first (scope: webhooks)",
        page=DeliveryPageDoc,
    )
    def get(self, request: Request, pk: int) -> HttpResponse:
        endpoint = self.owned(request, pk)
        return paginated_response(
            request,
            WebhookDelivery.objects.filter(endpoint=endpoint).values_list(*DELIVERY_FIELDS),
            ordering="-id",
            results=lambda rows: [delivery_body(dict(zip(DELIVERY_FIELDS, row, strict=True))) for row in rows],
        )


class PingView(WebhookView):
    @extend_schema(
        operation_id="webhooks_ping",
        summary="Queue a signed webhook.ping delivery to the endpoint (scope: webhooks)",
        request=None,
        responses={
            202: OpenApiResponse(DeliveryDoc, description="Queued; see the delivery log."),
            **errors(*ENDPOINT_ERRORS, 409),
        },
    )
    def post(self, request: Request, pk: int) -> HttpResponse:
        endpoint = self.owned(request, pk)
        if not endpoint.is_active:
            raise ApiError(
                code="endpoint_disabled",
                status_code=409,
                message='The endpoint is disabled; re-enable it with PATCH {"is_active": true} first.',
            )
        delivery = service.webhook_ping(endpoint=endpoint)
        transaction.on_commit(lambda: deliver_webhook.delay(delivery.pk), robust=True)
        row = WebhookDelivery.objects.filter(pk=delivery.pk).values(*DELIVERY_FIELDS).get()
        return json_response(delivery_body(row), status=202)
