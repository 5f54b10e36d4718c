def pytest_terminal_summary(terminalreporter):
    """Print the probe suite's matrices (recorded by its tests, also under pytest-xdist)."""
    for report in terminalreporter.stats.get("passed", []) + terminalreporter.stats.get(
        "failed", []
    ):
        for name, value in getattr(report, "user_properties", []):
            if name == "no-leak matrix":
                terminalreporter.write_line(value)
