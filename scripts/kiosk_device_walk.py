#!/usr/bin/env python3
"""Runs the kiosk's autostart file against `navrat serve` on loopback (called by
scripts/test-kiosk-device) and looks at what a person at each kiosk sees.

Usage: kiosk_device_walk.py DESKTOP_FILE KIOSK_PORT WORKSPACE_PORT STAFF_PASSWORD SHOTS_DIR WORK_DIR

For each of the two kiosks of docs/operations.md (`praha`, `zzc-balkova`) it starts the
autostart file's Exec line as written (its address made the loopback one, with that kiosk's
`/k/<id>`), plus only what a headless run on a test machine needs, then taps through it over
the DevTools protocol as a person would: the start page, Čeština, the appointment, the form,
review and send; screenshots go to SHOTS_DIR. After Chromium is closed, nothing of the visit
may be left in its user data directory (`--incognito`). Before and after, the coordinator's
overview and /metrics show the two kiosks: never seen before, alive after.

Exits 1 with one line per failed expectation.
"""

import base64
import glob
import http.client
import json
import os
import re
import shlex
import socket
import sqlite3
import struct
import subprocess
import sys
import time
import urllib.parse

DESKTOP_FILE, KIOSK_PORT, WORKSPACE_PORT, PASSWORD, SHOTS_DIR, WORK_DIR = sys.argv[1:7]
KIOSK = f"127.0.0.1:{KIOSK_PORT}"
# The address in the file: a placeholder the administrator replaces, with the kiosk's profile.
FILE_ADDRESS = re.compile(r"^https://kiosk\.example\.cz/k/([a-z0-9-]+)$")
# What a headless Chromium needs on a test machine (no display, no GPU, runs as root, no
# network beyond loopback), the DevTools port to tap through it, and a kiosk's screen size.
HEADLESS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-sync", "--remote-debugging-port=0", "--screen-info={1280x1024}"]

failures = []


def expect(condition, what):
    print(("  ok: " if condition else "  FAILED: ") + what)
    if not condition:
        failures.append(what)
    return condition


def czech(key):
    """A Czech UI string from locales/cs, as the kiosk shows it."""
    for path in sorted(glob.glob("locales/cs/*.ftl")):
        for line in open(path, encoding="utf-8"):
            if line.startswith(key + " = "):
                return line.split(" = ", 1)[1].strip()
    raise SystemExit(f"kiosk_device_walk: no {key} in locales/cs")


# ---------------------------------------------------------------- the autostart file

def exec_line():
    """The Exec line's arguments: the program, its flags, and the kiosk's address."""
    in_entry, line = False, None
    for raw in open(DESKTOP_FILE, encoding="utf-8"):
        raw = raw.strip()
        if raw.startswith("["):
            in_entry = raw == "[Desktop Entry]"
        elif in_entry and raw.startswith("Exec="):
            line = raw[len("Exec="):]
    if line is None:
        raise SystemExit(f"kiosk_device_walk: {DESKTOP_FILE} has no Exec line in [Desktop Entry]")
    args = shlex.split(line)
    if any(re.search(r"%[a-zA-Z]", a) for a in args):
        raise SystemExit("kiosk_device_walk: the Exec line has a field code; it should start one address")
    return args


# ---------------------------------------------------------------- the DevTools protocol

class DevTools:
    """One page of a running Chromium over the DevTools protocol (a websocket, by hand: the
    test machine's Python has no websocket module)."""

    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((parsed.hostname, parsed.port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {parsed.path} HTTP/1.1\r\nHost: {parsed.hostname}:{parsed.port}\r\n"
                           "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            head += chunk
        head, self.pending = head.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(f"DevTools refused the websocket: {head[:200]!r}")
        self.next_id = 0

    def _exactly(self, n):
        while len(self.pending) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.pending += chunk
        data, self.pending = self.pending[:n], self.pending[n:]
        return data

    def _send(self, opcode, payload):
        mask = os.urandom(4)
        n = len(payload)
        if n < 126:
            header = struct.pack("!BB", 0x80 | opcode, 0x80 | n)
        elif n < 65536:
            header = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, n)
        else:
            header = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _message(self):
        parts = []
        while True:
            first, second = self._exactly(2)
            opcode, n = first & 0x0F, second & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._exactly(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._exactly(8))[0]
            payload = self._exactly(n)
            if opcode == 0x9:
                self._send(0xA, payload)
            elif opcode == 0x8:
                raise ConnectionError("DevTools closed the websocket")
            elif opcode in (0x0, 0x1, 0x2):
                parts.append(payload)
                if first & 0x80:
                    return json.loads(b"".join(parts))

    def call(self, method, **params):
        self.next_id += 1
        self._send(0x1, json.dumps({"id": self.next_id, "method": method, "params": params}).encode())
        while True:
            message = self._message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression):
        """The value of a JavaScript expression in the page; None while the page changes."""
        try:
            result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        except RuntimeError:
            return None
        if "exceptionDetails" in result:
            return None
        return result.get("result", {}).get("value")


