"""Forms: creating them, publishing versions, archiving, and reading them.

Who may do what is the mission's rule (server/missions/access.py): those who manage the
mission write forms; everyone who may see the mission reads them, since observers fill them.
A form of a mission the caller may not see answers exactly as a missing form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import orjson
from pydantic import ValidationError
from sqlalchemy import func, tuple_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.forms.definition import LANGUAGES, SMS_LETTERS, FormDefinition
from server.forms.models import FORM_CODE, Form, FormKind, FormVersion
from server.kit import limits
from server.kit.errors import FieldProblem, InvalidInput, NotFound, Problems
from server.missions.access import Can, MissionAccess, mission_access
from server.orgs.access import Principal

NO_SUCH_FORM = "No such form."


def parse_definition(text: str, *, field: str = "definition") -> FormDefinition:
    """A FormDefinition from JSON text, or InvalidInput naming each problem by its path
    ("definition.questions[2].code: ...") so that a form's author finds the culprit."""
    if len(text) > limits.FORM_DEFINITION:
        raise InvalidInput([FieldProblem(field, "This definition is too long.", "too_long")])
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        raise InvalidInput(
            [FieldProblem(field, "This is not valid JSON.", "invalid_json")]
        ) from None
    try:
        return FormDefinition.model_validate(data)
    except ValidationError as invalid:
        raise InvalidInput(
            [
                FieldProblem(field, f"{path_of(field, error['loc'])}: {_message(error['msg'])}")
                for error in invalid.errors(include_url=False)
            ]
        ) from None


def path_of(field: str, loc: Sequence[int | str]) -> str:
    """("questions", 2, "code") -> "definition.questions[2].code"."""
    text = field
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _message(msg: str) -> str:
    # Pydantic prefixes the messages our validators raise; the reader needs only the message.
    return msg.removeprefix("Value error, ")


def stored(definition: FormDefinition) -> dict[str, object]:
    """A definition as the JSON document a version keeps (defaults left out, so it stays
    small, and FormDefinition.model_validate reads it back unchanged)."""
    return definition.model_dump(mode="json", exclude_none=True, exclude_defaults=True)


def check_form_code(code: str, problems: Problems) -> str:
    value = code.strip().upper()
    if not 1 <= len(value) <= FORM_CODE or any(c not in SMS_LETTERS for c in value):
        problems.add(
            "code", f"Use 1 to {FORM_CODE} capital letters, never I, L or O.", "invalid_code"
        )
    return value


def check_names(names: Sequence[tuple[str, str]], problems: Problems) -> dict[str, str]:
    """Names by language: English required, each language once, each a short text."""
    result: dict[str, str] = {}
    for index, (language, text) in enumerate(names):
        value = text.strip()
        if language not in LANGUAGES:
            problems.add(f"names[{index}].language", "Use en, fr, es or ar.", "unknown_language")
        elif language in result:
            problems.add(f"names[{index}].language", "This language is given twice.", "duplicate")
        elif not 1 <= len(value) <= limits.NAME:
            problems.add(
                f"names[{index}].text", f"Give 1 to {limits.NAME} characters.", "invalid_length"
            )
        else:
            result[language] = value
    if "en" not in result and not problems.items:
        problems.add("names", "Give the name in English (en).", "required")
    return result


async def _access_to_form(
    session: AsyncSession, *, principal: Principal, form_id: int, can: Can
) -> tuple[Form, MissionAccess]:
    """The form and the caller's standing, or NotFound as for a missing form."""
    form = await session.get(Form, form_id)
    if form is None:
        raise NotFound(NO_SUCH_FORM)
    try:
        access = await mission_access(session, principal=principal, mission_id=form.mission_id)
    except NotFound:
        raise NotFound(NO_SUCH_FORM) from None
    if not access.may(can):
        raise NotFound(NO_SUCH_FORM)
    return form, access


