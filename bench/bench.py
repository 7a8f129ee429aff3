#!/usr/bin/env python3
"""Benchmarks the emulator against bench/baseline (a bare Kestrel app with canned JSON), both Debug builds.

Run through bench/run, which builds both apps and the test image first. Writes bench/results/latest.json
and bench/results/latest.md, and prints PASS/FAIL per target. Every figure is a ratio to the baseline
measured in the same run. Settings (environment): BENCH_DURATION (seconds per wrk run, default 5),
BENCH_ROUNDS (alternating runs of each app per workload, default 3; the median counts),
BENCH_WARMUP (default 3), BENCH_STARTUP_RUNS (default 5), BENCH_FLOOD_SECONDS (default 60),
BENCH_SESSIONS (default 100000).

With --peers, the load runs also measure two other mocks in the same interleaved rounds: WireMock standalone (the
jar from npm `wiremock`, on Debian's Java) serving stubs whose bodies are the emulator's own answers captured in this
run, and Prism (npm `@stoplight/prism-cli`) mocking the official v1.2 document. bench/run installs both with `npm ci`
in bench/peers. Ports: BENCH_WIREMOCK_PORT (default 5183), BENCH_PRISM_PORT (default 5184).
"""
import argparse
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
LUA = os.path.join(BENCH, "lua")
RESULTS = os.path.join(BENCH, "results")
PNG = os.path.join(RESULTS, "verify.png")

DURATION = int(os.environ.get("BENCH_DURATION", "5"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "3"))
STARTUP_RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "5"))
FLOOD_SECONDS = int(os.environ.get("BENCH_FLOOD_SECONDS", "60"))
SESSIONS = int(os.environ.get("BENCH_SESSIONS", "100000"))
EMULATOR_PORT = int(os.environ.get("BENCH_EMULATOR_PORT", "5181"))
BASELINE_PORT = int(os.environ.get("BENCH_BASELINE_PORT", "5182"))
WIREMOCK_PORT = int(os.environ.get("BENCH_WIREMOCK_PORT", "5183"))
PRISM_PORT = int(os.environ.get("BENCH_PRISM_PORT", "5184"))
PEERS_DIR = os.path.join(BENCH, "peers")
WIREMOCK_JAR = os.path.join(PEERS_DIR, "node_modules", "wiremock", "build", "wiremock-standalone-3.13.2.jar")
WIREMOCK_ROOT = os.path.join(RESULTS, "wiremock")
PRISM_JS = os.path.join(PEERS_DIR, "node_modules", "@stoplight", "prism-cli", "dist", "index.js")
OPENAPI = os.path.join(os.path.dirname(ROOT), "shared", "reference", "azure-face", "openapi", "v1.2.liveness.json")
V12 = "/face/v1.2"

APPS = {
    "emulator": {
        "dll": os.path.join(ROOT, "emulator", "bin", "Debug", "net10.0", "FaceEmulator.dll"),
        "port": EMULATOR_PORT,
    },
    "baseline": {
        "dll": os.path.join(BENCH, "baseline", "bin", "Debug", "net10.0", "BenchBaseline.dll"),
        "port": BASELINE_PORT,
    },
    # Peers: only with --peers. WireMock with its request journal and request logging off (its own advice for load);
    # Prism answers from the document (no /health and no /face/v1.2 prefix: its paths are the document's).
    "wiremock": {
        "command": lambda port: ["java", "-jar", WIREMOCK_JAR, "--port", str(port), "--bind-address", "127.0.0.1",
                                 "--root-dir", WIREMOCK_ROOT, "--disable-banner", "--no-request-journal",
                                 "--disable-request-logging"],
        "port": WIREMOCK_PORT,
    },
    "prism": {
        "command": lambda port: ["node", PRISM_JS, "mock", "--host", "127.0.0.1", "--port", str(port), OPENAPI],
        "port": PRISM_PORT,
        "base_path": "",
        "ready_path": "/detectLiveness-sessions/ready",
    },
}
PEERS = ("wiremock", "prism")

