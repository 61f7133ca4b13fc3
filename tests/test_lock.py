"""requirements.lock pins, with hashes, a version inside every range pyproject.toml asks for."""
import re
import tomllib
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]


def locked() -> dict[str, str]:
    text = (ROOT / "requirements.lock").read_text()
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
    pins = {}
    for block in blocks:
        match = re.match(r"([A-Za-z0-9._-]+)==([^ ;\\]+)(?: ; ([^\\\n]+?))? *\\?\n", block)
        if match:
            assert "--hash=sha256:" in block, f"{match[1]} is pinned without a hash"
            if match[3] is None or Marker(match[3]).evaluate():  # the pin for this Python and platform
                pins[canonicalize_name(match[1])] = match[2]
    return pins


def test_every_dependency_is_locked_within_its_range():
    """A range widened or a package added in pyproject.toml without `python3 dev.py lock` fails here."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + [d for extra in project["optional-dependencies"].values() for d in extra]
    pins = locked()
    problems = []
    for line in wanted:
        requirement = Requirement(line)
        version = pins.get(canonicalize_name(requirement.name))
        if version is None:
            problems.append(f"{requirement.name} is not in requirements.lock")
        elif not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement.name}=={version} is outside {requirement.specifier}")
    assert not problems, "run `python3 dev.py lock` and the tests:\n" + "\n".join(problems)
