"""Runs the PyPI `akismet` client (25.10.1) against a running discern serve.

The client hard-codes https://rest.akismet.com, so it gets an httpx.Client whose transport
rewrites every request to the local server, and puts the key in the Host header's first
label (KEY.localhost), Akismet's own convention, which the key-sites call needs because
the client sends no api_key there.

Usage: DISCERN_URL=http://127.0.0.1:PORT DISCERN_KEY=xxxxxxxxxxxx python compat.py
(or `pytest compat.py`).
"""

import os
import sys

import akismet
import httpx

BASE = httpx.URL(os.environ.get("DISCERN_URL", "http://127.0.0.1:8080"))
KEY = os.environ.get("DISCERN_KEY", "")
BLOG = "https://compat-python.example"
HAM = "Thanks for the detailed write-up on pruning roses, I tried it on my garden this weekend and it worked."
SPAM = "WINNER!! cheap viagra pills casino, WIN a FREE iPhone!!! Call 09061701461 now to claim your prize"


class Rewrite(httpx.HTTPTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(scheme=BASE.scheme, host=BASE.host, port=BASE.port)
        request.headers["Host"] = f"{KEY}.localhost:{BASE.port}"
        return super().handle_request(request)


def client(key: str = KEY) -> akismet.SyncClient:
    http = httpx.Client(transport=Rewrite(), headers={"User-Agent": akismet.USER_AGENT})
    return akismet.SyncClient(config=akismet.Config(key=key, url=BLOG), http_client=http)


def test_verify_key():
    assert client().verify_key() is True
    assert client().verify_key("zzzzzzzzzzzz", BLOG) is False


def test_validated_client():
    with akismet.SyncClient.validated_client(
        config=akismet.Config(key=KEY, url=BLOG),
        http_client=httpx.Client(transport=Rewrite()),
    ) as c:
        assert c.comment_check(user_ip="203.0.113.9", comment_content=HAM) == akismet.CheckResponse.HAM


def test_comment_check():
    c = client()
    assert c.comment_check(user_ip="203.0.113.9", comment_content=HAM, comment_author="Rose", user_agent="UA") == akismet.CheckResponse.HAM
    assert c.comment_check(user_ip="203.0.113.9", comment_content=SPAM) in (akismet.CheckResponse.SPAM, akismet.CheckResponse.DISCARD)
    assert c.comment_check(user_ip="203.0.113.9", comment_content=HAM, comment_author="akismet-guaranteed-spam") == akismet.CheckResponse.SPAM
    assert c.comment_check(user_ip="203.0.113.9", comment_content=SPAM, user_role="administrator") == akismet.CheckResponse.HAM
    assert c.comment_check(user_ip="203.0.113.9", comment_content=HAM, is_test=True) == akismet.CheckResponse.HAM


def test_submit():
    c = client()
    assert c.submit_spam(user_ip="203.0.113.9", comment_content="Cheap replica watches, visit my shop") is True
    assert c.submit_ham(user_ip="203.0.113.9", comment_content=HAM) is True


def test_usage_and_key_sites():
    c = client()
    usage = c.usage_limit()
    assert set(usage) == {"limit", "usage", "percentage", "throttled"}
    assert usage["throttled"] is False
    sites = c.key_sites()
    assert {"limit", "offset", "total"} <= set(sites)
    assert c.key_sites(result_format="csv").startswith("Active sites for ")


def test_invalid_key_raises():
    try:
        client("zzzzzzzzzzzz").comment_check(user_ip="1.2.3.4", comment_content=HAM)
    except akismet.APIKeyError:
        return
    raise AssertionError("an invalid key must raise APIKeyError")


if __name__ == "__main__":
    failures = 0
    for name, fn in sorted(globals().items()):
        if name.startswith("test_") and callable(fn):
            try:
                fn()
                print(f"ok   {name}")
            except Exception as e:  # noqa: BLE001 - report every failure, then exit 1
                failures += 1
                print(f"FAIL {name}: {e!r}")
    print(f"{failures} python compatibility check(s) failed" if failures else "all python compatibility checks passed")
    sys.exit(1 if failures else 0)
