"""JSON-like data (dicts and lists, as stored or signed) handed to screens read-only, and back.

A frozen dataclass stops a screen from rebinding its fields, not from changing a dict or a
list one of them holds: what the service read would then differ from what the screen shows
without anyone writing it. `read_only` gives such data as read-only views and tuples all the
way down; `plain` turns it back into dicts and lists where it is stored, signed or printed as
JSON (json.dumps refuses a MappingProxyType).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


def read_only(value: object) -> object:
    """`value` with every mapping a read-only view and every list or tuple a tuple, at any
    depth; other values as they are."""
    if isinstance(value, Mapping):
        return MappingProxyType({key: read_only(item) for key, item in value.items()})
    if isinstance(value, list | tuple):
        return tuple(read_only(item) for item in value)
    return value


def plain(value: object) -> object:
    """`value` with every mapping a dict and every tuple or list a list, at any depth: what
    json.dumps takes and what `read_only` was given."""
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value
