"""Rasa's RedisLockStore, made safe for several replicas and for Redis going away.

Rasa keeps each conversation's turns in order with a ticket lock: a turn takes a ticket, waits until
it is the lowest one, runs, and hands back the ticket. With replicas, the lock lives in Redis so any
replica can serve any conversation (docs/deploying.md). Two things about Rasa 3.6's RedisLockStore
matter here, and this subclass changes both:

1. It updates a lock by get - change - set. Two replicas taking tickets for the same conversation at
   once can both read the same lock and both write it back: one ticket is lost, and two turns of one
   conversation run together. (Rasa Pro's ConcurrentRedisLockStore exists for this reason.) Here every
   change is one Lua script run by Redis (CHANGE_SCRIPT): atomic, and one round trip (a WATCH/MULTI
   transaction took three). A turn makes two: its ticket (not read back when it is served at once)
   and handing it back.
2. When Redis is unreachable, every turn fails (LockError; the REST channel answers with nothing, the
   gateway apologises). Here the store drops to a documented degraded mode instead: conversation locks
   are kept per replica in memory, logged once as a warning; Redis is probed every `retry_interval`
   seconds and used again as soon as it answers (logged). While degraded, one resident's turns stay
   in order because the gateway sends a conversation's turns one at a time; two turns of the same
   conversation reaching different replicas at the same instant are not ordered.

Configured in endpoints (written by bot/ops/production.py):

    lock_store:
      type: components.lock_store.DegradableRedisLockStore
      url: 127.0.0.1      # Redis host
      port: 6380
      db: 0
      password: ...
      key_prefix: waymark
"""

from __future__ import annotations

import json
import logging
import threading
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Callable, Optional, Tuple, TypeVar

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, RedisLockStore

logger = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_SOCKET_TIMEOUT = 1.0  # Rasa calls Redis on its event loop: a hung Redis must not stall it long
DEFAULT_RETRY_INTERVAL = 5.0

# One change to one conversation's lock, atomically. The stored value stays what Rasa's TicketLock
# reads and writes ({"conversation_id": ..., "tickets": ["{\"number\": 0, \"expires\": ...}", ...]}):
# kept tickets are copied as stored, a new one is written from the replica's own float text, so no
# number goes through Lua's formatting. Expired tickets are dropped first, as TicketLock does before
# every read; expiry is judged by the replica's clock (ARGV[2]), as Rasa does.
# KEYS: the lock. ARGV: op (issue|update|finish|cleanup), now, conversation id, ticket number,
# expiry of a new ticket. Returns {number (the new ticket's, else 0), the lock as stored or false}.
CHANGE_SCRIPT = """
local raw = redis.call('GET', KEYS[1])
local op = ARGV[1]
if not raw and op ~= 'issue' then
  return {0, false}
end
local now = tonumber(ARGV[2])
local kept = {}
local last = -1
if raw then
  for _, text in ipairs(cjson.decode(raw).tickets or {}) do
    local ticket = cjson.decode(text)
    local number = tonumber(ticket.number)
    if not (now > tonumber(ticket.expires)) and not ((op == 'finish' or op == 'cleanup')
        and number == tonumber(ARGV[4])) then
      table.insert(kept, text)
      last = number
    end
  end
end
local issued = 0
if op == 'issue' then
  issued = last + 1
  table.insert(kept, string.format('{"number": %d, "expires": %s}', issued, ARGV[5]))
end
if op == 'cleanup' and #kept == 0 then
  redis.call('DEL', KEYS[1])
  return {0, false}
end
local quoted = {}
for i, text in ipairs(kept) do
  quoted[i] = cjson.encode(text)
end
local value = '{"conversation_id": ' .. cjson.encode(ARGV[3]) .. ', "tickets": [' ..
  table.concat(quoted, ', ') .. ']}'
redis.call('SET', KEYS[1], value)
return {issued, value}
"""


class DegradableRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: Any = None, *, host: str = "localhost", port: int = 6379,
                 db: int = 0, password: Optional[str] = None, username: Optional[str] = None,
                 key_prefix: Optional[str] = None, socket_timeout: float = DEFAULT_SOCKET_TIMEOUT,
                 retry_interval: float = DEFAULT_RETRY_INTERVAL, use_ssl: bool = False,
                 **_ignored: Any) -> None:
        if endpoint_config is not None:  # Rasa builds custom lock stores as cls(endpoint_config=...)
            options = dict(endpoint_config.kwargs)
            host = endpoint_config.url or options.pop("host", host)
            port = int(options.get("port", port))
            db = int(options.get("db", db))
            password = options.get("password", password)
            username = options.get("username", username)
            key_prefix = options.get("key_prefix", key_prefix)
            socket_timeout = float(options.get("socket_timeout", socket_timeout))
            retry_interval = float(options.get("retry_interval", retry_interval))
            use_ssl = bool(options.get("use_ssl", use_ssl))
        super().__init__(host=host, port=port, db=db, username=username, password=password,
                         use_ssl=use_ssl, key_prefix=key_prefix, socket_timeout=socket_timeout)
        self.red.connection_pool.connection_kwargs["socket_connect_timeout"] = socket_timeout
        self._script = self.red.register_script(CHANGE_SCRIPT)
        self.where = f"{host}:{port}/{db}"
        self.retry_interval = retry_interval
        self.local = InMemoryLockStore()
        self.degraded = False
        self._next_probe = 0.0
        self._state = threading.Lock()
        self._check_at_start()

    def _check_at_start(self) -> None:
        """A wrong password or address is a configuration error: refuse. Redis down: start degraded."""
        import redis

        try:
            self.red.ping()
        except redis.exceptions.AuthenticationError as error:
            raise LockError(f"Lock store: Redis at {self.where} refused the credentials: {error}") from None
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError) as error:
            self._degrade(error)
        else:
            logger.info("Lock store: Redis at %s (conversation locks shared across replicas)", self.where)

    # --- degraded mode -----------------------------------------------------------------------------
    def _use_redis(self) -> bool:
        if not self.degraded:
            return True
        now = time.monotonic()
        if now < self._next_probe:
            return False
        self._next_probe = now + self.retry_interval
        try:
            self.red.ping()
        except Exception:  # noqa: BLE001 - still down: stay degraded until the next probe
            return False
        with self._state:
            self.degraded = False
        logger.warning("Lock store: Redis at %s is back; conversation locks are shared across "
                       "replicas again", self.where)
        return True

    def _degrade(self, error: BaseException) -> None:
        with self._state:
            first = not self.degraded
            self.degraded = True
            self._next_probe = time.monotonic() + self.retry_interval
        if first:
            logger.warning("Lock store: Redis at %s unreachable (%s); DEGRADED - conversation locks "
                           "are kept in this replica only until it returns", self.where,
                           type(error).__name__)

    def _either(self, on_redis: Callable[[], T], on_local: Callable[[], T]) -> T:
        import redis

        if self._use_redis():
            try:
                return on_redis()
            except redis.exceptions.AuthenticationError:
                raise
            except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError) as error:
                self._degrade(error)
        return on_local()

    # --- atomic read-modify-write of one conversation's lock: one round trip ----------------------
    def _change(self, op: str, conversation_id: str, number: int = 0, expires: float = 0.0) -> Tuple[int, Optional[str]]:
        """Run one change in Redis (CHANGE_SCRIPT); returns (its number, the lock as stored or None)."""
        result = self._script(keys=[self.key_prefix + conversation_id],
                              args=[op, repr(time.time()), conversation_id, number, repr(expires)])
        stored = result[1] if len(result) > 1 and result[1] else None
        return int(result[0]), (stored.decode() if isinstance(stored, bytes) else stored)

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        return self._issue(conversation_id, lock_lifetime)[0]

    def _issue(self, conversation_id: str, lock_lifetime: float) -> Tuple[int, Optional[TicketLock]]:
        """A ticket, and the lock as it stands with it in Redis (None while degraded: ask again)."""
        def on_redis() -> Tuple[int, Optional[TicketLock]]:
            number, stored = self._change("issue", conversation_id, expires=time.time() + lock_lifetime)
            return number, TicketLock.from_dict(json.loads(stored)) if stored else None

        try:
            return self._either(on_redis,
                                lambda: (self.local.issue_ticket(conversation_id, lock_lifetime), None))
        except LockError:
            raise
        except Exception as error:  # noqa: BLE001 - Rasa expects LockError here
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    @asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncGenerator[TicketLock, None]:
        """Rasa's ticket lock; a ticket that is served at once is not read back (one round trip less)."""
        ticket, current = self._issue(conversation_id, lock_lifetime)
        try:
            if current is not None and not current.is_locked(ticket):
                yield current
            else:
                yield await self._acquire_lock(conversation_id, ticket, wait_time_in_seconds)
        finally:
            self.cleanup(conversation_id, ticket)

    def update_lock(self, conversation_id: str) -> None:
        self._either(lambda: self._change("update", conversation_id),
                     lambda: self.local.update_lock(conversation_id))

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._either(lambda: self._change("finish", conversation_id, ticket_number),
                     lambda: self.local.finish_serving(conversation_id, ticket_number))

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Hand back the ticket and delete the lock when nobody waits, as one step."""
        self._either(lambda: self._change("cleanup", conversation_id, ticket_number),
                     lambda: self.local.cleanup(conversation_id, ticket_number))

    # --- plain reads and writes (used by Rasa's waiting loop and by tests) -------------------------
    def get_lock(self, conversation_id: str) -> Optional[TicketLock]:
        return self._either(lambda: RedisLockStore.get_lock(self, conversation_id),
                            lambda: self.local.get_lock(conversation_id))

    def save_lock(self, lock: TicketLock) -> None:
        self._either(lambda: RedisLockStore.save_lock(self, lock), lambda: self.local.save_lock(lock))

    def delete_lock(self, conversation_id: str) -> None:
        self._either(lambda: RedisLockStore.delete_lock(self, conversation_id),
                     lambda: self.local.delete_lock(conversation_id))
