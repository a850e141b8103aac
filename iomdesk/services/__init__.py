"""Use cases shared by the GUI and the CLI: one function per user action, one transaction each.

Services take a session factory, open ``with session.begin():`` per call and return plain data.
"""
