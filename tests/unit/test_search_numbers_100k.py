"""Issue 12 §1 at the size the issue names: the number forms a family quotes, in a store of
100,000 cases (1,000 demo cases written through the services, then copied a hundred times under
other PC letters and years with SQL, search index included: the services would take minutes
for what search reads the same either way)."""

from __future__ import annotations

import pytest

from tests.unit.test_search_case_numbers import demo_office

SEED_CASES, COPIES = 1000, 100
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXY"  # 25 PC letters, then the same letters 3 years back
NUMBER = 321


def _copy_cases(conn, k: int) -> None:
    """Copy k: every seed case again under letter LETTERS[k % 25], k // 25 * 3 years back."""
    letter, back = LETTERS[k % len(LETTERS)], (k // len(LETTERS)) * 3
    new_number = (f"'SBY-' || (CAST(substr(case_number, 5, 4) AS INTEGER) - {back})"
                  f" || '-{letter}-' || substr(case_number, 12)")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(cases)") if r[1] not in ("seq",)]
    shown = ", ".join(columns)
    chosen = ", ".join(new_number if c == "case_number" else f"id || '~{k}'" if c == "id" else c
                       for c in columns)
    conn.execute(f"INSERT INTO cases ({shown}) SELECT {chosen} FROM cases"
                 " WHERE id NOT LIKE '%~%'")
    for table in ("workers", "complainants"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        picked = ", ".join(f"{c} || '~{k}'" if c in ("id", "case_id") else c for c in cols)
        conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picked} FROM {table}"
                     " WHERE case_id NOT LIKE '%~%'")
    conn.execute(
        "INSERT INTO case_search (rowid, case_number, worker_name, complainant_name, passport,"
        " nik, phones) SELECT c.seq, c.case_number, s.worker_name, s.complainant_name,"
        " s.passport, s.nik, s.phones FROM cases c"
        " JOIN cases o ON o.id = substr(c.id, 1, instr(c.id, '~') - 1)"
        f" JOIN case_search s ON s.rowid = o.seq WHERE c.id LIKE '%~{k}'")


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    core = demo_office(tmp_path_factory.mktemp("numbers100k"), SEED_CASES, seed=5)
    conn = core.store.raw_connection
    conn.execute("BEGIN")
    for k in range(1, COPIES):
        _copy_cases(conn, k)
    conn.execute("COMMIT")
    yield core
    core.close()


def numbered(core, tail: int, letter: str | None = None, year: str | None = None) -> list[str]:
    """Every case number with this tail (and letter, year), newest received first."""
    rows = core.store.query(
        "SELECT case_number FROM cases WHERE case_number LIKE ?"
        " ORDER BY received_at DESC, seq DESC", (f"SBY-{year or '%'}-{letter or '%'}-{tail:05d}",))
    return [r[0] for r in rows]


def found(core, text: str) -> list[str]:
    return [r.case_number for r in core.cases.rows(core.search.search(text))]


def test_the_store_holds_100000_cases_with_the_number_many_times(office):
    assert office.cases.count() == SEED_CASES * COPIES
    assert len(numbered(office, NUMBER)) >= 2 * COPIES // 2


@pytest.mark.parametrize("form", ["{n}", "{lower}", "{slashes}", " {spaced} "])
def test_the_whole_number_shows_exactly_that_case(office, form):
    for number in numbered(office, NUMBER)[::17]:
        code, year, letter, tail = number.split("-")
        typed = form.format(n=number, lower=number.lower(),
                            slashes=f"{code}/{year}/{letter}/{int(tail)}",
                            spaced=f"{code} {year} {letter} {tail}")
        assert found(office, typed) == [number], typed


@pytest.mark.parametrize("typed", ["321", "00321", "0321"])
def test_a_bare_tail_puts_every_case_with_that_number_first_newest_first(office, typed):
    every = numbered(office, NUMBER)
    assert found(office, typed)[:len(every)] == every


@pytest.mark.parametrize("typed", ["A-321", "a00321", "A 321", "a321"])
def test_a_letter_and_tail_puts_that_pcs_cases_first(office, typed):
    mine = numbered(office, NUMBER, letter="A")
    assert found(office, typed)[:len(mine)] == mine


def test_year_letter_and_tail_narrow_it_to_one_year(office):
    year = numbered(office, NUMBER, letter="C")[-1].split("-")[1]
    mine = numbered(office, NUMBER, letter="C", year=year)
    assert found(office, f"SBY/{year}/C/{NUMBER}")[:len(mine)] == mine
    assert found(office, f"{year}/c/{NUMBER}")[:len(mine)] == mine


def test_after_the_numbers_an_identity_ranks_first(office):
    passport = office.store.query_one(
        "SELECT w.passport FROM workers w JOIN cases c ON c.id = w.case_id"
        " WHERE w.passport != '' AND c.id NOT LIKE '%~%' LIMIT 1")[0]
    with_it = {r[0] for r in office.store.query(
        "SELECT c.case_number FROM workers w JOIN cases c ON c.id = w.case_id"
        " WHERE w.passport = ?", (passport,))}
    assert set(found(office, passport.lower())[:len(with_it)]) == with_it
