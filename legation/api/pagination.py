"""Cursor pagination: stable pages while documents are published between two requests, and
no COUNT over the whole archive (DRF's CursorPagination)."""

from rest_framework.pagination import CursorPagination

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


class NewestFirstCursor(CursorPagination):
    ordering = ("-published_at", "-id")
    page_size = PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE


class ByNameCursor(NewestFirstCursor):
    ordering = ("name", "id")
