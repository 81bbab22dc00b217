"""Rasa's RedisLockStore, made safe for several replicas and for Redis going away.

Rasa keeps each conversation's turns in order with a ticket lock: a turn takes a ticket, waits until
it is the lowest one, runs, and hands back the ticket. With replicas, the lock lives in Redis so any
replica can serve any conversation (docs/deploying.md). Two things about Rasa 3.6's RedisLockStore
matter here, and this subclass changes both:

1. It updates a lock by get - change - set. Two replicas taking tickets for the same conversation at
   once can both read the same lock and both write it back: one ticket is lost, and two turns of one
   conversation run together. (Rasa Pro's ConcurrentRedisLockStore exists for this reason.) Here every
   change is one optimistic Redis transaction (WATCH / MULTI), retried on conflict.
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
from typing import Any, Callable, Optional, Tuple, TypeVar

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, RedisLockStore

logger = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_SOCKET_TIMEOUT = 1.0  # Rasa calls Redis on its event loop: a hung Redis must not stall it long
DEFAULT_RETRY_INTERVAL = 5.0


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

    # --- atomic read-modify-write of one conversation's lock ---------------------------------------
    def _transaction(self, conversation_id: str,
                     change: Callable[[Optional[TicketLock]], Tuple[Optional[TicketLock], T]]) -> T:
        """Apply `change` to the stored lock in one WATCH/MULTI transaction; None deletes the lock."""
        import redis

        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    lock = TicketLock.from_dict(json.loads(raw)) if raw else None
                    new, result = change(lock)
                    pipe.multi()
                    if new is None:
                        pipe.delete(key)
                    else:
                        pipe.set(key, new.dumps())
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue  # another replica changed this lock meanwhile: read it again

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def change(lock: Optional[TicketLock]):
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._either(lambda: self._transaction(conversation_id, change),
                                lambda: self.local.issue_ticket(conversation_id, lock_lifetime))
        except LockError:
            raise
        except Exception as error:  # noqa: BLE001 - Rasa expects LockError here
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        def change(lock: Optional[TicketLock]):
            if lock is None:
                return None, None
            lock.remove_expired_tickets()
            return lock, None

        self._either(lambda: self._transaction(conversation_id, change),
                     lambda: self.local.update_lock(conversation_id))

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        def change(lock: Optional[TicketLock]):
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return lock, None

        self._either(lambda: self._transaction(conversation_id, change),
                     lambda: self.local.finish_serving(conversation_id, ticket_number))

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Hand back the ticket and delete the lock when nobody waits, as one step."""
        def change(lock: Optional[TicketLock]):
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None

        self._either(lambda: self._transaction(conversation_id, change),
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
