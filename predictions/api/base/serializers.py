"""The serializer every request body is checked with: no unknown fields, no silent type coercion."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers


def _json_type(field: serializers.Field[Any, Any, Any, Any]) -> tuple[type, ...] | None:
    """The JSON types a field accepts; DRF would otherwise coerce 42 into "42" or "0.5" into 0.5."""
    if isinstance(field, serializers.ManyRelatedField | serializers.ListField | serializers.ListSerializer):
        return (list,)
    if isinstance(field, serializers.Serializer):
        return (dict,)
    if isinstance(field, serializers.BooleanField):
        return (bool,)
    if isinstance(field, serializers.IntegerField | serializers.PrimaryKeyRelatedField):
        return (int,)
    if isinstance(field, serializers.FloatField):
        return (int, float)
    if isinstance(field, serializers.CharField | serializers.ChoiceField | serializers.DateField):
        return (str,)
    return None


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not know and values of the wrong JSON type:
    a typo or a type mix-up is an error, not a silent no-op or coercion."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, dict):
            unknown = sorted(str(name) for name in data if name not in self.fields)
            if unknown:
                raise serializers.ValidationError({name[:100]: ["Unknown field."] for name in unknown[:20]})
            wrong = {}
            for name, value in data.items():
                expected = _json_type(self.fields[name])
                if value is None or expected is None:
                    continue
                if (isinstance(value, bool) and bool not in expected) or not isinstance(value, expected):
                    names = " or ".join(
                        {list: "array", dict: "object", bool: "boolean", int: "number", float: "number", str: "string"}[
                            kind
                        ]
                        for kind in expected
                    )
                    wrong[name] = [f"Expected a JSON {names}."]
            if wrong:
                raise serializers.ValidationError(wrong)
        return super().to_internal_value(data)
