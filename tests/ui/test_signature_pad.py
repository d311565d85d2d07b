"""The signature pad: strokes drawn with the mouse become a PNG; a refusal needs a witness."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QPoint, Qt

from inspector_app.ui.signature_pad import PNG_SIZE, SignatureDialog


def draw(qtbot, pad, points: list[tuple[int, int]]) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y))
        pad.extend_stroke(QPoint(x, y).toPointF())  # offscreen Qt drops moves without buttons
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def test_a_drawn_signature_becomes_a_png_with_ink(qtbot) -> None:
    dialog = SignatureDialog("当事人签名", "赵强")
    qtbot.addWidget(dialog)
    dialog.resize(640, 360)
    dialog.show()
    assert not dialog.ok.isEnabled()  # nothing signed yet
    draw(qtbot, dialog.pad, [(40, 120), (120, 60), (200, 140), (300, 80)])
    assert dialog.ok.isEnabled()

    result = dialog.result_value()
    assert result.signer == "赵强" and not result.refused
    image = Image.open(io.BytesIO(result.png))
    assert image.size == (PNG_SIZE.width(), PNG_SIZE.height())
    histogram = image.convert("L").histogram()
    dark = sum(histogram[:128])
    assert dark > 200  # a visible line, not a blank page
    assert result.png == dialog.pad.to_png()  # same strokes, same bytes


def test_a_refusal_needs_the_witness_name(qtbot) -> None:
    dialog = SignatureDialog("当事人签名", "赵强")
    qtbot.addWidget(dialog)
    dialog.refused.setChecked(True)
    assert not dialog.ok.isEnabled()
    dialog.witness.setText("张三（村委会）")
    assert dialog.ok.isEnabled()
    result = dialog.result_value()
    assert result.refused and result.png is None and result.witness == "张三（村委会）"


def test_the_officer_role_proposes_the_signed_in_officer_and_cannot_refuse(qtbot) -> None:
    roles = ("party", "officer", "witness", "recorder", "receiver")
    dialog = SignatureDialog("签名", roles=roles, role="party", officer_name="李明")
    qtbot.addWidget(dialog)
    assert dialog.signer.text() == "" and dialog.refused.isEnabled()
    dialog.refused.setChecked(True)
    dialog.role.setCurrentIndex(roles.index("officer"))
    assert dialog.signer.text() == "李明"
    assert not dialog.refused.isEnabled() and not dialog.refused.isChecked()
    dialog.role.setCurrentIndex(roles.index("party"))  # the party's own name is typed
    assert dialog.signer.text() == "" and dialog.refused.isEnabled()
    dialog.signer.setText("周建国")
    dialog.role.setCurrentIndex(roles.index("officer"))
    assert dialog.signer.text() == "周建国"  # what was typed is never overwritten
