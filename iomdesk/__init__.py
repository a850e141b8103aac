"""IOM Desk: a desktop directory of media contacts for IOM country offices."""

__version__ = "0.1.0"
APP_NAME = "IOM Desk"
APP_AUTHOR = "IOM"
