"""Reading and writing CSV, vCard and press releases: pure functions over text and rows."""
