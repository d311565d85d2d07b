"""Transfers to the police: administrative detention (审批表, 移送书) and suspected crimes.

Evasion of supervision can carry administrative detention that only the police may impose
(环境保护法 Art. 63 / Code Art. 1108), and some violations are crimes (刑法 Art. 338); the
agency sends a letter with a materials list within three days of deciding to transfer
(reference.md T25).  Both transfer kinds share the materials list, titled per kind.
"""

from __future__ import annotations

from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from inspector_app.forms.common import F, Form, Letter, Party, Snap, Text
from inspector_app.forms.investigation import Opinion
from inspector_app.forms.layout import FormRenderer


class Person(Snap):
    name: Text = F("姓名")
    id_number: Text = F("身份证号码")
    position: Text = F("职务")


class Material(Snap):
    name: Text = F("材料名称")
    pages: int = F("页数", ge=1)
    form: str = F("原件/复印件", "复印件")


class DetentionApprovalSnapshot(Form):
    case_number: Text = F("案件编号")
    cause: Text = F("案由")
    party: Party = F("当事人")
    persons: list[Person] = F("拟移送人员", min_length=1)
    facts: Text = F("违法事实")
    basis: Text = F("移送依据")
    police: Text = F("接收移送的公安机关")
    handler: Opinion = F("承办人意见")
    department: Opinion = F("承办机构负责人意见", default_factory=Opinion)
    head: Opinion = F("机关负责人审批意见", default_factory=Opinion)


class DetentionApprovalRenderer(FormRenderer):
    code = "detention_transfer_approval"
    title = "移送涉嫌环境违法适用行政拘留处罚案件审批表"
    renderer_id = "detention_transfer_approval/1"

    def story(self, s: DetentionApprovalSnapshot) -> list[Flowable]:
        persons = "\n".join(
            f"{p.name}（{p.position}，身份证号码 {p.id_number}）" for p in s.persons
        )
        rows: list[tuple[str, object]] = [
            ("案件编号", s.case_number),
            ("案由", s.cause),
            *self.party_rows(s.party),
            ("拟移送人员", persons),
            ("违法事实", s.facts),
            ("移送依据", s.basis),
            ("接收机关", s.police),
        ]
        return [
            *self.head(s),
            self.kv(rows),
            self.approval_chain(s.handler, s.department, s.head),
        ]


class _LetterBase(Letter):
    police: Text = F("接收移送的公安机关")
    party: Party = F("当事人")
    persons: list[Person] = F("涉案人员", min_length=1)
    facts: Text = F("违法事实")
    basis: Text = F("移送依据")
    materials: list[Material] = F("移送材料", min_length=1)
    contact: Text = F("联系人及电话")


class DetentionLetterSnapshot(_LetterBase):
    pass


class CriminalLetterSnapshot(_LetterBase):
    suspected_crime: Text = F("涉嫌罪名")


class _TransferLetterRenderer(FormRenderer):
    request: ClassVar[str] = ""

    def story(self, s: _LetterBase) -> list[Flowable]:
        we = s.agency_short
        persons = "；".join(f"{p.name}，{p.position}，身份证号码{p.id_number}" for p in s.persons)
        out = [*self.head(s), self.addressee(s.police), *self.party_lines(s.party)]
        out += self.para(f"{we}在查处{s.party.name}环境违法案件中发现：{s.facts}")
        out += self.para(f"涉案人员：{persons}。")
        out += self.para(self.request_text(s))
        out += self.para(f"附件：移送材料清单（共{len(s.materials)}项）：")
        out += self.numbered([f"{m.name}（{m.pages}页）" for m in s.materials])
        out += self.para(f"联系人及电话：{s.contact}")
        out.append(self.seal(s.agency_name, s.issued_on))
        return out

    def request_text(self, s: _LetterBase) -> str:
        raise NotImplementedError


class DetentionLetterRenderer(_TransferLetterRenderer):
    code = "detention_transfer_letter"
    title = "移送涉嫌环境违法适用行政拘留处罚案件移送书"
    renderer_id = "detention_transfer_letter/1"

    def request_text(self, s: _LetterBase) -> str:
        return (
            f"上述行为涉嫌违反{s.basis}的规定，依法应当予以行政拘留。根据《行政主管部门移送适用"
            f"行政拘留环境违法案件暂行办法》的规定，现将该案移送你局，请依法处理，并将处理结果书面告知"
            f"{s.agency_short}。"
        )


class CriminalLetterRenderer(_TransferLetterRenderer):
    code = "criminal_transfer_letter"
    title = "涉嫌环境犯罪案件移送书"
    renderer_id = "criminal_transfer_letter/1"

    def request_text(self, s: _LetterBase) -> str:
        assert isinstance(s, CriminalLetterSnapshot)
        return (
            f"上述行为涉嫌{s.suspected_crime}，依据{s.basis}的规定，现将该案移送你局，"
            f"请依法审查并决定是否立案，并将决定书面告知{s.agency_short}。"
        )


class MaterialsListSnapshot(Letter):
    letter_number: Text = F("移送书文号")
    police: Text = F("接收移送的公安机关")
    materials: list[Material] = F("移送材料", min_length=1)
    number: str = F("文书编号", "")  # the list goes with the letter and carries its number


class _MaterialsRenderer(FormRenderer):
    def footer_text(self, snapshot: MaterialsListSnapshot) -> str:
        return f"附于：{snapshot.letter_number}"

    def story(self, s: MaterialsListSnapshot) -> list[Flowable]:
        rows: list[list[object]] = [["序号", "材料名称", "页数", "原件/复印件"]]
        rows += [[str(n), m.name, str(m.pages), m.form] for n, m in enumerate(s.materials, 1)]
        rows.append(["", "合计", str(sum(m.pages for m in s.materials)), ""])
        w = self.content_width
        out = [*self.head(s)]
        out += self.para(f"移送书文号：{s.letter_number}    接收机关：{s.police}", "flush")
        out.append(self.grid(rows, [14 * mm, w - 74 * mm, 24 * mm, 36 * mm], header=True))
        out.append(self.signatures(["移送人", "接收人"]))
        out.append(self.seal(s.agency_name, s.issued_on))
        return out


class DetentionMaterialsRenderer(_MaterialsRenderer):
    code = "detention_transfer_materials"
    title = "移送涉嫌环境违法适用行政拘留处罚案件材料清单"
    renderer_id = "detention_transfer_materials/1"


class CriminalMaterialsRenderer(_MaterialsRenderer):
    code = "criminal_transfer_materials"
    title = "涉嫌环境犯罪案件移送材料清单"
    renderer_id = "criminal_transfer_materials/1"
