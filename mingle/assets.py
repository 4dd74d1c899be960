"""Where the files shipped with mingle (the demo event) are found."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def asset_path(name: str) -> Path:
    """Path of a shipped asset, from an installed wheel or a source checkout."""
    packaged = resources.files("mingle") / "_assets" / name
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "assets" / name
