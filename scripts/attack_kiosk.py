#!/usr/bin/env python3
"""The review's attacks on the kiosk, replayed against a running service on loopback; prints
figures for docs/reliability.md ("Attacks on the kiosk and the store"). Counts, not speed
goals. Usage: attack_kiosk.py HOST:PORT DATABASE [SECONDS]"""

import http.client
import random
import re
import sqlite3
import string
import sys
import threading
import time
import urllib.parse

host, port = sys.argv[1].split(":")
database = sys.argv[2]
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def connection():
    return http.client.HTTPConnection(host, int(port), timeout=30)


def request(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")


def field(page, name):
    return re.search(r'name="%s" value="([^"]*)"' % name, page).group(1)


def send_request(conn, client):
    status, headers, page = request(conn, "GET", "/uk/appointment?point=praha", headers={"X-Forwarded-For": client})
    cookie = headers["set-cookie"].split(";")[0]
    form = {f: field(page, f) for f in ("csrf", "form_id", "point", "topic")}
    form.update(days="mon", parts="morning", contact="telegram", consent="yes", step="submit")
    status, headers, _ = request(conn, "POST", "/uk/appointment", urllib.parse.urlencode(form), {
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie,
        "X-Forwarded-For": client})
    assert status == 303, status
    return cookie, headers["location"]


def main():
    conn = connection()
    cookie, location = send_request(conn, "198.51.100.1")
    reference = location.split("/")[3].split("?")[0]
    own = request(conn, "GET", location, headers={"Cookie": cookie, "X-Forwarded-For": "198.51.100.1"})[2]
    stranger = request(conn, "GET", location, headers={"X-Forwarded-For": "198.51.100.2"})[2]
    print(f"QR code (an <svg>) on the sender's page: {'<svg' in own}; "
          f"on the same page for a stranger: {'<svg' in stranger}")

    # 1. Lookup flood from one client: random codes over 32 connections at once.
    codes = {}
    sent = [0]
    lock = threading.Lock()
    start = time.monotonic()

    def flood():
        own = connection()
        while time.monotonic() - start < seconds:
            code = "".join(random.choice(ALPHABET) for _ in range(9))
            status = request(own, "GET", f"/uk/appointment/{code}", headers={"X-Forwarded-For": "198.51.100.66"})[0]
            with lock:
                codes[status] = codes.get(status, 0) + 1
                sent[0] += 1

    threads = [threading.Thread(target=flood) for _ in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    sent = sent[0]
    took = time.monotonic() - start
    real = request(conn, "GET", f"/uk/appointment/{reference}", headers={"X-Forwarded-For": "198.51.100.66"})[0]
    other = request(conn, "GET", f"/uk/appointment/{reference}", headers={"X-Forwarded-For": "198.51.100.67"})[0]
    print(f"lookup flood: {sent} lookups in {took:.1f} s ({sent / took:.1f}/s), answers {codes}; "
          f"then the real code from the flooding client: {real}, from another client: {other}")

    # 2. Forged forms from the kiosks' address, then a real one.
    forged = {}
    for _ in range(100):
        status = request(conn, "POST", "/uk/appointment", "point=praha&step=review", {
            "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": "198.51.100.30"})[0]
        forged[status] = forged.get(status, 0) + 1
    try:
        send_request(conn, "198.51.100.30")
        after = "accepted (303)"
    except AssertionError as e:
        after = f"refused ({e})"
    print(f"100 token-less POSTs from the kiosks' address: {forged}; a real form after them: {after}")

    # 3. Search flood over 8 connections: words that exist nowhere; meanwhile a person sends
    # appointment requests.
    searches = [0]
    start = time.monotonic()

    def search_flood():
        own = connection()
        while time.monotonic() - start < seconds:
            word = "zq" + "".join(random.choice(string.ascii_lowercase) for _ in range(8))
            request(own, "GET", f"/uk/search?q={word}", headers={"X-Forwarded-For": "198.51.100.99"})
            with lock:
                searches[0] += 1

    threads = [threading.Thread(target=search_flood) for _ in range(8)]
    for t in threads:
        t.start()
    appointments = []
    person = connection()
    while time.monotonic() - start < seconds - 1:
        appointment_start = time.monotonic()
        send_request(person, "198.51.100.5")
        appointments.append((time.monotonic() - appointment_start) * 1000)
        time.sleep(0.5)
    for t in threads:
        t.join()
    searches = searches[0]
    took = time.monotonic() - start
    appointments.sort()
    appointment_ms = f"{len(appointments)} sent, median {appointments[len(appointments) // 2]:.0f} ms, slowest {appointments[-1]:.0f} ms"
    time.sleep(1)
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    rows, kept = db.execute("SELECT COUNT(*), COUNT(query) FROM search_misses").fetchone()
    print(f"search flood: {searches} searches without result in {took:.1f} s ({searches / took:.1f}/s); "
          f"rows in search_misses: {rows}, of which with words kept: {kept}; "
          f"appointment requests (form + send) during the flood: {appointment_ms}")


main()
