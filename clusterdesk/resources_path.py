"""Where the shipped data files are: found through the package, never the current folder."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources`` folder as installed (package data), in a source tree or frozen."""
    root = files("clusterdesk.resources")
    with as_file(root) as path:  # a real folder for installed, editable and frozen layouts
        return Path(path)


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
