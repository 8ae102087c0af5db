"""The teachers' development fund (Karta Nauczyciela art. 70a): the year's computation and its allocation plan.

For each calendar year the JST plans its teachers' yearly personal salaries, as one sum or per school; the fund is
the rate in force that year (a setting with its history: 0,8 % by art. 70a ust. 1 KN since 2018, 1 % before) of
that sum, rounded to the grosz with ROUND_HALF_UP (:func:`wsparcie_desktop.services.fund_money.fund_amount`).
The allocation plan divides it among purposes, each possibly naming a school, a provider, a support, a network or
an HDR activity. Over-allocation is allowed but warned about, as is an HDR whose activities financed from the fund
("fundusz doskonalenia") cost more in a year than that year's plan allocates. The unions' opinion of the plan is
recorded with the year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    ALLOCATION_CATEGORIES,
    AdvisoryProcess,
    FundAllocation,
    FundRate,
    FundSchoolSalary,
    FundYear,
    Hdr,
    HdrActivity,
    Network,
    ProcessSupport,
    School,
    Setting,
    SupportProvider,
)
from wsparcie_desktop.db.plain_rows import Prepared, plain_rows
from wsparcie_desktop.db.versioning import check_version, touch
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_money
from wsparcie_desktop.services.access import check_store_wide
from wsparcie_desktop.services.fund_money import fund_amount, parse_amount, parse_rate
from wsparcie_desktop.services.hdr_dates import split_by_year
from wsparcie_desktop.services.schools import polish_sort_key
from wsparcie_desktop.validation import clean, require

RATE_SETTING = "fund_rate_percent"
RATES_WHAT = "Wykaz stawek funduszu doskonalenia"  # a setting of the whole store (services/access.py)
FUND_FINANCING = "fundusz_doskonalenia"
CATEGORY_LABELS = {
    "support": "procesowe wspomaganie szkoły",
    "network": "sieć współpracy i samokształcenia",
    "courses": "kursy i szkolenia",
    "studies": "studia (podyplomowe i inne)",
    "conferences": "konferencje",
    "other": "inne",
}
assert set(CATEGORY_LABELS) == set(ALLOCATION_CATEGORIES)
ZERO = Decimal("0.00")


def check_year(year: int | str | None, field_name: str = "year") -> int:
    try:
        value = int(str(year).strip())
    except (TypeError, ValueError) as exc:
        raise DomainError("Rok podaje się liczbą, np. 2027.", field_name) from exc
    if not 2000 <= value <= 2100:
        raise DomainError("Rok musi być z przedziału 2000–2100.", field_name)
    return value


# ---------------------------------------------------------------- the rate and its history


@dataclass
class RateData:
    from_year: int | str = 2018
    rate_percent: Decimal | str = Decimal("0.800")
    basis: str = ""
    id: int | None = None
    version: int | None = None


def list_rates(db: Database) -> list[RateData]:
    """The rate's history, the oldest first."""
    with db.transaction() as s:
        return [RateData(r.from_year, Decimal(r.rate_percent).quantize(Decimal("0.001")), r.basis, r.id, r.version)
                for r in s.scalars(select(FundRate).order_by(FundRate.from_year))]  # fmt: skip


def _rate_in(s: Session, year: int) -> Decimal:
    row = s.scalar(select(FundRate).where(FundRate.from_year <= year).order_by(FundRate.from_year.desc()).limit(1))
    if row is not None:
        return Decimal(row.rate_percent).quantize(Decimal("0.001"))
    setting = s.get(Setting, RATE_SETTING)
    return parse_rate(setting.value if setting else "0.8")


def year_rate(db: Database, year: int) -> Decimal:
    """The rate in force in ``year``: the newest history entry from that year or before, else the setting."""
    with db.transaction() as s:
        return _rate_in(s, check_year(year))


def _sync_setting(s: Session) -> None:
    """The setting holds the newest rate, so that whatever reads it agrees with the history."""
    newest = s.scalar(select(FundRate).order_by(FundRate.from_year.desc()).limit(1))
    if newest is None:
        return
    value = format(Decimal(newest.rate_percent).normalize(), "f")
    setting = s.get(Setting, RATE_SETTING)
    if setting is None:
        s.add(Setting(key=RATE_SETTING, value=value))
    elif setting.value != value:
        setting.value = value


