"""Load drivers and fault drills: scripted residents, scratch databases and the drills that drive a
whole stack. Used by scripts/ and the integration tests, never by the running service."""
