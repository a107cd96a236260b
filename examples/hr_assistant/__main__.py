"""``make demo``: the HR assistant behind GovernanceMiddleware on 127.0.0.1:8000.

HOST and PORT override the address; GOVERNANCE_POLICY the policy file.
"""

from __future__ import annotations

import json
import os
import sys

import uvicorn

from consent import notice_version
from examples.hr_assistant.app import create_app
from governance import GovernanceMiddleware, Policy
from governance.errors import GovernanceError
from governance.keys import KeyStore
from governance.logs import configure_logging
from governance.tokens import issue_token


def main() -> int:
    try:
        policy = Policy.from_file(os.environ.get("GOVERNANCE_POLICY", "governance.toml"))
    except GovernanceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    configure_logging(policy.logging.format, policy.logging.level)
    keys = KeyStore(policy.resolve(policy.storage.keys_dir))
    if keys.init():
        print(f"generated keys in {keys.directory}")
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "8000"))
    app = create_app(chunk_delay=0.02)
    app.add_middleware(GovernanceMiddleware, policy=policy)
    token = issue_token(policy, keys, "alice")
    base = f"http://{host}:{port}"
    decisions = json.dumps({"decisions": [
        {"purpose": p.id, "decision": "grant", "notice_version": notice_version(p)}
        for p in policy.purposes if p.required]})
    print(f"""
HR assistant behind asgi-governance: {base}/  (chat page; paste the token below)

A token for the demo user 'alice' (more users: .venv/bin/governance token --subject bob):
  TOKEN={token}

First give consent (the assistant is a consent-based purpose; the chat page shows the notice):
  curl -s {base}/governance/consent -H "Authorization: Bearer $TOKEN" \\
       -H 'Content-Type: application/json' -d '{decisions}'

curl:
  curl -s {base}/v1/chat/completions -H "Authorization: Bearer $TOKEN" \\
       -H 'Content-Type: application/json' \\
       -d '{{"model":"hr-faq","messages":[{{"role":"user","content":"I am Marie Curie. Payday?"}}]}}'
  (add "stream": true for SSE; look at the Governance-Decision header with curl -i)

openai client (any OpenAI-compatible SDK works the same way):
  .venv/bin/python -c "import openai; c = openai.OpenAI(base_url='{base}/v1', api_key='$TOKEN'); \\
r = c.chat.completions.create(model='hr-faq', \\
    messages=[{{'role': 'user', 'content': 'How many days of leave?'}}]); \\
print(r.choices[0].message.content)"
""", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
