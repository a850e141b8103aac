"""The main window's controllers: one QObject per concern, owning that concern's slots and state.

The window (``..main_window``) builds the layout, the actions and the menus and connects them here:
``search`` (search as you type, filters, selection), ``contacts`` (new, edit, delete, copy),
``outreach`` (mailto and tel links, BCC batches), ``transfer`` (contact import and export, press
releases, backup, dropped files) and ``undo`` (the undo stack and what an undo refreshes).
"""
