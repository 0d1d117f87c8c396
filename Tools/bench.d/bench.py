"""Benchmarks StudyKit against reference tools; driven by Tools/bench (see its --help).

Every measurement is a separate process under GNU time (peak RSS, `%M`), timed by the
driver's own clock and reaped with os.wait4, so wall seconds and peak memory are measured
the same way for every tool. The Python
tools also report the seconds of their own work (start-up and imports excluded);
both figures are shown, labelled. Runs shorter than 0.5 s are repeated, median of 7;
shorter than 2 s, median of 3.
"""
import argparse
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import threading
import sys
import tempfile
import time
from importlib import metadata

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = os.path.join(HERE, "reference.py")
MB = 1_000_000
REPEAT_BELOW_SECONDS = 2.0  # runs shorter than this are repeated three times
SHORT_RUN_SECONDS = 0.5    # runs shorter than this are repeated seven times
STUDYKIT = "StudyKit"


class Input:
    def __init__(self, label, path):
        self.label = label
        self.path = path
        self.size = os.path.getsize(path)

    @property
    def title(self):
        size = f"{self.size / 1000:.0f} KB" if self.size < MB else f"{self.size / MB:.2f} MB"
        return f"{self.label} ({size})"


def make_inputs(seed_path, folder, quick):
    """The seed and bigger articles made by repeating it whole (headings repeat too)."""
    with open(seed_path, encoding="utf-8") as handle:
        seed = handle.read()
    if not seed.endswith("\n"):
        seed += "\n"
    inputs = {}
    seed_copy = os.path.join(folder, "seed.txt")
    with open(seed_copy, "w", encoding="utf-8") as handle:
        handle.write(seed)
    inputs["seed"] = Input("seed", seed_copy)
    targets = [("100KB", 100_000), ("1MB", MB)] + ([] if quick else [("10MB", 10 * MB)])
    seed_bytes = len(seed.encode("utf-8"))
    for label, target in targets:
        path = os.path.join(folder, f"article-{label.lower()}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(seed * math.ceil(target / seed_bytes))
        inputs[label] = Input(label, path)
    return inputs


class Result:
    def __init__(self, stage, input, tool, kind):
        self.stage, self.input, self.tool, self.kind = stage, input, tool, kind
        self.seconds = None      # whole-process wall seconds (median)
        self.inner = None        # in-process work seconds (Python tools only)
        self.peak_kib = None
        self.status = "ok"       # ok | timeout | failed | skipped
        self.detail = ""
        self.output_lines = None
        self.runs = 0


def run_once(command, timeout, folder, stdout_path, before=None):
    """One run; returns (status, seconds, peak KiB, detail).

    Wall time is the driver's clock around the run, which is reaped with a blocking
    os.wait4 (Popen.wait(timeout=...) polls with sleeps of up to 50 ms, which rounded
    every short run up to the next 50 ms step); a timer thread kills the process group
    when the timeout passes. Peak memory is GNU time's %M: the rusage of a child forked
    from this (large) Python process would count the driver's own pages.
    """
    if before:
        before()
    time_file = os.path.join(folder, "time.out")
    full = ["/usr/bin/time", "-f", "%M", "-o", time_file] + command
    with open(stdout_path, "wb") as out, open(os.path.join(folder, "stderr.txt"), "wb") as err:
        environment = dict(os.environ, STUDYKIT_TIMINGS="1")
        started = time.perf_counter()
        process = subprocess.Popen(full, stdout=out, stderr=err, start_new_session=True, env=environment)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        watchdog = threading.Timer(timeout, kill)
        watchdog.start()
        try:
            _, status, _ = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    # A run counts as timed out only if the watchdog's kill is what ended it.
    if timed_out.is_set() and os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        return "timeout", None, None, f"timeout >{timeout:g} s"
    code = process.returncode
    with open(time_file) as handle:
        peak = int(handle.read().strip().splitlines()[-1])
    if code != 0:
        with open(os.path.join(folder, "stderr.txt"), errors="replace") as handle:
            message = [line for line in handle.read().strip().splitlines()
                       if not line.startswith("studykit: timings:") and not line.startswith("Command exited")]
        return "failed", float(wall), peak, f"exit {code}: {message[-1][:80] if message else ''}"
    return "ok", float(wall), peak, ""


def studykit_work(stderr_path):
    """StudyKit's in-process work in seconds (STUDYKIT_TIMINGS=1): read, analyse and write,
    without process start-up and rule loading, as the Python tools time theirs without
    interpreter start-up and imports. None when the run printed no timings line."""
    with open(stderr_path, errors="replace") as handle:
        for line in handle:
            if line.startswith("studykit: timings:"):
                fields = line.replace(",", " ").split()
                return float(fields[fields.index("work") + 1]) / 1000
    return None


def count_files(folder):
    return sum(len(files) for _, _, files in os.walk(folder))


def measure(stage, input, tool, command, timeout, folder, kind="studykit", before=None, output_dir=None):
    result = Result(stage, input, tool, kind)
    stdout_path = os.path.join(folder, "stdout.txt")
    report = os.path.join(folder, "report.json")
    times, inners, peaks = [], [], []
    for attempt in range(7):
        if os.path.exists(report):
            os.remove(report)
        status, seconds, peak, detail = run_once(command, timeout, folder, stdout_path, before)
        if status != "ok":
            result.status, result.detail = status, detail
            break
        times.append(seconds)
        peaks.append(peak)
        if kind == "python":
            with open(report) as handle:
                inners.append(json.load(handle)["seconds"])
        elif kind == "studykit":
            work = studykit_work(os.path.join(folder, "stderr.txt"))
            if work is not None:
                inners.append(work)
        if seconds >= REPEAT_BELOW_SECONDS or (attempt >= 2 and seconds >= SHORT_RUN_SECONDS):
            break
    if result.status == "ok":
        result.seconds = statistics.median(times)
        result.peak_kib = statistics.median(peaks)
        result.inner = statistics.median(inners) if inners else None
        result.runs = len(times)
        if output_dir:
            result.output_lines = f"{count_files(output_dir)} files"
        else:
            with open(stdout_path, "rb") as handle:
                result.output_lines = sum(1 for _ in handle)
    print(f"  {stage:<10} {input.label:<6} {tool:<18} {describe(result)}", file=sys.stderr, flush=True)
    return result


def describe(result):
    if result.status != "ok":
        return result.detail
    text = f"{result.seconds:.2f} s, {result.peak_kib / 1024:.0f} MiB"
    if result.inner is not None:
        text += f" (work {result.inner:.3f} s)"
    return text


def studykit_commands(binary):
    """The StudyKit subcommands that exist in this build (`<cmd> --help` exits 0)."""
    names = ["build", "analyze", "outline", "sentences", "keyphrases", "summary", "compare", "epub"]
    present = []
    for name in names:
        code = subprocess.run([binary, name, "--help"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode
        if code == 0:
            present.append(name)
    return present


def run_all(args, inputs, folder):
    binary = args.studykit
    present = studykit_commands(binary)
    missing = [n for n in ["build", "analyze", "outline", "sentences", "keyphrases", "summary", "compare", "epub"]
               if n not in present]
    python = sys.executable
    results = []
    scratch = os.path.join(folder, "run")
    os.makedirs(scratch, exist_ok=True)
    out_dir = os.path.join(folder, "out")

    def clean_out():
        shutil.rmtree(out_dir, ignore_errors=True)
        os.makedirs(out_dir)

    def reference(stage, input, tool, extra, timeout):
        command = [python, REFERENCE, tool, input.path, "--report", os.path.join(scratch, "report.json")] + extra
        results.append(measure(stage, input, tool, command, timeout, scratch, kind="python"))

    def studykit(stage, input, command, writes_files=False):
        if stage not in present:
            return
        results.append(measure(stage, input, STUDYKIT, [binary] + command, args.studykit_timeout, scratch,
                               before=clean_out if writes_files else None,
                               output_dir=out_dir if writes_files else None))

    seed = inputs["seed"]
    results.append(measure("startup", seed, STUDYKIT, [binary, "--version"], 60, scratch))
    main_sizes = [inputs[k] for k in ("seed", "1MB", "10MB") if k in inputs]
    for input in main_sizes:
        print(f"# {input.title}", file=sys.stderr, flush=True)
        studykit("sentences", input, ["sentences", input.path])
        reference("sentences", input, "pysbd", [], args.timeout)
        reference("sentences", input, "blingfire", [], args.timeout)

        for summary_input in ([input, inputs["100KB"]] if input is seed else [input]):
            studykit("summary", summary_input, ["summary", summary_input.path, "--sentences", "5"])
            if summary_input.size <= 200_000:
                reference("summary", summary_input, "sumy-textrank", ["--sentences", "5"], args.sumy_timeout)
                reference("summary", summary_input, "sumy-lexrank", ["--sentences", "5"], args.sumy_timeout)

        studykit("keyphrases", input, ["keyphrases", input.path, "--top", "10"])
        if input.size <= 2 * MB:
            reference("keyphrases", input, "yake", ["--top", "10"], args.timeout)

        studykit("build", input, ["build", input.path, "--out", out_dir], writes_files=True)
        pandoc = ["pandoc", "-f", "markdown", "-t", "epub", "--metadata", "title=Bench",
                  "-o", os.path.join(out_dir, "pandoc.epub"), input.path]
        results.append(measure("build", input, "pandoc (epub)", pandoc, args.timeout, scratch, kind="other",
                               before=clean_out, output_dir=out_dir))

        studykit("analyze", input, ["analyze", input.path])
        studykit("outline", input, ["outline", input.path])
        studykit("compare", input, ["compare", input.path])
        studykit("epub", input, ["epub", input.path, "-o", os.path.join(out_dir, "studykit.epub")],
                 writes_files=True)
    return results, missing


def format_ratio(value):
    return f"{value:.2g}" if value < 1 else f"{value:.1f}"


def format_seconds(result, inner=False):
    if result.status == "timeout":
        return result.detail
    if result.status != "ok":
        return f"failed ({result.detail})"
    value = result.inner if inner else result.seconds
    return f"{value:.4f}" if value < 0.1 else f"{value:.3f}" if value < 10 else f"{value:.1f}"


def table(results, missing, args, inputs):
    baseline = {(r.stage, r.input.label): r for r in results if r.tool == STUDYKIT and r.status == "ok"}
    stage_order = ["startup", "sentences", "summary", "keyphrases", "build", "analyze", "outline", "compare", "epub"]
    input_order = ["seed", "100KB", "1MB", "10MB"]
    results = sorted(results, key=lambda r: (stage_order.index(r.stage), input_order.index(r.input.label)))
    lines = ["| stage | input | tool | seconds | MB/s | peak MiB | StudyKit faster × | output |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for r in results:
        base = baseline.get((r.stage, r.input.label))
        variants = [(False, "whole process")]
        if r.kind in ("python", "studykit") and r.status == "ok" and r.inner is not None:
            variants.insert(0 if r.kind == "python" else 1, (True, "in-process work"))
        for inner, label in variants:
            tool = f"{r.tool} — {label}" if r.tool != STUDYKIT or inner else r.tool
            seconds = r.inner if inner else r.seconds
            rate = f"{r.input.size / MB / seconds:.2f}" if r.status == "ok" and seconds > 0 else ""
            peak = f"{r.peak_kib / 1024:.0f}" if r.status == "ok" and not inner else ""
            ratio = ""
            if base and r.tool != STUDYKIT and base.seconds > 0:
                # Like with like: in-process work against StudyKit's in-process work, whole process against whole.
                versus = base.inner if inner and base.inner else base.seconds
                if r.status == "ok":
                    ratio = format_ratio(seconds / versus)
                elif r.status == "timeout":
                    ratio = f">{args.timeout_for(r.tool) / base.seconds:.0f}"
            lines.append(f"| {r.stage} | {r.input.title} | {tool} | {format_seconds(r, inner)} | {rate} | {peak} "
                         f"| {ratio} | {r.output_lines if r.output_lines is not None else ''} |")
    lines += ["", "Linearity of StudyKit (seconds per MB at 10 MB ÷ seconds per MB at 1 MB; 1.0 = linear, "
              "start-up included):", "",
              "| stage | 1 MB s/MB | 10 MB s/MB | ratio 10 MB / 1 MB |", "|---|---:|---:|---:|"]
    for stage in sorted({r.stage for r in results if r.tool == STUDYKIT and r.stage != "startup"}):
        small, big = baseline.get((stage, "1MB")), baseline.get((stage, "10MB"))
        if small and big:
            per_small = small.seconds / (small.input.size / MB)
            per_big = big.seconds / (big.input.size / MB)
            ratio = f"{per_big / per_small:.2f}" if per_small > 0 else "n/a (0 s at 1 MB)"
            lines.append(f"| {stage} | {per_small:.3f} | {per_big:.3f} | {ratio} |")
        else:
            failed = next((r for r in results if r.tool == STUDYKIT and r.stage == stage and r.status != "ok"
                           and r.input.label in ("1MB", "10MB")), None)
            why = " (--quick)" if args.quick else f" ({failed.input.label}: {failed.detail})" if failed else ""
            lines.append(f"| {stage} | {'%.3f' % (small.seconds / (small.input.size / MB)) if small else ''} "
                         f"| | n/a{why} |")
    if missing:
        lines += ["", "StudyKit commands not in this build (skipped): " + ", ".join(missing)]
    return "\n".join(lines) + "\n"


def header(args, load_at_start):
    def version(name):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "?"
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as handle:
            cpu = next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    pandoc = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return (f"# StudyKit benchmark{' (--quick)' if args.quick else ''}\n\n"
            f"Machine: {os.cpu_count()} cores, {cpu}; Python {platform.python_version()}; "
            f"load average at start {load_at_start:.2f}.\n"
            f"Reference tools: pysbd {version('pysbd')}, blingfire {version('blingfire')}, "
            f"sumy {version('sumy')} (nltk {version('nltk')}, untrained Punkt), yake {version('yake')}, {pandoc}.\n\n"
            "Seconds are wall time of the whole process (driver's clock; peak MiB from GNU "
            "time's %M; median of 7 runs when under 0.5 s, of 3 when under 2 s) unless "
            "the tool says *in-process work*: the Python tool's own timing of read + process + write, without "
            "interpreter start-up and imports; for StudyKit, `STUDYKIT_TIMINGS=1`'s *work* (read, analyse, "
            "write), without process start-up and rule loading. 'StudyKit faster ×' = tool seconds ÷ StudyKit "
            "seconds for the same stage and input, like with like: whole process against whole process, "
            "in-process work against in-process work. pySBD and blingfire get the text line by line; "
            "sumy runs only up to ~100 KB (quadratic); YAKE up to 1 MB. "
            "The bigger inputs repeat the seed whole. 'output' = lines printed, or files written.\n\n")


def main():
    parser = argparse.ArgumentParser(description="StudyKit benchmark driver (use Tools/bench).")
    parser.add_argument("--studykit", required=True)
    parser.add_argument("--seed", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--sumy-timeout", type=float, default=60)
    parser.add_argument("--studykit-timeout", type=float, default=600)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    args.timeout_for = lambda tool: args.sumy_timeout if tool.startswith("sumy") else args.timeout
    os.makedirs(args.work, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="studykit-bench-")
    try:
        inputs = make_inputs(args.seed, folder, args.quick)
        started = time.monotonic()
        load_at_start = os.getloadavg()[0]
        results, missing = run_all(args, inputs, folder)
        text = header(args, load_at_start) + table(results, missing, args, inputs)
        text += f"\nLoad average at end {os.getloadavg()[0]:.2f}; bench took {time.monotonic() - started:.0f} s.\n"
    finally:
        if args.keep:
            print(f"kept inputs and outputs in {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    with open(os.path.join(args.work, "bench.md"), "w", encoding="utf-8") as handle:
        handle.write(text)
    raw = [{"stage": r.stage, "input": r.input.label, "bytes": r.input.size, "tool": r.tool, "status": r.status,
            "seconds": r.seconds, "inner_seconds": r.inner, "peak_kib": r.peak_kib, "runs": r.runs,
            "detail": r.detail, "output_lines": r.output_lines} for r in results]
    with open(os.path.join(args.work, "bench.json"), "w", encoding="utf-8") as handle:
        json.dump(raw, handle, indent=1)
    print(text)


if __name__ == "__main__":
    main()
