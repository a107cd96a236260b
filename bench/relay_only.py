"""The proxy's relay without the governance middleware, for ``bench_proxy``'s reference row.

``uvicorn --factory bench.relay_only:app`` with ``BENCH_UPSTREAM`` set: the same relay and client,
uvicorn, uvloop and httptools as ``governance serve``, minus every governance step. The gap
between this row and "redaction off" is what the governance layer itself adds; the gap between
this row and calling the upstream directly is the price of any extra Python HTTP hop.
"""

from __future__ import annotations

import os

from governance.proxy import UpstreamProxy


def app() -> UpstreamProxy:
    # The bench's upstream ignores credentials; forwarding the header (one more line in the
    # request than the governed rows send) keeps this row's request as the client sent it.
    return UpstreamProxy(os.environ["BENCH_UPSTREAM"], forward_authorization=True)
