"""The schools register's table model and its proxy on their own, without a window: rows, columns, roles,
the totals of what is shown, the Polish sort order, the search and type filters, and one row put or removed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from ui.models.schools_model import ID_ROLE, SORT_ROLE, SchoolsFilterProxy, SchoolsTableModel
from wsparcie_desktop.services import schools
from wsparcie_desktop.services.schools import SchoolData

DISPLAY = Qt.ItemDataRole.DisplayRole
NAME, TYPE, RSPO, TOWN, DIRECTOR, PUPILS, FTE, PUBLIC = range(8)


def register() -> list[SchoolData]:
    return [
        SchoolData(id=1, name="Szkoła Podstawowa w Łąkach", rspo="21458", city="Łąki", director="Joanna Król",
                   pupils=412, teachers_fte=Decimal("38.50"), street="Szkolna", building_no="4",
                   postal_code="07-140", regon="711652318", notes="Dwa budynki"),
        SchoolData(id=2, name="Przedszkole „Leśna Polana” w Zalesiu", school_type="przedszkole", rspo="47862",
                   city="Zalesie", director="Maria Lis", pupils=125, teachers_fte=Decimal("11")),
        SchoolData(id=3, name="Szkoła Podstawowa w Lipnikach", rspo="", city="Lipniki", pupils=None,
                   teachers_fte=None, is_public=False),
        SchoolData(id=4, name="Szkoła Podstawowa w Kamiennej Górce", rspo="9", city="Kamienna Górka", pupils=38,
                   teachers_fte=Decimal("6.25")),
    ]  # fmt: skip


@pytest.fixture
def model(qapp) -> SchoolsTableModel:
    model = SchoolsTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_schools(register())
    return model


@pytest.fixture
def proxy(model) -> SchoolsFilterProxy:
    proxy = SchoolsFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return proxy


def column(model, col: int, role=DISPLAY) -> list:
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def test_rows_columns_and_headers(model):
    assert model.rowCount() == 4 and model.columnCount() == 8
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0  # a table, no tree
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["Name", "Type", "RSPO no.", "Town", "Director", "Pupils", "Teachers (posts)", "Public"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None


def test_what_each_cell_shows(model):
    assert model.index(0, NAME).data() == "Szkoła Podstawowa w Łąkach"
    assert column(model, TYPE) == ["szkoła podstawowa", "przedszkole", "szkoła podstawowa", "szkoła podstawowa"]
    assert column(model, RSPO) == ["21458", "47862", "", "9"]
    assert column(model, PUPILS) == ["412", "125", "", "38"], "an unknown number stays empty, not 0"
    assert column(model, FTE) == ["38,50", "11,00", "", "6,25"], "posts with a Polish decimal comma"
    assert column(model, PUBLIC) == ["yes", "yes", "no", "yes"]
    assert column(model, NAME, ID_ROLE) == [1, 2, 3, 4]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, PUPILS).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, FTE).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, NAME).data(Qt.ItemDataRole.TextAlignmentRole) is None
    tooltip = "Szkoła Podstawowa w Łąkach\nSzkolna 4, 07-140 Łąki\nREGON 711652318\nDwa budynki"
    assert model.index(0, TOWN).data(Qt.ItemDataRole.ToolTipRole) == tooltip
    assert model.index(1, NAME).data(Qt.ItemDataRole.ToolTipRole) == "Przedszkole „Leśna Polana” w Zalesiu\nZalesie"


def test_the_sort_role_orders_numbers_as_numbers_and_names_the_polish_way(model):
    assert column(model, PUPILS, SORT_ROLE) == [412.0, 125.0, -1.0, 38.0], "unknown sorts below zero"
    assert column(model, FTE, SORT_ROLE) == [38.5, 11.0, -1.0, 6.25]
    assert column(model, RSPO, SORT_ROLE) == [21458, 47862, -1, 9], "RSPO 9 before 21458, not after"
    towns = sorted(column(model, TOWN), key=schools.polish_sort_key)
    assert towns == ["Kamienna Górka", "Lipniki", "Łąki", "Zalesie"]
    assert column(model, TOWN, SORT_ROLE) == [schools.polish_sort_key(t) for t in column(model, TOWN)]


def test_the_proxy_sorts_by_the_sort_role(proxy):
    proxy.sort(TOWN, Qt.SortOrder.AscendingOrder)
    assert column(proxy, TOWN) == ["Kamienna Górka", "Lipniki", "Łąki", "Zalesie"]
    proxy.sort(PUPILS, Qt.SortOrder.DescendingOrder)
    assert column(proxy, PUPILS) == ["412", "125", "38", ""]
    proxy.sort(RSPO, Qt.SortOrder.AscendingOrder)
    assert column(proxy, RSPO) == ["", "9", "21458", "47862"]


def test_the_search_finds_name_town_rspo_and_director_without_polish_letters(proxy):
    assert not proxy.active and proxy.rowCount() == 4
    proxy.set_text("laki")
    assert column(proxy, NAME) == ["Szkoła Podstawowa w Łąkach"] and proxy.active
    proxy.set_text("KROL")
    assert column(proxy, DIRECTOR) == ["Joanna Król"]
    proxy.set_text("47862")
    assert column(proxy, RSPO) == ["47862"]
    proxy.set_text("podstawowa kamienna")  # every word must be found
    assert column(proxy, NAME) == ["Szkoła Podstawowa w Kamiennej Górce"]
    proxy.set_text("podstawowa przedszkole")
    assert proxy.rowCount() == 0 and proxy.visible_schools() == []
    proxy.set_text("  ")
    assert proxy.rowCount() == 4 and not proxy.active


def test_the_type_filter_with_the_search_and_the_totals_of_what_is_shown(proxy):
    proxy.set_type("przedszkole")
    assert column(proxy, NAME) == ["Przedszkole „Leśna Polana” w Zalesiu"] and proxy.active
    assert schools.totals(proxy.visible_schools()).text() == "1 szkoła lub placówka: 125 uczniów, 11 etatów nauczycieli"
    proxy.set_type("szkola_podstawowa")
    assert sorted(s.id for s in proxy.visible_schools()) == [1, 3, 4]
    assert schools.totals(proxy.visible_schools()).text() == (
        "3 szkoły lub placówki: 450 uczniów, 44,75 etatu nauczycieli "
        "(liczby uczniów nie podano dla 1; liczby etatów nie podano dla 1)"
    )
    proxy.set_text("lipnik")  # the type and the search together
    assert [s.id for s in proxy.visible_schools()] == [3]
    proxy.set_type("przedszkole")
    assert proxy.visible_schools() == []
    proxy.set_type("")
    proxy.set_text("")
    assert [s.id for s in proxy.visible_schools()] == [1, 2, 3, 4]
    assert schools.totals(proxy.visible_schools()).text().startswith("4 szkoły lub placówki: 575 uczniów")


def test_one_school_put_or_removed_changes_its_row_only(model, proxy):
    inserted, changed, removed, resets = [], [], [], []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), top.column(), bottom.column())))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    model.modelReset.connect(lambda: resets.append(True))
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)

    renamed = register()[1]
    renamed.name, renamed.pupils = "Przedszkole Samorządowe w Zalesiu", 130
    model.put_school(renamed)
    assert changed == [(1, NAME, PUBLIC)] and inserted == [] and model.rowCount() == 4
    assert model.index(1, NAME).data() == "Przedszkole Samorządowe w Zalesiu" and model.index(1, PUPILS).data() == "130"
    proxy.set_text("samorzadowe")
    assert column(proxy, NAME) == ["Przedszkole Samorządowe w Zalesiu"], "the search follows the new name"
    proxy.set_text("")

    model.put_school(SchoolData(id=9, name="Branżowa Szkoła I Stopnia w Zalesiu", school_type="branzowa_1"))
    assert inserted == [(4, 4)] and model.rowCount() == 5
    assert column(proxy, NAME)[0] == "Branżowa Szkoła I Stopnia w Zalesiu", "the proxy sorts the new row in"

    model.remove_school(3)
    model.remove_school(99)  # not listed: nothing happens
    assert removed == [(2, 2)] and 3 not in column(model, 0, ID_ROLE) and model.rowCount() == 4
    assert model.row_of(9) == 3 and model.row_of(3) is None
    assert [s.id for s in model.schools()] == [1, 2, 4, 9]
    assert resets == [], "no reset: the view keeps its selection and scroll position"


def test_an_emptied_register_has_no_rows(model, proxy):
    model.set_schools([])
    assert model.rowCount() == 0 and proxy.rowCount() == 0 and proxy.visible_schools() == []


def test_the_texts_shown_follow_each_school_put_or_removed(model):
    import dataclasses

    proxy = SchoolsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(NAME)
    assert [model.index(r, PUPILS).data() for r in range(4)] == ["412", "125", "", "38"]  # formatted once, shown
    first = register()[0]
    model.put_school(dataclasses.replace(first, name="Szkoła Podstawowa nr 1 w Łąkach", pupils=1500))
    assert model.index(0, NAME).data() == "Szkoła Podstawowa nr 1 w Łąkach"
    assert model.index(0, PUPILS).data() == "1\u00a0500" and model.index(0, PUPILS).data(SORT_ROLE) == 1500.0
    assert "Szkoła Podstawowa nr 1 w Łąkach" in model.index(0, TOWN).data(Qt.ItemDataRole.ToolTipRole)
    model.remove_school(2)
    assert [model.index(r, TOWN).data() for r in range(3)] == ["Łąki", "Lipniki", "Kamienna Górka"]
    assert [model.index(r, FTE).data() for r in range(3)] == ["38,50", "", "6,25"]
    model.put_school(SchoolData(id=9, name="Nowa szkoła", city="Borki", pupils=7))
    assert model.index(3, TOWN).data() == "Borki" and model.index(3, PUPILS).data() == "7"
    assert [proxy.index(r, NAME).data() for r in range(4)][0] == "Nowa szkoła"


def test_the_selection_follows_its_school_through_sorts_searches_and_changes(model, proxy):
    import dataclasses

    from PySide6.QtCore import QItemSelectionModel

    selection = QItemSelectionModel(proxy)
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)

    def selected() -> list[int]:
        return [index.data(ID_ROLE) for index in selection.selectedRows()]

    selection.select(proxy.index(proxy.row_of_id(2), 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    assert selected() == [2]
    proxy.sort(PUPILS, Qt.SortOrder.DescendingOrder)
    assert column(proxy, PUPILS) == ["412", "125", "38", ""] and selected() == [2]
    proxy.set_text("zalesiu")
    assert proxy.rowCount() == 1 and selected() == [2]
    proxy.set_text("")
    assert proxy.rowCount() == 4 and selected() == [2]
    model.put_school(dataclasses.replace(register()[1], pupils=999))  # moves to the top of the sort
    assert column(proxy, PUPILS)[0] == "999" and proxy.row_of_id(2) == 0 and selected() == [2]
    proxy.set_type("szkola_podstawowa")  # the selected kindergarten is hidden: nothing stays selected
    assert proxy.row_of_id(2) is None and selected() == []
    proxy.set_type("")
    model.remove_school(1)
    assert [s.id for s in proxy.visible_schools()] == [2, 4, 3]
    assert proxy.mapFromSource(model.index(model.row_of(4), 0)).row() == 1
    assert proxy.mapToSource(proxy.index(1, TOWN)).data() == "Kamienna Górka"


def test_equal_keys_keep_the_registers_order_in_both_directions(model, proxy):
    proxy.sort(PUBLIC, Qt.SortOrder.AscendingOrder)
    assert [s.id for s in proxy.visible_schools()] == [3, 1, 2, 4]  # the one not public, then 1, 2, 4 in order
    proxy.sort(PUBLIC, Qt.SortOrder.DescendingOrder)
    assert [s.id for s in proxy.visible_schools()] == [1, 2, 4, 3]
