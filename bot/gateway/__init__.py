"""The gateway: Waymark's only public face (web widget API, Twilio SMS and WhatsApp).

Everything here talks to Rasa's REST channel on loopback; residents are known to Rasa only by a keyed
pseudonym. `create_app(settings)` lives in `bot.gateway.app` (imported lazily so that importing this
package has no side effects and does not pull in aiohttp for callers that only need pseudonyms).
"""
