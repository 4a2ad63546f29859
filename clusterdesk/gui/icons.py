"""The application icon (resources/icons)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from clusterdesk.resources_path import resource


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        path = resource("icons", f"clusterdesk-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    svg = resource("icons", "clusterdesk.svg")
    if svg.exists():
        icon.addFile(str(svg))
    return icon
