"""`ChatGuardrail`: a langchain-core chat model (messages in, `AIMessage` out) answered by `Guardrail`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LangSmithParams
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from guardrail.langchain.base import FORBID_EXTRA, Routed, chat_messages, metadata
from guardrail.langchain.settings import aanswer, answer, atext_stream, text_stream
from guardrail.results import GuardedResponse
from guardrail.steering.textstream import cut_at_stop


class ChatGuardrail(Routed, BaseChatModel):
    """A chat model whose answers are steered, adapted and filtered by a `Guardrail` route.

    Example:
        ```python
        chat = ChatGuardrail(guard=Guardrail.from_dir("policies"), tenant="acme-bank", source="public_web")
        chain = ChatPromptTemplate.from_messages([("system", "Be brief."), ("human", "{q}")]) | chat
        chain.invoke({"q": "..."}, config={"configurable": {"source": "mobile_app"}})
        ```

    System, human and AI messages are rendered with the model's chat template after the
    route's positive system prompt. The answer's `response_metadata` holds the model name,
    route, finish reason and entity counts (never values), `usage_metadata` the token
    counts. Streams yield `AIMessageChunk`s of filtered text only, so `on_llm_new_token`
    and `astream_events` never see raw text. LangChain's standard parameters are accepted
    at construction and per call: `max_tokens` (capped by the route), `temperature`,
    `top_p` and `seed` (used only where the route allows client sampling), `timeout` (the
    decode is cancelled past it), `stop`, `max_retries` (nothing to retry locally). Text
    only: no tool calling, structured output, images, audio or files.
    """

    model_config = FORBID_EXTRA

    @property
    def _llm_type(self) -> str:
        return "guardrail-chat"

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> LangSmithParams:
        return self.ls_params("chat", kwargs.get("model", self.model_name), stop, kwargs)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return self._result(answer(self.guard, chat_messages(messages), self.call(kwargs)), stop)

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return self._result(await aanswer(self.guard, chat_messages(messages), self.call(kwargs)), stop)

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        finished: list[GuardedResponse] = []
        for text in text_stream(self.guard, chat_messages(messages), self.call(kwargs), self._stop(stop), finished.append):
            yield _chunk(text)
        yield self._last_chunk(finished)

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        finished: list[GuardedResponse] = []
        async for text in atext_stream(self.guard, chat_messages(messages), self.call(kwargs), self._stop(stop), finished.append):
            yield _chunk(text)
        yield self._last_chunk(finished)

    # -- results -------------------------------------------------------------------------

    def _result(self, response: GuardedResponse, stop: list[str] | None) -> ChatResult:
        text = cut_at_stop(response.text, self._stop(stop))
        info = self._info(response, cut=len(text) < len(response.text))
        message = AIMessage(content=text, usage_metadata=_usage(response), response_metadata=info)
        return ChatResult(generations=[ChatGeneration(message=message, generation_info=info)])

    def _last_chunk(self, finished: list[GuardedResponse]) -> ChatGenerationChunk:
        """The closing chunk: no text, the usage and metadata of the whole stream.

        `finished` is empty when a stop word ended the stream early (the decode was stopped
        there, so no token counts exist).
        """
        if not finished:
            info = {"model_name": self.model_name, "finish_reason": "stop"}
            return ChatGenerationChunk(message=AIMessageChunk(content="", response_metadata=info, chunk_position="last"))
        response = finished[0]
        info = self._info(response, cut=False)
        chunk = AIMessageChunk(content="", usage_metadata=_usage(response), response_metadata=info, chunk_position="last")
        return ChatGenerationChunk(message=chunk, generation_info=info)

    def _info(self, response: GuardedResponse, cut: bool) -> dict[str, Any]:
        info = {"model_name": self.model_name, **metadata(response)}
        if cut:
            info["finish_reason"] = "stop"
        return info


def _chunk(text: str) -> ChatGenerationChunk:
    return ChatGenerationChunk(message=AIMessageChunk(content=text))


def _usage(response: GuardedResponse) -> dict[str, int]:
    return {
        "input_tokens": response.prompt_tokens,
        "output_tokens": response.completion_tokens,
        "total_tokens": response.prompt_tokens + response.completion_tokens,
    }
