"""What Alembic's autogenerate compares: everything but the hand-written FTS5 search index."""

from typing import Any


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (
        type_ == "table" and (name or "").startswith(("enterprise_fts", "enterprise_search"))
    )
