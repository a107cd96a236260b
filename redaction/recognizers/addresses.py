"""STREET_ADDRESS: a number and a street, with the postal code and city when they follow.

French addresses put the street type first ("12 rue de la Paix, 75002 Paris", "3 bis avenue
Jean Jaurès 69007 Lyon"); English ones put it last ("1769 Pine Street", "1732 Martin Luther
King Jr Blvd, Apt 4B") or end on a UK postcode ("150 Kingsway, Manchester M19 2LL"). Both
layouts are registered for both languages, since an English message may quote a French
address. The street name is bounded (a few words, never a common function word), so the span
stops where the address stops rather than running on into the sentence.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.base import DeclarativeRecognizer

_WORD = r"[\w'\u2019\.\-]+"
_CAP_WORD = r"(?-i:[A-ZÀ-Ý][\w'\u2019\-]*)"

_FR_TYPES = (
    r"(?:rue|avenue|av\.|bd|boulevard|place|all[ée]e|impasse|chemin|route|quai|cours"
    r"|square|passage|voie|r[ée]sidence|cit[ée]|lotissement|faubourg|rond-point|sentier"
    r"|esplanade|promenade|hameau|villa|parvis|mont[ée]e|clos)"
)
# Words that end a French street name: the sentence goes on after them.
_FR_STOP = (
    r"(?:et|je|j'|pour|depuis|mais|puis|ou|donc|car|qui|que|qu'|est|sont|avec|dans|en|nous"
    r"|vous|il|elle|on|mon|ma|mes|au|a|à|merci|pouvez|pourriez|svp|ce|cette|c'est)"
)
_FR_CITY = (
    rf"(?:{_CAP_WORD}(?:[ \-](?:(?:sur|sous|en|le|la|les|lès|de|du|des)[ \-])?{_CAP_WORD})*"
    r"|[a-zà-ÿ][\w'\u2019\-]*)(?:\s+cedex(?:\s+\d{1,2})?)?"
)
_FR_ADDRESS = (
    r"(?<![\w])\d{1,4}(?:\s*(?:bis|ter|quater|[A-D](?![\w])))?,?\s+"
    rf"{_FR_TYPES}(?:\s+(?!{_FR_STOP}(?![\w]))[\w'\u2019\-]+){{1,5}}"
    rf"(?:,?\s+\d{{5}}\s+{_FR_CITY})?"
)

_EN_TYPES = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd"
    r"|court|ct|way|place|pl|terrace|close|crescent|square|sq|parkway|pkwy"
    r"|highway|hwy|circle|cir|trail|row|gardens|grove|mews|walk)"
)
_EN_STOP = (
    r"(?:the|on|in|at|for|and|of|to|from|with|days?|weeks?|hours?|years?|months?|minutes?"
    r"|times?|people|employees|i|we|my|our|is|are|was)"
)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_US_STATE_ZIP = r"(?-i:[A-Z]{2})\s+\d{5}(?:-\d{4})?"
_EN_UNIT = r"(?:,?\s+(?:apt\.?|apartment|suite|ste\.?|unit|flat|floor)\s*#?\s*[\w\-]{1,5})"
_EN_TAIL = (
    rf"{_EN_UNIT}?(?:,\s*{_CAP_WORD}(?:\s+{_CAP_WORD})?|,\s*[a-z]+)?"
    rf"(?:,?\s+(?:{_UK_POSTCODE}|{_US_STATE_ZIP}))?"
)
_EN_ADDRESS = (
    rf"(?<![\w])\d{{1,5}}[A-Z]?(?:\s+(?!{_EN_STOP}(?![\w])){_WORD}){{1,4}}?\s+{_EN_TYPES}"
    rf"(?![\w])(?:\s+(?:NW|NE|SW|SE|N|S|E|W)(?![\w]))?{_EN_TAIL}"
)
_EN_POSTCODE_ADDRESS = (
    rf"(?<![\w])\d{{1,5}}(?:\s+{_CAP_WORD}){{1,3}},\s*{_CAP_WORD}(?:\s+{_CAP_WORD})?,?\s+"
    rf"(?:{_UK_POSTCODE}|{_US_STATE_ZIP})(?![\w])"
)


class StreetAddressRecognizer(DeclarativeRecognizer):
    """French and English street addresses."""

    ENTITY = "STREET_ADDRESS"
    PATTERNS = (
        Pattern("FR street address", _FR_ADDRESS, 0.6),
        Pattern("EN street address", _EN_ADDRESS, 0.55),
        Pattern("EN address ending in a postcode", _EN_POSTCODE_ADDRESS, 0.6),
    )
    CONTEXT = ("address", "adresse", "live", "habite", "domicile", "moved", "déménagé")