CREATE_BODY = b'{"livenessOperationMode":"Passive","deviceCorrelationId":"device-1"}'


def log(message):
    print(message, flush=True)


class App:
    """One app process: started with `dotnet <dll>`, stopped by its own pid only."""

    def __init__(self, name, extra_args=()):
        self.name = name
        self.port = APPS[name]["port"]
        self.base = f"http://127.0.0.1:{self.port}"
        self.base_path = APPS[name].get("base_path", V12)
        self.ready_path = APPS[name].get("ready_path", "/health")
        if "dll" in APPS[name]:
            args = ["dotnet", APPS[name]["dll"], "--urls", self.base, *extra_args]
            cwd = os.path.dirname(APPS[name]["dll"])
        else:
            args, cwd = APPS[name]["command"](self.port), PEERS_DIR
        env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Production", DOTNET_NOLOGO="1")
        self.started = time.monotonic()
        self.process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def wait_ready(self, timeout=60.0):
        """Seconds from process start to the first 200 from GET /health (polled every 2 ms); Prism: from a GET."""
        deadline = self.started + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}")
            try:
                request = urllib.request.Request(self.base + self.ready_path, headers={"Ocp-Apim-Subscription-Key": "bench"})
                with urllib.request.urlopen(request, timeout=1) as response:
                    if response.status == 200:
                        return time.monotonic() - self.started
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.002)
        raise RuntimeError(f"{self.name} was not ready within {timeout} s")

    def rss_mb(self):
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
        raise RuntimeError("no VmRSS")

    def cpu_seconds(self):
        """User plus system CPU the process has used so far (/proc/<pid>/stat, fields 14 and 15)."""
        with open(f"/proc/{self.process.pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def request(self, method, path, body=None, key="bench", content_type="application/json", with_headers=False):
        """Path is relative to the app's base path (/face/v1.2, or the document's own paths for Prism)."""
        headers = {"Ocp-Apim-Subscription-Key": key}
        if body is not None:
            headers["Content-Type"] = content_type
        req = urllib.request.Request(self.base + self.base_path + path, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=30) as response:
                answer = response.status, response.read()
                return (*answer, response.headers) if with_headers else answer
        except urllib.error.HTTPError as error:
            answer = error.code, error.read()
            return (*answer, error.headers) if with_headers else answer


def wrk(app, script, connections, seconds, env=None, until_markers=False):
    """Runs wrk; with until_markers, stops it (SIGINT, its own pid) once every thread left its marker file."""
    threads = 1 if connections == 1 else 2
    done_dir = tempfile.mkdtemp(prefix="bench-") if until_markers else ""
    run_env = dict(os.environ, BENCH_LUA=LUA, BENCH_PNG=PNG, BENCH_DONE_DIR=done_dir, BENCH_BASE_PATH=app.base_path,
                   **(env or {}))
    args = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
            "-s", os.path.join(LUA, script), app.base]
    # CPU per request, for the app and for wrk: the machine's two cores are shared by both, so a ratio of req/s is
    # bounded by the ratio of their summed CPU per request (see crypto_floor).
    app_cpu_before = app.cpu_seconds()
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(args, env=run_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        if until_markers:
            while process.poll() is None and len(os.listdir(done_dir)) < threads:
                time.sleep(0.2)
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
        output, errors = process.communicate(timeout=seconds + 60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if done_dir:
            shutil.rmtree(done_dir, ignore_errors=True)
    if process.returncode != 0:
        raise RuntimeError(f"wrk failed ({process.returncode}):\n{output}\n{errors}")
    match = re.search(r"BENCH_JSON (\{.*\})", output)
    if not match:
        raise RuntimeError(f"wrk printed no result:\n{output}")
    result = json.loads(match.group(1))
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    wrk_cpu = (children_after.ru_utime + children_after.ru_stime) - (children_before.ru_utime + children_before.ru_stime)
    requests = max(result["requests"], 1)
    result["app_cpu_us"] = (app.cpu_seconds() - app_cpu_before) * 1e6 / requests
    result["wrk_cpu_us"] = wrk_cpu * 1e6 / requests
    return result


WORKLOADS = [
    ("W1", "create a liveness session (v1.2)", "create.lua"),
    ("W2", "get a session (v1.2)", "get.lua"),
    ("W3", "create a with-verify session, ~50 KB PNG (v1.2 multipart)", "verify.lua"),
]


def check_verify_png(app, with_headers=False):
    """Creates one with-verify session from the W3 image; returns the answer (status, body[, headers])."""
    with open(PNG, "rb") as image:
        data = image.read()
    boundary = "benchcheck"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="livenessOperationMode"\r\n\r\nPassive\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="deviceCorrelationId"\r\n\r\ndevice-1\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="verifyImage"; filename="v.png"\r\n'
            f'Content-Type: application/octet-stream\r\n\r\n').encode() + data + f"\r\n--{boundary}--\r\n".encode()
    reply = app.request("POST", "/detectLivenessWithVerify-sessions", body, key="bench-check",
                        content_type=f"multipart/form-data; boundary={boundary}", with_headers=with_headers)
    if reply[0] != 200:
        raise RuntimeError(f"{app.name} refused the W3 image: {reply[0]} {reply[1][:300]!r}")
    return reply


# Headers a stub should not repeat: the server sets them per response.
HOP_HEADERS = {"date", "content-length", "transfer-encoding", "connection", "server", "keep-alive"}


def write_wiremock_mappings(emulator):
    """One stub per workload whose status, headers and body are the emulator's own answer, captured now."""
    def stub(method, url, reply):
        status, body, headers = reply
        if status != 200:
            raise RuntimeError(f"emulator answered {status} while capturing a stub for {method} {url}")
        kept = {name: value for name, value in headers.items() if name.lower() not in HOP_HEADERS}
        return {"request": {"method": method, **url}, "response": {"status": status, "body": body.decode(), "headers": kept}}

    created = emulator.request("POST", "/detectLiveness-sessions", CREATE_BODY, key="bench-stub", with_headers=True)
    session_id = json.loads(created[1])["sessionId"]
    got = emulator.request("GET", f"/detectLiveness-sessions/{session_id}", key="bench-stub", with_headers=True)
    verified = check_verify_png(emulator, with_headers=True)
    mappings = [
        stub("GET", {"urlPath": "/health"}, (200, b'{"status":"Healthy"}', {"Content-Type": "application/json"})),
        stub("POST", {"urlPath": f"{V12}/detectLiveness-sessions"}, created),
        stub("GET", {"urlPathPattern": f"{V12}/detectLiveness-sessions/[^/]+"}, got),
        stub("POST", {"urlPath": f"{V12}/detectLivenessWithVerify-sessions"}, verified),
    ]
    os.makedirs(os.path.join(WIREMOCK_ROOT, "mappings"), exist_ok=True)
    with open(os.path.join(WIREMOCK_ROOT, "mappings", "bench.json"), "w", encoding="utf-8") as out:
        json.dump({"mappings": mappings}, out, indent=2)
    log(f"  WireMock stubs from the emulator's answers: W1 {len(created[1])} B, W2 {len(got[1])} B, W3 {len(verified[1])} B")


def load_runs(peers=False):
    """W1-W3 at 1 and 64 connections. The apps (and with peers, WireMock and Prism) run side by side and take turns,
    ROUNDS times per workload, so a change in the machine's other load hits all alike; each app's result is its
    median run by req/s. The session cap is lifted, so no create is refused however fast the run (memory is measured
    separately, with the cap). WireMock starts once the emulator has answered the requests its stubs repeat."""
    apps = {name: App(name, ["--Emulator:Limits:MaxSessionsPerTenant", "10000000"] if name == "emulator" else [])
            for name in ("baseline", "emulator")}
    results = {name: {} for name in apps}
    try:
        for app in list(apps.values()):
            app.wait_ready()
            check_verify_png(app)
        if peers:
            write_wiremock_mappings(apps["emulator"])
            for name in PEERS:
                apps[name] = App(name)
                results[name] = {}
            for name in PEERS:
                apps[name].wait_ready(timeout=120)
                check_verify_png(apps[name])
        for workload, _, script in WORKLOADS:
            for connections in (1, 64):
                key = f"bench-{workload}-{connections}"
                envs = {}
                for name, app in apps.items():
                    env = {"BENCH_KEY": key}
                    if workload == "W2":
                        status, body = app.request("POST", "/detectLiveness-sessions", CREATE_BODY, key=key)
                        if status != 200:
                            raise RuntimeError(f"{name}: create for W2 answered {status}")
                        env["BENCH_SESSION_ID"] = json.loads(body)["sessionId"]
                    envs[name] = env
                    # Warm-up under its own key, so W1's sessions never approach the session cap.
                    wrk(app, script, connections, WARMUP, dict(env, BENCH_KEY=key + "-warm") if workload != "W2" else env)
                runs = {name: [] for name in apps}
                for _ in range(ROUNDS):
                    for name, app in apps.items():
                        runs[name].append(wrk(app, script, connections, DURATION, envs[name]))
                for name in apps:
                    result = sorted(runs[name], key=lambda run: run["rps"])[len(runs[name]) // 2]
                    result["rounds_rps"] = [round(run["rps"]) for run in runs[name]]
                    results[name][f"{workload}/{connections}"] = result
                    log(f"  {name} {workload} c={connections}: {result['rps']:.0f} req/s (rounds {result['rounds_rps']}), "
                        f"p50 {result['p50_us'] / 1000:.2f} ms, p99 {result['p99_us'] / 1000:.2f} ms, "
                        f"{result['app_cpu_us']:.1f} us CPU/request, non-2xx {result['non2xx']}")
    finally:
        for app in apps.values():
            app.stop()
    return results


def startup(name):
    times = []
    for _ in range(STARTUP_RUNS):
        app = App(name)
        try:
            times.append(app.wait_ready())
        finally:
            app.stop()
    log(f"  {name} start-up: {', '.join(f'{t * 1000:.0f}' for t in times)} ms")
    return {"runs_s": times, "median_s": statistics.median(times)}


def memory(name):
    """Idle RSS, then RSS after SESSIONS creates under one key (the emulator's cap is exactly SESSIONS)."""
    app = App(name, ["--Emulator:Limits:MaxSessionsPerTenant", str(SESSIONS)] if name == "emulator" else [])
    try:
        app.wait_ready()
        time.sleep(2)
        idle = app.rss_mb()
        key = "bench-rss"
        wrk(app, "create.lua", 64, 900, {"BENCH_KEY": key, "BENCH_STOP_AFTER": str(SESSIONS // 2 + 64)}, until_markers=True)
        time.sleep(2)
        after = app.rss_mb()
        held = None
        if name == "emulator":
            # One more create must meet the cap: the tenant then holds exactly SESSIONS sessions.
            status, body = app.request("POST", "/detectLiveness-sessions", CREATE_BODY, key=key)
            if status != 403 or b"SessionLimitExceeded" not in body:
                raise RuntimeError(f"expected the session cap after {SESSIONS} creates, got {status} {body[:200]!r}")
            held = SESSIONS
        log(f"  {name} RSS idle {idle:.0f} MB, after {SESSIONS} creates {after:.0f} MB")
        return {"idle_mb": idle, "after_sessions_mb": after, "sessions_held": held}
    finally:
        app.stop()


def flood(cap):
    """A create flood of FLOOD_SECONDS at 64 connections, one key, RSS sampled every second."""
    app = App("emulator", ["--Emulator:Limits:MaxSessionsPerTenant", str(cap)])
    samples = []
    cap_reached = [None]
    stop = threading.Event()
    try:
        app.wait_ready()
        key = "bench-flood"

        def sample():
            while not stop.is_set():
                elapsed = time.monotonic() - start
                samples.append((elapsed, app.rss_mb()))
                if cap_reached[0] is None:
                    status, _ = app.request("POST", "/detectLiveness-sessions", CREATE_BODY, key=key)
                    if status == 403:
                        cap_reached[0] = elapsed
                stop.wait(1.0)

        start = time.monotonic()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        result = wrk(app, "create.lua", 64, FLOOD_SECONDS, {"BENCH_KEY": key})
        stop.set()
        sampler.join()
    finally:
        app.stop()
    at_cap = cap_reached[0]
    report = {"cap": cap, "seconds": FLOOD_SECONDS, "requests": result["requests"], "refused": result["non2xx"],
              "samples": [[round(t, 2), round(r, 1)] for t, r in samples], "cap_reached_s": at_cap}
    if at_cap is not None:
        after = [(t, r) for t, r in samples if t >= at_cap]
        rss_at_cap = after[0][1]
        last = after[-1][1]
        report.update(rss_at_cap_mb=rss_at_cap, rss_last_mb=last, rss_max_after_cap_mb=max(r for _, r in after),
                      last_vs_cap=last / rss_at_cap, slope_mb_per_min=slope(after) * 60)
        log(f"  flood: cap reached at {at_cap:.1f} s, RSS {rss_at_cap:.0f} MB -> {last:.0f} MB at the end "
            f"(x{last / rss_at_cap:.3f}, slope {report['slope_mb_per_min']:.2f} MB/min)")
    else:
        log("  flood: the cap was not reached")
    return report


def openssl_speed(*args):
    """`openssl speed -mr` output: the libcrypto that .NET's ECDsa and SHA256 call on Linux."""
    return subprocess.run(["openssl", "speed", "-seconds", "3", "-mr", *args], capture_output=True, text=True, check=True).stdout


def crypto_floor(image_bytes):
    """CPU that no faithful create can skip: an ES256 signature per token, and for W3 a SHA-256 of the image
    (verifyImageHash). Measured on this machine in this run, in microseconds per operation."""
    # -mr summary lines: "+F4:<n>:256:<signs/s>:<verifies/s>" and "+F:<n>:sha256:<bytes/s for the one -bytes size>".
    ecdsa = re.search(r"^\+F4:\d+:256:([\d.]+):", openssl_speed("ecdsap256"), re.M)
    sha = re.search(r"^\+F:\d+:sha256:([\d.]+)", openssl_speed("-bytes", str(image_bytes), "sha256"), re.M)
    if not ecdsa or not sha:
        raise RuntimeError("could not read `openssl speed -mr` output")
    sign_us = 1e6 / float(ecdsa.group(1))
    sha_us = image_bytes * 1e6 / float(sha.group(1))
    log(f"  ES256 sign {sign_us:.1f} us, SHA-256 of {image_bytes} bytes {sha_us:.1f} us")
    return {"es256_sign_us": sign_us, "sha256_image_us": sha_us,
            "per_workload_us": {"W1": sign_us, "W2": 0.0, "W3": sign_us + sha_us}}


def best_reachable(load, floor, key):
    """The req/s ratio the emulator would reach if it did the baseline's work plus the unavoidable crypto and
    nothing else: both apps and wrk share the cores, so req/s goes as 1 / (app + wrk CPU per request)."""
    b = load["baseline"][key]
    spent = b["app_cpu_us"] + b["wrk_cpu_us"]
    return spent / (spent + floor["per_workload_us"][key.split("/")[0]])


def slope(points):
    if len(points) < 2:
        return 0.0
    mean_t = statistics.fmean(t for t, _ in points)
    mean_r = statistics.fmean(r for _, r in points)
    denominator = sum((t - mean_t) ** 2 for t, _ in points)
    return sum((t - mean_t) * (r - mean_r) for t, r in points) / denominator if denominator else 0.0


def peer_versions():
    """The peers' versions, from their own package.json files and `java -version`."""
    versions = {}
    for name, package in (("wiremock", "wiremock"), ("prism", os.path.join("@stoplight", "prism-cli"))):
        with open(os.path.join(PEERS_DIR, "node_modules", package, "package.json"), encoding="utf-8") as manifest:
            versions[name] = json.load(manifest)["version"]
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    versions["java"] = (re.search(r'version "([^"]+)"', java) or re.search(r"(.*)", java)).group(1)
    versions["node"] = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return versions


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="ascii") as info:
        memory_kb = int(info.readline().split()[1])
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    banner = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout
    wrk_version = "wrk " + (re.search(r"(\d+\.\d+\.\d+)", banner) or re.search(r"(.*)", banner)).group(1)
    return {"cores": os.cpu_count(), "cpu": cpu, "memory_gb": round(memory_kb / 1024 / 1024, 1),
            "kernel": platform.release(), "dotnet_sdk": dotnet, "wrk": wrk_version, "build": "Debug (both apps)",
            "load_generator": "wrk on the same machine, loopback", "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}


def main():
    parser = argparse.ArgumentParser(description="bench/run: the emulator against bench/baseline (see the module docstring).")
    parser.add_argument("--peers", action="store_true", help="also measure WireMock and Prism in the load runs")
    options = parser.parse_args()
    os.makedirs(RESULTS, exist_ok=True)
    results = {"machine": machine(), "settings": {"duration_s": DURATION, "rounds": ROUNDS, "warmup_s": WARMUP,
                                                   "startup_runs": STARTUP_RUNS, "sessions": SESSIONS,
                                                   "flood_s": FLOOD_SECONDS, "peers": options.peers}}
    if options.peers:
        results["machine"]["peers"] = peer_versions()
    log("Unavoidable crypto per create:")
    floor = crypto_floor(os.path.getsize(PNG))
    log("Load (W1-W3 at 1 and 64 connections):")
    load = load_runs(options.peers)
    log("Start-up to the first 200:")
    start = {name: startup(name) for name in ("baseline", "emulator")}
    log(f"RSS idle and after {SESSIONS} creates:")
    rss = {name: memory(name) for name in ("baseline", "emulator")}
    flood_cap = int(os.environ.get("BENCH_FLOOD_CAP", str(SESSIONS)))
    log(f"Create flood, {FLOOD_SECONDS} s, session cap {flood_cap}:")
    flooded = flood(flood_cap)

    results.update(crypto_floor=floor, load=load, startup=start, rss=rss, flood=flooded)
    ratios = {}
    for key in load["emulator"]:
        e, b = load["emulator"][key], load["baseline"][key]
        ratios[key] = {"rps": e["rps"] / b["rps"], "p50": e["p50_us"] / max(b["p50_us"], 1),
                       "p99": e["p99_us"] / max(b["p99_us"], 1), "best_reachable": best_reachable(load, floor, key)}
        for peer in PEERS:
            if peer in load:
                ratios[key][f"vs_{peer}"] = e["rps"] / load[peer][key]["rps"]
    ratios["startup"] = start["emulator"]["median_s"] / start["baseline"]["median_s"]
    ratios["rss_idle"] = rss["emulator"]["idle_mb"] / rss["baseline"]["idle_mb"]
    ratios["rss_after_sessions"] = rss["emulator"]["after_sessions_mb"] / rss["baseline"]["after_sessions_mb"]
    results["ratios"] = ratios

    def load_target(workload, bar):
        ratio = ratios[f"{workload}/64"]
        measured = f"{ratio['rps']:.2f}x (best reachable {ratio['best_reachable']:.2f}x)"
        return (f"{workload} req/s at 64 connections >= {bar}x baseline", ratio["rps"] >= bar, measured)

    targets = [
        load_target("W1", 0.7),
        load_target("W2", 0.7),
        load_target("W3", 0.5),
        ("Start-up to first 200 <= 1.5x baseline", ratios["startup"] <= 1.5, f"{ratios['startup']:.2f}x"),
        (f"RSS after {SESSIONS} sessions < 400 MB", rss["emulator"]["after_sessions_mb"] < 400,
         f"{rss['emulator']['after_sessions_mb']:.0f} MB"),
        ("RSS flat once the cap is reached (last <= 1.10x at cap)",
         flooded.get("last_vs_cap") is not None and flooded["last_vs_cap"] <= 1.10,
         f"{flooded['last_vs_cap']:.3f}x" if flooded.get("last_vs_cap") is not None else "cap not reached"),
    ]
    if options.peers:
        # Issue 16: against the peers in the same run, the emulator's req/s at 64 connections over WireMock's.
        for workload, bar in (("W1", 1.3), ("W2", 3.0), ("W3", 3.0)):
            ratio = ratios[f"{workload}/64"]["vs_wiremock"]
            targets.append((f"{workload} req/s at 64 connections >= {bar}x WireMock (same run)", ratio >= bar, f"{ratio:.2f}x"))
    results["targets"] = [{"target": t, "pass": ok, "measured": m} for t, ok, m in targets]

    with open(os.path.join(RESULTS, "latest.json"), "w", encoding="utf-8") as out:
        json.dump(results, out, indent=2)
    markdown = render(results)
    with open(os.path.join(RESULTS, "latest.md"), "w", encoding="utf-8") as out:
        out.write(markdown)
    log("")
    log(markdown)
    for target, ok, measured in targets:
        log(f"{'PASS' if ok else 'FAIL'}  {target}: {measured}")
    return 0 if all(ok for _, ok, _ in targets) else 1


def render(results):
    m, load, ratios = results["machine"], results["load"], results["ratios"]
    peers = [peer for peer in PEERS if peer in load]
    titles = {"wiremock": "WireMock", "prism": "Prism"}
    took_turns = "the two apps" if not peers else f"the two apps, {' and '.join(titles[p] for p in peers)}"
    lines = [
        f"Measured {m['date_utc']} on {m['cores']} cores ({m['cpu']}), {m['memory_gb']} GB, .NET SDK {m['dotnet_sdk']}, "
        f"{m['wrk']}; {m['build']}; {m['load_generator']}. Per workload, after {results['settings']['warmup_s']} s of "
        f"warm-up each, {took_turns} took turns for {results['settings']['rounds']} runs of {results['settings']['duration_s']} s; "
        f"the median run counts.",
    ]
    if peers:
        v = m["peers"]
        lines.append(f"Peers: WireMock {v['wiremock']} standalone on Java {v['java']} (stubs: the emulator's own answers, "
                     f"captured in this run), Prism {v['prism']} on Node {v['node']} (the official v1.2 document). "
                     f"A peer column reads *req/s (emulator ÷ peer)*.")
    peer_heads = "".join(f" {titles[p]} req/s (emulator ÷) |" for p in peers)
    lines += [
        "",
        f"| Workload | Conns | Emulator req/s | Baseline req/s | Ratio |{peer_heads} Emulator p50 / p99 (ms) | Baseline p50 / p99 (ms) | p50 / p99 ratio |",
        "|---|---:|---:|---:|---:|" + "---:|" * len(peers) + "---:|---:|---:|",
    ]
    for workload, title, _ in WORKLOADS:
        for connections in (1, 64):
            key = f"{workload}/{connections}"
            e, b, r = load["emulator"][key], load["baseline"][key], ratios[key]
            # A peer's failed answers would flatter it, so they show in its cell.
            peer_cells = "".join(f" {load[p][key]['rps']:.0f} ({r[f'vs_{p}']:.2f}x)"
                                 f"{'' if not load[p][key]['non2xx'] + load[p][key]['socket_errors'] else ', ' + str(load[p][key]['non2xx'] + load[p][key]['socket_errors']) + ' failed'} |"
                                 for p in peers)
            lines.append(f"| {workload} {title} | {connections} | {e['rps']:.0f} | {b['rps']:.0f} | **{r['rps']:.2f}x** |{peer_cells} "
                         f"{e['p50_us'] / 1000:.2f} / {e['p99_us'] / 1000:.2f} | {b['p50_us'] / 1000:.2f} / {b['p99_us'] / 1000:.2f} | "
                         f"{r['p50']:.2f}x / {r['p99']:.2f}x |")
    floor = results["crypto_floor"]
    lines += [
        "",
        f"CPU per request at 64 connections (µs, user + system, from /proc and wrk's rusage). Unavoidable crypto, measured "
        f"with `openssl speed` against the same libcrypto: ES256 sign {floor['es256_sign_us']:.1f} µs, SHA-256 of the "
        f"image {floor['sha256_image_us']:.1f} µs. *Best reachable* is the req/s ratio if the emulator did the "
        f"baseline's work plus that crypto and nothing more.",
        "",
        "| Workload | Emulator | Baseline | wrk (baseline run) | Unavoidable crypto | Best reachable | Measured |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for workload, _, _ in WORKLOADS:
        key = f"{workload}/64"
        e, b, r = load["emulator"][key], load["baseline"][key], ratios[key]
        lines.append(f"| {workload} | {e['app_cpu_us']:.1f} | {b['app_cpu_us']:.1f} | {b['wrk_cpu_us']:.1f} | "
                     f"{floor['per_workload_us'][workload]:.1f} | {r['best_reachable']:.2f}x | {r['rps']:.2f}x |")
    s, rss, f = results["startup"], results["rss"], results["flood"]
    sessions = results["settings"]["sessions"]
    lines += [
        "",
        "| Measure | Emulator | Baseline | Ratio |",
        "|---|---:|---:|---:|",
        f"| Start-up to first 200 (median of {len(s['emulator']['runs_s'])}) | {s['emulator']['median_s'] * 1000:.0f} ms | "
        f"{s['baseline']['median_s'] * 1000:.0f} ms | **{ratios['startup']:.2f}x** |",
        f"| RSS idle | {rss['emulator']['idle_mb']:.0f} MB | {rss['baseline']['idle_mb']:.0f} MB | {ratios['rss_idle']:.2f}x |",
        f"| RSS after {sessions} creates (emulator holds {sessions} sessions) | {rss['emulator']['after_sessions_mb']:.0f} MB | "
        f"{rss['baseline']['after_sessions_mb']:.0f} MB | {ratios['rss_after_sessions']:.2f}x |",
        "",
    ]
    if f.get("cap_reached_s") is not None:
        lines.append(f"Create flood: {f['seconds']} s at 64 connections, one key, session cap {f['cap']}: {f['requests']} requests, "
                     f"{f['refused']} refused once full. The cap was reached at {f['cap_reached_s']:.0f} s with RSS "
                     f"{f['rss_at_cap_mb']:.0f} MB; at the end RSS was {f['rss_last_mb']:.0f} MB "
                     f"(**{f['last_vs_cap']:.3f}x**, max {f['rss_max_after_cap_mb']:.0f} MB, slope {f['slope_mb_per_min']:.2f} MB/min after the cap).")
    else:
        lines.append(f"Create flood: {f['seconds']} s, cap {f['cap']} not reached ({f['requests']} requests).")
    lines += ["", "| Target | Measured | Result |", "|---|---:|---|"]
    lines += [f"| {t['target']} | {t['measured']} | {'PASS' if t['pass'] else 'FAIL'} |" for t in results["targets"]]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
