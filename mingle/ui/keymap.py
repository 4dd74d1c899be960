"""The user's own keys: a small TOML file mapping binding ids to keys."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

CONFIG_ENV = "MINGLE_CONFIG_DIR"
KEYMAP_FILE = "keymap.toml"
EXAMPLE = '''# mingle keymap: binding id = key(s). The ids are listed on the help screen (F1).
[keys]
"queue.met" = "M"
"checkin.walk_in" = "ctrl+w"
'''


def config_dir() -> Path:
    """Where mingle's settings live ($MINGLE_CONFIG_DIR, else the platform's config folder)."""
    chosen = os.environ.get(CONFIG_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_config_path

    return user_config_path("mingle", appauthor=False)


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """The keymap from the file (empty when there is none) and problems found in it."""
    path = path or config_dir() / KEYMAP_FILE
    if not path.exists():
        return {}, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, [f"{path}: not read ({exc})"]
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, [f"{path}: [keys] must be a table of binding id = key"]
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, key in keys.items():
        if isinstance(key, str) and key.strip():
            keymap[str(binding_id)] = key.strip()
        else:
            problems.append(f"{path}: the key for {binding_id!r} must be text such as \"ctrl+k\"")
    return keymap, problems
