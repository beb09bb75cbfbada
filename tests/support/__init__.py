"""Real local peers for tests: HTTP servers on 127.0.0.1 that stand in for receivers and APIs."""
