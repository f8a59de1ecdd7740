"""Admin for integrators' API tokens: issue (shown once), list, revoke.

The admin never sees a token again after creating it: only its prefix and
hash are stored. Issuing goes through ``services.api_token_create``.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from predictions import services
from predictions.models import ApiToken, TokenScope


class ApiTokenCreationForm(forms.ModelForm[ApiToken]):
    scope_choices = forms.MultipleChoiceField(
        label=_("scopes"), choices=TokenScope.choices, widget=forms.CheckboxSelectMultiple
    )
    expires_in_days = forms.IntegerField(
        label=_("expires in (days)"), required=False, min_value=1, max_value=3650, help_text=_("Blank: never.")
    )

    class Meta:
        model = ApiToken
        fields = ["user", "name"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    list_display = ["prefix", "name", "user", "scopes", "created_at", "expires_at", "revoked_at", "last_used_at"]
    list_filter = ["revoked_at", "expires_at"]
    search_fields = ["prefix", "name", "user__username"]
    readonly_fields = ["prefix", "user", "scopes", "created_at", "expires_at", "revoked_at", "last_used_at"]
    fields = ["prefix", "name", "user", "scopes", "created_at", "expires_at", "revoked_at", "last_used_at"]
    actions = ["revoke"]
    autocomplete_fields = ["user"]

    def get_form(self, request: HttpRequest, obj: ApiToken | None = None, change: bool = False, **kwargs: Any) -> Any:
        if obj is None:
            kwargs["form"] = ApiTokenCreationForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: ApiToken | None = None) -> Any:
        if obj is None:
            return ["user", "name", "scope_choices", "expires_in_days"]
        return super().get_fields(request, obj)

    def get_readonly_fields(self, request: HttpRequest, obj: ApiToken | None = None) -> Any:
        return [] if obj is None else self.readonly_fields

    def save_model(self, request: HttpRequest, obj: ApiToken, form: Any, change: bool) -> None:
        if change:
            obj.save(update_fields=["name"])
            return
        try:
            issued = services.api_token_create(
                user=form.cleaned_data["user"],
                scopes=form.cleaned_data["scope_choices"],
                name=form.cleaned_data["name"],
                expires_in_days=form.cleaned_data["expires_in_days"],
            )
        except ValidationError as error:
            messages.error(request, "; ".join(error.messages))
            return
        obj.pk = issued.token.pk
        messages.warning(
            request,
            _("Copy the token now; it is stored only as a hash and will not be shown again: %(token)s")
            % {"token": issued.raw},
        )

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        for token in queryset:
            services.api_token_revoke(token=token)
        messages.success(request, _("%(count)d token(s) revoked.") % {"count": queryset.count()})
