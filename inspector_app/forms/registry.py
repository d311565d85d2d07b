"""The document types of reference.md §1.2: code → snapshot class, renderer, title, number kind.

Other code (cases, the CLI, the case file) looks a type up here instead of importing document
modules, so adding a document type is one line in ``_TYPES``.  ``number_kind`` names the
sequence a type draws its number from and is also the key of the agency's abbreviation
(``Agency.doc_abbreviations``); ``default_abbreviation`` is used where the agency set none.
Observed abbreviations are 罚, 罚告, 责改 (reference.md §1.5 [S]); the others are [U] defaults
that an agency overrides in its settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from inspector_app.forms import (
    evidence_forms,
    execution,
    hearing,
    investigation,
    measures,
    penalty,
    service,
    transfer,
)
from inspector_app.forms import order as order_forms
from inspector_app.forms.base import DocumentRenderer
from inspector_app.forms.common import refusal
from inspector_app.forms.layout import FormRenderer
from inspector_app.forms.onsite_record import OnsiteRecordRenderer, OnsiteRecordSnapshot
from inspector_app.forms.signed import Resolver
from inspector_app.i18n import Msg, UserError


@dataclass(frozen=True)
class DocumentType:
    code: str
    title: str
    snapshot: type[BaseModel]
    renderer: type[DocumentRenderer]
    number_kind: str | None = None  # None: an internal form or record, not numbered
    default_abbreviation: str = ""

    def build(self, data: dict[str, Any]) -> BaseModel:
        """A checked snapshot; a missing mandatory field is refused with its Chinese name."""
        try:
            return self.snapshot.model_validate(data)
        except ValidationError as exc:
            raise refusal(self.snapshot, exc) from None

    def printed_title(self, snapshot: BaseModel | dict[str, Any]) -> str:
        """The title as printed on this document (a few types word it from their content,
        e.g. 分期缴纳 or a prior notice with hearing rights); the type's title otherwise."""
        try:
            built = self.build(snapshot) if isinstance(snapshot, dict) else snapshot
        except UserError:
            return self.title
        namer = getattr(self.renderer(), "doc_title", None)
        return str(namer(built)) if namer is not None else self.title

    def render(
        self, snapshot: BaseModel | dict[str, Any], resolver: Resolver | None = None
    ) -> bytes:
        """PDF bytes; ``resolver`` reads the signature images of a signed version by hash."""
        if isinstance(snapshot, dict):
            snapshot = self.build(snapshot)
        if not isinstance(snapshot, self.snapshot):
            raise TypeError(f"{self.code} needs a {self.snapshot.__name__}")
        return self.renderer(resolver).render(snapshot)


def _t(module: Any, snap: str, rend: str, kind: str | None = None, abbr: str = "") -> DocumentType:
    renderer: type[FormRenderer] = getattr(module, rend)
    return DocumentType(renderer.code, renderer.title, getattr(module, snap), renderer, kind, abbr)


