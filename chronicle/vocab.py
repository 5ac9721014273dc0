"""The closed vocabularies of the content model, with their Ukrainian labels.

The JSON Schemas in chronicle/schemas list the same values (a test keeps them in step).
"""

EVENT_KINDS = {
    "talks": "Переговори",
    "meeting": "Зустріч",
    "summit": "Саміт",
    "call": "Телефонна розмова",
    "visit": "Візит",
    "statement": "Заява",
    "proposal": "Пропозиція",
    "agreement": "Домовленість",
    "decision": "Рішення",
    "treaty": "Договір",
    "publication": "Публікація",
    "military-activity": "Військова активність",
}

EVENT_STATUSES = {
    "held": "відбулося",
    "scheduled": "заплановано",
    "cancelled": "скасовано",
    "postponed": "відкладено",
}

ROLES = {
    "head-of-delegation": "глава делегації",
    "delegation-member": "член делегації",
    "party": "сторона",
    "host": "приймаюча сторона",
    "mediator": "посередник",
    "speaker": "автор заяви",
    "author": "автор",
    "organizer": "організатор",
    "participant": "учасник",
    "subject": "предмет події",
}

ACTOR_KINDS = {
    "person": "Особи",
    "state": "Держави",
    "organization": "Організації",
    "government-body": "Державні органи",
    "delegation": "Делегації",
    "media": "Медіа",
}

ACTOR_KIND = {
    "person": "Особа",
    "state": "Держава",
    "organization": "Організація",
    "government-body": "Державний орган",
    "delegation": "Делегація",
    "media": "Медіа",
}

# How precisely a date is known, as shown beside it.
PRECISIONS = {"day": "день", "month": "відомий лише місяць", "year": "відомий лише рік"}
