"""``/api/v1/webhooks/``: integrators manage their endpoints (scope ``webhooks``).

Every operation, reads included, needs a token with the ``webhooks`` scope,
and sees only the endpoints its user owns (another owner's is a 404).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpResponse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request

from predictions.api import filters
from predictions.api.errors import ApiError
from predictions.api.pagination import Ordering, decode_cursor, page_link, paginate
from predictions.api.representations import api_base
from predictions.api.schema import errors
from predictions.api.serializers import StrictSerializer
from predictions.api.views.common import ApiView, json_response
from predictions.api.views.predictions import PAGINATION_PARAMETERS
from predictions.outbox import EVENT_TYPES
from tracker.models import WebhookDelivery, WebhookEndpoint
from tracker.services import webhooks as service
from tracker.tasks.webhooks import deliver_webhook

S = serializers
ENDPOINT_ERRORS = (400, 401, 403, 404, 429)


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


class EndpointPageDoc(S.Serializer):
    next = S.URLField(allow_null=True)
    previous = S.URLField(allow_null=True)
    results = EndpointDoc(many=True)


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


class DeliveryPageDoc(S.Serializer):
    next = S.URLField(allow_null=True)
    previous = S.URLField(allow_null=True)
    results = DeliveryDoc(many=True)


def endpoint_body(endpoint: WebhookEndpoint) -> dict[str, Any]:
    return {
        "id": endpoint.pk,
        "url": endpoint.url,
        "description": endpoint.description,
        "events": endpoint.events,
        "is_active": endpoint.is_active,
        "disabled_at": endpoint.disabled_at,
        "disabled_reason": endpoint.disabled_reason,
        "consecutive_failures": endpoint.consecutive_failures,
        "failing_since": endpoint.failing_since,
        "created_at": endpoint.created_at,
        "deliveries_url": f"{api_base()}webhooks/{endpoint.pk}/deliveries/",
    }


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
    @extend_schema(
        operation_id="webhooks_list",
        summary="Your webhook endpoints (scope: webhooks)",
        parameters=PAGINATION_PARAMETERS,
        responses={200: OpenApiResponse(EndpointPageDoc), **errors(*ENDPOINT_ERRORS)},
    )
    def get(self, request: Request) -> HttpResponse:
        params = filters.clean_params(request.GET, filters.PAGINATION_PARAMS)
        ordering = Ordering.parse("id")
        cursor = decode_cursor(params["cursor"], ordering) if "cursor" in params else None
        page = paginate(
            WebhookEndpoint.objects.filter(owner=request.user.pk).values_list("id"),
            ordering=ordering,
            cursor=cursor,
            page_size=filters.parse_page_size(params),
            key_index=None,
        )
        by_id = {item.pk: item for item in WebhookEndpoint.objects.filter(pk__in=[row[0] for row in page.rows])}
        return json_response(
            {
                "next": page_link(request.path, params, page.next_cursor),
                "previous": page_link(request.path, params, page.previous_cursor),
                "results": [endpoint_body(by_id[row[0]]) for row in page.rows],
            }
        )

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
    @extend_schema(
        operation_id="webhooks_deliveries_list",
        summary="An endpoint's delivery log, newest first (scope: webhooks)",
        parameters=PAGINATION_PARAMETERS,
        responses={200: OpenApiResponse(DeliveryPageDoc), **errors(*ENDPOINT_ERRORS)},
    )
    def get(self, request: Request, pk: int) -> HttpResponse:
        endpoint = self.owned(request, pk)
        params = filters.clean_params(request.GET, filters.PAGINATION_PARAMS)
        ordering = Ordering.parse("-id")
        cursor = decode_cursor(params["cursor"], ordering) if "cursor" in params else None
        page = paginate(
            WebhookDelivery.objects.filter(endpoint=endpoint).values_list(*DELIVERY_FIELDS),
            ordering=ordering,
            cursor=cursor,
            page_size=filters.parse_page_size(params),
            key_index=None,
        )
        return json_response(
            {
                "next": page_link(request.path, params, page.next_cursor),
                "previous": page_link(request.path, params, page.previous_cursor),
                "results": [delivery_body(dict(zip(DELIVERY_FIELDS, row, strict=True))) for row in page.rows],
            }
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
