"""Issue 10: Schemathesis drives every route of a real server on loopback from its own /openapi.json,
with valid and invalid data, as the owner, as a till and with no token, and finds no 500 and no
answer outside the schema. (Run through Hypothesis directly: schemathesis' pytest loader does not
work with pytest 9 yet.)"""
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode, openapi
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance, response_schema_conformance, status_code_conformance,
)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 10  # per route, mode and caller: a bounded run; `schemathesis run` goes further by hand


def test_no_input_gives_a_500_or_an_answer_outside_the_schema(server, shop_one, till_one):
    """Every route, valid and invalid inputs, each kind of caller: a documented, typed answer every time."""
    callers = {"owner": dict(shop_one.owner.headers), "till": dict(till_one.http.headers), "nobody": {}}
    callers = {who: {"Authorization": h["authorization"]} if "authorization" in h else {} for who, h in callers.items()}
    schema = openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                      suppress_health_check=list(HealthCheck))
            def fuzz(case):
                for headers in callers.values():
                    case.call_and_validate(base_url=server.url, headers=headers, checks=CHECKS)

            try:
                fuzz()
            except Unsatisfiable:
                assert mode == GenerationMode.NEGATIVE  # a route with no input has no invalid input either
