"""The desktop app. PySide6 is imported only under this package."""
