"""Polish names of the carried tables and their columns, as the import preview and the history show them.

``column_label(table, column)`` gives a column's name in that table: a name of its own where the same column
means something else in another table (``position``, ``kind``, ``source`` …), else the common one. Every
carried column has a name (tests/unit/test_exchange_schema.py checks it), so no raw column name reaches
the user.
"""

from __future__ import annotations

TABLE_NAMES = {
    "jst": "samorząd", "person": "osoba", "school": "szkoła", "advisory_process": "proces doradczy",
    "process_advisor": "doradca procesu", "sheet_respondent": "wypełniający arkusz", "sheet_answer": "odpowiedź arkusza",
    "sheet_area_rating": "ocena obszaru", "data_task": "zadanie zbierania danych",
    "diagnosis_participant": "uczestnik diagnozy", "current_state": "stan obecny", "target_state": "stan docelowy",
    "cause": "przyczyna", "development_gap": "luka rozwojowa", "gap_cause": "przyczyna luki",
    "development_goal": "cel rozwojowy", "indicator": "wskaźnik", "hdr": "HDR", "hdr_activity": "działanie HDR",
    "activity_goal": "cel działania", "activity_indicator": "wskaźnik działania", "activity_partner": "partner działania",
    "hdr_baseline": "zatwierdzony HDR", "hdr_baseline_activity": "działanie zatwierdzonego HDR",
    "meeting": "spotkanie", "meeting_participant": "uczestnik spotkania", "remote_advice": "doradztwo zdalne",
    "process_support": "wspomaganie szkoły", "rpw_item": "pozycja RPW", "network": "sieć współpracy",
    "network_member": "członek sieci", "fund_year": "fundusz doskonalenia (rok)",
    "fund_allocation": "wydatek z funduszu", "attachment": "załącznik", "meeting_leader": "prowadzący spotkanie",
    "meeting_agenda_item": "punkt programu spotkania", "meeting_attendance": "obecność na spotkaniu",
    "meeting_decision": "ustalenie spotkania", "meeting_task": "zadanie ze spotkania",
    "process_charter": "zasady współpracy / kodeks", "charter_agreement": "uzgodniona wersja zasad",
    "school_year_stats": "dane szkoły w roku szkolnym", "education_year": "dane samorządu w roku szkolnym",
    "report_section": "część informacji oświatowej", "supervision_entry": "wynik nadzoru pedagogicznego",
    "exam_result": "wynik egzaminu szkoły", "exam_comparison": "wynik porównawczy egzaminu",
    "support_step": "krok wspomagania", "rpw_baseline_item": "pozycja zatwierdzonego RPW",
    "network_meeting": "spotkanie sieci", "network_attendance": "obecność na spotkaniu sieci",
    "fund_school_salary": "wynagrodzenia szkoły (fundusz)",
    "activity_progress": "realizacja działania", "indicator_measurement": "pomiar wskaźnika",
    "ore_report": "raport dla ORE", "ore_report_section": "sekcja raportu dla ORE",
    "hdr_monitoring": "wnioski z monitorowania HDR",
}  # fmt: skip