def save_rate(db: Database, data: RateData) -> Change:
    """A rate in force from a year on (0–10 %); the years' funds planned before keep the rate they were given."""
    year = check_year(data.from_year, "from_year")
    rate = parse_rate(data.rate_percent)
    with db.transaction() as s:
        check_store_wide(db, s, RATES_WHAT)
        twin = s.scalar(select(FundRate).where(FundRate.from_year == year))
        if twin is not None and twin.id != data.id:
            raise DomainError(f"Stawka od roku {year} jest już wpisana — popraw ją zamiast dodawać drugą.", "from_year")
        if data.id is None:
            row = FundRate(from_year=year, rate_percent=rate)
            s.add(row)
        else:
            row = s.get(FundRate, data.id)
            if row is None:
                raise DomainError("Ta stawka nie istnieje — mogła zostać usunięta.")
            check_version(row, data.version)
        row.from_year, row.rate_percent, row.basis = year, rate, clean(data.basis)
        s.flush()
        _sync_setting(s)
        return Change(Kind.FUND_RATE, None, ids=(row.id,))


def delete_rate(db: Database, rate_id: int) -> Change:
    with db.transaction() as s:
        check_store_wide(db, s, RATES_WHAT)
        if (s.scalar(select(func.count()).select_from(FundRate)) or 0) <= 1:
            raise DomainError("Historia stawek musi zawierać co najmniej jedną stawkę.")
        row = s.get(FundRate, rate_id)
        if row is not None:
            s.delete(row)
            s.flush()
            _sync_setting(s)
    return Change(Kind.FUND_RATE, None, ids=(rate_id,), deleted=True)


# ---------------------------------------------------------------- the year


@dataclass
class FundYearData:
    year: int | str = 0
    per_school: bool = False
    planned_salaries: Decimal | str = ZERO  # the one sum (per_school False); else the sum of the schools'
    school_salaries: dict[int, Decimal | str] = field(default_factory=dict)
    rate_percent: Decimal | str | None = None  # None: the rate in force that year
    unions_consulted_on: dt.date | None = None
    unions: str = ""
    union_opinion: str = ""
    id: int | None = None
    jst_id: int | None = None
    version: int | None = None

    @property
    def fund(self) -> Decimal:
        return fund_amount(Decimal(self.planned_salaries), Decimal(self.rate_percent or 0))


def _year_data(s: Session, row: FundYear) -> FundYearData:
    salaries = {r.school_id: Decimal(r.amount).quantize(ZERO) for r in
                s.scalars(select(FundSchoolSalary).where(FundSchoolSalary.fund_year_id == row.id))}  # fmt: skip
    return FundYearData(row.year, row.per_school, Decimal(row.planned_salaries).quantize(ZERO), salaries,
                        Decimal(row.rate_percent).quantize(Decimal("0.001")), row.unions_consulted_on, row.unions,
                        row.union_opinion, row.id, row.jst_id, row.version)  # fmt: skip


def get_year(db: Database, fund_year_id: int) -> FundYearData:
    with db.transaction() as s:
        row = s.get(FundYear, fund_year_id)
        if row is None:
            raise DomainError("Ten rok funduszu nie istnieje — mógł zostać usunięty.")
        return _year_data(s, row)


def find_year(db: Database, jst_id: int, year: int) -> FundYearData | None:
    with db.transaction() as s:
        row = s.scalar(select(FundYear).where(FundYear.jst_id == jst_id, FundYear.year == year))
        return _year_data(s, row) if row is not None else None


