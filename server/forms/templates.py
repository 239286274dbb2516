"""Ready-made standard forms a mission starts from: an opening checklist, a closing and
counting results form, and an incident form, labelled in English, French, Spanish and Arabic.

The demo seed publishes them; organizers may publish them too and edit later versions. Codes
follow the SMS rule (letters other than I, L and O): question codes are grouped by letter
(A.. opening, B.. counting, C.. candidates, E.. incident).
"""

from __future__ import annotations

from server.forms.definition import (
    FormDefinition,
    Labels,
    Operand,
    Option,
    Question,
    QuestionType,
    Rule,
    Severity,
)
from server.forms.models import FormKind

Names = dict[str, str]
StandardForm = tuple[FormKind, str, Names, FormDefinition]


def _labels(en: str, fr: str, es: str, ar: str) -> Labels:
    return Labels(en=en, fr=fr, es=es, ar=ar)


def _yes_no(code: str, en: str, fr: str, es: str, ar: str) -> Question:
    return Question(
        code=code, type=QuestionType.YES_NO, labels=_labels(en, fr, es, ar), required=True
    )


def _count(code: str, en: str, fr: str, es: str, ar: str, *, high: int = 100_000) -> Question:
    return Question(
        code=code,
        type=QuestionType.INTEGER,
        labels=_labels(en, fr, es, ar),
        required=True,
        min=0,
        max=high,
    )


def _q(code: str) -> Operand:
    return Operand(question=code)


def opening_checklist() -> FormDefinition:
    return FormDefinition(
        questions=(
            _yes_no(
                "AA",
                "Did the station open on time?",
                "Le bureau a-t-il ouvert à l'heure ?",
                "¿Abrió la mesa a tiempo?",
                "هل فُتح المكتب في الموعد؟",
            ),
            Question(
                code="AB",
                type=QuestionType.TIME,
                labels=_labels(
                    "Time of opening", "Heure d'ouverture", "Hora de apertura", "وقت الفتح"
                ),
            ),
            _yes_no(
                "AC",
                "Were the ballot boxes shown empty and sealed?",
                "Les urnes ont-elles été montrées vides et scellées ?",
                "¿Se mostraron las urnas vacías y selladas?",
                "هل عُرضت صناديق الاقتراع فارغة ومختومة؟",
            ),
            _count(
                "AD",
                "Polling staff present",
                "Membres du bureau présents",
                "Miembros de mesa presentes",
                "عدد أعضاء المكتب الحاضرين",
                high=50,
            ),
            Question(
                code="AE",
                type=QuestionType.MULTIPLE_CHOICE,
                labels=_labels(
                    "Missing materials", "Matériel manquant", "Material faltante", "المواد الناقصة"
                ),
                options=(
                    Option(
                        value=1,
                        labels=_labels("Ballots", "Bulletins", "Papeletas", "أوراق الاقتراع"),
                    ),
                    Option(value=2, labels=_labels("Ink", "Encre", "Tinta", "الحبر")),
                    Option(
                        value=3,
                        labels=_labels(
                            "Voter register", "Liste électorale", "Padrón", "سجل الناخبين"
                        ),
                    ),
                    Option(value=4, labels=_labels("Booths", "Isoloirs", "Cabinas", "المعازل")),
                ),
            ),
            Question(
                code="AF",
                type=QuestionType.SINGLE_CHOICE,
                labels=_labels(
                    "Security present", "Sécurité présente", "Seguridad presente", "الأمن الحاضر"
                ),
                options=(
                    Option(value=1, labels=_labels("None", "Aucune", "Ninguna", "لا أحد")),
                    Option(value=2, labels=_labels("Police", "Police", "Policía", "الشرطة")),
                    Option(value=3, labels=_labels("Army", "Armée", "Ejército", "الجيش")),
                ),
            ),
        ),
    )


