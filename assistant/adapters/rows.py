"""What the store's mixins (``draft_rows``, ``store_learning``, ``store_mail``) use of
:class:`~.store.Store`: its connection and row helpers, declared here and defined by the store."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any


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
