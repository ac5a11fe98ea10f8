#!/usr/bin/env python3
"""Mutation fuzzing of ashyq's readers, run as a user would run it.

Seeds: every small file of ../shared/hostile and ../shared/realdata (and
any folder given with --seeds). Each round takes a seed, mutates it (bytes
flipped, replaced, repeated or cut; inside a zip, one part's XML mutated and
the zip rebuilt, so the mutation reaches the XML readers and not only the
zip's checksums) and runs `ashyq import FILE -o OUT` under a memory limit
and a time limit. A finding is any run that does not end with exit 0 or 1,
that prints more than one error line, or that passes the limits; its input
is kept in the findings folder with what happened.

    python3 benches/fuzz.py --binary target/release/ashyq --minutes 60

Prints runs, findings and the exit codes seen per format at the end.
"""
import argparse
import collections
import io
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")


def seeds(extra):
    out = []
    for root in [os.path.join(SHARED, "hostile"), os.path.join(SHARED, "realdata")] + extra:
        for dirpath, _, files in os.walk(root):
            for f in files:
                p = os.path.join(dirpath, f)
                if f.endswith((".md", ".txt")) or os.path.getsize(p) > 3 << 20:
                    continue
                out.append(p)
    return sorted(out)


def mutate_bytes(b, rnd):
    b = bytearray(b)
    for _ in range(rnd.randint(1, 8)):
        if not b:
            break
        op = rnd.random()
        i = rnd.randrange(len(b))
        if op < 0.35:
            b[i] ^= 1 << rnd.randrange(8)
        elif op < 0.6:
            b[i] = rnd.choice([0, 0xFF, 0x7F, 0x80, ord('"'), ord(","), ord("\r"), ord("<"), ord("9")])
        elif op < 0.75:
            j = min(len(b), i + rnd.randint(1, 64))
            b[i:i] = b[i:j] * rnd.randint(1, 50)
        elif op < 0.85:
            del b[i : i + rnd.randint(1, 64)]
        elif op < 0.95:
            # A number made huge: the counts and sizes a reader trusts.
            b[i : i + 4] = rnd.choice([b"\xff\xff\xff\x7f", b"\x00\x00\x00\x80", b"99999999"])
        else:
            b = b[: rnd.randrange(len(b) + 1)]
    return bytes(b)


def mutate_zip(data, rnd):
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
        names = zin.namelist()
        parts = {n: zin.read(n) for n in names}
    except Exception:
        return mutate_bytes(data, rnd)
    victim = rnd.choice(names)
    body = parts[victim]
    if victim.endswith(".xml") and rnd.random() < 0.5 and body:
        # Attribute values and numbers made large or odd.
        text = body
        for _ in range(rnd.randint(1, 4)):
            i = rnd.randrange(len(text))
            text = text[:i] + rnd.choice([b'"999999999"', b"99999999", b"&#0;", b"<c r=\"XFD1048576\"><v>1</v></c>", b"</row><row>", b"\xff"]) + text[i:]
        parts[victim] = text
    else:
        parts[victim] = mutate_bytes(body, rnd)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            z.writestr(n, parts[n])
    return out.getvalue()


def limit(mem):
    def f():
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    return f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--minutes", type=float, default=60)
    ap.add_argument("--findings", default="/tmp/ashyq-fuzz-findings")
    ap.add_argument("--seeds", action="append", default=[])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--mem-mb", type=int, default=2048)
    ap.add_argument(
        "--chart",
        action="append",
        default=[],
        help="after an import that succeeds, also draw this chart kind of its lines (repeatable); "
        "exit 0, 1 or 2 (a usage refusal such as 'no revenue lines') with a one-line error passes",
    )
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    pool = seeds(a.seeds)
    os.makedirs(a.findings, exist_ok=True)
    work = tempfile.mkdtemp(prefix="ashyq-fuzz-")
    end = time.time() + a.minutes * 60
    runs, found = 0, 0
    codes = collections.Counter()
    slowest = (0.0, "")
    while time.time() < end:
        seed = rnd.choice(pool)
        data = open(seed, "rb").read()
        mutated = mutate_zip(data, rnd) if data[:2] == b"PK" else mutate_bytes(data, rnd)
        ext = os.path.splitext(seed)[1] or ".bin"
        path = os.path.join(work, "input" + ext)
        with open(path, "wb") as f:
            f.write(mutated)
        t0 = time.time()
        try:
            p = subprocess.run(
                [a.binary, "import", path, "-o", os.path.join(work, "out.csv"), "--force", "-q"],
                capture_output=True,
                timeout=a.timeout,
                preexec_fn=limit(a.mem_mb << 20),
            )
            code, err = p.returncode, p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            code, err = "timeout", ""
        if code == 0:
            for kind in a.chart:
                try:
                    c = subprocess.run(
                        [a.binary, "chart", kind, os.path.join(work, "out.csv"),
                         "-o", os.path.join(work, "out.svg"), "--force", "-q"],
                        capture_output=True,
                        timeout=a.timeout,
                        preexec_fn=limit(a.mem_mb << 20),
                    )
                    cerr = c.stderr.decode("utf-8", "replace")
                    if c.returncode not in (0, 1, 2) or (
                        c.returncode != 0 and len(cerr.strip().splitlines()) != 1
                    ):
                        code, err = f"chart-{kind}-{c.returncode}", cerr
                except subprocess.TimeoutExpired:
                    code, err = f"chart-{kind}-timeout", ""
        took = time.time() - t0
        if took > slowest[0]:
            slowest = (took, os.path.basename(seed))
        runs += 1
        codes[(ext, code)] += 1
        bad = code not in (0, 1) or (code == 1 and len(err.strip().splitlines()) != 1)
        if bad:
            found += 1
            name = f"{found:04d}-{code}-{os.path.basename(seed)}"
            shutil.copy(path, os.path.join(a.findings, name))
            with open(os.path.join(a.findings, name + ".txt"), "w") as f:
                f.write(f"seed: {seed}\nexit: {code}\nstderr:\n{err[:4000]}\n")
    shutil.rmtree(work, ignore_errors=True)
    print(f"runs: {runs}, findings: {found} (in {a.findings}), seeds: {len(pool)}")
    print(f"slowest run: {slowest[0]:.1f} s (seed {slowest[1]})")
    for (ext, code), n in sorted(codes.items(), key=lambda x: (x[0][0], str(x[0][1]))):
        print(f"  {ext:10} exit {code}: {n}")


if __name__ == "__main__":
    sys.exit(main())