async def create_form(
    session: AsyncSession,
    *,
    principal: Principal,
    mission_id: int,
    kind: FormKind,
    code: str,
    names: Sequence[tuple[str, str]],
    definition: str,
) -> Form:
    """A new form of the mission, its definition published as version 1."""
    access = await mission_access(session, principal=principal, mission_id=mission_id)
    access.require(Can.MANAGE)
    problems = Problems()
    value = check_form_code(code, problems)
    by_language = check_names(names, problems)
    parsed: FormDefinition | None = None
    try:
        parsed = parse_definition(definition)
    except InvalidInput as invalid:
        problems.items.extend(invalid.problems)
    if not problems.items and await _code_taken(session, mission_id=mission_id, code=value):
        # The caller manages the mission and sees all its forms: naming the clash leaks nothing.
        problems.add("code", "Another form of this mission has this code.", "duplicate")
    problems.raise_if_any()
    assert parsed is not None
    form = Form(mission_id=mission_id, kind=kind, code=value, names=by_language)
    session.add(form)
    await session.flush()
    await _add_version(session, form=form, definition=parsed, number=1, principal=principal)
    return form


async def _code_taken(session: AsyncSession, *, mission_id: int, code: str) -> bool:
    found = await session.scalar(
        select(Form.id).where(Form.mission_id == mission_id, Form.code == code).limit(1)
    )
    return found is not None


async def _add_version(
    session: AsyncSession,
    *,
    form: Form,
    definition: FormDefinition,
    number: int,
    principal: Principal,
) -> FormVersion:
    assert form.id is not None
    version = FormVersion(
        form_id=form.id,
        number=number,
        definition=stored(definition),
        created_by_user_id=principal.user_id,
    )
    session.add(version)
    form.current_version = number
    session.add(form)
    await session.flush()
    return version


async def publish_form_version(
    session: AsyncSession, *, principal: Principal, form_id: int, definition: str
) -> Form:
    """A new version that new reports answer; reports keep the version they answered, and
    older versions stay readable. Two publishers racing get the unique (form, number) refusal."""
    form, _ = await _access_to_form(session, principal=principal, form_id=form_id, can=Can.MANAGE)
    if form.archived:
        raise InvalidInput(
            [FieldProblem("formId", "This form is archived; create a new one.", "archived")]
        )
    parsed = parse_definition(definition)
    latest = await session.scalar(
        select(func.max(FormVersion.number)).where(FormVersion.form_id == form_id)
    )
    await _add_version(
        session, form=form, definition=parsed, number=int(latest or 0) + 1, principal=principal
    )
    return form


async def archive_form(session: AsyncSession, *, principal: Principal, form_id: int) -> Form:
    """Archived forms are left out of new deployments and lists; their reports stay."""
    form, _ = await _access_to_form(session, principal=principal, form_id=form_id, can=Can.MANAGE)
    form.archived = True
    session.add(form)
    await session.flush()
    return form


async def get_form(session: AsyncSession, *, principal: Principal, form_id: int) -> Form:
    form, _ = await _access_to_form(
        session, principal=principal, form_id=form_id, can=Can.SEE_MISSION
    )
    return form


async def mission_forms(
    session: AsyncSession, *, principal: Principal, mission_id: int, include_archived: bool
) -> Sequence[Form]:
    access = await mission_access(session, principal=principal, mission_id=mission_id)
    access.require(Can.SEE_MISSION)
    statement = select(Form).where(Form.mission_id == mission_id)
    if not include_archived:
        statement = statement.where(col(Form.archived).is_(False))
    return (await session.exec(statement.order_by(col(Form.code)))).all()


async def versions_by_form(
    session: AsyncSession, *, form_ids: Sequence[int]
) -> Mapping[int, list[FormVersion]]:
    """Every version of each form, oldest first (for forms the caller was shown)."""
    rows = await session.exec(
        select(FormVersion)
        .where(col(FormVersion.form_id).in_(form_ids))
        .order_by(col(FormVersion.form_id), col(FormVersion.number))
    )
    found: dict[int, list[FormVersion]] = {}
    for row in rows:
        found.setdefault(row.form_id, []).append(row)
    return found


async def versions_by_key(
    session: AsyncSession, *, keys: Sequence[tuple[int, int]]
) -> Mapping[tuple[int, int], FormVersion]:
    """Versions by (form id, number), in one statement."""
    rows = await session.exec(
        select(FormVersion).where(
            tuple_(col(FormVersion.form_id), col(FormVersion.number)).in_(list(keys))
        )
    )
    return {(row.form_id, row.number): row for row in rows}


def definition_of(version: FormVersion) -> FormDefinition:
    return FormDefinition.model_validate(version.definition)
