import os
from pathlib import Path

import pytest

from tests.utils.environment import skip_or_fail

REPO = Path(__file__).resolve().parents[2]
# Beside the repository, or where LEGATION_SEEDS says (a clone elsewhere, a worktree).
SEEDS = Path(os.environ.get("LEGATION_SEEDS") or REPO / ".." / "shared" / "seeds")
FIXTURES = REPO / "tests" / "fixtures" / "importer" / "pages"
EXPECTED = FIXTURES.parent / "expected"


@pytest.fixture
def seed():
    """The bytes of a sample page from ../shared/seeds/, by its number; skips when absent
    (fails in CI)."""

    def read(number):
        found = sorted(SEEDS.glob(f"{number}_*.txt")) if SEEDS.is_dir() else []
        if not found:
            skip_or_fail(
                f"the sample pages are not in {SEEDS} (LEGATION_SEEDS names another place)"
            )
        return found[0]

    return read
