"""The sync protocol: pydantic models that the device and the server both import.

One module, one version number, so the two sides cannot drift apart.  The wire format is JSON
over HTTP; blobs travel separately in chunks.  ``PROTOCOL_VERSION`` goes in every request
(header ``X-Sync-Protocol``); the server refuses a version it does not speak with a message,
instead of misreading the payload.

Shape of a sync (DESIGN.md "Sync", evidence-and-sync.md §3.1):

- push: the device's outbox as (record type, record id, version, payload) changes.  The server
  keeps each (record, version) once: the same payload again is answered as a duplicate (success);
  a different payload under a version it holds is answered as a conflict and kept beside the
  first, never written over it.
- pull: the server numbers every change of reference data, tasks and number blocks; the device
  asks for changes after the last number it applied.
- blobs: "which of these hashes do you lack", then tus-style chunked upload at the offset the
  server reports; the server checks the SHA-256 before it accepts the blob.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, field_validator

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Sync-Protocol"
OFFSET_HEADER = "Upload-Offset"
CHUNK_SHA256_HEADER = "Upload-Chunk-SHA256"
DEFAULT_CHUNK_SIZE = 1024 * 1024
MAX_PUSH_BATCH = 200
MAX_PULL_PAGE = 500

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def check_sha256(value: str) -> str:
    if not _SHA256.match(value):
        raise ValueError("not a lowercase hex SHA-256")
    return value


class Role(StrEnum):
    OFFICER = "officer"
    REVIEWER = "reviewer"
    ADMINISTRATOR = "administrator"


# --- auth -----------------------------------------------------------------------------------


class LoginRequest(BaseModel):
    agency_code: str
    certificate_no: str
    password: str
    device_id: str = Field(description="UUID the device made for itself at first sync")
    device_name: str = ""


class RefreshRequest(BaseModel):
    refresh_token: str


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int
    officer_id: str
    agency_id: str
    role: Role
    device_id: str


# --- push -----------------------------------------------------------------------------------


class Change(BaseModel):
    """One outbox entry: a record as it stood at a device-local version."""

    record_type: str = Field(min_length=1, max_length=40)
    record_id: str = Field(min_length=1, max_length=120)
    version: int = Field(ge=1)
    payload: dict[str, Any] | None = Field(description="the record's columns; None = deleted")


class PushRequest(BaseModel):
    protocol: int = PROTOCOL_VERSION
    changes: list[Change] = Field(max_length=MAX_PUSH_BATCH)


class PushStatus(StrEnum):
    APPLIED = "applied"  # new on the server
    DUPLICATE = "duplicate"  # the server already held exactly this: success
    CONFLICT = "conflict"  # a different payload under a version the server holds: kept as two


class PushResult(BaseModel):
    record_type: str
    record_id: str
    version: int
    status: PushStatus
    server_payload_sha256: str | None = None  # on conflict: which version the server holds


class PushResponse(BaseModel):
    results: list[PushResult]


# --- pull -----------------------------------------------------------------------------------


class ChangeKind(StrEnum):
    AGENCY = "agency"
    ENTERPRISE = "enterprise"
    OFFICER = "officer"
    TEMPLATE = "checklist_template"
    TASK = "task"
    NUMBER_BLOCK = "number_block"
    REFERENCE = "reference"  # law catalogue, discretion tables: stored as data on the device


class ServerChange(BaseModel):
    seq: int
    kind: str  # a ChangeKind value; unknown kinds are kept by the device, not rejected
    key: str
    payload: dict[str, Any] | None  # None = deleted


class PullResponse(BaseModel):
    changes: list[ServerChange]
    last_seq: int = Field(description="give this as `since` next time")
    more: bool


# --- blobs ----------------------------------------------------------------------------------


class MissingRequest(BaseModel):
    hashes: list[str] = Field(max_length=1000)

    @field_validator("hashes")
    @classmethod
    def _hex(cls, values: list[str]) -> list[str]:
        return [check_sha256(v) for v in values]


class MissingResponse(BaseModel):
    missing: list[str]


class UploadStart(BaseModel):
    size: int = Field(ge=0)


class UploadState(BaseModel):
    sha256: str
    size: int
    offset: int
    complete: bool


# --- number blocks --------------------------------------------------------------------------


class LeaseRequest(BaseModel):
    doc_type: str = Field(
        min_length=1,
        max_length=20,
        description="a number kind of the document registry, e.g. penalty",
    )
    year: int = Field(ge=2000, le=2100)
    size: int = Field(default=50, ge=1, le=1000)


class NumberBlock(BaseModel):
    id: str
    doc_type: str
    year: int
    first: int
    last: int
    device_id: str


class ProblemDetail(BaseModel):
    """Every refusal carries both languages so the device can show it as it came."""

    code: str
    zh: str
    en: str
