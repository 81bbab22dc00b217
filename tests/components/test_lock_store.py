"""The replicas' conversation lock: atomic in Redis, degraded but working without it."""

import asyncio
import threading

import pytest
from rasa.utils.endpoints import EndpointConfig

from components.lock_store import DegradableRedisLockStore
from tests.redis_process import RedisProcess, free_port, require_redis_server


@pytest.fixture
def redis_server(tmp_path):
    require_redis_server()
    server = RedisProcess(tmp_path / "redis").start()
    yield server
    server.stop()


def _store(port, **extra):
    return DegradableRedisLockStore(host="127.0.0.1", port=port, db=0, key_prefix="t",
                                    retry_interval=0.1, **extra)


def test_rasa_builds_it_from_endpoints(redis_server):
    config = EndpointConfig(url="127.0.0.1", type="components.lock_store.DegradableRedisLockStore",
                            port=redis_server.port, db=3, key_prefix="waymark")
    store = DegradableRedisLockStore(endpoint_config=config)
    assert store.where == f"127.0.0.1:{redis_server.port}/3"
    assert store.key_prefix == "waymark:lock:" and not store.degraded


def test_two_replicas_taking_tickets_at_once_never_share_or_lose_one(redis_server):
    replicas = [_store(redis_server.port) for _ in range(2)]
    issued = []

    def work(store):
        for _ in range(40):
            issued.append(store.issue_ticket("conversation", 600))

    threads = [threading.Thread(target=work, args=(replicas[i % 2],)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(issued)) == len(issued) == 240
    assert len(replicas[0].get_lock("conversation").tickets) == 240


async def test_turns_of_one_conversation_run_one_at_a_time_across_replicas(redis_server):
    replicas = [_store(redis_server.port) for _ in range(2)]
    running, overlaps, order = [0], [0], []

    async def turn(i):
        async with replicas[i % 2].lock("conversation", wait_time_in_seconds=0.01):
            running[0] += 1
            overlaps[0] = max(overlaps[0], running[0])
            order.append(i)
            await asyncio.sleep(0.01)
            running[0] -= 1

    await asyncio.gather(*(turn(i) for i in range(8)))
    assert overlaps[0] == 1 and sorted(order) == list(range(8))
    assert replicas[0].get_lock("conversation") is None  # cleaned up when nobody waits


async def test_redis_down_at_start_is_degraded_mode_not_an_outage():
    store = _store(free_port())  # nothing listens there
    assert store.degraded
    async with store.lock("conversation"):
        pass


async def test_redis_going_away_and_coming_back(redis_server):
    store = _store(redis_server.port)
    async with store.lock("c"):
        pass
    redis_server.stop()
    async with store.lock("c"):  # a turn while Redis is down still runs, on this replica's lock
        assert store.degraded
    redis_server.start()  # same port
    await asyncio.sleep(0.15)  # past the probe interval
    async with store.lock("c"):
        assert not store.degraded
        assert store.red.exists("t:lock:c")  # held in Redis again


class _RoundTrips:
    """Counts what the store sends to Redis: each send is one round trip (a pipeline is one send)."""

    def __init__(self, monkeypatch):
        import redis.connection

        self.count = 0
        original = redis.connection.AbstractConnection.send_packed_command

        def counted(connection, command, check_health=True):
            self.count += 1
            return original(connection, command, check_health)

        monkeypatch.setattr(redis.connection.AbstractConnection, "send_packed_command", counted)


def test_each_change_to_a_lock_is_one_round_trip(redis_server, monkeypatch):
    store = _store(redis_server.port)
    store.issue_ticket("warm", 60)  # the script is loaded into Redis once per process
    sent = _RoundTrips(monkeypatch)
    first = store.issue_ticket("c", 60)
    second = store.issue_ticket("c", 60)
    assert sent.count == 2 and (first, second) == (0, 1)
    store.update_lock("c")
    store.finish_serving("c", first)
    assert sent.count == 4
    store.cleanup("c", second)
    assert sent.count == 5 and store.red.exists("t:lock:c") == 0  # nobody waits: deleted in that trip


async def test_a_turn_nobody_waits_for_takes_two_round_trips(redis_server, monkeypatch):
    store = _store(redis_server.port)
    store.issue_ticket("warm", 60)
    sent = _RoundTrips(monkeypatch)
    async with store.lock("c") as lock:
        assert not lock.is_locked(0) and lock.conversation_id == "c"
    assert sent.count == 2  # the ticket (served at once: not read back) and handing it back


def test_the_stored_lock_is_what_rasas_ticket_lock_reads_and_writes(redis_server):
    import time
    from collections import deque

    from rasa.core.lock import Ticket, TicketLock
    from rasa.core.lock_store import RedisLockStore

    store = _store(redis_server.port)
    rasa_store = RedisLockStore(host="127.0.0.1", port=redis_server.port, db=0, key_prefix="t")
    # Ticket 0 has expired (dropped by the next change, as TicketLock does); 1 is still valid.
    rasa_store.save_lock(TicketLock("c", deque([Ticket(0, time.time() - 1), Ticket(1, time.time() + 600)])))
    assert store.issue_ticket("c", 600) == 2  # numbering goes on from the last valid ticket
    lock = rasa_store.get_lock("c")
    assert [t.number for t in lock.tickets] == [1, 2] and lock.conversation_id == "c"
    assert lock.now_serving == 1 and lock.is_locked(2)
    store.finish_serving("c", 1)
    assert rasa_store.get_lock("c").now_serving == 2
    store.cleanup("c", 2)
    assert rasa_store.get_lock("c") is None
    assert store.issue_ticket("c", 600) == 0  # a new lock starts again at 0, as Rasa's does
