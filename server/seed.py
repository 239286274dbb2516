"""A realistic demo: a network secretariat, members and partners, people across time zones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import service as accounts
from server.accounts.access import SYSTEM
from server.accounts.models import User
from server.orgs import people
from server.orgs.models import Membership, Organization, OrganizationKind, Person, Role
from server.seed_events import seed_events
from server.seed_missions import DEMO_OBSERVER_EMAIL, DEMO_PARTNER_EMAIL, seed_mission

DEMO_ADMIN_EMAIL = "admin@pluralis.example"
DEMO_ADMIN_PASSWORD = "pluralis-demo"  # noqa: S105 - the documented demo sign-in
NETWORK = "Pluralis Network Secretariat"

# (name, kind, country)
ORGANIZATIONS: list[tuple[str, OrganizationKind, str]] = [
    ("Kenya Election Observers Forum", OrganizationKind.MEMBER, "KE"),
    ("Coalition for Domestic Election Observers", OrganizationKind.MEMBER, "GH"),
    ("Transparencia Electoral Perú", OrganizationKind.MEMBER, "PE"),
    ("Nepal Civic Watch", OrganizationKind.MEMBER, "NP"),
    ("Democracy Reporting Berlin", OrganizationKind.PARTNER, "DE"),
    ("Pacific Islands Democracy Network", OrganizationKind.PARTNER, "WS"),
    ("Open Society Election Fund", OrganizationKind.FUNDER, "US"),
]

# (name, email, phone, language, time zone, organization index or None for the network, role)
PEOPLE: list[tuple[str, str, str, str, str, int | None, Role]] = [
    ("Amina Wanjiru", "amina@kefo.example", "+254712345678", "sw", "Africa/Nairobi", 0, Role.ADMIN),
    (
        "Otieno Kamau",
        "otieno@kefo.example",
        "+254722000111",
        "en",
        "Africa/Nairobi",
        0,
        Role.COORDINATOR,
    ),
    (
        "Grace Achieng",
        "grace@kefo.example",
        "+254733000222",
        "sw",
        "Africa/Nairobi",
        0,
        Role.OBSERVER,
    ),
    ("Kwame Mensah", "kwame@codeo.example", "+233244123456", "en", "Africa/Accra", 1, Role.ADMIN),
    ("Efua Owusu", "efua@codeo.example", "+233205551234", "en", "Africa/Accra", 1, Role.OBSERVER),
    (
        "Lucía Quispe",
        "lucia@te-peru.example",
        "+51987654321",
        "es",
        "America/Lima",
        2,
        Role.ORGANIZER,
    ),
    (
        "Sita Gurung",
        "sita@ncw.example",
        "+9779812345678",
        "ne",
        "Asia/Kathmandu",
        3,
        Role.COORDINATOR,
    ),
    ("Jonas Weber", "jonas@drb.example", "+4915123456789", "de", "Europe/Berlin", 4, Role.PARTNER),
    ("Sina Faleolo", "sina@pidn.example", "+6857212345", "en", "Pacific/Apia", 5, Role.PARTNER),
    (
        "Maya Johnson",
        "maya@osef.example",
        "+12025550143",
        "en",
        "America/New_York",
        6,
        Role.PARTNER,
    ),
    (
        "Nadia Rahman",
        "nadia@pluralis.example",
        "+33612345678",
        "fr",
        "Europe/Paris",
        None,
        Role.ORGANIZER,
    ),
]


@dataclass(frozen=True)
class SeedResult:
    created: bool
    admin_email: str
    admin_password: str
    # The other demo accounts (same password), by what they show: (role, email).
    other_accounts: tuple[tuple[str, str], ...] = ()


# A newcomer tries each role of the demo mission with these (server/seed_missions.py).
OTHER_ACCOUNTS = (
    ("observer", DEMO_OBSERVER_EMAIL),
    ("partner viewer", DEMO_PARTNER_EMAIL),
)


@dataclass(frozen=True)
class DemoNetwork:
    network: Organization
    orgs: list[Organization]
    people: dict[str, Person]
    admin_person_id: int


async def seed_network(session: AsyncSession) -> DemoNetwork:
    """The organizations and people of the demo, without accounts or events."""
    network = Organization(
        name=NETWORK,
        slug="pluralis-network",
        kind=OrganizationKind.NETWORK_SECRETARIAT,
        country="BE",
    )
    session.add(network)
    await session.flush()
    orgs: list[Organization] = []
    for name, kind, country in ORGANIZATIONS:
        org = Organization(
            name=name,
            slug=name.lower().replace(" ", "-")[:70],
            kind=kind,
            country=country,
            parent_id=network.id,
        )
        session.add(org)
        orgs.append(org)
    admin_person = Person(
        name="Demo Admin",
        email=DEMO_ADMIN_EMAIL,
        preferred_language="en",
        time_zone="Europe/Brussels",
    )
    session.add(admin_person)
    await session.flush()
    assert network.id is not None and admin_person.id is not None
    session.add(Membership(person_id=admin_person.id, organization_id=network.id, role=Role.ADMIN))
    root = SYSTEM
    by_name: dict[str, Person] = {}
    for name, email, phone, language, zone, org_index, role in PEOPLE:
        org_id = network.id if org_index is None else orgs[org_index].id
        assert org_id is not None
        by_name[name] = await people.create_person(
            session,
            principal=root,
            organization_id=org_id,
            role=role,
            data=people.PersonInput(
                name=name,
                email=email,
                phones=[people.PhoneInput(phone, "mobile")],
                preferred_language=language,
                time_zone=zone,
            ),
        )
    return DemoNetwork(network, orgs, by_name, admin_person.id)


async def seed_demo(
    session: AsyncSession,
    *,
    admin_password: str = DEMO_ADMIN_PASSWORD,
    today: date | None = None,
) -> SeedResult:
    """Load the demo once; running it again changes nothing. Event dates and the demo
    mission's election day follow `today` (default: the current UTC date)."""
    if await session.scalar(select(User.id).where(User.email == DEMO_ADMIN_EMAIL)) is not None:
        # A database seeded before the demo mission existed has no such accounts: say only
        # what is there.
        emails = [email for _, email in OTHER_ACCOUNTS]
        present = set(
            (await session.exec(select(User.email).where(col(User.email).in_(emails)))).all()
        )
        others = tuple(a for a in OTHER_ACCOUNTS if a[1] in present)
        return SeedResult(False, DEMO_ADMIN_EMAIL, admin_password, others)
    demo = await seed_network(session)
    await accounts.create_user(
        session,
        email=DEMO_ADMIN_EMAIL,
        password=admin_password,
        display_name="Demo Admin",
        person_id=demo.admin_person_id,
        is_superuser=True,
    )
    today = today or datetime.now(UTC).date()
    await seed_events(
        session, network=demo.network, orgs=demo.orgs, people=demo.people, today=today
    )
    await seed_mission(session, orgs=demo.orgs, password=admin_password, today=today)
    await session.flush()
    return SeedResult(True, DEMO_ADMIN_EMAIL, admin_password, OTHER_ACCOUNTS)