def results_form() -> FormDefinition:
    candidates = [
        _count(
            "CA",
            "Votes for candidate A",
            "Voix du candidat A",
            "Votos candidato A",
            "أصوات المرشح أ",
        ),
        _count(
            "CB",
            "Votes for candidate B",
            "Voix du candidat B",
            "Votos candidato B",
            "أصوات المرشح ب",
        ),
        _count(
            "CC",
            "Votes for candidate C",
            "Voix du candidat C",
            "Votos candidato C",
            "أصوات المرشح ج",
        ),
    ]
    return FormDefinition(
        questions=(
            _count(
                "BA", "Ballots cast", "Bulletins déposés", "Papeletas emitidas", "الأوراق المودعة"
            ),
            _count(
                "BB", "Rejected ballots", "Bulletins nuls", "Papeletas nulas", "الأوراق الملغاة"
            ),
            _count("BC", "Valid votes", "Suffrages exprimés", "Votos válidos", "الأصوات الصحيحة"),
            *candidates,
        ),
        rules=(
            Rule(
                code="SUM",
                left=(_q("CA"), _q("CB"), _q("CC")),
                op="eq",
                right=(_q("BC"),),
                message=_labels(
                    "The candidates' votes must add up to the valid votes.",
                    "Les voix des candidats doivent égaler les suffrages exprimés.",
                    "Los votos de los candidatos deben sumar los votos válidos.",
                    "يجب أن يساوي مجموع أصوات المرشحين الأصوات الصحيحة.",
                ),
            ),
            Rule(
                code="TOTAL",
                left=(_q("BB"), _q("BC")),
                op="eq",
                right=(_q("BA"),),
                severity=Severity.FLAG,
                message=_labels(
                    "Rejected and valid ballots do not add up to the ballots cast.",
                    "Nuls et exprimés n'égalent pas les bulletins déposés.",
                    "Nulas y válidas no suman las papeletas emitidas.",
                    "مجموع الملغاة والصحيحة لا يساوي الأوراق المودعة.",
                ),
            ),
            Rule(
                code="TURNOUT",
                left=(_q("BA"),),
                op="le",
                right=(Operand(station="registered_voters"),),
                severity=Severity.FLAG,
                message=_labels(
                    "More ballots cast than registered voters.",
                    "Plus de bulletins déposés que d'électeurs inscrits.",
                    "Más papeletas emitidas que electores inscritos.",
                    "عدد الأوراق المودعة يفوق عدد الناخبين المسجلين.",
                ),
            ),
        ),
    )


def incident_form() -> FormDefinition:
    return FormDefinition(
        questions=(
            Question(
                code="EA",
                type=QuestionType.SINGLE_CHOICE,
                labels=_labels(
                    "What happened?", "Que s'est-il passé ?", "¿Qué ocurrió?", "ماذا حدث؟"
                ),
                required=True,
                options=(
                    Option(value=1, labels=_labels("Violence", "Violence", "Violencia", "عنف")),
                    Option(
                        value=2,
                        labels=_labels("Intimidation", "Intimidation", "Intimidación", "ترهيب"),
                    ),
                    Option(
                        value=3,
                        labels=_labels(
                            "Vote buying", "Achat de voix", "Compra de votos", "شراء الأصوات"
                        ),
                    ),
                    Option(value=4, labels=_labels("Other", "Autre", "Otro", "أخرى")),
                ),
            ),
            _yes_no(
                "EB",
                "Was voting stopped?",
                "Le vote a-t-il été interrompu ?",
                "¿Se detuvo la votación?",
                "هل توقف التصويت؟",
            ),
            Question(
                code="EC",
                type=QuestionType.TIME,
                labels=_labels("When?", "Quand ?", "¿Cuándo?", "متى؟"),
            ),
            Question(
                code="ED",
                type=QuestionType.TEXT,
                labels=_labels("Describe it", "Décrivez", "Descríbalo", "صف ما حدث"),
                max_length=1_000,
            ),
        ),
    )


def standard_forms() -> list[StandardForm]:
    """(kind, code, names, definition) of each standard form."""
    return [
        (
            FormKind.CHECKLIST,
            "CK",
            {
                "en": "Opening checklist",
                "fr": "Liste de contrôle d'ouverture",
                "es": "Lista de apertura",
                "ar": "قائمة التحقق عند الافتتاح",
            },
            opening_checklist(),
        ),
        (
            FormKind.RESULTS,
            "RS",
            {
                "en": "Closing and counting",
                "fr": "Clôture et dépouillement",
                "es": "Cierre y escrutinio",
                "ar": "الإغلاق والفرز",
            },
            results_form(),
        ),
        (
            FormKind.INCIDENT,
            "EV",
            {
                "en": "Incident report",
                "fr": "Rapport d'incident",
                "es": "Informe de incidente",
                "ar": "تقرير حادث",
            },
            incident_form(),
        ),
    ]
