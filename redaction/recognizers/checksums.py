"""Check-digit algorithms of French identifiers, as pure functions on digit strings.

They are what turns a pattern match into a finding: a random 15-digit number passes the NIR
key one time in 97, a random 14-digit number passes Luhn one time in 10. Every function takes
the value with separators already removed and returns ``False`` (never raises) on malformed
input, so recognizers can call them on any regex match.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]+")
_SEPARATORS = re.compile(r"[\s.\-]")

# La Poste's establishments share one SIREN and do not follow Luhn on the SIRET; INSEE
# validates them with "sum of the digits divisible by 5" instead.
LA_POSTE_SIREN = "356000000"


def compact(value: str) -> str:
    """``value`` without spaces, dots or hyphens, upper-cased (``"2a"`` -> ``"2A"``)."""
    return _SEPARATORS.sub("", value).upper()


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check used by SIREN, SIRET and payment cards."""
    if not _DIGITS.fullmatch(digits):
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def siren_valid(value: str) -> bool:
    """Nine digits passing Luhn."""
    return len(value) == 9 and luhn_valid(value)


def siret_valid(value: str) -> bool:
    """Fourteen digits passing Luhn, or La Poste's digit-sum rule on its own SIREN."""
    if len(value) != 14 or not _DIGITS.fullmatch(value):
        return False
    if value.startswith(LA_POSTE_SIREN) and sum(int(char) for char in value) % 5 == 0:
        return True
    return luhn_valid(value)


def nir_valid(value: str) -> bool:
    """A NIR: 13 characters then a 2-digit key equal to ``97 - (n mod 97)``.

    Corsican departments are written 2A and 2B; INSEE computes the key with them replaced
    by 19 and 18 respectively.
    """
    if len(value) != 15 or not _DIGITS.fullmatch(value[13:]) or value[0] not in "12378":
        return False
    key = nir_key(value[:13])
    return key is not None and key == int(value[13:])


def nir_key(body: str) -> int | None:
    """The key of a 13-character NIR body, or None if the body is malformed."""
    body = body.upper()
    department = {"2A": "19", "2B": "18"}.get(body[5:7], body[5:7])
    body = body[:5] + department + body[7:]
    if len(body) != 13 or not _DIGITS.fullmatch(body):
        return None
    return 97 - int(body) % 97


def iban_valid(value: str) -> bool:
    """ISO 13616 mod-97 check: move the first four characters to the end, letters to numbers."""
    if not 15 <= len(value) <= 34 or not value.isalnum() or not value[:2].isalpha():
        return False
    rearranged = value[4:] + value[:4]
    try:
        number = int("".join(str(int(char, 36)) for char in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


# Letters in a French account number stand for digits (the RIB convention).
_RIB_LETTERS = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789"
)


def rib_valid(value: str) -> bool:
    """A RIB: bank (5) + branch (5) + account (11) + key (2), key = 97 - (89b + 15g + 3c) mod 97."""
    if len(value) != 23:
        return False
    bank, branch, account, key = value[:5], value[5:10], value[10:21], value[21:]
    account = account.upper().translate(_RIB_LETTERS)
    if not all(_DIGITS.fullmatch(part) for part in (bank, branch, account, key)):
        return False
    remainder = (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return 97 - remainder == int(key)
