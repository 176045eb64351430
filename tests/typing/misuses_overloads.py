"""A user's file that misuses the generated API; every marked line must be a mypy error."""

from generated.compilelabs import CompileLabs, ImageGenerationModel, ModelType, TextGenerationModel
from generated.perceptron import ModelExtended, Perceptron
from tests.golden.expected.acme import Acme, Message


def misuse(cl: CompileLabs, pc: Perceptron) -> None:
    image: ImageGenerationModel = cl.models.retrieve("m")  # E: text by default
    text: TextGenerationModel = cl.models.retrieve("m", type="image_generation")  # E: wrong variant
    cl.models.retrieve("m", type="video_generation")  # E: not a documented value
    extended: ModelExtended = pc.models.retrieve("perc-x1")  # E: plain Model by default
    pc.models.retrieve("perc-x1", extended="yes")  # E: a bool, not a string
    pc.models.retrieve(model_id=1)  # E: model_id is a string
    pc.models.retrieve("perc-x1").max_output_tokens  # E: only on ModelExtended
    pc.models.retrieve("perc-x1", extended=True, verbose=True)  # E: no such parameter
    wrong: TextGenerationModel = cl.models.retrieve("m", type=ModelType.MODERATION)  # E: member
    print(image, text, extended, wrong)


def misuse_streams(client: Acme) -> None:
    client.chat.completions.create(content="hi").close()  # E: a Message is no stream
    message: Message = client.chat.completions.create(content="hi", stream=True)  # E: a stream
    client.things.create(name="lamp", owner=None, address={"street": 1})  # E: not a string
    client.things.create(name="lamp", owner=None, address={"road": "x"})  # E: no such key
    print(message)
    with client.chat.completions.with_streaming_response.create(content="hi") as response:
        response.parse().close()  # E: without stream=True the parsed answer is a Message
    client.things.with_streaming_response.delete("t-1").parse()  # E: a context, entered first


def misuse_providers(pc: Perceptron) -> None:
    create = pc.chat.completions.create
    create(model="m", messages=[{"role": "robot", "content": "hi"}])  # E: no such role
    create(model="m", messages=[{"role": "user", "content": [{"type": "gif"}]}])  # E: part
    create(model="m", messages=[], reasoning_effort="extreme")  # E: not a tier
    pc.files.list(order="newest")  # E: asc or desc
    chunk = next(iter(create(model="m", messages=[], stream=True)))
    chunk.choices[0].delta.text  # E: a delta has content, not text
