"""`GuardedLLM`: a langchain-core LLM (text in, text out) that answers through `Guardrail`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models.llms import BaseLLM
from langchain_core.outputs import Generation, GenerationChunk, LLMResult

from guardrail.langchain.base import FORBID_EXTRA, Routed, acut_stream, cut_at_stop, cut_stream, metadata


class GuardedLLM(Routed, BaseLLM):
    """A langchain-core LLM that answers through `Guardrail`: steered, adapted and filtered.

    Example:
        ```python
        llm = GuardedLLM(guard=Guardrail.from_dir("policies"), tenant="acme-bank", source="public_web")
        chain = PromptTemplate.from_template("Answer briefly: {q}") | llm | StrOutputParser()
        chain.invoke({"q": "..."}, config={"configurable": {"source": "mobile_app"}})
        ```

    `stop` words cut the filtered text at the first match. Each generation's
    `generation_info` holds the route, finish reason and entity counts (never values).
    For chat prompts and messages, use `ChatGuardrail`.
    """

    model_config = FORBID_EXTRA

    @property
    def _llm_type(self) -> str:
        return "guardrail"

    def _generate(
        self,
        prompts: list[str],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> LLMResult:
        route = self.route(kwargs)
        if self.streaming:
            texts = ["".join(c.text for c in self._stream(p, stop, run_manager, **route)) for p in prompts]
            return LLMResult(generations=[[Generation(text=text)] for text in texts])
        from guardrail.guard import GuardRequest

        requests = [GuardRequest(prompt, route["tenant"], route["source"]) for prompt in prompts]
        if len(requests) == 1:
            responses = [self.guard.generate(prompts[0], **route)]
        else:
            responses = self.guard.generate_batch(requests)
        return _result(responses, stop)

    async def _agenerate(
        self,
        prompts: list[str],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> LLMResult:
        route = self.route(kwargs)
        if self.streaming:
            texts = []
            for prompt in prompts:
                texts.append("".join([c.text async for c in self._astream(prompt, stop, run_manager, **route)]))
            return LLMResult(generations=[[Generation(text=text)] for text in texts])
        responses = await asyncio.gather(*(self.guard.agenerate(prompt, **route) for prompt in prompts))
        return _result(responses, stop)

    def _stream(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[GenerationChunk]:
        for text in cut_stream(self.guard.stream(prompt, **self.route(kwargs)), stop):
            chunk = GenerationChunk(text=text)
            if run_manager:
                run_manager.on_llm_new_token(text, chunk=chunk)
            yield chunk

    async def _astream(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[GenerationChunk]:
        async for text in acut_stream(self.guard.astream(prompt, **self.route(kwargs)), stop):
            chunk = GenerationChunk(text=text)
            if run_manager:
                await run_manager.on_llm_new_token(text, chunk=chunk)
            yield chunk


def _result(responses: list[Any], stop: list[str] | None) -> LLMResult:
    generations = [[Generation(text=cut_at_stop(r.text, stop), generation_info=metadata(r))] for r in responses]
    prompt_tokens = sum(r.prompt_tokens for r in responses)
    completion_tokens = sum(r.completion_tokens for r in responses)
    usage = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens}
    return LLMResult(generations=generations, llm_output={"token_usage": {**usage, "total_tokens": prompt_tokens + completion_tokens}})
