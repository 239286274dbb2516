"""العربية (written right to left: the HTML layout sets dir="rtl")."""

from __future__ import annotations

from server.mail.texts import Language, Texts

_SEAT_HELD = "المقعد محجوز لك حتى {{ expires }}، وبعد ذلك ينتقل إلى الشخص التالي."

LANGUAGE = Language(
    code="ar",
    direction="rtl",
    months=(
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    date_format="{day} {month} {year}، الساعة {time} {zone}",
    link_hint="إذا لم يعمل الزر، انسخ هذا العنوان في متصفحك:",
    footer="أُرسلت هذه الرسالة تلقائيًا من {{ network }}. لا تتم قراءة الردود.",
    messages={
        "account_invitation": Texts(
            subject="حسابك على {{ network }}",
            paragraphs=(
                "مرحبًا {{ name }}،",
                "تمت دعوتك إلى فتح حساب على {{ network }}. افتح الرابط أدناه لاختيار كلمة "
                "المرور الخاصة بك.",
            ),
            action="اختر كلمة المرور",
            notes=(
                "يعمل الرابط مرة واحدة فقط، حتى {{ expires }}.",
                "إذا لم تكن تتوقع هذه الرسالة، يمكنك تجاهلها.",
            ),
        ),
        "event_invitation": Texts(
            subject="{{ network }}: أنت مدعو إلى فعالية",
            paragraphs=(
                "أنت مدعو إلى فعالية على {{ network }}. افتح الرابط أدناه لمعرفة موضوعها "
                "وموعدها ومكانها والجهة المنظمة، وللتسجيل.",
            ),
            action="عرض الدعوة",
            notes=(
                "يعمل الرابط حتى {{ expires }}.",
                "إذا لم تكن تتوقع هذه الرسالة، يمكنك تجاهلها.",
            ),
        ),
        "password_reset": Texts(
            subject="إعادة تعيين كلمة المرور على {{ network }}",
            paragraphs=(
                "طلب شخص ما إعادة تعيين كلمة المرور لحسابك على {{ network }}. إذا كنت أنت، "
                "فافتح الرابط أدناه لاختيار كلمة مرور جديدة.",
            ),
            action="اختر كلمة مرور جديدة",
            notes=(
                "يعمل الرابط مرة واحدة فقط، حتى {{ expires }}.",
                "إذا لم تكن أنت، فتجاهل هذه الرسالة: كلمة المرور لم تتغير.",
            ),
        ),
        "offer_made": Texts(
            subject="{{ network }}: يوجد مقعد شاغر لك",
            paragraphs=("يوجد مقعد شاغر في فعالية سجّلت فيها.", _SEAT_HELD),
            titled=("يوجد مقعد شاغر في {{ title }}.", _SEAT_HELD),
            action="اقبل المقعد",
        ),
        "offer_expiring": Texts(
            subject="{{ network }}: مقعدك ما زال محجوزًا",
            paragraphs=(
                "تذكير: مقعدك في فعالية سجّلت فيها محجوز حتى {{ expires }}. اقبله للاحتفاظ به.",
            ),
            titled=("تذكير: مقعدك في {{ title }} محجوز حتى {{ expires }}. اقبله للاحتفاظ به.",),
            action="اقبل المقعد",
        ),
        "offer_expired": Texts(
            subject="{{ network }}: انتهى عرض المقعد",
            paragraphs=("انتهت صلاحية عرض المقعد في فعالية سجّلت فيها وانتقل إلى الشخص التالي.",),
            titled=("انتهت صلاحية عرض المقعد في {{ title }} وانتقل إلى الشخص التالي.",),
            action="عرض الفعالية",
        ),
        "event_changed": Texts(
            subject="{{ network }}: تغيّرت فعالية سجّلت فيها",
            paragraphs=("تغيّرت فعالية سجّلت فيها: {{ change }}.",),
            titled=("تغيّرت {{ title }}: {{ change }}{{ reason }}.",),
            action="عرض الفعالية",
        ),
        "incident_critical": Texts(
            subject="{{ network }}: حادث حرج في بعثتكم",
            paragraphs=("تم الإبلاغ عن حادث حرج ({{ category }}) في بعثتكم.",),
            titled=("تم الإبلاغ عن حادث حرج ({{ category }}) في بعثتكم.",),
            action="فتح مكتب الحوادث",
        ),
        "registration_confirmed": Texts(
            subject="{{ network }}: تم تأكيد تسجيلك",
            paragraphs=("أنت مسجّل في فعالية.",),
            titled=("أنت مسجّل في {{ title }}.",),
            action="عرض الفعالية",
        ),
    },
)
