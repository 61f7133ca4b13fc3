"""Turning timings into the one-line JSON figures `python -m bench` prints (see DESIGN.md)."""
import statistics


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: a value that was really measured, never an interpolation."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def figure(name: str, samples_ms: list[float], raw_ms: list[float] | None = None,
           cpu_ms: list[float] | None = None, **extra) -> dict:
    """{"name", "n", "p50_ms", "p95_ms"[, "raw_p50_ms", "raw_p95_ms", "ratio"][, "cpu_p50_ms", "cpu_p95_ms"], **extra}.

    The *_ms figures are wall clock. `cpu_ms`, the processor time of the same samples, is what
    our code costs whatever else the machine is doing: when other work competes for the
    processors, wall clock grows and processor time does not.
    """
    result = {
        "name": name,
        "n": len(samples_ms),
        "p50_ms": round(statistics.median(samples_ms), 3),
        "p95_ms": round(percentile(samples_ms, 95), 3),
    }
    if raw_ms:
        result["raw_p50_ms"] = round(statistics.median(raw_ms), 3)
        result["raw_p95_ms"] = round(percentile(raw_ms, 95), 3)
        result["ratio"] = round(result["p50_ms"] / result["raw_p50_ms"], 2) if result["raw_p50_ms"] else None
    if cpu_ms:
        result["cpu_p50_ms"] = round(statistics.median(cpu_ms), 3)
        result["cpu_p95_ms"] = round(percentile(cpu_ms, 95), 3)
    result.update(extra)
    return result

