"""Files shipped with the app (sample data, icons). Installed as the package ``iomdesk.resources``."""
