"""The `pluralis` command."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from server.settings import Settings, UnsafeConfigError, get_settings


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from server.asgi import create_app
    from server.logs import configure_logging

    configure_logging(json=settings.json_logs, level=settings.log_level)
    url = f"http://{args.host}:{args.port}"
    if not settings.public_base_url and not settings.is_production:
        # Links in emails and SMS of the embedded default must open this server, on whatever
        # port it was given (a wildcard host is reached on loopback from this machine).
        here = f"http://{loopback_if_wildcard(args.host)}:{args.port}"
        settings = settings.model_copy(update={"public_base_url": here})
    app = create_app(settings)
    print(f"Pluralis ({settings.mode.value} mode) serving on {url}", flush=True)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        workers=None,
        log_config=None,
        access_log=False,
        proxy_headers=True,
        forwarded_allow_ips=os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
        # Websocket messages get the same bound as HTTP bodies (uvicorn's default is 16 MiB).
        ws_max_size=settings.max_request_body_bytes,
    )
    return 0


def loopback_if_wildcard(host: str) -> str:
    if host in ("0.0.0.0", ""):  # noqa: S104 - compared, not bound
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def _worker(args: argparse.Namespace, settings: Settings) -> int:
    from arq import run_worker

    from workers.settings import WorkerSettings

    if not settings.redis_url:
        print("REDIS_URL is not set: the worker takes its jobs from Redis.", file=sys.stderr)
        return 2
    run_worker(WorkerSettings, burst=args.burst)  # type: ignore[arg-type]
    return 0


def _migrate(args: argparse.Namespace, settings: Settings) -> int:
    from server.migrate import downgrade, upgrade

    if args.revision.startswith("-") or args.down:
        downgrade(settings.database_url, args.revision)
    else:
        upgrade(settings.database_url, args.revision)
    print(f"Database at {args.revision}.")
    return 0


async def _seed_async(settings: Settings, password: str | None) -> int:
    from server.db import Database
    from server.seed import DEMO_ADMIN_PASSWORD, seed_demo

    db = Database.from_url(settings.database_url)
    try:
        async with db.transaction() as session:
            result = await seed_demo(session, admin_password=password or DEMO_ADMIN_PASSWORD)
    finally:
        await db.dispose()
    state = "Loaded the demo data." if result.created else "Demo data already present."
    print(state)
    print(f"Demo sign-in: {result.admin_email} / {result.admin_password}")
    for role, email in result.other_accounts:
        print(f"Demo {role}: {email} / {result.admin_password}")
    return 0


def _seed(args: argparse.Namespace, settings: Settings) -> int:
    if settings.is_production and not args.password:
        print("In production, pass --password for the demo accounts.", file=sys.stderr)
        return 2
    return asyncio.run(_seed_async(settings, args.password))


async def _create_admin_async(settings: Settings, email: str, name: str, password: str) -> int:
    from server.accounts import service
    from server.db import Database
    from server.kit.errors import InvalidInput

    db = Database.from_url(settings.database_url)
    try:
        async with db.transaction() as session:
            user = await service.create_user(
                session, email=email, password=password, display_name=name, is_superuser=True
            )
    except InvalidInput as invalid:
        print(f"Not created: {invalid}", file=sys.stderr)
        return 1
    finally:
        await db.dispose()
    print(f"Created administrator {user.email}.")
    return 0


def _create_admin(args: argparse.Namespace, settings: Settings) -> int:
    password = os.environ.get("PLURALIS_ADMIN_PASSWORD") or getpass.getpass("Password: ")
    return asyncio.run(_create_admin_async(settings, args.email, args.name, password))


def _export_schema(args: argparse.Namespace, settings: Settings) -> int:
    # server/asgi.py is the one module of server/ that wires the schema in.
    from server.asgi import schema_sdl

    sdl = schema_sdl()
    if args.check:
        current = Path(args.output).read_text() if Path(args.output).exists() else ""
        if current != sdl:
            print(
                f"{args.output} is out of date with the schema. Run `make schema` and commit it.",
                file=sys.stderr,
            )
            return 1
        print(f"{args.output} is up to date.")
        return 0
    Path(args.output).write_text(sdl)
    print(f"Wrote {args.output}.")
    return 0


async def _import_locations_async(settings: Settings, args: argparse.Namespace, data: bytes) -> int:
    from server.db import Database
    from server.missions.importing import import_file
    from server.missions.progress import ImportProgress
    from server.missions.service import get_mission

    progress = ImportProgress()
    db = Database.from_url(settings.database_url)
    try:
        async with db.transaction() as session:
            if await get_mission(session, mission_id=args.mission_id) is None:
                print(f"No mission {args.mission_id}.", file=sys.stderr)
                return 2
            result = await import_file(
                session,
                mission_id=args.mission_id,
                data=data,
                dry_run=args.dry_run,
                progress=progress,
            )
    finally:
        progress.close()
        await db.dispose()
    for problem in result.problems:
        print(problem)
    if result.problems:
        print(f"{len(result.problems)} problem(s): nothing imported.")
        return 1
    verb = "Would create" if args.dry_run else "Created"
    print(f"{verb} {result.created}, updated {result.updated}, unchanged {result.unchanged}.")
    return 0


def _import_locations(args: argparse.Namespace, settings: Settings) -> int:
    if not Path(args.file).is_file():
        print(f"No file {args.file}.", file=sys.stderr)
        return 2
    return asyncio.run(_import_locations_async(settings, args, Path(args.file).read_bytes()))


def _import_observers(args: argparse.Namespace, settings: Settings) -> int:
    # Every table, so that the foreign keys the import writes through (forms) resolve.
    import server.models  # noqa: F401
    from server.missions.observer_command import run_import_observers

    if not Path(args.file).is_file():
        print(f"No file {args.file}.", file=sys.stderr)
        return 2
    data = Path(args.file).read_bytes()
    return asyncio.run(
        run_import_observers(
            settings.database_url, mission_id=args.mission_id, data=data, dry_run=args.dry_run
        )
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pluralis",
        description="Pluralis: events, election observation and the people graph.",
        epilog="Configuration comes from the environment (see README: Configuration).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="serve the web app and the API")
    serve.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    serve.set_defaults(handler=_serve)

    worker = commands.add_parser("worker", help="run background jobs from Redis (production)")
    worker.add_argument("--burst", action="store_true", help="exit when the queue is empty")
    worker.set_defaults(handler=_worker)

    migrate = commands.add_parser("migrate", help="bring the database schema up to date")
    migrate.add_argument("revision", nargs="?", default="head", help="target (default: head)")
    migrate.add_argument("--down", action="store_true", help="downgrade to REVISION")
    migrate.set_defaults(handler=_migrate)

    seed = commands.add_parser("seed", help="load the demo data and accounts")
    seed.add_argument("--password", help="the demo accounts' password (default: pluralis-demo)")
    seed.set_defaults(handler=_seed)

    admin = commands.add_parser(
        "create-admin",
        help="create a network administrator",
        description="Reads the password from PLURALIS_ADMIN_PASSWORD or prompts for it.",
    )
    admin.add_argument("email")
    admin.add_argument("--name", default="Administrator")
    admin.set_defaults(handler=_create_admin)

    locations = commands.add_parser(
        "import-locations",
        help="import a mission's locations and polling stations from CSV",
        description="Columns: code, name, parent_code, and optionally registered_voters, "
        "latitude, longitude. All or nothing; exit status 0 only when the file is clean.",
    )
    locations.add_argument("mission_id", type=int, metavar="MISSION_ID")
    locations.add_argument("file", metavar="FILE")
    locations.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    locations.set_defaults(handler=_import_locations)

    observers = commands.add_parser(
        "import-observers",
        help="import a mission's observers (and their deployments) from CSV",
        description="Columns: name, phone, and optionally code, email, language, kind, "
        "stations, forms. All or nothing; exit status 0 only when the file is clean.",
    )
    observers.add_argument("mission_id", type=int, metavar="MISSION_ID")
    observers.add_argument("file", metavar="FILE")
    observers.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    observers.set_defaults(handler=_import_observers)

    export = commands.add_parser("export-schema", help="write the GraphQL SDL")
    export.add_argument("--output", default="schema/schema.graphql")
    export.add_argument("--check", action="store_true", help="fail if the file is out of date")
    export.set_defaults(handler=_export_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = get_settings()
    try:
        if args.command in ("serve", "worker"):
            settings.check_safe()
        return int(args.handler(args, settings))
    except UnsafeConfigError as unsafe:
        print(unsafe, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
