"""Words and times for inspections as screens show them (documents have their own, in Chinese)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from inspector_app.store import InspectionKind, InspectionStatus


def kind_label(kind: InspectionKind) -> str:
    labels = {
        InspectionKind.RANDOM: QCoreApplication.translate("InspectionLabels", "双随机抽查"),
        InspectionKind.SPECIAL: QCoreApplication.translate("InspectionLabels", "专项行动"),
        InspectionKind.COMPLAINT: QCoreApplication.translate("InspectionLabels", "信访投诉"),
        InspectionKind.RECHECK: QCoreApplication.translate("InspectionLabels", "跟踪复查"),
        InspectionKind.OFFSITE: QCoreApplication.translate(
            "InspectionLabels", "非现场检查（正面清单）"
        ),
    }
    return labels[kind]


def status_label(status: InspectionStatus) -> str:
    labels = {
        InspectionStatus.IN_PROGRESS: QCoreApplication.translate("InspectionLabels", "进行中"),
        InspectionStatus.FINISHED: QCoreApplication.translate("InspectionLabels", "已结束"),
        InspectionStatus.SUPERSEDED: QCoreApplication.translate(
            "InspectionLabels", "已被更正版本取代"
        ),
    }
    return labels[status]


def local_time(moment: datetime | None) -> str:
    """The laptop's local time, to the minute (stored times are UTC)."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""