# In case order (reference.md §1.6), so listings read like the case file.
_TYPES = [
    # Built by inspections/record.py from a finished inspection (the workspace issue).
    DocumentType("onsite_record", "现场检查笔录", OnsiteRecordSnapshot, OnsiteRecordRenderer),
    _t(investigation, "FilingApprovalSnapshot", "FilingApprovalRenderer", "filing", "立"),
    _t(investigation, "InquiryRecordSnapshot", "InquiryRecordRenderer"),
    _t(evidence_forms, "SamplingRecordSnapshot", "SamplingRecordRenderer"),
    _t(evidence_forms, "PreservationSnapshot", "PreservationRenderer", "preservation", "先保"),
    _t(order_forms, "OrderToCorrectSnapshot", "OrderToCorrectRenderer", "order", "责改"),
    _t(measures, "SealingDecisionSnapshot", "SealingDecisionRenderer", "seal", "查封"),
    _t(measures, "SealingListSnapshot", "SealingListRenderer"),
    _t(measures, "SealingExtensionSnapshot", "SealingExtensionRenderer", "seal_extension", "封延"),
    _t(measures, "SealingReleaseSnapshot", "SealingReleaseRenderer", "seal_release", "解封"),
    _t(investigation, "SuspensionApprovalSnapshot", "SuspensionApprovalRenderer"),
    _t(investigation, "InvestigationReportSnapshot", "InvestigationReportRenderer"),
    _t(penalty, "PriorNoticeSnapshot", "PriorNoticeRenderer", "prior_notice", "罚告"),
    _t(investigation, "StatementRecordSnapshot", "StatementRecordRenderer"),
    _t(hearing, "HearingNoticeSnapshot", "HearingNoticeRenderer", "hearing_notice", "听通"),
    _t(hearing, "HearingRecordSnapshot", "HearingRecordRenderer"),
    _t(hearing, "LegalReviewSnapshot", "LegalReviewRenderer"),
    _t(hearing, "DiscussionRecordSnapshot", "DiscussionRecordRenderer"),
    _t(penalty, "PenaltyDecisionSnapshot", "PenaltyDecisionRenderer", "penalty", "罚"),
    _t(penalty, "NoPenaltySnapshot", "NoPenaltyRenderer", "no_penalty", "不罚"),
    _t(penalty, "OnsitePenaltySnapshot", "OnsitePenaltyRenderer", "onsite_penalty", "当罚"),
    _t(measures, "DailyPenaltySnapshot", "DailyPenaltyRenderer", "daily_penalty", "按日罚"),
    _t(measures, "ProductionOrderSnapshot", "ProductionOrderRenderer", "production", "限停"),
    _t(service, "ProofOfServiceSnapshot", "ProofOfServiceRenderer"),
    _t(service, "AddressConfirmationSnapshot", "AddressConfirmationRenderer"),
    _t(execution, "DeferralSnapshot", "DeferralRenderer", "deferral", "缓缴"),
    _t(execution, "ReminderSnapshot", "ReminderRenderer", "reminder", "催告"),
    _t(execution, "EnforcementSnapshot", "EnforcementRenderer", "enforcement", "强执"),
    _t(transfer, "DetentionApprovalSnapshot", "DetentionApprovalRenderer"),
    _t(transfer, "DetentionLetterSnapshot", "DetentionLetterRenderer", "detention", "拘移"),
    _t(transfer, "MaterialsListSnapshot", "DetentionMaterialsRenderer"),
    _t(transfer, "CriminalLetterSnapshot", "CriminalLetterRenderer", "criminal", "刑移"),
    _t(transfer, "MaterialsListSnapshot", "CriminalMaterialsRenderer"),
    _t(investigation, "RecheckRecordSnapshot", "RecheckRecordRenderer"),
    _t(investigation, "ClosingApprovalSnapshot", "ClosingApprovalRenderer"),
]
DOCUMENT_TYPES: dict[str, DocumentType] = {t.code: t for t in _TYPES}


def document_type(code: str) -> DocumentType:
    try:
        return DOCUMENT_TYPES[code]
    except KeyError:
        raise UserError(Msg(f"未知的文书类型：{code}", f"Unknown document type: {code}")) from None


def printed_title(kind: str, snapshot: dict[str, Any]) -> str:
    """The title of any stored document: a form's printed title, or for the sheets the
    inspection and evidence parts render themselves (photo sheet, sampling record) their own,
    so a case that took those sheets in from its inspection can list and package them."""
    known = DOCUMENT_TYPES.get(kind)
    if known is not None:
        return known.printed_title(dict(snapshot))
    from inspector_app.document_list import title_of

    return title_of(kind)


def build_snapshot(code: str, data: dict[str, Any]) -> BaseModel:
    return document_type(code).build(data)


def render_document(
    code: str, snapshot: BaseModel | dict[str, Any], resolver: Resolver | None = None
) -> bytes:
    """PDF bytes for a document of type ``code``; a dict is checked first."""
    return document_type(code).render(snapshot, resolver)


def field_labels(code: str) -> list[tuple[str, str, bool]]:
    """(field name, Chinese label, mandatory) of a type's top-level fields, for forms in the UI."""
    model = document_type(code).snapshot
    return [
        (name, info.title or name, info.is_required()) for name, info in model.model_fields.items()
    ]
