from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / ".." / "shared" / "seeds"
FIXTURES = REPO / "tests" / "fixtures" / "importer" / "pages"
EXPECTED = FIXTURES.parent / "expected"


@pytest.fixture
def seed():
    """The bytes of a sample page from ../shared/seeds/, by its number; skips when absent."""

    def read(number):
        found = sorted(SEEDS.glob(f"{number}_*.txt")) if SEEDS.is_dir() else []
        if not found:
            pytest.skip("the sample pages in ../shared/seeds/ are not here")
        return found[0]

    return read
