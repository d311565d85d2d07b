"""`inspector cases show` lists the case's flags and `inspector cases package` hands the police
the documents with the inspection's evidence, which checks itself with plain Python."""

import json
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from media_samples import jpeg_bytes

from inspector_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def test_flags_and_police_package(tmp_path: Path, capsys, monkeypatch) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    me = ["--officer", "62010001"]
    monkeypatch.setenv("INSPECTOR_PASSWORD", "lm-62010001")
    run(capsys, *data, "demo")
    admin = ["--officer", "62010006", "--password", "zl-62010006"]
    today = date.today()
    for code in ("filing_approval", "criminal_transfer_letter"):
        for year in {today.year, (today + timedelta(days=3)).year}:
            block = ["numbers", "add-block", *data, *admin, code, "--year", str(year)]
            assert run(capsys, *block, "--first", "1", "--last", "9")[0] == 0
    start = ["--enterprise", "兰州黄河热电", "--checklists", "monitoring", "--with", "62010002"]
    code, inspection, err = run(capsys, "inspections", "start", *data, *me, *start)
    assert code == 0, err
    for i in range(1, 10):
        value, note = ("N", ["--note", "采样管路被稀释"]) if i == 8 else ("Y", [])
        answer = ["inspections", "answer", *data, *me, inspection, f"monitoring/c{i}", value]
        assert run(capsys, *answer, *note)[0] == 0
    card = tmp_path / "card"
    card.mkdir()
    (card / "IMG_0001.JPG").write_bytes(jpeg_bytes())
    run(capsys, "evidence", "import", *data, *me, inspection, str(card), "--item", "monitoring/c8")
    assert run(capsys, "inspections", "finish", *data, *me, inspection)[0] == 0

    def on(days: int) -> list[str]:
        return ["--on", (today + timedelta(days=days)).isoformat()]

    opened = ["cases", "open", *data, *me, "--inspection", inspection, "--violations", "V2"]
    code, case, err = run(capsys, *opened, *on(1))
    assert code == 0, err
    shown = json.loads(run(capsys, "cases", "show", *data, case)[1])
    assert [a["level"] for a in shown["alerts"]] == ["mandatory", "mandatory", "transfer"]
    assert shown["alerts"][1]["step"] == "detention_approve"
    head = {"head": {"text": "同意。", "signer": "赵磊", "on": str(today)}}
    step = ["cases", "step", *data, *me, case]
    assert run(capsys, *step, "file", *on(1), "--document", json.dumps(head))[0] == 0
    letter = {
        "persons": [{"name": "孙某某", "id_number": "62010219800101001X", "position": "主管"}],
        "materials": [{"name": "案件移送书", "pages": 2}],
        "suspected_crime": "污染环境罪",
        "basis": "《行政执法机关移送涉嫌犯罪案件的规定》",
    }
    code, _, err = run(capsys, *step, "criminal_transfer", *on(2), "--document", json.dumps(letter))
    assert code == 0, err

    out = tmp_path / "out"
    package = ["cases", "package", *data, case, "--kind", "criminal", "-o", str(out)]
    code, _, err = run(capsys, *package, "--officer", "")
    assert code == 1 and "--officer" in err  # the export is logged under who made it
    assert run(capsys, *package, *me)[0] == 0
    (archive,) = out.glob("*.zip")
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp_path / "police")
    (folder,) = (tmp_path / "police").iterdir()
    verify = folder / "证据材料" / "verify.py"
    done = subprocess.run([sys.executable, "-I", str(verify)], capture_output=True, text=True)
    assert done.returncode == 0 and "OK: 1 files match" in done.stdout
    bare = ["cases", "package", *data, case, "--kind", "criminal", "-o", str(tmp_path / "bare")]
    assert run(capsys, *bare, "--no-evidence", "--folder")[0] == 0
    assert not list((tmp_path / "bare").rglob("verify.py"))
