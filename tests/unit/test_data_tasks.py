"""The data collection plan: tasks, overdue marking and attachments kept in the database."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.diagnosis_support import make_process
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import data_tasks, diagnosis
from wsparcie_desktop.services.data_tasks import MAX_ATTACHMENT_BYTES, DataTaskData
from wsparcie_desktop.services.diagnosis import CurrentStateData

TODAY = dt.date(2026, 5, 20)


def task(**kw) -> DataTaskData:
    values = dict(
        what="Liczba nauczycieli objętych wspomaganiem",
        source="sio",
        collector="Małgorzata Zając",
        due_on=dt.date(2026, 5, 15),
        status="in_progress",
    )
    values.update(kw)
    return DataTaskData(**values)


def test_tasks_are_saved_and_the_overdue_ones_are_marked(db, jst_id):
    pid = make_process(db, jst_id)
    late = data_tasks.save_task(db, pid, task()).id
    done_late = data_tasks.save_task(db, pid, task(what="Wyniki egzaminu ósmoklasisty", source="cke", status="done")).id
    future = data_tasks.save_task(
        db, pid, task(what="Ankieta dla dyrektorów", source="survey", due_on=dt.date(2026, 6, 1), status="planned")
    ).id
    undated = data_tasks.save_task(db, pid, task(what="Wywiad z wójtem", source="interview", due_on=None)).id
    rows = {t.id: t for t in data_tasks.list_tasks(db, pid, today=TODAY)}
    assert rows[late].overdue and rows[late].days_overdue == 5
    assert not rows[done_late].overdue, "a finished task is never overdue"
    assert not rows[future].overdue and not rows[undated].overdue
    assert [t.id for t in data_tasks.list_tasks(db, pid, today=TODAY)][-1] == undated, "tasks without a date go last"
    assert [t.id for t in data_tasks.overdue_tasks(db, pid, today=TODAY)] == [late]
    assert data_tasks.overdue_text(5) == "po terminie (5 dni)"
    assert data_tasks.overdue_text(1) == "po terminie (1 dzień)"
    assert rows[late].source_label.startswith("SIO") and rows[future].status_label == "Zaplanowane"


def test_editing_a_task_keeps_its_id_and_stores_findings(db, jst_id):
    pid = make_process(db, jst_id)
    tid = data_tasks.save_task(db, pid, task()).id
    data_tasks.save_task(
        db, pid, task(id=tid, status="done", findings="Tylko 12% nauczycieli.", key_figures="12% nauczycieli; 3 szkoły")
    )
    saved = data_tasks.get_task(db, tid, today=TODAY)
    assert (saved.status, saved.findings, saved.key_figures) == (
        "done",
        "Tylko 12% nauczycieli.",
        "12% nauczycieli; 3 szkoły",
    )
    assert len(data_tasks.list_tasks(db, pid)) == 1


@pytest.mark.parametrize(
    "change, field",
    [
        (dict(what="   "), "what"),
        (dict(source="gazeta"), "source"),
        (dict(status="zapomniane"), "status"),
        (dict(due_on=dt.date(2025, 12, 31)), "due_on"),
    ],
)
def test_bad_task_input_names_its_field(db, jst_id, change, field):
    pid = make_process(db, jst_id)
    with pytest.raises(DomainError) as err:
        data_tasks.save_task(db, pid, task(**change))
    assert err.value.field == field
    assert data_tasks.list_tasks(db, pid) == []


def test_a_process_without_an_area_has_no_data_plan(db, jst_id):
    pid = make_process(db, jst_id, area_number=None)
    with pytest.raises(DomainError, match="wybierz obszar"):
        data_tasks.save_task(db, pid, task())


def test_attachments_are_stored_read_back_and_removed_with_the_task(db, jst_id):
    pid = make_process(db, jst_id)
    tid = data_tasks.save_task(db, pid, task()).id
    content = "Wykonanie budżetu 2025: 45 000 zł\n".encode() * 100
    aid = data_tasks.add_attachment(db, tid, "C:\\Dane\\budżet 2025.csv", content, "wyciąg z budżetu").id
    [info] = data_tasks.list_attachments(db, tid)
    assert (info.id, info.filename, info.size, info.mime) == (aid, "budżet 2025.csv", len(content), "text/csv")
    assert info.size_text == "3,5 kB"
    assert data_tasks.attachment_content(db, aid) == ("budżet 2025.csv", content)
    assert data_tasks.get_task(db, tid).attachments == 1
    data_tasks.delete_attachment(db, aid)
    assert data_tasks.list_attachments(db, tid) == []
    data_tasks.add_attachment(db, tid, "ankieta.pdf", b"%PDF-1.4")
    data_tasks.delete_task(db, tid)
    with pytest.raises(DomainError):
        data_tasks.attachment_content(db, aid)
    with db.transaction() as s:
        from wsparcie_desktop.db.models import Attachment

        assert s.query(Attachment).count() == 0


def test_a_file_over_the_limit_is_refused_with_sizes_in_polish(db, jst_id):
    pid = make_process(db, jst_id)
    tid = data_tasks.save_task(db, pid, task()).id
    with pytest.raises(DomainError) as err:
        data_tasks.add_attachment(db, tid, "skan.pdf", b"x" * (MAX_ATTACHMENT_BYTES + 1))
    assert err.value.field == "attachment"
    assert "skan.pdf" in err.value.message and "10,0 MB" in err.value.message
    assert data_tasks.list_attachments(db, tid) == []
    data_tasks.add_attachment(db, tid, "skan.pdf", b"x" * MAX_ATTACHMENT_BYTES)  # exactly the limit is fine


def test_deleting_a_task_cited_as_evidence_says_so_and_keeps_the_statement(db, jst_id):
    pid = make_process(db, jst_id)
    tid = data_tasks.save_task(db, pid, task()).id
    sid = diagnosis.save_current_state(db, pid, CurrentStateData("Mało wspomagania", "sio", "12%", tid)).id
    [warning] = data_tasks.task_dependants(db, tid)
    assert "Mało wspomagania" in warning
    data_tasks.delete_task(db, tid)
    [state] = diagnosis.list_current_states(db, pid)
    assert (state.id, state.data_task_id, state.evidence) == (sid, None, "12%")
