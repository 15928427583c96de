"""Write models/first_names.tsv: first names whose gender is near certain, from nomquamgender's name table.

nomquamgender (Ian Van Buskirk, MIT licence; https://github.com/ianvanbuskirk/nomquamgender) gives, for each
name, the number of people counted and the share of them who are women, p(gf). A name is kept when at
least MIN_COUNT people were counted and p(gf) is at most MALE_MAX or at least FEMALE_MIN. claimscope uses
the table only to rule out a pronoun's antecedent whose first name says otherwise ("she" is not Walter
Briggs); it never writes a person's gender out.

    pip install nomquamgender==0.1.4 && python scripts/first_names.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

MIN_COUNT = 1000
MALE_MAX = 0.08
FEMALE_MIN = 0.92
OUT = Path(__file__).resolve().parent.parent / "models" / "first_names.tsv"


def name_table() -> dict[str, list]:
    """nomquamgender's name -> [sources, count, p(gf), ...] table, read without importing the package."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nomquamgender is not installed: pip install nomquamgender==0.1.4")
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    return json.loads(path.read_text(encoding="utf-8"))


def genders(table: dict[str, list]) -> dict[str, str]:
    """The names kept and their gender.

    >>> genders({"walter": [33, 747150, 0.001], "gloria": [31, 499095, 0.992], "jean": [30, 2525377, 0.477],
    ...          "zyx": [1, 12, 0.0]})
    {'gloria': 'female', 'walter': 'male'}
    """
    kept = {}
    for name, row in table.items():
        count, pgf = row[1], row[2]
        if name.isalpha() and count >= MIN_COUNT and (pgf <= MALE_MAX or pgf >= FEMALE_MIN):
            kept[name] = "female" if pgf >= FEMALE_MIN else "male"
    return dict(sorted(kept.items()))


def main() -> None:
    kept = genders(name_table())
    head = (f"# First names and the gender nearly everyone with them has: from nomquamgender 0.1.4 (Ian Van Buskirk,\n"
            f"# MIT licence), names counted at least {MIN_COUNT} times with a share of women at most {MALE_MAX} or at\n"
            f"# least {FEMALE_MIN}. Rebuilt by scripts/first_names.py. Used only to rule out a pronoun's antecedent.\n")
    OUT.write_text(head + "".join(f"{n}\t{g}\n" for n, g in kept.items()), encoding="utf-8")
    print(f"{OUT}: {len(kept)} names")


if __name__ == "__main__":
    main()
