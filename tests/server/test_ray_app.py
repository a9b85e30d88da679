"""The service on Ray Serve: a local Ray instance, 2 replicas of the embedded model, the openai client.

Slow: starting Ray and two replicas (each loads the model and Presidio) takes a minute or
more on 2 cores.
"""

from __future__ import annotations

import gc
import socket
import time
import warnings

import pytest
from server_support import EMAIL, write_policies

# Ray's own modules raise deprecation warnings on import, and its shutdown can leave the
# Popen objects of processes it already told to stop for the garbage collector.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

POLICIES = {
    "shop": {
        "public": ({"entities": ["EMAIL_ADDRESS"]}, {"max_new_tokens": 8}),
        "trusted": ({"entities": []}, {"max_new_tokens": 8}),
    }
}


@pytest.fixture(scope="module")
def ray_service(tmp_path_factory):
    ray = pytest.importorskip("ray")
    from ray import serve

    from guardrail.server.keys import add_key
    from guardrail.server.ray_app import deployment
    from guardrail.server.runner import ServeSettings

    folder = tmp_path_factory.mktemp("ray")
    policies = write_policies(folder / "policies", POLICIES)
    secret = add_key(folder / "keys.yaml", "shop").secret
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = ServeSettings(policies=str(policies), keys=str(folder / "keys.yaml"), port=port, adapters_dir=str(folder))
    try:
        _start_ray(ray)
        serve.start(http_options={"host": "127.0.0.1", "port": port})
        serve.run(deployment(settings, replicas=2, num_cpus=0.5), name="guardrail", route_prefix="/", blocking=False)
        yield f"http://127.0.0.1:{port}", secret
    finally:
        if ray.is_initialized():
            serve.shutdown()
        ray.shutdown()
        _collect_quietly()


def _start_ray(ray, attempts: int = 2) -> None:
    """`ray.init` on 2 CPUs; Ray gives its raylet a fixed 30 s to register, which a busy
    machine can miss, so try again once."""
    failure = ""
    for _ in range(attempts):
        try:
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
            return
        except Exception as exc:  # Ray raises a bare Exception for the start-up timeout
            failure = f"{type(exc).__name__}: {exc}"
        ray.shutdown()  # outside `except`, so no traceback keeps Ray's process handles alive
        _collect_quietly()
    pytest.fail(f"Ray did not start in {attempts} attempts ({failure})")


def _collect_quietly() -> None:
    """Collect the Popen objects of Ray processes already told to stop, without their ResourceWarning."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def test_two_replicas_serve_filtered_answers_and_streams(ray_service) -> None:
    import openai

    url, secret = ray_service
    client = openai.OpenAI(base_url=url + "/v1", api_key=secret, max_retries=0, timeout=120)
    _wait_until_serving(client)
    assert sorted(m.id for m in client.models.list()) == ["public", "trusted"]

    replicas, texts = set(), []
    for i in range(8):
        raw = client.chat.completions.with_raw_response.create(
            model="public", messages=[{"role": "user", "content": f"Repeat {EMAIL} please ({i})"}], max_tokens=4
        )
        replicas.add(raw.headers["x-guardrail-replica"])
        answer = raw.parse()
        assert answer.usage.completion_tokens <= 4 and EMAIL not in answer.choices[0].message.content
        texts.append(answer.choices[0].message.content)
    assert len(replicas) == 2, "the proxy sent every request to one replica"

    stream = client.chat.completions.create(
        model="public", messages=[{"role": "user", "content": f"Repeat {EMAIL} please (0)"}], max_tokens=4, stream=True
    )
    chunks = list(stream)
    assert chunks[-1].choices[0].finish_reason in {"stop", "length"}
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == texts[0]  # greedy: same answer

    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=url + "/v1", api_key="gr-wrong", max_retries=0).models.list()


def _wait_until_serving(client, timeout_s: float = 600) -> None:
    import openai

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            client.models.list()
            return
        except (openai.APIConnectionError, openai.InternalServerError, openai.NotFoundError, openai.APIStatusError):
            if time.monotonic() > deadline:
                raise
            time.sleep(2)
