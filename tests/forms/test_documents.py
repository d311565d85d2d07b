"""Every document type: renders its mandatory content, refuses a missing field, same bytes."""

from __future__ import annotations

import hashlib
import itertools
import subprocess
import sys
from datetime import date
from typing import Any

import pytest
from pdftext import pdf_text
from pydantic import BaseModel

from inspector_app.forms.amounts import capital_amount
from inspector_app.forms.common import MissingFieldError, cn_date
from inspector_app.forms.registry import DOCUMENT_TYPES, build_snapshot, document_type
from inspector_app.forms.samples import sample
from inspector_app.i18n import UserError

CODES = list(DOCUMENT_TYPES)
SKIP = {"kind", "inspection_id"}  # they select labels or link records; not printed


def expected_strings(model: BaseModel) -> list[str]:
    """What must be legible on paper: mandatory texts and dates, every amount in capitals."""
    out: list[str] = []
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if name in SKIP or value is None:
            continue
        if name.endswith("_fen") and isinstance(value, int):
            if value:  # a zero default (nothing paid yet) need not be printed
                out.append(capital_amount(value))
        elif isinstance(value, BaseModel):
            out += expected_strings(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    out += expected_strings(item)
                elif info.is_required():
                    out.append(str(item))
        elif info.is_required() and isinstance(value, str):
            out.append(value)
        elif info.is_required() and isinstance(value, date):
            out.append(cn_date(value))
    return ["".join(s.split()) for s in out]


def rendered_text(code: str, data: dict[str, Any] | None = None) -> tuple[Any, str]:
    kind = document_type(code)
    snapshot = kind.build(data or sample(code))
    renderer = kind.renderer()
    furniture = (renderer.header_text(snapshot), renderer.footer_text(snapshot))
    return snapshot, pdf_text(kind.render(snapshot), drop=furniture)


@pytest.mark.parametrize("code", CODES)
def test_document_prints_its_mandatory_content(code: str) -> None:
    snapshot, text = rendered_text(code)
    renderer = document_type(code).renderer()
    title = renderer.doc_title(snapshot) if hasattr(renderer, "doc_title") else renderer.title
    assert "".join(title.split()) in text
    assert snapshot.agency_name in text
    missing = [s for s in expected_strings(snapshot) if s not in text]
    assert not missing, missing
    number = getattr(snapshot, "number", "")
    if document_type(code).number_kind:
        assert number and number in text


# The on-site record is built by inspections/record.py from already-checked data; its snapshot
# predates the mandatory-field types, so blank texts are its builder's concern.
REFUSING = [c for c in CODES if c != "onsite_record"]


def _first_mandatory_text(code: str) -> tuple[str, str]:
    model = document_type(code).snapshot
    for name, info in model.model_fields.items():
        if info.is_required() and info.annotation is str and name != "agency_name":
            return name, info.title or name
    raise AssertionError(f"{code} has no mandatory text")


@pytest.mark.parametrize("code", REFUSING)
@pytest.mark.parametrize("how", ["blank", "absent"])
def test_missing_mandatory_field_is_refused_by_name(code: str, how: str) -> None:
    name, label = _first_mandatory_text(code)
    data = sample(code)
    if how == "blank":
        data[name] = "   "
    else:
        data.pop(name, None)
    with pytest.raises(MissingFieldError) as caught:
        build_snapshot(code, data)
    assert caught.value.msg.zh == f"缺少必填项：{label}"
    assert label in caught.value.msg.en and name in caught.value.msg.en


def test_refusals_name_the_field_as_printed() -> None:
    data = sample("penalty_decision")
    data["facts"] = ""
    with pytest.raises(UserError, match="缺少必填项：违法事实"):
        build_snapshot("penalty_decision", data)
    data = sample("penalty_decision")
    data["evidence"] = []
    with pytest.raises(UserError, match=r"缺少必填项：证据$"):
        build_snapshot("penalty_decision", data)
    data = sample("sealing_list")
    data["items"][1]["location"] = ""
    with pytest.raises(UserError, match="缺少必填项：查封（扣押）物品第2项存放地点"):
        build_snapshot("sealing_list", data)
    data = sample("order_to_correct")
    data["party"]["legal_representative"] = ""
    with pytest.raises(UserError, match="缺少必填项：当事人法定代表人（负责人）"):
        build_snapshot("order_to_correct", data)
    data = sample("penalty_decision")
    data["fine_fen"] = None
    with pytest.raises(UserError, match="缺少必填项：处罚种类和金额"):
        build_snapshot("penalty_decision", data)


def test_an_individual_needs_no_legal_representative() -> None:
    data = sample("penalty_decision")
    data["party"] = {
        "kind": "individual",
        "name": "马某",
        "code": "11010519491231002X",
        "address": "兰州市城关区某路1号",
    }
    _, text = rendered_text("penalty_decision", data)
    assert "居民身份证号码：11010519491231002X" in text
    assert "你的上述行为" in text and "你单位的上述行为" not in text


def test_unknown_type_is_a_user_error() -> None:
    with pytest.raises(UserError, match="未知的文书类型"):
        document_type("no_such_form")


@pytest.mark.parametrize("code", ["penalty_decision", "sealing_list", "inquiry_record"])
def test_same_snapshot_same_bytes(code: str) -> None:
    kind = document_type(code)
    first = kind.render(sample(code))
    assert kind.render(kind.build(sample(code))) == first
    assert first.startswith(b"%PDF")


def test_same_bytes_in_a_fresh_process() -> None:
    """Printed paper is re-verified later, in another process: the hash must not drift."""
    script = (
        "import hashlib, sys\n"
        "from inspector_app.forms.registry import render_document\n"
        "from inspector_app.forms.samples import sample\n"
        "sys.stdout.write(hashlib.sha256("
        "render_document('penalty_decision', sample('penalty_decision'))).hexdigest())\n"
    )
    other = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    here = hashlib.sha256(
        document_type("penalty_decision").render(sample("penalty_decision"))
    ).hexdigest()
    assert other == here


def test_every_registered_type_is_complete() -> None:
    for code, kind in DOCUMENT_TYPES.items():
        assert kind.code == code and getattr(kind.renderer, "code", code) == code
        assert kind.title and kind.renderer.renderer_id.startswith(code)
        assert (kind.number_kind is None) == (kind.default_abbreviation == "")
    assert len(DOCUMENT_TYPES) >= 30


def test_no_line_starts_with_closing_punctuation() -> None:
    """避头尾: a comma or closing bracket never begins a printed line (tested on every type)."""
    import re
    import tempfile
    from pathlib import Path

    bad = []
    for code in CODES:
        pdf = document_type(code).render(sample(code))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "d.pdf"
            path.write_bytes(pdf)
            raw = subprocess.run(
                ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
        bad += [
            (code, line) for line in raw.splitlines() if re.match(r"\s*[，。、；：？！）》”]", line)
        ]
    assert not bad, bad


def _lines(para: object) -> list[str]:
    out = []
    for line in para.blPara.lines:  # type: ignore[attr-defined]
        if isinstance(line, tuple):  # single-style paragraph: (extra space, [text])
            out.append("".join(line[1]))
        else:
            out.append("".join(w.text for w in line.words))
    return out


@pytest.mark.parametrize("markup", [False, True])
def test_closing_marks_hang_and_numbers_stay_whole(markup: bool) -> None:
    from reportlab.platypus import Paragraph

    from inspector_app.forms.layout import FormRenderer

    class Probe(FormRenderer):
        title = "测试"

    renderer = Probe()
    style = renderer.styles["letter"]
    filler = "甲" * 60
    for cut in range(20, 45):  # slide "），" and the figure across the line end
        text = filler[:cut] + "（¥123000元），" + filler
        para = Paragraph(f"<b>{text}</b>乙" if markup else text, style)
        para.wrap(renderer.content_width, 1000)
        lines = _lines(para)
        assert "".join(lines) == text + ("乙" if markup else "")
        assert not any(line.startswith(("，", "）")) for line in lines), (cut, lines)
        pairs = itertools.pairwise(lines)
        assert not any(a[-1:].isdigit() and b[:1].isdigit() for a, b in pairs), (cut, lines)
        assert not any(line.endswith("（") for line in lines), (cut, lines)


@pytest.mark.parametrize("code", CODES)
def test_last_page_is_not_a_stray_line(code: str) -> None:
    """The seal block and the receipt stay together; no page carries a lone line."""
    import tempfile
    from pathlib import Path

    kind = document_type(code)
    snapshot = kind.build(sample(code))
    renderer = kind.renderer()
    pdf = renderer.render(snapshot)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.pdf"
        path.write_bytes(pdf)
        pages = pdf.count(b"/Type /Page\n")
        last = subprocess.run(
            ["pdftotext", "-f", str(pages), "-l", str(pages), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    furniture = {renderer.header_text(snapshot), renderer.footer_text(snapshot)}
    kept = [
        line
        for line in last.splitlines()
        if line.strip() and line.strip() not in furniture and "页" not in line
    ]
    body = "".join(kept).replace("_", "")
    assert len(body) >= 40 or pages == 1, body


def test_field_labels_for_the_ui() -> None:
    from inspector_app.forms.registry import field_labels

    labels = {name: (label, required) for name, label, required in field_labels("penalty_decision")}
    assert labels["facts"] == ("违法事实", True)
    assert labels["fine_fen"] == ("罚款金额", False)
    assert labels["agency_short"] == ("机关简称", False)


@pytest.mark.parametrize("code", CODES)
def test_only_embedded_fonts(code: str) -> None:
    """A reviewer's viewer must not substitute fonts: every font in the file is embedded."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.pdf"
        path.write_bytes(document_type(code).render(sample(code)))
        listing = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
    assert listing and all(line.split()[-5] == "yes" for line in listing), listing
