"""How long a PostgreSQL test database takes to make: migrated by Alembic vs copied from the template
migrated once (tests/pg.py ``new_database(migrated=True)``), then opened as the tests open it.

    python benchmarks/pg_test_databases.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from iomdesk.services.context import AppContext  # noqa: E402
from tests.pg import TempPostgres  # noqa: E402

pg = TempPostgres()
pg.start()
try:
    for migrated in (False, True):
        times = []
        pg.new_database(migrated=True)  # the template made once, outside the timing
        for _ in range(7):
            t0 = time.perf_counter()
            ctx = AppContext.open(pg.new_database(migrated=migrated))
            ctx.close()
            times.append(time.perf_counter() - t0)
        print(f"new database {'from the migrated template' if migrated else 'migrated by Alembic'}: "
              f"median {statistics.median(times)*1000:.0f} ms ({', '.join(f'{t*1000:.0f}' for t in times)})")
finally:
    pg.stop()