def save_year(db: Database, jst_id: int, data: FundYearData) -> Change:
    """Plan (id None) or change a year: the salaries (one sum or per school), the rate, the unions' opinion."""
    year = check_year(data.year)
    with db.transaction() as s:
        rate = _rate_in(s, year) if data.rate_percent in (None, "") else parse_rate(data.rate_percent)
        school_salaries: dict[int, Decimal] = {}
        if data.per_school:
            schools = {r.id: r.name for r in s.scalars(select(School).where(School.jst_id == jst_id))}
            for school_id, amount in data.school_salaries.items():
                if school_id not in schools:
                    raise DomainError("Ta szkoła nie należy do rejestru samorządu.", "school_salaries")
                value = parse_amount(amount, "school_salaries", f"Wynagrodzenia — {schools[school_id]}")
                if value:
                    school_salaries[school_id] = value
            salaries = sum(school_salaries.values(), ZERO)
        else:
            salaries = parse_amount(data.planned_salaries, "planned_salaries", "Planowane wynagrodzenia osobowe")
        if data.unions_consulted_on is not None and not 2000 <= data.unions_consulted_on.year <= 2100:
            raise DomainError("Rok musi być z przedziału 2000–2100.", "unions_consulted_on")
        fund_amount(salaries, rate)  # the fund must fit the store's column too
        twin = s.scalar(select(FundYear.id).where(FundYear.jst_id == jst_id, FundYear.year == year))
        if twin is not None and twin != data.id:
            raise DomainError(f"Plan funduszu na rok {year} już istnieje — otwórz go, zamiast dodawać drugi.", "year")
        if data.id is None:
            row = FundYear(jst_id=jst_id, year=year, planned_salaries=salaries, rate_percent=rate)
            s.add(row)
            s.flush()
        else:
            row = s.get(FundYear, data.id)
            if row is None or row.jst_id != jst_id:
                raise DomainError("Ten rok funduszu nie istnieje — mógł zostać usunięty.")
            check_version(row, data.version)
        row.year, row.per_school, row.planned_salaries, row.rate_percent = year, bool(data.per_school), salaries, rate
        row.unions_consulted_on, row.unions, row.union_opinion = (data.unions_consulted_on, clean(data.unions),
                                                                  clean(data.union_opinion))  # fmt: skip
        stored = {
            r.school_id: r for r in s.scalars(select(FundSchoolSalary).where(FundSchoolSalary.fund_year_id == row.id))
        }
        for school_id, line in stored.items():
            if school_id not in school_salaries:
                s.delete(line)
        for school_id, amount in school_salaries.items():
            if school_id in stored:
                if Decimal(stored[school_id].amount) != amount:
                    stored[school_id].amount = amount
            else:
                s.add(FundSchoolSalary(fund_year_id=row.id, school_id=school_id, amount=amount))
        touch(row)
        s.flush()
        return Change(Kind.FUND, jst_id, ids=(row.id,))


def year_dependants(db: Database, fund_year_id: int) -> list[str]:
    with db.transaction() as s:
        count = s.scalar(select(func.count()).where(FundAllocation.fund_year_id == fund_year_id)) or 0
        total = s.scalar(select(func.sum(FundAllocation.amount)).where(FundAllocation.fund_year_id == fund_year_id))
        return [f"przydziały planu: {count} na {format_money(Decimal(total or 0))}"] if count else []


