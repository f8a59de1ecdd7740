"""The cache backend reuses one Redis client per connection pool (``predictions.redis_cache``): the
same object serves every call, and it keeps serving after its Redis restarts, as a new one would."""

from __future__ import annotations

from django.core.cache import caches
from django.template import Context, Template
from django.test import override_settings
from django.urls import set_script_prefix

from predictions.redis_cache import ReusedClientRedisCache
from tests.support.processes import Processes, closed, free_port, wait_for


def test_one_client_serves_every_call_and_outlives_a_redis_restart(processes: Processes) -> None:
    port = free_port()
    server = processes.redis(port)
    location = f"redis://127.0.0.1:{port}/0"
    options = {"socket_connect_timeout": 1, "socket_timeout": 1}
    with override_settings(
        CACHES={"default": {"BACKEND": "predictions.redis_cache.ReusedClientRedisCache", "LOCATION": location,
                            "OPTIONS": options}}
    ):  # fmt: skip
        cache = caches["default"]
        assert isinstance(cache, ReusedClientRedisCache)
        cache.set("page", "kept")
        assert cache._cache.get_client() is cache._cache.get_client(write=True)  # one server: one pool, one client

        processes.kill(server)
        wait_for(lambda: closed(port), timeout=10, what="redis to stop")
        processes.redis(port)  # empty again

        assert cache.get("page") is None  # the reused client reconnected to the new server
        cache.set("page", "kept again")
        assert cache.get("page") == "kept again"


def test_the_frames_fixed_links_follow_the_script_prefix() -> None:
    """The frame's links are reversed once per mount point, not once per process."""
    template = Template("{% load hindsight %}{% site_url 'predictions:methodology' %}")
    try:
        set_script_prefix("/")
        at_root = template.render(Context())
        set_script_prefix("/hindsight/")
        mounted = template.render(Context())
    finally:
        set_script_prefix("/")
    assert at_root == "/methodology/" and mounted == "/hindsight/methodology/"
