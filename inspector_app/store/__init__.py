"""The offline store: SQLAlchemy 2 models (one module per aggregate), engine and migrations."""

from inspector_app.store.agency import Agency
from inspector_app.store.audit import AuditEvent
from inspector_app.store.base import Base
from inspector_app.store.case import Case, CaseDocument, CaseStep, Signature
from inspector_app.store.checklist import ChecklistTemplate
from inspector_app.store.document import Document
from inspector_app.store.enterprise import Enterprise
from inspector_app.store.evidence import EvidenceItem, EvidenceLink
from inspector_app.store.inspection import (
    Answer,
    Inspection,
    InspectionChecklist,
    InspectionKind,
    InspectionStatus,
)
from inspector_app.store.numbering import IssuedNumber, NumberBlock
from inspector_app.store.officer import Officer, Role
from inspector_app.store.sample import CustodyStep, Sample
from inspector_app.store.sync_state import (
    OutboxEntry,
    PulledItem,
    SyncValue,
    UploadedBlob,
)

# Imported for its side effect: the flush hook that keeps the enterprise search index in step
# with every write, whichever code path makes it.  Without it a CLI import would go unindexed.
from inspector_app.store import search as _search  # noqa: F401  isort: skip

# Also for its flush hook: every change of a synced record lands in the sync outbox.
from inspector_app.store import outbox as _outbox  # noqa: F401  isort: skip

__all__ = [
    "Agency",
    "Answer",
    "AuditEvent",
    "Base",
    "Case",
    "CaseDocument",
    "CaseStep",
    "ChecklistTemplate",
    "CustodyStep",
    "Document",
    "Enterprise",
    "EvidenceItem",
    "EvidenceLink",
    "Inspection",
    "InspectionChecklist",
    "InspectionKind",
    "InspectionStatus",
    "IssuedNumber",
    "NumberBlock",
    "Officer",
    "OutboxEntry",
    "PulledItem",
    "Role",
    "Sample",
    "Signature",
    "SyncValue",
    "UploadedBlob",
]
