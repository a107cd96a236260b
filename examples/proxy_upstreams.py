"""Governing a service not written in Python: run an upstream, then the proxy in front of it.

    # 1. any OpenAI-compatible or Anthropic-style server (here the example assistant,
    #    which speaks both /v1/chat/completions and /v1/messages):
    .venv/bin/python -m examples.proxy_upstreams --port 9000
    # 2. the governance reverse proxy in front of it:
    .venv/bin/governance serve --upstream http://127.0.0.1:9000 --port 8080
    # 3. point any client at the proxy, e.g. with the official SDKs:
    #    openai.OpenAI(base_url="http://127.0.0.1:8080/v1", api_key=TOKEN)
    #    anthropic.Anthropic(base_url="http://127.0.0.1:8080", auth_token=TOKEN)
"""

from __future__ import annotations

import argparse

import uvicorn

from examples.hr_assistant.app import create_app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9000)
    parser.add_argument("--record", help="Append every text the assistant receives to this "
                        "file (to check that no personal data reached the 'model').")
    parser.add_argument("--chunk-delay", type=float, default=0.02)
    args = parser.parse_args()
    app = create_app(chunk_delay=args.chunk_delay, record_to=args.record)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
