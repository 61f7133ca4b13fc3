"""A Bottega server on a free loopback port in a thread, and throwaway PostgreSQL databases, for benchmarks."""
import os
import secrets
import socket
import threading
import time
from contextlib import contextmanager
from typing import Iterator

import uvicorn

PG_ADMIN = os.environ.get("BOTTEGA_BENCH_PG", "host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=3")


@contextmanager
def serving(app) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1:<free port>; yields the base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", ws="none", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the benchmark server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@contextmanager
def postgres_database() -> Iterator[str | None]:
    """A fresh PostgreSQL database URL, dropped afterwards; None when no PostgreSQL is reachable."""
    import psycopg

    try:
        psycopg.connect(PG_ADMIN).close()
    except psycopg.OperationalError:
        yield None
        return
    name = f"bottega_bench_{secrets.token_hex(6)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    params = dict(p.split("=", 1) for p in PG_ADMIN.split())
    try:
        yield f"postgresql://{params.get('user', 'postgres')}@{params.get('host', '127.0.0.1')}:{params.get('port', '5432')}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
