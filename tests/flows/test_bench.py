"""The benchmark's report: medians of repeated measurements, with their ranges."""

from __future__ import annotations

import statistics

from flows.bench import ModeFigures


def _figures(samples: dict[str, list[float]]) -> ModeFigures:
    mid = {k: statistics.median(v) for k, v in samples.items()}
    return ModeFigures(
        "rules",
        1000,
        50_000,
        mid["pipeline"],
        mid["ceiling"],
        mid["rerun"],
        mid["rss"],
        10,
        mid["startup"],
        peak_pss_mb=mid["pss"],
        bare_flow_seconds=mid["bare"],
        samples=samples,
    )


SAMPLES = {
    "pipeline": [21.0, 19.0, 24.0],
    "ceiling": [4.5, 4.8, 4.6],
    "rerun": [6.3, 6.1, 6.5],
    "rss": [900.0, 910.0, 905.0],
    "pss": [650.0, 671.0, 660.0],
    "startup": [6.0, 6.5, 6.2],
    "bare": [8.5, 8.9, 8.7],
}


def test_figures_are_medians_and_each_prints_its_range() -> None:
    f = _figures(SAMPLES)
    assert f.pipeline_seconds == 21.0 and f.peak_pss_mb == 660.0
    # The marginal ratio of the medians, and each round's own beside it.
    assert round(f.steady_ratio, 3) == round(4.6 / (21.0 - 6.2), 3)
    text = "\n".join(f.lines())
    assert "[19.0-24.0 s]" in text and "[650-671 MB]" in text
    rounds = [
        c / (p - s)
        for c, p, s in zip(SAMPLES["ceiling"], SAMPLES["pipeline"], SAMPLES["startup"], strict=True)
    ]
    assert f"[rounds: {', '.join(f'{r:.2f}' for r in rounds)}]" in text
    assert "median of 3 measurements" in text


def test_one_measurement_prints_no_range() -> None:
    f = _figures({k: v[:1] for k, v in SAMPLES.items()})
    f.samples = {}
    text = "\n".join(f.lines())
    assert "[" not in text and "median" not in text
