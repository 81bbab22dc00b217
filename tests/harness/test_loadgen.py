"""harness.loadgen's check: the proof the fault drills rest on must be able to fail."""

from harness import loadgen
from bot.gateway import wording


def _answered(*texts):
    return [loadgen.Turn("s", i, text, 0.0, status=200, replies=[f"re {text}"]) for i, text in enumerate(texts)]


def _stored(*texts, finished=True):
    events = []
    for text in texts:
        events += [("user", None, text), ("bot", None, f"re {text}")]
        if finished:
            events.append(("action", "action_listen", None))
    return events


def test_a_conversation_stored_exactly_as_answered_passes():
    assert loadgen._compare(_answered("hello", "data", "evenings"), _stored("hello", "data", "evenings")) == ""


def test_a_lost_turn_is_caught():
    problem = loadgen._compare(_answered("hello", "data", "evenings"), _stored("hello", "evenings"))
    assert "lost or out of order" in problem


def test_a_doubled_turn_is_caught():
    problem = loadgen._compare(_answered("hello", "data"), _stored("hello", "hello", "data"))
    assert problem


def test_turns_stored_out_of_order_are_caught():
    assert loadgen._compare(_answered("hello", "data", "evenings"), _stored("hello", "evenings", "data"))


def test_a_reply_from_another_turn_is_caught():
    answered = _answered("hello", "data")
    answered[1].replies = ["re hello"]
    assert "another turn's replies" in loadgen._compare(answered, _stored("hello", "data"))


def test_an_unfinished_turn_the_resident_was_not_told_about_is_caught():
    events = _stored("hello", finished=False) + _stored("data")
    assert "never finished" in loadgen._compare(_answered("hello", "data"), events)


def test_a_turn_cut_short_by_a_failed_action_is_fine_when_the_resident_was_told():
    answered = _answered("hello", "data")
    answered[0].replies = [wording.NOT_ANSWERED]
    events = [("user", None, "hello")] + _stored("data")
    assert loadgen._compare(answered, events) == ""


def test_a_message_never_received_and_sent_again_is_stored_once():
    answered = _answered("hello", "data")
    again = loadgen.Turn("s", 1, "data", 0.0, status=200, replies=[wording.NOT_RECEIVED])
    assert loadgen._compare([answered[0], again, answered[1]], _stored("hello", "data")) == ""


def test_a_message_rewound_by_the_two_stage_fallback_and_stored_again_counts_once():
    events = _stored("hello") + [("user", None, "data"), ("action", "action_two_stage_fallback", None),
                                 ("rewind", None, None), ("action", "action_listen", None),
                                 ("user", None, "data"), ("bot", None, "re data"),
                                 ("action", "action_listen", None)]
    assert loadgen._compare(_answered("hello", "data"), events) == ""


def test_an_unclear_message_replaced_by_its_rephrasing_in_the_two_stage_fallback_is_not_lost():
    events = (_stored("hello") + [("user", None, "data"), ("bot", None, "re data"), ("action", "action_listen", None),
                                  ("user", None, "evenings"), ("rewind", None, None), ("rewind", None, None),
                                  ("action", "action_listen", None)] + _stored("evenings"))
    assert loadgen._compare(_answered("hello", "data", "evenings"), events) == ""


def test_a_rewound_message_still_counts_only_once():
    events = _stored("hello") + [("user", None, "data"), ("rewind", None, None)] + _stored("evenings")
    assert loadgen._compare(_answered("hello", "data", "data", "evenings"), events)


def test_a_runs_summary_counts_only_answered_turns_in_its_rate_and_latencies():
    turns = [loadgen.Turn("s", i, "t", 0.0, latency=ms / 1000, status=200, replies=["ok"])
             for i, ms in enumerate(range(10, 110, 10))]  # 10 answered, 10-100 ms
    turns.append(loadgen.Turn("s", 10, "t", 0.0, latency=5.0, status=200, replies=[wording.NOT_ANSWERED]))
    summary = loadgen.Run(turns=turns, seconds=2.0).summary()
    assert (summary["answered"], summary["not_answered"], summary["turns_per_s"]) == (10, 1, 5.0)
    assert round(summary["p50"]) == 50 and round(summary["p95"]) == 100 and round(summary["p99"]) == 100


async def test_residents_sent_straight_to_rasa_carry_its_token(aiohttp_server):
    from aiohttp import web

    seen = []

    async def webhook(request):
        seen.append(request.headers.get("Authorization"))
        if request.headers.get("Authorization") != "Bearer rasa-secret":
            return web.json_response({"error": "not authorised"}, status=401)
        return web.json_response([{"recipient_id": "x", "text": "hello"}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    server = await aiohttp_server(app)
    run = await loadgen.drive(str(server.make_url("/webhooks/rest/webhook")), 1, 0.3, script=("hi",),
                              api="rest", rasa_token="rasa-secret")
    assert run.turns and set(seen) == {"Bearer rasa-secret"}
    assert run.outcomes() == {"ok": len(run.turns)}
