"""`inspector sync`: first sign-in with the officer's details, later runs with none."""

from inspector_app.cli import main
from inspector_server.pytest_plugin import PASSWORD, sqlite_only


@sqlite_only
def test_sync_from_the_command_line(agency, tmp_path, capsys) -> None:
    data = str(tmp_path / "laptop")
    first = main(
        [
            "--data-dir",
            data,
            "--lang",
            "en",
            "sync",
            "--server",
            agency.server.url,
            "--agency",
            agency.code,
            "--officer",
            agency.staff["O1"].certificate_no,
            "--password",
            PASSWORD,
            "--lease",
            "penalty_decision:2026:5",
        ]
    )
    output = capsys.readouterr().out
    assert first == 0, output
    assert "Sync done" in output and "Leased numbers penalty 2026 1–5" in output

    assert main(["--data-dir", data, "sync"]) == 0  # the stored sign-in is used
    assert "同步完成" in capsys.readouterr().out

    refused = main(
        [
            "--data-dir",
            str(tmp_path / "other"),
            "--lang",
            "en",
            "sync",
            "--server",
            agency.server.url,
            "--agency",
            agency.code,
            "--officer",
            agency.staff["O1"].certificate_no,
            "--password",
            "wrong-one",
        ]
    )
    assert refused == 1
    assert "password is wrong" in capsys.readouterr().err
