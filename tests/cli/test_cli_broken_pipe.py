"""Output piped into a command that stops reading early (``iomdesk changes 12 | head``): the command stops
quietly, with no "error: [Errno 32] Broken pipe" line on the terminal."""

from __future__ import annotations

import io
import sys

from iomdesk.app import main
from iomdesk.core.contact import ContactInput
from iomdesk.services.context import AppContext


class ClosedEarly(io.StringIO):
    """A pipe whose reader went away after the first few lines."""

    def write(self, text: str) -> int:
        if self.tell() + len(text) > 200:
            raise BrokenPipeError(32, "Broken pipe")
        return super().write(text)


def test_output_into_a_pipe_closed_early_stops_quietly(db_path, monkeypatch, capsys):
    ctx = AppContext.open(str(db_path))
    for i in range(40):
        ctx.contacts.add(ContactInput(name=f"Ana Kovač {i}", office="IOM Croatia"))
    ctx.close()
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", ClosedEarly())
    code = main(["--db", str(db_path), "search", "ana", "--limit", "40"])
    err = capsys.readouterr().err
    assert "Broken pipe" not in err and "error" not in err
    assert code != 0