class Kiosk:
    """Chromium started from the autostart file's Exec line, as one kiosk device."""

    def __init__(self, args, profile):
        self.profile = profile
        self.data_dir = os.path.join(WORK_DIR, f"chromium-{profile}")
        os.makedirs(self.data_dir)
        self.args = args + HEADLESS + [f"--user-data-dir={self.data_dir}"]
        self.log = open(os.path.join(WORK_DIR, f"chromium-{profile}.log"), "wb")
        self.process = subprocess.Popen(self.args, stdout=self.log, stderr=subprocess.STDOUT)
        port_file = os.path.join(self.data_dir, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            if self.process.poll() is not None:
                raise SystemExit(f"kiosk_device_walk: chromium exited ({self.process.returncode}); "
                                 f"see {self.log.name}")
            time.sleep(0.1)
        else:
            raise SystemExit("kiosk_device_walk: chromium opened no DevTools port")
        self.devtools_port = int(open(port_file).read().split()[0])
        page = None
        for _ in range(100):
            targets = json.loads(self._devtools_http("/json/list"))
            pages = [t for t in targets if t.get("type") == "page"]
            if pages:
                page = pages[0]
                break
            time.sleep(0.1)
        if page is None:
            raise SystemExit("kiosk_device_walk: chromium has no page open")
        self.page = DevTools(page["webSocketDebuggerUrl"])

    def _devtools_http(self, path):
        conn = http.client.HTTPConnection("127.0.0.1", self.devtools_port, timeout=30)
        conn.request("GET", path)
        body = conn.getresponse().read()
        conn.close()
        return body

    def settled(self, before=None):
        """Waits for the page to finish loading (a new page when `before` is the previous
        address); returns its address, or None when nothing loads."""
        for _ in range(300):
            state = self.page.evaluate("[location.href, document.readyState]")
            if state and state[1] == "complete" and state[0] != before and not state[0].startswith("about:"):
                return state[0]
            time.sleep(0.1)
        return None

    def tap(self, selector):
        """Taps the middle of the first element matching `selector`, as a finger would; False
        when the screen has no such element."""
        point = self.page.evaluate(
            "(() => { const e = document.querySelector(%s); if (!e) return null;"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()" % json.dumps(selector))
        if not point:
            return False
        for kind in ("mousePressed", "mouseReleased"):
            self.page.call("Input.dispatchMouseEvent", type=kind, x=point[0], y=point[1],
                           button="left", clickCount=1)
        return True

    def tap_and_wait(self, selector, what):
        before = self.page.evaluate("location.href")
        if not expect(self.tap(selector), f"{self.profile}: {what} is on the screen ({selector})"):
            return None
        return self.settled(before)

    def text(self, selector="body"):
        return self.page.evaluate(
            "(() => { const e = document.querySelector(%s); return e ? e.innerText : null; })()"
            % json.dumps(selector)) or ""

    def has(self, selector):
        return bool(self.page.evaluate("!!document.querySelector(%s)" % json.dumps(selector)))

    def screenshot(self, name):
        shot = self.page.call("Page.captureScreenshot", format="png")
        path = os.path.join(SHOTS_DIR, f"{self.profile}-{name}.png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        print(f"  screenshot: {path}")

    def close(self):
        """Closes Chromium as a power cut or a restart would end the session."""
        try:
            self.page.call("Browser.close")
        except (ConnectionError, RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


# ---------------------------------------------------------------- the workspace

def workspace(method, path, body=None, cookie=None):
    conn = http.client.HTTPConnection("127.0.0.1", int(WORKSPACE_PORT), timeout=30)
    headers = {"Host": f"127.0.0.1:{WORKSPACE_PORT}"}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if cookie:
        headers["Cookie"] = cookie
    conn.request(method, path, body=body, headers=headers)
    answer = conn.getresponse()
    result = (answer.status, answer.getheaders(), answer.read().decode("utf-8", "replace"))
    conn.close()
    return result


def unescape(text):
    return text.replace("&amp;", "&").replace("&#x2F;", "/").replace("&#x3D;", "=")


def sign_in():
    """The coordinator eva's session cookie (`name=value`), signed in by the login form."""
    status, headers, body = workspace("GET", "/login")
    form = re.search(r"<form\b.*?</form>", body, re.S)
    if not expect(status == 200 and form is not None, f"the workspace's sign-in page ({status})"):
        return None
    fields = []
    for tag in re.findall(r"<input\b[^>]*>", form.group(0)):
        name = re.search(r'name="([^"]*)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name and 'type="hidden"' in tag:
            fields.append((name.group(1), unescape(value.group(1) if value else "")))
    fields += [("login", "eva"), ("password", PASSWORD)]
    action = re.search(r'action="([^"]*)"', form.group(0))
    form_cookie = [v.split(";", 1)[0] for k, v in headers if k.lower() == "set-cookie"]
    status, headers, _ = workspace("POST", unescape(action.group(1) if action else "/login"),
                                   urllib.parse.urlencode(fields), "; ".join(form_cookie))
    session = [v.split(";", 1)[0] for k, v in headers
               if k.lower() == "set-cookie" and "session" in v.split("=", 1)[0]]
    expect(status == 303 and session, f"the coordinator eva signs in ({status})")
    return session[0] if session else None


def overview_rows(session):
    """The overview's kiosk rows: id -> (last contact, version, state)."""
    status, _, body = workspace("GET", "/overview", cookie=session)
    expect(status == 200, f"the coordinator's overview ({status})")
    rows = {}
    for kiosk, row in re.findall(r'<tr data-kiosk="([^"]+)"[^>]*>(.*?)</tr>', body, re.S):
        cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", row, re.S)]
        state = "silent" if "state-silent" in row else "live" if "state-live" in row else "?"
        rows[kiosk] = (cells[0] if cells else "", cells[1] if len(cells) > 1 else "", state)
    return rows


def metrics():
    status, _, body = workspace("GET", "/metrics")
    expect(status == 200, f"/metrics ({status})")
    ages = dict(re.findall(r'^navrat_kiosk_last_seen_age_seconds\{kiosk="([^"]+)"\} (\S+)$', body, re.M))
    silent = re.search(r"^navrat_kiosks_silent (\S+)$", body, re.M)
    return ages, silent.group(1) if silent else None


# ---------------------------------------------------------------- one kiosk

def walk(args, profile, only_own_point, telegram_qr, point_name):
    """One kiosk device from power-on to a sent appointment request, then switched off."""
    print(f"== the kiosk {profile}: the autostart file's Chromium")
    kiosk = Kiosk(args, profile)
    start = kiosk.settled()
    expect(start == f"http://{KIOSK}/", f"{profile}: /k/{profile} goes on to the start page ({start})")
    prompts = kiosk.text()
    expect(czech("picker-title") in prompts and "Čeština" in prompts,
           f"{profile}: the start page offers Čeština ('{czech('picker-title')}')")
    kiosk.screenshot("start")
    home = kiosk.tap_and_wait('li.picker-choice[lang="cs"] a.choice', "Čeština")
    expect(home == f"http://{KIOSK}/cs/", f"{profile}: Čeština opens the Czech home ({home})")
    expect(kiosk.page.evaluate("document.documentElement.lang") == "cs"
           and czech("home-appointment") in kiosk.text(),
           f"{profile}: the home page is in Czech ('{czech('home-appointment')}')")
    form = kiosk.tap_and_wait('a.btn-big[href^="/cs/appointment"]', czech("home-appointment"))
    expect(form is not None and form.startswith(f"http://{KIOSK}/cs/appointment"),
           f"{profile}: the appointment form ({form})")
    shown = kiosk.text(".chosen-point .point-name")
    expect(shown == point_name, f"{profile}: the form is for {point_name!r} ({shown!r})")
    other = kiosk.has(".chosen-point a.btn")
    if only_own_point:
        expect(not other, f"{profile}: no other point is offered (no '{czech('appointment-change-point')}')")
    else:
        expect(other, f"{profile}: other points can be chosen ('{czech('appointment-change-point')}')")
        # Following it lists the places (not this kiosk's form again); the person comes back
        # to this kiosk's own place from there.
        places = kiosk.tap_and_wait(".chosen-point a.btn", czech("appointment-change-point"))
        offered = kiosk.page.evaluate("document.querySelectorAll('a[href*=\"point=\"]').length")
        expect(places is not None and not kiosk.has('input[name="point"]') and offered > 1,
               f"{profile}: '{czech('appointment-change-point')}' lists {offered} places ({places})")
        form = kiosk.tap_and_wait(f'a[href$="point={profile}"]', point_name)
        expect(form is not None and kiosk.text(".chosen-point .point-name") == point_name,
               f"{profile}: choosing {point_name!r} there opens its form again ({form})")
    for selector in ('input[name="days"]', 'input[name="parts"]', 'input[name="consent"]'):
        expect(kiosk.tap(selector), f"{profile}: taps {selector}")
    kiosk.screenshot("form")
    review = kiosk.tap_and_wait("button.btn-send", czech("appointment-review"))
    expect(review is not None and "/cs/appointment/review" in review, f"{profile}: the review page ({review})")
    sent = kiosk.tap_and_wait("form[data-once] button.btn-primary", czech("appointment-submit"))
    reference = re.search(r"/cs/appointment/([A-Z0-9-]+)", sent or "")
    expect(reference is not None, f"{profile}: the request is sent and its confirmation shown ({sent})")
    qr = kiosk.has("section.qr svg")
    if telegram_qr:
        expect(qr, f"{profile}: the confirmation shows the QR code to follow it on Telegram")
    else:
        expect(not qr, f"{profile}: the confirmation shows no Telegram QR code (phones are taken away)")
    # What is under the reference: the QR code, or the end of the page where it would be.
    kiosk.page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    kiosk.screenshot("sent")
    kiosk.close()

    print(f"== the kiosk {profile}: nothing of the visit left after Chromium closed (--incognito)")
    address = KIOSK.encode()
    kept = []
    for root, _, files in os.walk(kiosk.data_dir):
        for name in files:
            path = os.path.join(root, name)
            try:
                with open(path, "rb") as f:
                    if address in f.read():
                        kept.append(os.path.relpath(path, kiosk.data_dir))
            except OSError:
                pass
    expect(not kept, f"{profile}: no file in the user data directory names {KIOSK} ({', '.join(kept) or 'none'})")
    history = os.path.join(kiosk.data_dir, "Default", "History")
    if os.path.exists(history):
        db = sqlite3.connect(f"file:{history}?mode=ro", uri=True)
        visited = [u for (u,) in db.execute("SELECT url FROM urls") if KIOSK in u]
        db.close()
        expect(not visited, f"{profile}: Default/History has no visited kiosk page ({len(visited)})")
    else:
        print(f"  ok: {profile}: Chromium wrote no Default/History at all")
    cookies = os.path.join(kiosk.data_dir, "Default", "Cookies")
    if os.path.exists(cookies):
        db = sqlite3.connect(f"file:{cookies}?mode=ro", uri=True)
        stored = db.execute("SELECT count(*) FROM cookies WHERE host_key LIKE '%127.0.0.1%'").fetchone()[0]
        db.close()
        expect(stored == 0, f"{profile}: Default/Cookies keeps no kiosk cookie ({stored})")
    return reference.group(1) if reference else None


def point_names():
    """Each seed point's Czech name, by id."""
    import tomllib
    with open("content/seed/points.toml", "rb") as f:
        seed = tomllib.load(f)
    return {p["id"]: p.get("text", {}).get("cs", {}).get("name", "") for p in seed["points"]}


def main():
    args = exec_line()
    expect(os.path.basename(args[0]) == "chromium", f"the Exec line starts Debian's chromium ({args[0]})")
    flags = args[1:-1]
    expect("--kiosk" in flags and "--incognito" in flags, "the Exec line has --kiosk and --incognito")
    address = FILE_ADDRESS.match(args[-1])
    if not expect(address is not None, f"the Exec line ends with https://kiosk.example.cz/k/<id> ({args[-1]})"):
        return
    names = point_names()

    session = sign_in()
    print("== before the kiosks are switched on")
    if session:
        rows = overview_rows(session)
        for kiosk in ("praha", "zzc-balkova"):
            row = rows.get(kiosk)
            expect(row is not None and row[2] == "silent", f"the overview lists {kiosk}, never seen: silent ({row})")
    ages, silent = metrics()
    expect(ages.get("praha") == "-1" and ages.get("zzc-balkova") == "-1" and silent == "2",
           f"/metrics: both kiosks never seen, 2 silent ({ages}, {silent})")

    for profile, only_own, qr in (("praha", False, True), ("zzc-balkova", True, False)):
        kiosk_args = [args[0]] + flags + [f"http://{KIOSK}/k/{profile}"]
        walk(kiosk_args, profile, only_own, qr, names.get(profile, f"<no seed point {profile}>"))

    print("== after: the kiosks reported in")
    version = subprocess.run([os.environ["NAVRAT_BIN"], "--version"], capture_output=True, text=True).stdout.split()[-1]
    if session:
        rows = overview_rows(session)
        for kiosk in ("praha", "zzc-balkova"):
            row = rows.get(kiosk)
            expect(row is not None and row[2] == "live" and row[1] == version,
                   f"the overview shows {kiosk} alive, with version {version} ({row})")
    ages, silent = metrics()
    expect(all(ages.get(k) not in (None, "-1") for k in ("praha", "zzc-balkova")) and silent == "0",
           f"/metrics: both kiosks seen, none silent ({ages}, {silent})")


try:
    main()
except (OSError, ConnectionError, RuntimeError) as e:
    failures.append(str(e))
    print(f"  FAILED: {e}")
if failures:
    print(f"kiosk_device_walk: {len(failures)} failed", file=sys.stderr)
    sys.exit(1)
