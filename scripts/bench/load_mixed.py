#!/usr/bin/env python3
"""Open-loop load at a fixed rate on the kiosk, as people use it: of every 10 requests, 8 read a
page (home, topics, a search) and 2 ask for an appointment (the form, then sending it, with the
form's cookie and anti-forgery token). Latency is measured from each request's scheduled time,
so a slow server cannot hide its delay by slowing the sender. Reports p50/p99/max per kind and
every answer that is not 200 (pages) or 303 (a sent request) as an error. Loopback only.

Usage: load_mixed.py HOST PORT RATE SECONDS
"""
import asyncio, re, sys, time, urllib.parse

PAGES = ["/cs/", "/uk/", "/cs/topics/who-can-apply", "/ar/topics/what-is-covered",
         "/uk/topics/travel-documents", "/cs/search?q=pas", "/ru/search?q=%D0%B1%D0%B8%D0%BB%D0%B5%D1%82",
         "/fa/topics/how-to-apply"]


class Conn:
    def __init__(self, host, port):
        self.host, self.port, self.reader, self.writer = host, port, None, None

    async def request(self, method, path, headers=None, body=b""):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nConnection: keep-alive\r\n"
        for k, v in (headers or {}).items():
            head += f"{k}: {v}\r\n"
        if body:
            head += f"Content-Length: {len(body)}\r\n"
        self.writer.write(head.encode() + b"\r\n" + body)
        await self.writer.drain()
        status = int((await self.reader.readline()).split()[1])
        length, cookies, location = 0, [], None
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode().partition(":")
            name, value = name.lower(), value.strip()
            if name == "content-length":
                length = int(value)
            elif name == "set-cookie":
                cookies.append(value.split(";")[0])
            elif name == "location":
                location = value
        data = await self.reader.readexactly(length)
        return status, cookies, data.decode(errors="replace")


def field(html, name):
    m = re.search(r'name="%s" value="([^"]*)"' % name, html)
    return m.group(1) if m else ""


async def appointment(conn):
    """The form, then sending it: two requests; returns [(kind, seconds, ok)]."""
    out = []
    t = time.perf_counter()
    status, cookies, html = await conn.request("GET", "/cs/appointment?point=praha")
    out.append(("form", time.perf_counter() - t, status == 200))
    cookie = next((c for c in cookies if c.startswith("navrat_form=")), "")
    form = {k: field(html, k) for k in ("csrf", "form_id", "point", "topic")}
    form.update(days="mon", parts="morning", contact="return", consent="yes", step="submit")
    body = urllib.parse.urlencode(form).encode()
    t = time.perf_counter()
    status, _, _ = await conn.request("POST", "/cs/appointment", {
        "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}, body)
    out.append(("send", time.perf_counter() - t, status == 303))
    return out


async def worker(host, port, queue, results):
    conn = Conn(host, port)
    while True:
        item = await queue.get()
        if item is None:
            break
        scheduled, kind, path = item
        lag = time.perf_counter() - scheduled
        try:
            if kind == "page":
                status, _, _ = await conn.request("GET", path)
                results.append(("page", time.perf_counter() - scheduled, status == 200))
            else:
                for k, seconds, ok in await appointment(conn):
                    results.append((k, seconds + (lag if k == "form" else 0), ok))
        except Exception:
            results.append((kind, time.perf_counter() - scheduled, False))
            conn = Conn(host, port)


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000 if values else 0


async def main():
    host, port, rate, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    queue, results = asyncio.Queue(), []
    workers = [asyncio.create_task(worker(host, port, queue, results)) for _ in range(64)]
    start = time.perf_counter()
    # 10 request slots: 8 page reads, then one appointment (its 2 requests use 2 slots).
    slot, sent = 0, 0
    while sent < rate * seconds:
        due = start + sent / rate
        now = time.perf_counter()
        if due > now:
            await asyncio.sleep(due - now)
        if slot < 8:
            queue.put_nowait((due, "page", PAGES[sent % len(PAGES)]))
            sent += 1
        else:
            queue.put_nowait((due, "appointment", None))
            sent += 2
        slot = (slot + 1) % 9
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    elapsed = time.perf_counter() - start
    total = len(results)
    errors = sum(1 for r in results if not r[2])
    print(f"{total} requests in {elapsed:.1f} s ({total / elapsed:.0f}/s), errors {errors}")
    for kind in ("page", "form", "send"):
        lat = [r[1] for r in results if r[0] == kind]
        print(f"  {kind:5} n={len(lat):6}  p50 {pct(lat, .5):6.2f} ms  p99 {pct(lat, .99):6.2f} ms  max {pct(lat, 1):7.2f} ms")
    sys.exit(1 if errors else 0)

asyncio.run(main())
