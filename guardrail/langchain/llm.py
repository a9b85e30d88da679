"""`GuardedLLM`: a langchain-core LLM (text in, text out) that answers through `Guardrail`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import LangSmithParams
from langchain_core.language_models.llms import BaseLLM
from langchain_core.outputs import Generation, GenerationChunk, LLMResult

from guardrail.langchain.base import FORBID_EXTRA, Routed, metadata
from guardrail.langchain.settings import aanswer, answer, atext_stream, text_stream
from guardrail.results import GuardedResponse
from guardrail.steering.textstream import cut_at_stop


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
    LangChain's standard parameters work as for `ChatGuardrail`.
    For chat prompts and messages, use `ChatGuardrail`.
    """

    model_config = FORBID_EXTRA

    @property
    def _llm_type(self) -> str:
        return "guardrail"

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> LangSmithParams:
        return self.ls_params("llm", self.model_name, stop, kwargs)

    def _generate(
        self,
        prompts: list[str],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> LLMResult:
        call = self.call(kwargs)
        if self.streaming:
            return _streamed(["".join(c.text for c in self._stream(p, stop, run_manager, **kwargs)) for p in prompts])
        from guardrail.guard import GuardRequest

        if call.timeout is not None:
            responses = [answer(self.guard, prompt, call) for prompt in prompts]
        elif len(prompts) == 1:
            responses = [self.guard.generate(prompts[0], **call.guard)]
        else:
            responses = self.guard.generate_batch([GuardRequest(p, call.tenant, call.source, call.options) for p in prompts])
        return _result(responses, self._stop(stop))

    async def _agenerate(
        self,
        prompts: list[str],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> LLMResult:
        call = self.call(kwargs)
        if self.streaming:
            return _streamed(["".join([c.text async for c in self._astream(p, stop, run_manager, **kwargs)]) for p in prompts])
        responses = await asyncio.gather(*(aanswer(self.guard, prompt, call) for prompt in prompts))
        return _result(list(responses), self._stop(stop))

    def _stream(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[GenerationChunk]:
        for text in text_stream(self.guard, prompt, self.call(kwargs), stop or self.stop):
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
        async for text in atext_stream(self.guard, prompt, self.call(kwargs), stop or self.stop):
            chunk = GenerationChunk(text=text)
            if run_manager:
                await run_manager.on_llm_new_token(text, chunk=chunk)
            yield chunk


def _streamed(texts: list[str]) -> LLMResult:
    """The result of prompts answered by streaming (`streaming=True`): their texts only."""
    return LLMResult(generations=[[Generation(text=text)] for text in texts])


def _result(responses: list[GuardedResponse], stop: list[str] | None) -> LLMResult:
    generations = [[Generation(text=cut_at_stop(r.text, stop), generation_info=metadata(r))] for r in responses]
    prompt_tokens = sum(r.prompt_tokens for r in responses)
    completion_tokens = sum(r.completion_tokens for r in responses)
    usage = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens}
    return LLMResult(generations=generations, llm_output={"token_usage": {**usage, "total_tokens": prompt_tokens + completion_tokens}})
