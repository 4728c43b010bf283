#!/usr/bin/env python3
"""Walks requests through nginx in front of `navrat serve` (called by scripts/test-nginx).

Usage: nginx_walk.py HTTPS_PORT HTTP_PORT CA_FILE ACCESS_LOG STAFF_PASSWORD

Clients are told apart by their source address on loopback: 127.0.0.2 is the staff network
(the test's `allow`), 127.0.0.1 and 127.0.0.3 are kiosks elsewhere. Exits 1 with one line per
failed expectation.
"""

import http.client
import re
import socket
import ssl
import sys
import time
import urllib.parse

HTTPS_PORT, HTTP_PORT, CA_FILE, ACCESS_LOG, PASSWORD = sys.argv[1:6]
KIOSK = "kiosk.navrat.example"
WORKSPACE = "workspace.navrat.example"
STAFF, KIOSK_A, KIOSK_B = "127.0.0.2", "127.0.0.1", "127.0.0.3"

failures = []


def expect(condition, what):
    print(("  ok: " if condition else "  FAILED: ") + what)
    if not condition:
        failures.append(what)


class Answer:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def cookie(self, name):
        for key, value in self.headers:
            if key.lower() == "set-cookie" and value.startswith(name + "="):
                return value
        return None

    def header(self, name):
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


def request(name, method, path, source, body=None, headers=None, tls=True):
    """One request to nginx for host `name`, from loopback address `source`."""
    context = ssl.create_default_context(cafile=CA_FILE)
    port = int(HTTPS_PORT if tls else HTTP_PORT)
    raw = socket.create_connection(("127.0.0.1", port), timeout=30, source_address=(source, 0))
    if tls:
        sock = context.wrap_socket(raw, server_hostname=name)
    else:
        sock = raw
    conn = http.client.HTTPConnection(name, port, timeout=30)
    conn.sock = sock
    all_headers = {"Host": name, "User-Agent": "navrat-nginx-test"}
    if body is not None:
        all_headers["Content-Type"] = "application/x-www-form-urlencoded"
    all_headers.update(headers or {})
    conn.request(method, path, body=body, headers=all_headers)
    answer = conn.getresponse()
    result = Answer(answer.status, answer.getheaders(), answer.read().decode("utf-8", "replace"))
    conn.close()
    return result


def hidden_fields(html):
    """The inputs of the page's form that carries an anti-forgery token, as a browser sends them."""
    for form in re.findall(r"<form\b.*?</form>", html, re.S):
        if 'name="csrf"' not in form:
            continue
        fields = []
        for tag in re.findall(r"<input\b[^>]*>", form):
            name = re.search(r'name="([^"]*)"', tag)
            value = re.search(r'value="([^"]*)"', tag)
            kind = re.search(r'type="([^"]*)"', tag)
            if name and kind and kind.group(1) == "hidden":
                fields.append((name.group(1), value.group(1) if value else ""))
        buttons = re.findall(r'<button\b[^>]*name="([^"]*)"[^>]*value="([^"]*)"', form)
        action = re.search(r'action="([^"]*)"', form)
        return fields, buttons, action.group(1) if action else None
    return None, None, None


def unescape(text):
    return text.replace("&amp;", "&").replace("&#x2F;", "/").replace("&#x3D;", "=")


def shows_reference(html, code):
    """Whether the page shows reference `code`, however it is grouped for reading."""
    return re.search(r"[\s-]?".join(map(re.escape, code)), html) is not None


def cookie_pair(set_cookie):
    return set_cookie.split(";", 1)[0]


def review(source, forwarded_for=None):
    """A whole appointment form sent to its review step from `source`; nginx's answer."""
    page = request(KIOSK, "GET", "/uk/appointment?point=praha", source)
    cookie = cookie_pair(page.cookie("navrat_form"))
    fields, _, _ = hidden_fields(page.body)
    fields = [(k, unescape(v)) for k, v in fields if k in ("csrf", "form_id", "point", "topic")]
    fields += [("days", "mon"), ("parts", "morning"), ("contact", "return"), ("consent", "yes")]
    fields.append(("step", "review"))
    headers = {"Cookie": cookie}
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    answer = request(KIOSK, "POST", "/uk/appointment", source, urllib.parse.urlencode(fields), headers)
    return answer, cookie, fields


print("== the kiosk through nginx")
home = request(KIOSK, "GET", "/", KIOSK_A)
expect(home.status == 200 and "Čeština" in home.body, "the language picker over https (verified certificate)")
expect((home.header("Strict-Transport-Security") or "").startswith("max-age="), "HSTS on the kiosk")
plain = request(KIOSK, "GET", "/uk/", KIOSK_A, tls=False)
expect(plain.status == 301 and plain.header("Location") == f"https://{KIOSK}/uk/", "plain http is sent to https")

