"""A throw-away PostgreSQL server that a test may kill (``pg_ctl stop -m immediate``: no clean shutdown,
like a crash or a pulled cable for the clients) and start again on the same port and data."""

from __future__ import annotations

import subprocess

from tests.pg import TempPostgres


class StoppableServer(TempPostgres):
    def kill(self) -> None:
        subprocess.run(self.prefix + [str(self.pg_ctl), "-D", str(self.dir / "data"), "-m", "immediate", "stop"],
                       check=True, capture_output=True, timeout=60)

    def resume(self) -> None:
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(self.prefix + [str(self.pg_ctl), "-D", str(self.dir / "data"), "-o", opts, "-l",
                                      str(self.dir / "log"), "-w", "start"], check=True, capture_output=True, timeout=120)
