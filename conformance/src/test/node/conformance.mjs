// openai-node, unmodified, against the fake Responses server: one scenario after another, each
// printing one JSON line of what the SDK returned or threw. OpenAiNodeIT judges the lines; this
// script only observes, so a broken scenario never stops the others.
//
// Usage: node conformance.mjs BASE_URL MODEL INVALID_REQUESTS_JSON
//   BASE_URL               the server's URL ending in /v1
//   MODEL                  the model every scenario names
//   INVALID_REQUESTS_JSON  a file of [{"name", "body"}]: requests the real API refuses; the
//                          text $PREVIOUS_RESPONSE_ID in a body stands for a stored response's id
import OpenAI from 'openai';
import { readFileSync } from 'node:fs';

const [baseURL, model, invalidRequestsFile] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey: 'sk-test', maxRetries: 0, timeout: 30_000 });

const weatherTool = {
  type: 'function',
  name: 'get_weather',
  description: 'The current weather in a city.',
  strict: true,
  parameters: {
    type: 'object',
    properties: {
      city: { type: 'string' },
      unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
    },
    required: ['city', 'unit'],
    additionalProperties: false,
  },
};

// A plain JSON schema (no zod): what responses.parse sends as text.format and parses back.
const forecastFormat = {
  type: 'json_schema',
  name: 'forecast',
  strict: true,
  schema: {
    type: 'object',
    properties: {
      city: { type: 'string' },
      high_celsius: { type: 'integer' },
      sky: { type: 'string', enum: ['clear', 'cloudy', 'rain'] },
      hourly: { type: 'array', items: { type: 'string' } },
      place: {
        type: 'object',
        properties: { country: { type: 'string' }, latitude: { type: 'number' } },
        required: ['country', 'latitude'],
        additionalProperties: false,
      },
    },
    required: ['city', 'high_celsius', 'sky', 'hourly', 'place'],
    additionalProperties: false,
  },
};

function report(scenario, facts) {
  console.log(JSON.stringify({ scenario, ...facts }));
}

// What an SDK error exposes: its class, status, the envelope's members (marked when absent,
// since JSON null and a missing member differ) and the SDK's own copies of them.
function describeError(error) {
  if (!(error instanceof OpenAI.APIError)) {
    return { class: error?.constructor?.name ?? typeof error, message: String(error) };
  }
  const member = (name) => (error.error && name in error.error ? error.error[name] : '<absent>');
  return {
    class: error.constructor.name,
    status: error.status ?? null,
    type: member('type'),
    code: member('code'),
    param: member('param'),
    sdk: { type: error.type ?? null, code: error.code ?? null, param: error.param ?? null },
    message: error.message,
  };
}

async function scenario(name, run) {
  try {
    report(name, await run());
  } catch (error) {
    report(name, { failure: describeError(error) });
  }
}

function textOf(response) {
  return response.output
    .filter((item) => item.type === 'message')
    .flatMap((item) => item.content)
    .filter((part) => part.type === 'output_text')
    .map((part) => part.text)
    .join('');
}

const ask = (input) => ({ model, input });
let previousResponseId = null;
let call = null;

await scenario('create', async () => {
  const response = await client.responses.create(ask('Say hello.'));
  previousResponseId = response.id;
  return {
    id: response.id,
    status: response.status,
    text: textOf(response),
    outputText: response.output_text,
  };
});

await scenario('stream', async () => {
  const request = ask('Count to three.');
  let deltas = '';
  const types = [];
  let completed = null;
  for await (const event of await client.responses.create({ ...request, stream: true })) {
    types.push(event.type);
    if (event.type === 'response.output_text.delta') deltas += event.delta;
    if (event.type === 'response.completed') completed = event.response;
  }
  const json = await client.responses.create(request);
  return {
    first: types[0] ?? null,
    last: types.at(-1) ?? null,
    deltas,
    completedText: completed && textOf(completed),
    jsonText: textOf(json),
  };
});

await scenario('retrieve', async () => {
  const created = await client.responses.create(ask('Remember me.'));
  const retrieved = await client.responses.retrieve(created.id);
  return {
    createdId: created.id,
    retrievedId: retrieved.id,
    createdText: textOf(created),
    retrievedText: textOf(retrieved),
  };
});

await scenario('chain and input items', async () => {
  const first = await client.responses.create(ask('My name is Ada.'));
  const second = await client.responses.create({
    ...ask('What is my name?'),
    previous_response_id: first.id,
  });
  const items = await client.responses.inputItems.list(second.id);
  const inputTexts = items.data
    .filter((item) => item.type === 'message')
    .flatMap((item) => item.content)
    .filter((part) => part.type === 'input_text')
    .map((part) => part.text);
  return {
    firstId: first.id,
    previousResponseId: second.previous_response_id,
    status: second.status,
    inputTexts,
  };
});

await scenario('delete', async () => {
  const created = await client.responses.create(ask('Forget me.'));
  await client.responses.delete(created.id);
  try {
    await client.responses.retrieve(created.id);
    return { retrievedAfterDelete: true };
  } catch (error) {
    return { retrievedAfterDelete: false, error: describeError(error) };
  }
});

await scenario('parse with a JSON schema', async () => {
  const response = await client.responses.parse({
    ...ask('The forecast for Paris, please.'),
    text: { format: forecastFormat },
  });
  return { status: response.status, parsed: response.output_parsed, text: textOf(response) };
});

await scenario('required tool call', async () => {
  const response = await client.responses.create({
    ...ask('What is the weather in Paris?'),
    tools: [weatherTool],
    tool_choice: 'required',
  });
  const calls = response.output.filter((item) => item.type === 'function_call');
  if (calls.length === 1) call = { responseId: response.id, callId: calls[0].call_id };
  return {
    calls: calls.map((item) => ({ name: item.name, callId: item.call_id, arguments: item.arguments })),
    text: textOf(response),
  };
});

await scenario('function call output turn', async () => {
  if (call === null) {
    return { notRun: 'the required tool call scenario got no single function call to answer' };
  }
  const response = await client.responses.create({
    model,
    previous_response_id: call.responseId,
    tools: [weatherTool],
    input: [{ type: 'function_call_output', call_id: call.callId, output: '{"celsius":21,"sky":"clear"}' }],
  });
  return {
    status: response.status,
    functionCalls: response.output.filter((item) => item.type === 'function_call').length,
    text: textOf(response),
  };
});

for (const { name, body } of JSON.parse(readFileSync(invalidRequestsFile, 'utf8'))) {
  await scenario(`invalid: ${name}`, async () => {
    const sent = JSON.parse(JSON.stringify(body).replaceAll('$PREVIOUS_RESPONSE_ID', previousResponseId));
    try {
      const response = await client.responses.create(sent);
      return { accepted: true, id: response.id };
    } catch (error) {
      return { accepted: false, error: describeError(error) };
    }
  });
}