answer, cookie, fields = review(KIOSK_A)
expect(answer.status == 303, f"the appointment form posted with its token and cookie goes to review ({answer.status})")
location = answer.header("Location") or ""
page = request(KIOSK, "GET", location, KIOSK_A, headers={"Cookie": cookie})
expect(page.status == 200, "the review page")
send_fields, buttons, action = hidden_fields(page.body)
expect(send_fields is not None and action, "the review page has the form that sends the request")
send_fields = [(k, unescape(v)) for k, v in (send_fields or [])] + [b for b in buttons if b[0] == "step"]
sent = request(KIOSK, "POST", unescape(action or "/uk/appointment"), KIOSK_A,
               urllib.parse.urlencode(send_fields), {"Cookie": cookie})
expect(sent.status == 303, f"the request is sent ({sent.status})")
confirmation_path = sent.header("Location") or ""
confirmation = request(KIOSK, "GET", confirmation_path, KIOSK_A, headers={"Cookie": cookie})
reference = re.search(r"/uk/appointment/([A-Z0-9-]+)", confirmation_path)
expect(confirmation.status == 200 and reference is not None,
       f"the confirmation page with its reference ({confirmation_path})")
if reference:
    status = request(KIOSK, "GET", f"/uk/appointment/{reference.group(1)}", KIOSK_B)
    expect(status.status == 200 and shows_reference(status.body, reference.group(1)),
           f"the request's status page from another kiosk ({status.status})")

forged = request(KIOSK, "POST", "/uk/appointment", KIOSK_A, urllib.parse.urlencode(fields))
expect(forged.status in (400, 403), f"the same form without its cookie is refused ({forged.status})")
too_big = request(KIOSK, "POST", "/uk/appointment", KIOSK_A, "a=" + "x" * 20000, {"Cookie": cookie})
expect(too_big.status == 413, f"a 20 KB form ends at nginx ({too_big.status})")

print("== the trusted proxy: each kiosk has its own form limit, a forged X-Forwarded-For does not help")
accepted = 0
for _ in range(40):
    answer, _, _ = review(KIOSK_A)
    if answer.status != 303:
        break
    accepted += 1
expect(answer.status == 429, f"kiosk A reaches its limit after {accepted} more forms ({answer.status})")
forged_client, _, _ = review(KIOSK_A, forwarded_for="127.0.0.9")
expect(forged_client.status == 429, f"kiosk A claiming another address in X-Forwarded-For is still limited ({forged_client.status})")
other, _, _ = review(KIOSK_B)
expect(other.status == 303, f"kiosk B, behind the same nginx, still sends its form ({other.status})")

print("== the workspace: only from the staff network")
staff = request(WORKSPACE, "GET", "/login", STAFF)
expect(staff.status == 200 and 'type="password"' in staff.body, "the sign-in page from the staff network")
for source, extra, what in [
    (KIOSK_A, {}, "from a kiosk's address"),
    (KIOSK_A, {"X-Forwarded-For": STAFF, "X-Real-IP": STAFF}, "from a kiosk's address claiming the staff's"),
]:
    refused = request(WORKSPACE, "GET", "/login", source, headers=extra)
    expect(refused.status == 403 and 'type="password"' not in refused.body, f"refused {what} ({refused.status})")
via_kiosk = request(KIOSK, "GET", "/login", KIOSK_A)
expect('type="password"' not in via_kiosk.body, f"the kiosk's name does not lead to the workspace ({via_kiosk.status})")
try:
    stranger = request("navrat.invalid", "GET", "/login", STAFF)
    expect(False, f"an unknown name is answered ({stranger.status})")
except (ConnectionError, http.client.HTTPException, ssl.SSLError):
    expect(True, "an unknown name gets no answer")

fields, buttons, action = hidden_fields(staff.body)
login_fields = [(k, unescape(v)) for k, v in (fields or [])] + [("login", "eva"), ("password", PASSWORD)]
login_cookie = staff.cookie("navrat_ws_form")
headers = {"Cookie": cookie_pair(login_cookie)} if login_cookie else {}
signed_in = request(WORKSPACE, "POST", unescape(action or "/login"), STAFF, urllib.parse.urlencode(login_fields), headers)
session = signed_in.cookie("__Host-navrat_session") or ""
expect(signed_in.status == 303 and "Secure" in session and "HttpOnly" in session,
       f"a coordinator signs in over https and gets a Secure session cookie ({signed_in.status})")
if session:
    requests_page = request(WORKSPACE, "GET", "/requests", STAFF, headers={"Cookie": cookie_pair(session)})
    expect(requests_page.status == 200 and reference is not None
           and shows_reference(requests_page.body, reference.group(1)),
           f"the kiosk's request is in the workspace's list ({requests_page.status})")

print("== the access log")
request(KIOSK, "GET", "/uk/search?q=deportace+zadrzeni", KIOSK_A)
# nginx writes a request's log line after its answer went out: wait for it.
for _ in range(100):
    with open(ACCESS_LOG, encoding="utf-8") as log:
        lines = log.read()
    if "/uk/search" in lines:
        break
    time.sleep(0.1)
expect("/uk/search" in lines, "the access log records the search")
expect("deportace" not in lines and "q=" not in lines, "without what the person typed")
expect("/uk/appointment/- " in lines.replace('"', " "), "the status page is logged without its reference")
expect(reference is not None and reference.group(1) not in lines, "no reference code in the access log")

if failures:
    print(f"nginx walk: {len(failures)} failed", file=sys.stderr)
    sys.exit(1)
