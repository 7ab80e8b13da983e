"""What the store's mixins (``draft_rows``, ``store_learning``, ``store_mail``) use of
:class:`~.store.Store`: its connection and row helpers, declared here and defined by the store."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from enum import Enum
from typing import Any

from assistant.adapters.stored_time import iso
from assistant.errors import StoreError


def column_values(
    what: str,
    known: Collection[str],
    fields: Mapping[str, Any],
    own: Callable[[str, Any], Any],
    *,
    json_list: str,
) -> dict[str, Any]:
    """``fields`` as a row's columns: an unknown name refused, ``own`` first for the
    table's own columns, then the ``json_list`` column as JSON, enums by value, times
    as stored (:func:`~.stored_time.iso`)."""
    values: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in known:
            raise StoreError(f"unknown {what} field {key!r}")
        value = own(key, value)
        if key == json_list and not isinstance(value, str):
            value = json.dumps(list(value or ()))
        elif isinstance(value, Enum):
            value = value.value
        elif isinstance(value, datetime | date):
            value = iso(value)
        values[key] = value
    return values


class StoreRows:
    """The base of the store's mixins; :class:`~assistant.adapters.store.Store` defines these."""

    _db: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # Store's

    def _one(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> dict[str, Any] | None:
        raise NotImplementedError  # Store's

    def _all(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        raise NotImplementedError  # Store's

    def _insert(self, table: str, values: Mapping[str, Any]) -> int:
        raise NotImplementedError  # Store's

    def _update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        raise NotImplementedError  # Store's
