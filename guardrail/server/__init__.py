"""The OpenAI-compatible HTTP service: `guardrail serve`.

- `guardrail.server.app.create_app(guard, keys)`: the ASGI app (FastAPI) over one `Guardrail`.
- `guardrail.server.keys`: the API-keys file (hashes and tenants only).
- `guardrail.server.runner.serve(settings)`: uvicorn on 127.0.0.1 with SIGHUP reload.
- `guardrail.server.ray_app`: the same app as Ray Serve replicas (`serve run`).

Nothing here is imported by `import guardrail`; the service needs the `serve` extra.
"""
