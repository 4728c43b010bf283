#!/usr/bin/env python3
"""Open-loop load at a fixed rate: sends GET requests for the given paths round-robin at
RATE requests per second for SECONDS, over keep-alive connections, and reports p50/p99/max
latency measured from each request's scheduled time (so a slow server cannot hide its delay
by slowing the sender), plus errors. Loopback only.

Usage: fixed_rate.py HOST PORT RATE SECONDS PATH [PATH …]
"""
import asyncio, sys, time

async def worker(host, port, queue, results):
    reader = writer = None
    while True:
        item = await queue.get()
        if item is None:
            break
        scheduled, path = item
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: keep-alive\r\n\r\n".encode())
            await writer.drain()
            status_line = await reader.readline()
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            status = int(status_line.split()[1])
            results.append((time.perf_counter() - scheduled, status))
        except Exception:
            results.append((time.perf_counter() - scheduled, 0))
            writer = None

async def main():
    host, port, rate, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    paths = sys.argv[5:]
    queue, results = asyncio.Queue(), []
    workers = [asyncio.create_task(worker(host, port, queue, results)) for _ in range(32)]
    start = time.perf_counter()
    total = int(rate * seconds)
    for i in range(total):
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        queue.put_nowait((scheduled, paths[i % len(paths)]))
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    latencies = sorted(r[0] for r in results)
    errors = sum(1 for r in results if r[1] != 200)
    pick = lambda p: latencies[min(len(latencies) - 1, int(p * (len(latencies) - 1)))] * 1000
    elapsed = time.perf_counter() - start
    print(f"requests={len(results)} achieved_rate={len(results)/elapsed:.0f}/s errors={errors} "
          f"p50={pick(0.5):.2f}ms p99={pick(0.99):.2f}ms max={latencies[-1]*1000:.2f}ms")

asyncio.run(main())
