"""Writes packaging/windows/iomdesk.ico (the Windows executable's and installer's icon) from the PNG
renderings in resources/ (packaging/make_icon.py makes them): an ICO file whose images are PNGs, as
Windows Vista and later read them. Standard library only; run by build.ps1:

    python packaging/windows/make_ico.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESOURCES = HERE.parent.parent / "resources"
SIZES = (16, 32, 48, 256)


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def make_ico(pngs: list[bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, count
    offset = 6 + 16 * len(pngs)
    entries, images = b"", b""
    for data in pngs:
        width, height = png_size(data)
        # 256 is written as 0 in the one-byte fields
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE / "iomdesk.ico"
    pngs = [(RESOURCES / f"iomdesk-{size}.png").read_bytes() for size in SIZES]
    out.write_bytes(make_ico(pngs))
    print(f"{out}: {out.stat().st_size} bytes, {len(pngs)} sizes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
