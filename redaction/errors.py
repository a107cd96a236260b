"""Exceptions raised by the redaction package.

The tree, drawn as httpx draws its own::

    RedactionError            root: anything redaction refuses to do
    └── AnalyzerError         the Presidio/spaCy analysis failed or could not be built

The pipeline treats any ``RedactionError`` as "fail closed": the request is refused (503) and
nothing unredacted is forwarded. Messages name the operation and the exception class only, never
the analysed text or a detected value, so they are safe to log and to show.
"""

from __future__ import annotations


class RedactionError(Exception):
    """Root of every error raised by :mod:`redaction`."""


class AnalyzerError(RedactionError):
    """The analyzer could not be built or could not analyse a text.

    It wraps the original exception (``raise ... from exc``) so the cause stays available to
    debuggers, while ``str(error)`` holds no user text.
    """
