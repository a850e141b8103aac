"""A rejected row keeps its field errors beside its English reasons, so the window can say them in the
interface's language; with the worker pool as in one process."""

from __future__ import annotations

from tests.services.test_import_pool import import_once, mixed_rows, small_pool  # noqa: F401 (fixture)


def errors(result) -> list:
    return [(r.row, [(e.field, e.template, e.params) for e in r.errors]) for r in result.rejected]


def test_rejected_rows_carry_their_field_errors_with_and_without_workers(tmp_path, small_pool):  # noqa: F811
    path = tmp_path / "mixed.csv"
    path.write_text(mixed_rows(), encoding="utf-8")
    serial, _ = import_once(tmp_path, "serial", path, 1)
    pooled, _ = import_once(tmp_path, "pool", path, 2)
    assert len(small_pool) == 1
    assert errors(serial) == errors(pooled)
    assert any(r.errors for r in serial.rejected)
    for r in serial.rejected:  # the errors are the last reasons, each one of them in the service's words
        assert all(e.template for e in r.errors)
        assert len(r.errors) <= len(r.reasons)