COLUMN_NAMES = {
    # references to other rows
    "jst_id": "samorząd", "person_id": "osoba", "school_id": "szkoła", "process_id": "proces",
    "activity_id": "działanie", "advisor_id": "doradca", "area_id": "obszar", "baseline_id": "zatwierdzony HDR",
    "cause_id": "przyczyna", "charter_id": "zasady współpracy", "chosen_area_id": "wybrany obszar",
    "current_state_id": "stan obecny", "data_task_id": "zadanie zbierania danych",
    "depends_on_id": "zależy od działania", "fund_year_id": "rok funduszu", "gap_id": "luka rozwojowa",
    "goal_id": "cel rozwojowy", "hdr_activity_id": "działanie HDR", "hdr_id": "HDR", "indicator_id": "wskaźnik",
    "item_id": "pozycja RPW", "meeting_id": "spotkanie", "member_id": "członek sieci", "network_id": "sieć",
    "parent_id": "przyczyna nadrzędna", "participant_id": "uczestnik", "report_id": "raport",
    "respondent_id": "wypełniający", "responsible_id": "odpowiedzialny", "statement_id": "stwierdzenie arkusza",
    "support_id": "wspomaganie", "target_state_id": "stan docelowy",
    "ore_form_responsible_id": "odpowiedzialny za formularz ORE",
    # names, contact, address
    "name": "nazwa", "full_name": "imię i nazwisko", "institution": "instytucja", "email": "e-mail",
    "phone": "telefon", "street": "ulica", "building_no": "numer budynku", "postal_code": "kod pocztowy",
    "city": "miejscowość", "website": "strona www", "teryt": "TERYT", "voivodeship": "województwo",
    "kind_code": "rodzaj", "coat_of_arms": "herb", "coat_of_arms_mime": "rodzaj pliku herbu",
    "role_code": "rola", "role": "rola", "director": "dyrektor", "coordinator": "koordynator",
    "expert": "ekspert", "leader": "prowadzący", "who": "kto", "collector": "kto zbiera",
    "measured_by": "kto mierzy", "responsible": "odpowiedzialny",
    # school
    "school_type": "typ szkoły", "rspo": "RSPO", "regon": "REGON", "is_public": "publiczna",
    "pupils": "uczniowie", "teachers_fte": "etaty nauczycieli", "classes": "oddziały", "teachers": "nauczyciele",
    "trainee": "nauczyciele stażyści", "contract": "nauczyciele kontraktowi", "appointed": "nauczyciele mianowani",
    "chartered": "nauczyciele dyplomowani", "beginning": "nauczyciele początkujący", "posts": "etaty",
    "special_needs": "uczniowie z orzeczeniem", "school_year": "rok szkolny",
    # texts
    "notes": "uwagi", "note": "uwaga", "description": "opis", "text": "treść", "title": "tytuł",
    "topic": "temat", "place": "miejsce", "agenda": "program", "minutes": "protokół", "discussion": "przebieg dyskusji",
    "findings": "wnioski", "key_figures": "kluczowe dane", "what": "co", "conclusions": "wnioski",
    "recommendations": "rekomendacje", "narrative": "opis", "evidence": "dowody", "reason": "przyczyna odstępstwa",
    "result": "wynik", "expected_result": "oczekiwany rezultat", "goals": "cele", "goal": "cel",
    "purpose": "cel", "activity": "działanie", "indicator": "wskaźnik", "method": "sposób pomiaru",
    "choice_justification": "uzasadnienie wyboru", "choice_outdated": "wybór do ponownego rozważenia",
    "needs_diagnosis": "diagnoza potrzeb", "union_opinion": "opinia związków zawodowych",
    "unions": "związki zawodowe", "section": "część", "key": "sekcja",
    # dates and times
    "starts_on": "data rozpoczęcia", "ends_on": "data zakończenia", "started_on": "rozpoczęto", "ended_on": "zakończono",
    "chosen_on": "data wyboru", "due_on": "termin", "held_on": "data", "joined_on": "dołączył(a)",
    "left_on": "odszedł / odeszła", "agreed_on": "data uzgodnienia", "approved_on": "zatwierdzono",
    "approved_by": "zatwierdził", "period_start": "początek okresu", "period_end": "koniec okresu",
    "created_at": "utworzono", "added_at": "dodano", "taken_at": "zapisano", "sent_on": "wysłano",
    "measured_on": "data pomiaru", "baseline_on": "data wartości wyjściowej", "target_on": "termin wartości docelowej",
    "starts_at": "godzina rozpoczęcia", "ends_at": "godzina zakończenia", "day": "dzień", "day_on": "dzień",
    "actual_start": "faktyczny początek", "actual_end": "faktyczny koniec", "report_on": "data sprawozdania",
    "initial_talk_on": "data rozmowy wstępnej", "unions_consulted_on": "data konsultacji ze związkami",
    "rpw_approved_on": "RPW zatwierdzono", "rpw_approved_by": "RPW zatwierdził", "ore_form_due_on": "termin formularza ORE",
    # money and numbers
    "cost": "koszt", "actual_cost": "faktyczny koszt", "amount": "kwota", "financing": "finansowanie",
    "actual_financing": "faktyczne finansowanie", "spending_current": "wydatki bieżące",
    "spending_capital": "wydatki majątkowe", "state_funding": "subwencja oświatowa",
    "transported_pupils": "dowożeni uczniowie", "transport_cost": "koszt dowozu", "budget_year": "rok budżetowy",
    "planned_salaries": "planowane wynagrodzenia", "rate_percent": "odpis (%)", "per_school": "wynagrodzenia według szkół",
    "year": "rok", "value": "wartość", "unit": "jednostka", "baseline_value": "wartość wyjściowa",
    "target_value": "wartość docelowa", "rating": "ocena", "importance": "ważność", "influence": "wpływ",
    "feasibility": "wykonalność", "manual_rank": "kolejność ustalona ręcznie", "is_priority": "priorytet",
    "declared_support_schools": "szkoły zadeklarowane do wspomagania", "planned_meetings": "planowane spotkania",
    "number": "numer", "size": "rozmiar", "takers": "zdający", "mean": "średni wynik", "std_dev": "odchylenie standardowe",
    "median": "mediana", "mode": "modalna", "pass_rate": "zdawalność", "laureates": "laureaci",
    # states and kinds
    "status": "stan", "state": "stan", "category": "kategoria", "form": "forma", "form_code": "formularz",
    "ore_form_code": "formularz ORE", "is_milestone": "kamień milowy", "done": "wykonane", "attended": "obecny",
    "held": "odbyło się", "agreed": "uzgodnione", "included": "w informacji", "channel": "kanał",
    "provider_code": "realizator", "provider_name": "nazwa realizatora", "area": "obszar", "exam": "egzamin",
    "subject": "przedmiot", "level": "poziom", "depends_on": "zależy od",
    # files
    "filename": "nazwa pliku", "mime": "rodzaj pliku", "data": "zawartość pliku",
    # support (RPW)
    "diagnosis": "diagnoza", "initial_talk_notes": "notatki z rozmowy wstępnej", "initial_diagnosis": "diagnoza wstępna",
    "source_external_evaluation": "źródło: ewaluacja zewnętrzna", "source_internal_evaluation": "źródło: ewaluacja wewnętrzna",
    "source_exams": "źródło: wyniki egzaminów", "rpw_diagnosis": "RPW: diagnoza", "rpw_goals": "RPW: cele",
    "rpw_indicators": "RPW: wskaźniki", "evaluation_workshop": "ewaluacja: warsztat",
    "evaluation_documents": "ewaluacja: dokumenty", "evaluation_survey": "ewaluacja: ankieta",
    # meaning depends on the table (see BY_TABLE)
    "position": "kolejność", "kind": "rodzaj", "source": "źródło",
}  # fmt: skip

