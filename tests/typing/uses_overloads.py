"""A user's file that leans on the generated overloads; mypy --strict must accept it."""

from typing import assert_type

from generated.compilelabs import (
    AsyncCompileLabs,
    CompileLabs,
    ImageGenerationModel,
    ModelInfo,
    ModelType,
    TextGenerationModel,
)
from generated.perceptron import (
    GetModelsExtendedResponse,
    GetModelsResponse,
    Model,
    ModelExtended,
    Perceptron,
    RawResponse,
)


def compilelabs(client: CompileLabs) -> None:
    assert_type(client.models.retrieve("meta/llama-v3-8b-instruct"), TextGenerationModel)
    assert_type(client.models.retrieve("m", type="text_generation"), TextGenerationModel)
    assert_type(client.models.retrieve("m", type="image_generation"), ImageGenerationModel)
    # An enum member picks the same overload as its value.
    assert_type(client.models.retrieve("m", type=ModelType.IMAGE_GENERATION), ImageGenerationModel)
    other = client.models.retrieve("m", type="moderation")
    assert isinstance(other, ModelInfo)
    context: int = client.models.retrieve("m").context_length
    print(context)


async def compilelabs_async(client: AsyncCompileLabs) -> None:
    assert_type(await client.models.retrieve("m", type="image_generation"), ImageGenerationModel)


def perceptron(client: Perceptron, flag: bool) -> None:
    assert_type(client.models.retrieve("perc-x1"), Model)
    assert_type(client.models.retrieve("perc-x1", extended=False), Model)
    assert_type(client.models.retrieve("perc-x1", extended=True), ModelExtended)
    limit: int | None = client.models.retrieve("perc-x1", extended=True).max_output_tokens
    print(limit)
    assert_type(client.models.list(), GetModelsResponse)
    assert_type(client.models.list(extended=True), GetModelsExtendedResponse)
    either = client.models.retrieve("perc-x1", extended=flag)
    print(either.id)
    raw = client.models.with_raw_response.retrieve("perc-x1")
    assert isinstance(raw, RawResponse)
    print(raw.status_code, raw.headers, raw.elapsed, raw.parsed.id)
    quick = client.with_options(max_retries=5, timeout=2.0)
    assert_type(quick, Perceptron)