def delete_year(db: Database, fund_year_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(FundYear, fund_year_id)
        jst_id = row.jst_id if row is not None else None
        if row is not None:
            s.delete(row)
    return Change(Kind.FUND, jst_id, ids=(fund_year_id,), deleted=True)


# ---------------------------------------------------------------- allocations


@dataclass
class AllocationData:
    category: str = "courses"
    purpose: str = ""
    amount: Decimal | str = ZERO
    school_id: int | None = None
    provider_code: str | None = None
    support_id: int | None = None
    network_id: int | None = None
    hdr_activity_id: int | None = None
    id: int | None = None
    fund_year_id: int | None = None
    version: int | None = None
    tied_to: str = ""  # read only: what it names, in words

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS.get(self.category, self.category)


@dataclass
class Saved:
    """The allocation stored, the warnings about the plan (saving went through anyway), and the change."""

    id: int
    warnings: list[str] = field(default_factory=list)
    changes: tuple[Change, ...] = ()


def _check_links(s: Session, jst_id: int, data: AllocationData) -> None:
    def belongs(model, row_id, field_name: str, message: str) -> None:
        if row_id is None:
            return
        row = s.get(model, row_id)
        if row is None or getattr(row, "jst_id", None) != jst_id:
            raise DomainError(message, field_name)

    belongs(School, data.school_id, "school_id", "Wybierz szkołę z rejestru samorządu.")
    belongs(ProcessSupport, data.support_id, "support_id", "Wybierz wspomaganie prowadzone w szkołach samorządu.")
    belongs(Network, data.network_id, "network_id", "Wybierz sieć współpracy samorządu.")
    if data.provider_code is not None and s.get(SupportProvider, data.provider_code) is None:
        raise DomainError("Wybierz realizatora z listy.", "provider_code")
    if data.hdr_activity_id is not None:
        found = s.scalar(select(AdvisoryProcess.jst_id).join(Hdr, Hdr.process_id == AdvisoryProcess.id)
                         .join(HdrActivity, HdrActivity.hdr_id == Hdr.id).where(HdrActivity.id == data.hdr_activity_id))  # fmt: skip
        if found != jst_id:
            raise DomainError("Wybierz działanie z HDR tego samorządu.", "hdr_activity_id")


def save_allocation(db: Database, fund_year_id: int, data: AllocationData) -> Saved:
    """Add or change an allocation; over-allocating the fund is allowed, and said in ``warnings``."""
    if data.category not in ALLOCATION_CATEGORIES:
        raise DomainError("Wybierz cel przydziału.", "category")
    purpose = require(data.purpose, "purpose", "Przeznaczenie")
    amount = parse_amount(data.amount, "amount", "Kwota przydziału")
    with db.transaction() as s:
        year = s.get(FundYear, fund_year_id)
        if year is None:
            raise DomainError("Ten rok funduszu nie istnieje — mógł zostać usunięty.")
        _check_links(s, year.jst_id, data)
        if data.id is None:
            row = FundAllocation(fund_year_id=fund_year_id, purpose=purpose, amount=amount)
            s.add(row)
        else:
            row = s.get(FundAllocation, data.id)
            if row is None or row.fund_year_id != fund_year_id:
                raise DomainError("Ten przydział nie istnieje — mógł zostać usunięty.")
            check_version(row, data.version)
        row.category, row.purpose, row.amount = data.category, purpose, amount
        row.school_id, row.provider_code, row.support_id = data.school_id, data.provider_code, data.support_id
        row.network_id, row.hdr_activity_id = data.network_id, data.hdr_activity_id
        s.flush()
        jst_id, year_number, row_id = year.jst_id, year.year, row.id
    plan = fund_plan(db, jst_id, year_number)
    return Saved(row_id, plan.warnings if plan else [], (Change(Kind.FUND, jst_id, ids=(fund_year_id,)),))


def delete_allocation(db: Database, allocation_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(FundAllocation, allocation_id)
        if row is None:
            return Change(Kind.FUND, None, deleted=True)
        year = s.get(FundYear, row.fund_year_id)
        s.delete(row)
        return Change(Kind.FUND, year.jst_id, ids=(year.id,))


# ---------------------------------------------------------------- the plan with its warnings and ties


@dataclass(frozen=True)
class HdrFundActivity:
    id: int
    name: str
    part: Decimal  # its cost falling in the year (shared by days, as the HDR's budget does)
    allocated: Decimal  # what the year's plan allocates to it by name


@dataclass(frozen=True)
class TiedWork:
    """A process support or a network running in the year, with what the year's plan allocates to it by name."""

    kind: str  # "support" or "network"
    id: int
    name: str
    part: Decimal | None  # a support's cost falling in the year (shared by days); a network has no cost of its own
    allocated: Decimal


@dataclass
class FundPlan:
    year: FundYearData
    fund: Decimal
    allocations: list[AllocationData]
    allocated: Decimal
    hdr_cost: Decimal  # the HDR's activities financed from the fund, their part in this year
    hdr_activities: list[HdrFundActivity]
    warnings: list[str] = field(default_factory=list)
    salaries_by_school: list[tuple[str, Decimal]] = field(default_factory=list)
    works: list[TiedWork] = field(default_factory=list)  # supports and networks running in the year

    @property
    def left(self) -> Decimal:
        """What is left to allocate; negative when the plan allocates more than the fund."""
        return self.fund - self.allocated

    def by_category(self) -> list[tuple[str, Decimal]]:
        sums: dict[str, Decimal] = {}
        for a in self.allocations:
            sums[a.category] = sums.get(a.category, ZERO) + Decimal(a.amount)
        return [(CATEGORY_LABELS[c], sums[c]) for c in ALLOCATION_CATEGORIES if c in sums]


# Read as plain rows with selects compiled once (db/plain_rows.py): the fund's screen reads 2,000 allocations, as
# many schools and 1,500 fund-financed HDR activities (of a plan of 5,000) when it opens.
_JST = bindparam("jst_id")
_FUND_COSTS = Prepared(
    select(HdrActivity.id, HdrActivity.name, HdrActivity.starts_on, HdrActivity.ends_on, HdrActivity.cost)
    .join(Hdr, Hdr.id == HdrActivity.hdr_id).join(AdvisoryProcess, AdvisoryProcess.id == Hdr.process_id)
    .where(AdvisoryProcess.jst_id == _JST, HdrActivity.financing == FUND_FINANCING)
    .order_by(HdrActivity.starts_on, HdrActivity.id)
)  # fmt: skip


def hdr_fund_costs(db: Database, jst_id: int) -> dict[int, list[tuple[int, str, Decimal]]]:
    """The JST's HDR activities financed from the fund, by calendar year: (activity id, name, part of the cost)."""
    result: dict[int, list[tuple[int, str, Decimal]]] = {}
    with db.transaction() as s:
        rows = plain_rows(s, _FUND_COSTS, {"jst_id": jst_id})
    for activity_id, name, starts_on, ends_on, cost in rows:
        cost = Decimal(cost).quantize(ZERO)
        if not cost or ends_on < starts_on:
            continue
        # within one year the whole cost falls in it (split_by_year's answer, without its arithmetic)
        parts = {starts_on.year: cost} if starts_on.year == ends_on.year else split_by_year(starts_on, ends_on, cost)
        for year, part in parts.items():
            if part:
                result.setdefault(year, []).append((activity_id, name, part))
    return result


def _tie_text(a: AllocationData, schools: dict, supports: dict, networks: dict, activities: dict,
              providers: dict) -> str:  # fmt: skip
    parts = []
    if a.support_id in supports:
        parts.append(f"wspomaganie: {supports[a.support_id]}")
    if a.network_id in networks:
        parts.append(f"sieć: {networks[a.network_id]}")
    if a.hdr_activity_id in activities:
        parts.append(f"HDR: {activities[a.hdr_activity_id]}")
    if a.school_id in schools and a.support_id not in supports:
        parts.append(schools[a.school_id])
    if a.provider_code in providers:
        parts.append(providers[a.provider_code])
    return "; ".join(parts)


_ALLOCATION_COLUMNS = (FundAllocation.category, FundAllocation.purpose, FundAllocation.amount, FundAllocation.school_id,
                       FundAllocation.provider_code, FundAllocation.support_id, FundAllocation.network_id,
                       FundAllocation.hdr_activity_id, FundAllocation.id, FundAllocation.fund_year_id,
                       FundAllocation.version)  # fmt: skip
_SCHOOL_NAMES = Prepared(select(School.id, School.name).where(School.jst_id == _JST))
_ALLOCATIONS = Prepared(select(*_ALLOCATION_COLUMNS).where(FundAllocation.fund_year_id == bindparam("year_id"))
                        .order_by(FundAllocation.id))  # fmt: skip


def fund_plan(db: Database, jst_id: int, year: int,
              hdr_costs: dict[int, list[tuple[int, str, Decimal]]] | None = None) -> FundPlan | None:  # fmt: skip
    """The year's computation, allocations, what is left, the HDR's fund-financed costs, and the warnings.

    Everything is read as plain rows (a year of 2,000 allocations, with 2,000 schools named, took a third of a
    second read as ORM objects). ``hdr_costs``: :func:`hdr_fund_costs` when the caller has read it already."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.transaction() as s:
        row = s.scalar(select(FundYear).where(FundYear.jst_id == jst_id, FundYear.year == year))
        if row is None:
            return None
        data = _year_data(s, row)
        c = s.connection()  # plain rows, without the ORM's handling of each
        schools = dict(plain_rows(s, _SCHOOL_NAMES, {"jst_id": jst_id}))
        support_rows = c.execute(select(ProcessSupport.id, ProcessSupport.school_id, ProcessSupport.starts_on,
                                        ProcessSupport.ends_on, ProcessSupport.cost)
                                 .where(ProcessSupport.jst_id == jst_id)
                                 .order_by(ProcessSupport.starts_on, ProcessSupport.id)).all()  # fmt: skip
        supports = {i: f"{schools.get(school_id, '')} ({starts_on.year}/{ends_on.year})"
                    for i, school_id, starts_on, ends_on, _cost in support_rows}  # fmt: skip
        network_rows = c.execute(select(Network.id, Network.name, Network.school_year)
                                 .where(Network.jst_id == jst_id).order_by(Network.school_year, Network.id)).all()  # fmt: skip
        networks = {i: f"{name} ({school_year})" for i, name, school_year in network_rows}
        providers = dict(c.execute(select(SupportProvider.code, SupportProvider.name)).all())
        allocations = [AllocationData(*values) for values in plain_rows(s, _ALLOCATIONS, {"year_id": row.id})]
        activity_names = dict(c.execute(select(HdrActivity.id, HdrActivity.name).where(
            HdrActivity.id.in_({a.hdr_activity_id for a in allocations if a.hdr_activity_id}))).all())  # fmt: skip
    for a in allocations:
        a.amount = Decimal(a.amount).quantize(ZERO)
        a.tied_to = _tie_text(a, schools, supports, networks, activity_names, providers)
    running = [(i, supports[i], starts_on, ends_on, Decimal(cost).quantize(ZERO))
               for i, _school_id, starts_on, ends_on, cost in support_rows if starts_on <= last and ends_on >= first]  # fmt: skip
    years = (f"{year - 1}/{year}", f"{year}/{year + 1}")
    meeting = [(i, networks[i]) for i, _name, school_year in network_rows if school_year in years]
    fund = data.fund
    allocated = sum((a.amount for a in allocations), ZERO)
    by_activity: dict[int, Decimal] = {}
    by_support: dict[int, Decimal] = {}
    by_network: dict[int, Decimal] = {}
    for a in allocations:
        for given, key in ((by_activity, a.hdr_activity_id), (by_support, a.support_id), (by_network, a.network_id)):
            if key is not None:
                given[key] = given.get(key, ZERO) + a.amount
    costs = hdr_fund_costs(db, jst_id) if hdr_costs is None else hdr_costs
    hdr_rows = [HdrFundActivity(i, n, part, by_activity.get(i, ZERO)) for i, n, part in costs.get(year, [])]
    hdr_cost = sum((h.part for h in hdr_rows), ZERO)
    plan = FundPlan(data, fund, allocations, allocated, hdr_cost, hdr_rows)
    for support_id, name, starts_on, ends_on, cost in running:
        part = split_by_year(starts_on, ends_on, cost).get(year, ZERO) if cost else ZERO
        plan.works.append(TiedWork("support", support_id, name, part, by_support.get(support_id, ZERO)))
    for network_id, name in meeting:
        plan.works.append(TiedWork("network", network_id, name, None, by_network.get(network_id, ZERO)))
    plan.salaries_by_school = sorted(((schools.get(i, "?"), v) for i, v in data.school_salaries.items()),
                                     key=lambda p: polish_sort_key(p[0]))  # fmt: skip
    if allocated > fund:
        plan.warnings.append(f"Przydziały ({format_money(allocated)}) przekraczają fundusz na {year} r. "
                             f"({format_money(fund)}) o {format_money(allocated - fund)}.")  # fmt: skip
    if hdr_cost > allocated:
        plan.warnings.append(f"Działania HDR finansowane z funduszu doskonalenia kosztują w {year} r. "
                             f"{format_money(hdr_cost)}, a plan dofinansowania przydziela tylko {format_money(allocated)}.")  # fmt: skip
    return plan


@dataclass(frozen=True)
class YearLine:
    id: int
    year: int
    salaries: Decimal
    rate: Decimal
    fund: Decimal
    allocated: Decimal
    consulted: bool

    @property
    def left(self) -> Decimal:
        return self.fund - self.allocated


def list_years(db: Database, jst_id: int) -> list[YearLine]:
    """Every planned year, the newest first, with its fund and what is allocated."""
    with db.transaction() as s:
        rows = s.scalars(select(FundYear).where(FundYear.jst_id == jst_id).order_by(FundYear.year.desc()))
        lines = []
        for r in rows:
            allocated = s.scalar(select(func.sum(FundAllocation.amount)).where(FundAllocation.fund_year_id == r.id))
            salaries, rate = (
                Decimal(r.planned_salaries).quantize(ZERO),
                Decimal(r.rate_percent).quantize(Decimal("0.001")),
            )
            lines.append(YearLine(r.id, r.year, salaries, rate, fund_amount(salaries, rate),
                                  Decimal(allocated or 0).quantize(ZERO), r.unions_consulted_on is not None))  # fmt: skip
        return lines


def hdr_years_without_plan(db: Database, jst_id: int, hdr_costs: dict | None = None,
                           years: list[YearLine] | None = None) -> list[tuple[int, Decimal]]:  # fmt: skip
    """Years in which the HDR spends from the fund but no fund plan exists: (year, the HDR's cost).
    ``hdr_costs``: :func:`hdr_fund_costs`, ``years``: :func:`list_years`, when the caller has read them already."""
    planned = {line.year for line in (list_years(db, jst_id) if years is None else years)}
    costs = hdr_fund_costs(db, jst_id) if hdr_costs is None else hdr_costs
    return [(year, sum((part for _i, _n, part in rows), ZERO))
            for year, rows in sorted(costs.items()) if year not in planned]  # fmt: skip


@dataclass(frozen=True)
class FundSummary:
    """For the dashboard and the annual report: one year's fund in figures (None fields: no plan that year)."""

    year: int
    planned: bool
    fund: Decimal = ZERO
    allocated: Decimal = ZERO
    left: Decimal = ZERO
    by_category: tuple[tuple[str, Decimal], ...] = ()
    warnings: tuple[str, ...] = ()


def fund_summary(db: Database, jst_id: int, year: int | None = None) -> FundSummary:
    """The year's fund (this calendar year by default): its amount, what is allocated and left, the warnings."""
    year = year or dt.date.today().year
    plan = fund_plan(db, jst_id, year)
    if plan is None:
        return FundSummary(year, False)
    return FundSummary(year, True, plan.fund, plan.allocated, plan.left, tuple(plan.by_category()),
                       tuple(plan.warnings))  # fmt: skip


def choices(db: Database, jst_id: int) -> dict[str, list[tuple[int | str, str]]]:
    """What an allocation may name: schools, providers, supports, networks, HDR activities financed from the fund."""
    with db.transaction() as s:
        schools = sorted(((r.id, r.name) for r in s.scalars(select(School).where(School.jst_id == jst_id))),
                         key=lambda p: polish_sort_key(p[1]))  # fmt: skip
        names = dict(schools)
        supports = [(p.id, f"{names.get(p.school_id, '')} ({p.starts_on.year}/{p.ends_on.year})") for p in
                    s.scalars(select(ProcessSupport).where(ProcessSupport.jst_id == jst_id).order_by(ProcessSupport.starts_on))]  # fmt: skip
        networks = [(n.id, f"{n.name} ({n.school_year})") for n in
                    s.scalars(select(Network).where(Network.jst_id == jst_id).order_by(Network.school_year, Network.name))]  # fmt: skip
        providers = [(p.code, p.name) for p in s.scalars(select(SupportProvider).order_by(SupportProvider.position))]
        activities = [(i, n) for i, n in s.execute(
            select(HdrActivity.id, HdrActivity.name).join(Hdr, Hdr.id == HdrActivity.hdr_id)
            .join(AdvisoryProcess, AdvisoryProcess.id == Hdr.process_id)
            .where(AdvisoryProcess.jst_id == jst_id, HdrActivity.financing == FUND_FINANCING)
            .order_by(HdrActivity.starts_on, HdrActivity.id))]  # fmt: skip
        return {"schools": schools, "providers": providers, "supports": supports, "networks": networks,
                "activities": activities}  # fmt: skip
