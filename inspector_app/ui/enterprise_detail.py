"""The right-hand pane of the enterprise page: every field of one enterprise.

It only displays an :class:`EnterpriseDetail` it is given; reading the database is the model's
job.  A permit that has expired or expires within 30 days is drawn in red or amber with the
days left, because that is the first thing an officer checks at the gate.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from inspector_app.ui.enterprise_model import permit_note
from inspector_app.ui.enterprise_records import EnterpriseDetail, InspectionSummary

FIELDS = (
    "credit_code",
    "legal_representative",
    "address",
    "region_code",
    "industry",
    "coordinates",
    "permit_no",
    "permit_validity",
    "key_discharge_unit",
    "positive_list",
    "contact_person",
    "contact_phone",
    "inspections",
)


class EnterpriseDetailPane(QScrollArea):
    """Read-only details; ``labels[field]`` holds the value label of each field in FIELDS."""

    def __init__(self, today: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(320)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr("在左侧列表中选择一家企业，这里显示它的全部信息。"))
        self.hint.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        captions = {
            "credit_code": self.tr("统一社会信用代码"),
            "legal_representative": self.tr("法定代表人"),
            "address": self.tr("地址"),
            "region_code": self.tr("行政区划代码"),
            "industry": self.tr("行业"),
            "coordinates": self.tr("经纬度"),
            "permit_no": self.tr("排污许可证编号"),
            "permit_validity": self.tr("许可证有效期"),
            "key_discharge_unit": self.tr("重点排污单位"),
            "positive_list": self.tr("正面清单"),
            "contact_person": self.tr("联系人"),
            "contact_phone": self.tr("联系电话"),
            "inspections": self.tr("最近检查"),
        }
        self.labels: dict[str, QLabel] = {}
        for field in FIELDS:
            value = QLabel()
            # Explicit lines for the permit; everything else wraps to the pane's width.
            value.setWordWrap(field != "permit_validity")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[field] = value
            form.addRow(captions[field], value)
        layout.addWidget(self.form_widget)
        layout.addStretch(1)
        self.setWidget(body)
        self._kinds = {
            "random": self.tr("双随机抽查"),
            "special": self.tr("专项行动"),
            "complaint": self.tr("信访投诉"),
            "recheck": self.tr("复查"),
            "offsite": self.tr("非现场检查"),
        }
        self._statuses = {
            "in_progress": self.tr("进行中"),
            "finished": self.tr("已完成"),
            "superseded": self.tr("已更正"),
        }
        self.show_detail(None)

    def show_detail(self, detail: EnterpriseDetail | None) -> None:
        self.form_widget.setVisible(detail is not None)
        self.hint.setVisible(detail is None)
        if detail is None:
            self.title.setText(self.tr("企业详情"))
            return
        none = self.tr("—")
        self.title.setText(detail.name)
        values = {
            "credit_code": detail.credit_code,
            "legal_representative": detail.legal_representative,
            "address": detail.address,
            "region_code": detail.region_code,
            "industry": detail.industry,
            "coordinates": (
                f"{detail.longitude:.6f}, {detail.latitude:.6f}"
                if detail.longitude is not None and detail.latitude is not None
                else ""
            ),
            "permit_no": detail.permit_no,
            "key_discharge_unit": self._yes_no(detail.key_discharge_unit),
            "positive_list": self._yes_no(detail.positive_list),
            "contact_person": detail.contact_person,
            "contact_phone": detail.contact_phone,
        }
        for field, text in values.items():
            self.labels[field].setText(text or none)
        self._show_permit(detail)
        self._show_inspections(detail.inspections)

    def _yes_no(self, flag: bool) -> str:
        return self.tr("是") if flag else self.tr("否")

    def _show_permit(self, detail: EnterpriseDetail) -> None:
        label = self.labels["permit_validity"]
        start = detail.permit_valid_from.isoformat() if detail.permit_valid_from else "?"
        end = detail.permit_valid_to.isoformat() if detail.permit_valid_to else "?"
        if detail.permit_valid_from is None and detail.permit_valid_to is None:
            label.setText(self.tr("—"))
            label.setStyleSheet("")
            return
        note, color = permit_note(detail.permit_valid_to, self._today())
        text = self.tr("{start} 至 {end}").format(start=start, end=end)
        label.setText(f"{text}\n{note}" if note else text)
        label.setStyleSheet(f"color: {color.name()}; font-weight: bold;" if color else "")

    def _show_inspections(self, inspections: tuple[InspectionSummary, ...]) -> None:
        label = self.labels["inspections"]
        if not inspections:
            label.setText(self.tr("暂无检查记录"))
            return
        lines = []
        for item in inspections:
            when = item.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
            parts = [when, self._kinds.get(item.kind, item.kind)]
            parts.append(self._statuses.get(item.status, item.status))
            if item.place:
                parts.append(item.place)
            lines.append(" · ".join(parts))
        label.setText("\n".join(lines))
