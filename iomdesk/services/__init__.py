"""Use cases shared by the GUI and the CLI: one function per user action, one transaction each.

Services take a session factory, open one transaction per call and return plain data: ``with
sf.begin() as s:`` to read, ``with write_session(sf) as s:`` (iomdesk.store.db) for anything that
writes, so that two apps on one SQLite file wait their turn instead of failing.
"""
