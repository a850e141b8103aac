"""The whole content of a test database, for before/after comparisons ("nothing was changed")."""

from sqlalchemy import inspect, text


def dump(ctx) -> dict:
    """Every row of every table, as sorted tuples of strings, keyed by table name."""
    out = {}
    with ctx.db.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            out[table] = sorted(tuple(str(v) for v in r) for r in rows)
    return out
