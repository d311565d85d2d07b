"""Refusals in both languages: the device shows the server's words as they came."""

from __future__ import annotations

from fastapi import HTTPException


def problem(status: int, code: str, zh: str, en: str) -> HTTPException:
    return HTTPException(status_code=status, detail={"code": code, "zh": zh, "en": en})


def not_found(what_zh: str, what_en: str) -> HTTPException:
    # Another agency's record is "not found", never "forbidden": no hint that it exists.
    return problem(404, "not_found", f"找不到{what_zh}", f"{what_en} not found")


def forbidden_role(role: str) -> HTTPException:
    return problem(
        403, "forbidden", f"此操作需要“{role}”角色", f"This action needs the '{role}' role"
    )
