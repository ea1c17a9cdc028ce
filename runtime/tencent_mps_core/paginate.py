"""Pagination as data, and the iterators that follow it across pages.

An operation that pages (``x-tc-pagination`` in schema/) names its style and fields; the generated
``iter_*`` methods hand a :class:`Pagination` and the first request to :func:`pages`, which asks
for page after page until the service says there is no more:

- ``scroll-token``: the response's token goes into the next request; an empty or missing token,
  or an empty page, ends the listing;
- ``offset-limit``: the offset advances by the number of items received;
- ``page-number``: the page number advances by one.

Offset and page listings end at an empty or short page, or once ``total`` items were seen. A
listing whose token or offset stops advancing raises SDKError instead of looping forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from .exceptions import SDKError, ValidationError

#: Pages fetched by one listing at most, a guard against a service that never ends a listing.
MAX_PAGES = 100_000


@dataclass(frozen=True, slots=True)
class Pagination:
    """Attribute names (not wire names) of the fields that drive the paging."""

    style: Literal["scroll-token", "offset-limit", "page-number"]
    items: str
    request_token: str | None = None
    response_token: str | None = None
    offset: str | None = None
    limit: str | None = None
    page: str | None = None
    page_size: str | None = None
    total: str | None = None
    max_page_size: int | None = None


class _Cursor:
    """Where the next page starts, and whether there is one."""

    def __init__(self, model: Pagination, request: Any) -> None:
        self.model = model
        self.request = request
        self.seen = 0
        self.pages = 0

    def advance(self, page: Any) -> bool:
        """Take one page; return whether another should be fetched (updating the request)."""
        import attrs  # the request models are attrs classes

        m = self.model
        items = getattr(page, m.items, None) or []
        self.seen += len(items)
        self.pages += 1
        if not items or self.pages >= MAX_PAGES:
            return False
        if m.style == "scroll-token":
            assert m.request_token is not None and m.response_token is not None
            token = getattr(page, m.response_token, None)
            if not token:
                return False
            if token == getattr(self.request, m.request_token, None):
                raise SDKError(
                    f"the listing did not advance: the service sent token {token!r} again"
                )
            self.request = attrs.evolve(self.request, **{m.request_token: token})
            return True
        total = getattr(page, m.total, None) if m.total else None
        if isinstance(total, int) and self.seen >= total:
            return False
        size_field = m.limit if m.style == "offset-limit" else m.page_size
        size = getattr(self.request, size_field, None) if size_field else None
        if isinstance(size, int) and len(items) < size:
            return False
        if m.style == "offset-limit":
            assert m.offset is not None
            offset = (getattr(self.request, m.offset, None) or 0) + len(items)
            self.request = attrs.evolve(self.request, **{m.offset: offset})
        else:
            assert m.page is not None
            number = (getattr(self.request, m.page, None) or 1) + 1
            self.request = attrs.evolve(self.request, **{m.page: number})
        return True


def pages(call: Callable[[Any], Any], request: Any, model: Pagination) -> Iterator[Any]:
    """Every page, fetched one after the other with ``call(request)``."""
    cursor = _Cursor(model, request)
    while True:
        page = call(cursor.request)
        yield page
        if not cursor.advance(page):
            return


def check_sizes(model: Pagination, page_size: object, max_items: object) -> None:
    """Refuse, before anything is sent, a page size or item count a listing cannot use."""
    for name, value, least in (("page_size", page_size, 1), ("max_items", max_items, 0)):
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise ValidationError(f"{name} must be an integer >= {least}, got {value!r}")
    if isinstance(page_size, int) and model.max_page_size and page_size > model.max_page_size:
        raise ValidationError(
            f"page_size must be at most {model.max_page_size} for this action, got {page_size!r}"
        )


def items(
    call: Callable[[Any], Any], request: Any, model: Pagination, max_items: int | None = None
) -> Iterator[Any]:
    """Every item of every page (``model.items`` of each page, in order), at most ``max_items``."""
    if max_items == 0:
        return
    seen = 0
    for page in pages(call, request, model):
        for item in getattr(page, model.items, None) or []:
            yield item
            seen += 1
            if seen == max_items:
                return


async def apages(
    call: Callable[[Any], Awaitable[Any]], request: Any, model: Pagination
) -> AsyncIterator[Any]:
    """:func:`pages` for an async client: ``async for page in ...``."""
    cursor = _Cursor(model, request)
    while True:
        page = await call(cursor.request)
        yield page
        if not cursor.advance(page):
            return


async def aitems(
    call: Callable[[Any], Awaitable[Any]],
    request: Any,
    model: Pagination,
    max_items: int | None = None,
) -> AsyncIterator[Any]:
    """:func:`items` for an async client: ``async for item in ...``."""
    if max_items == 0:
        return
    seen = 0
    async for page in apages(call, request, model):
        for item in getattr(page, model.items, None) or []:
            yield item
            seen += 1
            if seen == max_items:
                return
