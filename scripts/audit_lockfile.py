#!/usr/bin/env python3
"""Cargo.lock against a local copy of the RustSec advisory database, without network.

The same check as `cargo audit --no-fetch`, for a machine without cargo-audit: every crate from
a registry in Cargo.lock is compared with the advisories of that crate in ADVISORY_DB/crates/
(their TOML front matter: `[versions] patched` and `unaffected`). Withdrawn advisories are
skipped. A vulnerability exits 1; informational ones (unmaintained, unsound, notice) are
printed as warnings.

Usage: scripts/audit_lockfile.py Cargo.lock ADVISORY_DB
"""
import os
import re
import sys
import tomllib


def version(text):
    core = text.strip().split("+")[0]
    core, _, pre = core.partition("-")
    parts = [int(p) for p in core.split(".")]
    while len(parts) < 3:
        parts.append(0)
    # A pre-release sorts before its release.
    return (parts[0], parts[1], parts[2], 0 if pre else 1, pre)


def caret_upper(v):
    major, minor, patch = v[:3]
    if major > 0:
        return (major + 1, 0, 0, 0, "")
    if minor > 0:
        return (0, minor + 1, 0, 0, "")
    return (0, 0, patch + 1, 0, "")


def matches(v, requirement):
    """Whether version tuple `v` meets a requirement like ">= 1.2.3, < 1.3" or "^0.4.1"."""
    for comparator in requirement.split(","):
        comparator = comparator.strip()
        m = re.fullmatch(r"(>=|<=|>|<|=|\^|~)?\s*([0-9][0-9A-Za-z.+-]*)", comparator)
        if not m:
            raise ValueError(f"cannot read the requirement {requirement!r}")
        op, bound = m.group(1) or "^", version(m.group(2))
        given = len(m.group(2).split("-")[0].split("."))
        ok = {
            ">=": v >= bound,
            "<=": v <= bound,
            ">": v > bound,
            "<": v < bound,
            "=": v[:given] == bound[:given],
            "^": bound <= v < caret_upper(bound),
            "~": bound <= v < ((bound[0], bound[1] + 1, 0, 0, "") if given > 1 else (bound[0] + 1, 0, 0, 0, "")),
        }[op]
        if not ok:
            return False
    return True


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"```toml\n(.*?)\n```", text, re.S)
    return tomllib.loads(m.group(1)) if m else None


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lock_path, db = sys.argv[1], sys.argv[2]
    crates_dir = os.path.join(db, "crates")
    if not os.path.isdir(crates_dir):
        sys.exit(f"{db} is not a RustSec advisory database (no crates/ folder)")
    with open(lock_path, "rb") as f:
        packages = [
            p for p in tomllib.load(f).get("package", [])
            if p.get("source", "").startswith("registry+")
        ]
    vulnerable, warnings, advisories = [], [], 0
    for package in packages:
        folder = os.path.join(crates_dir, package["name"])
        if not os.path.isdir(folder):
            continue
        v = version(package["version"])
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".md"):
                continue
            data = front_matter(os.path.join(folder, name))
            if not data:
                continue
            advisories += 1
            advisory, versions = data.get("advisory", {}), data.get("versions", {})
            if advisory.get("withdrawn"):
                continue
            safe = versions.get("patched", []) + versions.get("unaffected", [])
            if any(matches(v, r) for r in safe):
                continue
            line = f"{advisory.get('id', name)} {package['name']} {package['version']}: {advisory.get('title', '')}"
            kind = advisory.get("informational")
            (warnings if kind else vulnerable).append(f"{line} ({kind})" if kind else line)
    print(f"{len(packages)} crates in {lock_path} checked against {advisories} advisories of {db}")
    for w in warnings:
        print(f"warning: {w}")
    for v in vulnerable:
        print(f"vulnerable: {v}")
    print(f"{len(vulnerable)} vulnerabilities, {len(warnings)} warnings")
    sys.exit(1 if vulnerable else 0)


if __name__ == "__main__":
    main()
