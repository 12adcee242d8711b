"""Turn frozen records into JSON-ready dicts and back, following their type hints."""

from __future__ import annotations

import base64
import dataclasses
import json
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_plain(obj: Any) -> Any:
    """Convert a record (or nested records, tuples, dates, bytes) to JSON-ready values."""
    if type(obj) in _SCALARS:  # most leaves: skip the checks below (long id lists, term maps)
        return obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, bytes):
        return base64.b64encode(obj).decode("ascii")
    if isinstance(obj, list | tuple):
        # Scalar items inline (a long story's id list would otherwise cost one call per id).
        return [x if type(x) in _SCALARS else to_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): v if type(v) in _SCALARS else to_plain(v) for k, v in obj.items()}
    return obj


def dumps(obj: Any) -> str:
    """JSON text of a record, compact and stable (sorted keys are not needed: fields keep their order)."""
    return json.dumps(to_plain(obj), ensure_ascii=False, separators=(",", ":"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild a record of type `cls` from `to_plain` output."""
    return typing.cast(T, _convert(cls, data))


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        non_none = [a for a in args if a is not type(None)]
        return _convert(non_none[0], value) if len(non_none) == 1 else value
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = _hints(tp)
        kwargs = {
            f.name: _convert(hints[f.name], value[f.name]) for f in dataclasses.fields(tp) if f.name in value
        }
        return tp(**kwargs)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in value)
        return tuple(_convert(a, v) for a, v in zip(args, value, strict=False))
    if origin is list:
        return [_convert(args[0], v) for v in value]
    if origin is dict:
        return {k: _convert(args[1], v) for k, v in value.items()} if args else dict(value)
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if tp is bytes:
        return base64.b64decode(value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value