BY_TABLE = {
    ("person", "position"): "stanowisko",
    ("sheet_respondent", "position"): "stanowisko",
    ("meeting", "kind"): "rodzaj spotkania",
    ("process_charter", "kind"): "rodzaj dokumentu",
    ("supervision_entry", "kind"): "forma nadzoru",
    ("activity_partner", "kind"): "rodzaj partnera",
    ("jst", "kind_code"): "rodzaj samorządu",
    ("exam_comparison", "source"): "źródło danych",
    ("exam_comparison", "level"): "poziom porównania",
    ("data_task", "source"): "źródło danych",
    ("current_state", "source"): "źródło danych",
    ("indicator_measurement", "source"): "źródło pomiaru",
    ("activity_progress", "status"): "stan realizacji",
    ("activity_progress", "result"): "osiągnięty rezultat",
    ("supervision_entry", "result"): "wynik nadzoru",
    ("network_meeting", "form"): "forma spotkania",
    ("hdr_monitoring", "conclusions"): "wnioski z monitorowania",
    ("ore_report_section", "key"): "sekcja raportu",
    ("indicator", "name"): "nazwa wskaźnika",
    ("cause", "category"): "kategoria przyczyny",
    ("cause", "text"): "treść przyczyny",
    ("report_section", "section"): "część informacji",
    ("rpw_baseline_item", "item_id"): "pozycja RPW",
    ("attachment", "size"): "rozmiar (bajty)",
    ("meeting_agenda_item", "day"): "dzień spotkania",
    ("meeting_attendance", "day_on"): "dzień obecności",
}  # fmt: skip


def table_label(table: str) -> str:
    return TABLE_NAMES.get(table, table)


def column_label(table: str, column: str) -> str:
    """A column's Polish name in that table (a column added later without a name shows as "inne pole")."""
    return BY_TABLE.get((table, column)) or COLUMN_NAMES.get(column) or UNNAMED


UNNAMED = "inne pole"


def unnamed_columns(infos) -> list[str]:
    """``table.column`` of every carried column the preview would show without a Polish name of its own."""
    return [
        f"{info.name}.{c.name}"
        for info in infos
        for c in info.table.columns
        if c.name not in info.skipped
        and c.name not in ("uid", "version")
        and (info.name, c.name) not in BY_TABLE
        and c.name not in COLUMN_NAMES
    ]
