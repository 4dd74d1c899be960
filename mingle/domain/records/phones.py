"""Phone numbers for telling people apart: parsed with `phonenumbers` to E.164, never by a suffix.

A number written without its country code ("01 23 45 67 89") is read in a default region:
the country of the user's own card phone, else the region of the locale (`LC_ALL`,
`LC_TELEPHONE`, `LANG`), else none. A number that cannot be parsed in that region is kept as
its digits and matches only the identical digit string.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from mingle.domain.records.normalize import normalize_phone

_LOCALE_VARIABLES = ("LC_ALL", "LC_TELEPHONE", "LANG")
_LOCALE_REGION = re.compile(r"^[a-z]{2,3}_([A-Z]{2})\b")


def locale_region(environ: dict[str, str] | None = None) -> str | None:
    """The region of the locale ("fr_FR.UTF-8" -> "FR"); None for "C", "POSIX" or unset."""
    values = os.environ if environ is None else environ
    for variable in _LOCALE_VARIABLES:
        value = values.get(variable, "")
        if value:
            found = _LOCALE_REGION.match(value)
            return found.group(1) if found else None
    return None


def region_of(text: str) -> str | None:
    """The country of an international number ("+33 1 23 45 67 89" -> "FR"), else None."""
    number = _parse(text, None)
    if number is None:
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and region != "ZZ" else None


def default_region(own_phone: str = "", environ: dict[str, str] | None = None) -> str | None:
    """The region numbers without a country code are read in: own card phone, else locale."""
    return region_of(own_phone) or locale_region(environ)


@lru_cache(maxsize=1 << 16)
def phone_key(text: str, region: str | None = None) -> str:
    """The matching key of a number: E.164 (with ";ext=" when it has one), else "#" + digits.

    "" when the text holds no digit at all.
    """
    number = _parse(text, region)
    if number is None:
        digits = normalize_phone(text)
        return f"#{digits}" if digits else ""
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return f"{e164};ext={number.extension}" if number.extension else e164


def same_phone(first: str, second: str, region: str | None = None) -> bool:
    """The same number: equal E.164 forms, or (unparsable) the identical digit string."""
    key = phone_key(first, region)
    return bool(key) and key == phone_key(second, region)


@lru_cache(maxsize=1 << 12)
def shown(text: str, region: str | None = None) -> str:
    """A number as the user reads it in a report: international form, else as typed."""
    number = _parse(text, region)
    if number is None:
        return text.strip()
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def _parse(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    value = text.strip()
    if value[:4].lower() == "tel:":
        value = value[4:]
    if value.startswith("00") and not region:
        value = "+" + value[2:]  # the international prefix of most countries
    try:
        number = phonenumbers.parse(value, region)
    except NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None
