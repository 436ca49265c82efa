#!/usr/bin/env python3
"""The side load of bench/server_load.sh, while wrk runs comment-check:

* holds IDLE connections open to the server, sending nothing (the server closes an idle
  connection after its header-read timeout; this reopens it at once, so the count stays
  up the whole run, as an attacker's would), and samples how many are open each second;
* sends Akismet submit-ham feedback at RATE per second on one keep-alive connection and
  counts the acknowledged ones (200 and Akismet's "Thanks" text): each was committed to
  the store before its answer, so every one must be found in the database afterwards.

Runs for SECONDS, then prints one JSON object on stdout. Standard library only.
"""

import http.client
import json
import selectors
import socket
import sys
import threading
import time
import urllib.parse

THANKS = "Thanks for making the web a better place."


def hold_idle(host, port, count, stop, samples):
    sel = selectors.DefaultSelector()
    opened = 0

    def open_one():
        nonlocal opened
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect_ex((host, port))
        except OSError:
            s.close()
            return
        sel.register(s, selectors.EVENT_READ)
        opened += 1

    for _ in range(count):
        open_one()
    next_sample = time.monotonic() + 1
    while not stop.is_set():
        for key, _ in sel.select(timeout=0.1):
            s = key.fileobj
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data:
                sel.unregister(s)
                s.close()
                open_one()
        if time.monotonic() >= next_sample:
            # Connected and not yet closed by the server.
            samples.append(len(sel.get_map()))
            next_sample += 1
    for key in list(sel.get_map().values()):
        key.fileobj.close()
    return opened


def feedback(host, port, api_key, rate, stop, result, is_test):
    conn = http.client.HTTPConnection(host, port, timeout=10)
    sent = acked = failed = 0
    interval = 1.0 / rate
    next_at = time.monotonic()
    while not stop.is_set():
        body = urllib.parse.urlencode(
            {
                "api_key": api_key,
                "blog": "https://blog.example",
                "user_ip": "198.51.100.%d" % (sent % 250 + 1),
                "comment_author": "Bench reader",
                "comment_author_email": "reader%d@example.com" % sent,
                "comment_content": "bench feedback %d: thanks, this helped me fix my garden hose" % sent,
                # is_test: stored and acknowledged like any report, but not learned from
                # (tells the cost of the commits from the cost of learning).
                **({"is_test": "1"} if is_test else {}),
            }
        )
        sent += 1
        try:
            conn.request(
                "POST",
                "/1.1/submit-ham",
                body,
                {"Content-Type": "application/x-www-form-urlencoded"},
            )
            r = conn.getresponse()
            text = r.read().decode()
            if r.status == 200 and text == THANKS:
                acked += 1
            else:
                failed += 1
        except (OSError, http.client.HTTPException):
            failed += 1
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=10)
        next_at += interval
        delay = next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    result.update(sent=sent, acked=acked, failed=failed)


def main():
    url, api_key, idle, rate, seconds = sys.argv[1:6]
    is_test = len(sys.argv) > 6 and sys.argv[6] == "test"
    u = urllib.parse.urlparse(url)
    stop = threading.Event()
    samples, fb = [], {}
    opened = {}
    t_idle = threading.Thread(
        target=lambda: opened.update(n=hold_idle(u.hostname, u.port, int(idle), stop, samples))
    )
    t_fb = threading.Thread(
        target=feedback, args=(u.hostname, u.port, api_key, float(rate), stop, fb, is_test)
    )
    t_idle.start()
    t_fb.start()
    time.sleep(float(seconds))
    stop.set()
    t_idle.join()
    t_fb.join()
    print(
        json.dumps(
            {
                "idle_target": int(idle),
                "idle_open_min": min(samples) if samples else 0,
                "idle_open_avg": round(sum(samples) / len(samples)) if samples else 0,
                "idle_connects": opened.get("n", 0),
                "feedback_sent": fb.get("sent", 0),
                "feedback_acked": fb.get("acked", 0),
                "feedback_failed": fb.get("failed", 0),
            }
        )
    )


if __name__ == "__main__":
    main()
