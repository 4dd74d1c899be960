"""The themes mingle offers, with every text colour made to reach 4.5:1 (WCAG AA).

Textual's own themes keep their colours; only the variables used for text (`$text-primary`,
`$text-muted`, the footer's keys, the list cursor…) are darkened (light themes) or lightened
(dark ones) until they reach the ratio on every background a screen uses. The test
tests/ui/test_contrast.py measures the screens themselves.
"""

from __future__ import annotations

from dataclasses import replace

from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme

OFFERED = ("textual-dark", "textual-light")
TARGET = 4.8  # a little above 4.5: terminals round colours
TEXT_VARIABLES = ("text-primary", "text-secondary", "text-accent", "text-warning",
                  "text-success", "text-error", "text-muted", "footer-key-foreground",
                  "footer-description-foreground", "foreground")
BACKGROUNDS = ("background", "surface", "panel", "footer-background")


def luminance(color: Color) -> float:
    """WCAG relative luminance."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _readable(color: Color, backgrounds: list[Color], dark: bool) -> Color:
    """The colour moved towards white (dark themes) or black until it reads on every ground."""
    for _ in range(60):
        if min(contrast(color, ground) for ground in backgrounds) >= TARGET:
            break
        color = color.lighten(0.02) if dark else color.darken(0.02)
    return color


def readable_theme(theme: Theme) -> Theme:
    """The theme with its text variables adjusted to reach the target contrast."""
    variables = theme.to_color_system().generate()
    base = Color.parse(variables["background"])
    grounds = [base + Color.parse(variables[name]) for name in BACKGROUNDS]
    grounds.append(grounds[0] + Color.parse(variables["boost"]))  # inputs, boosted panels
    changes: dict[str, str] = {}
    for name in TEXT_VARIABLES:
        value = variables.get(name, "")
        if value.startswith("auto"):  # "auto 60%": the foreground, faded
            alpha = float(value.split()[1].rstrip("%")) / 100 if " " in value else 0.87
            color = base.blend(Color.parse(variables["foreground"]), alpha)
        else:
            color = base + Color.parse(value)
        changes[name] = _readable(color, grounds, theme.dark).hex
    # The highlighted row: the theme's own cursor colour, deepened under light text.
    cursor = Color.parse(variables["block-cursor-background"])
    text = Color.parse(variables["foreground"]) if theme.dark else Color.parse("#ffffff")
    for _ in range(60):
        if contrast(cursor, text) >= TARGET:
            break
        cursor = cursor.darken(0.02)
    changes["block-cursor-background"] = cursor.hex
    changes["block-cursor-foreground"] = text.hex
    changes["button-color-foreground"] = text.hex
    return replace(theme, variables={**theme.variables, **changes})


def offered_themes() -> list[Theme]:
    """mingle's versions of the themes it offers (same names as Textual's)."""
    return [readable_theme(BUILTIN_THEMES[name]) for name in OFFERED]
