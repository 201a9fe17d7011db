// openai-node's WebSocket mode (ResponsesWS, with the `ws` package), unmodified, against the fake
// Responses server: replies scripted through the admin API, one scenario after another, each
// printing one JSON line of what the SDK received. OpenAiNodeWebSocketIT judges the lines.
//
// Usage: node ws-conformance.mjs BASE_URL MODEL KEYED_BASE_URL
//   BASE_URL        the server's URL ending in /v1 (the socket is ws://…/v1/responses, derived by
//                   the SDK); any key is accepted
//   MODEL           the model every request names
//   KEYED_BASE_URL  a second server's URL, one that requires the key 'sk-test'
import OpenAI from 'openai';
import { ResponsesWS } from 'openai/resources/responses/ws';

const [baseURL, model, keyedBaseURL] = process.argv.slice(2);
const admin = new URL('../__admin/', `${baseURL}/`).toString();
const clientOf = (url, apiKey) => new OpenAI({ baseURL: url, apiKey, maxRetries: 0, timeout: 30_000 });
const client = clientOf(baseURL, 'sk-test');
const TURN_LIMIT_MS = 10_000;

function report(scenario, facts) {
  console.log(JSON.stringify({ scenario, ...facts }));
}

async function scenario(name, run) {
  try {
    report(name, await run());
  } catch (error) {
    report(name, { failure: { class: error?.constructor?.name, message: String(error?.message ?? error) } });
  }
}

async function adminCall(method, path, body) {
  const response = await fetch(admin + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`admin ${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

const enqueue = (reply) => adminCall('POST', 'replies', reply);

// One connection whose turns run one at a time: a turn ends with its response's terminal event,
// an `error` (the API's error event or a socket failure) or the socket's close.
function connection(sdk = client) {
  const ws = new ResponsesWS(sdk);
  const seen = { closed: null };
  let onClose;
  const closed = new Promise((resolve) => { onClose = resolve; });
  let current = null; // the turn under way: { types, deltas, finish }
  const settle = (outcome) => {
    const turn = current;
    current = null;
    turn?.finish(outcome);
  };
  ws.on('event', (event) => {
    if (!current) return;
    current.types.push(event.type);
    if (event.type === 'response.output_text.delta') current.deltas += event.delta;
    if (['response.completed', 'response.incomplete', 'response.failed'].includes(event.type)) {
      settle({ response: event.response });
    }
  });
  ws.on('error', (error) => settle({ error }));
  ws.on('close', (code, reason) => {
    seen.closed = { code, reason };
    onClose(seen.closed);
    settle({ closed: seen.closed });
  });
  const turn = (request) => new Promise((resolve) => {
    const timer = setTimeout(() => settle({ timedOut: true }), TURN_LIMIT_MS);
    const started = { types: [], deltas: '' };
    started.finish = (outcome) => {
      clearTimeout(timer);
      resolve({ types: started.types, deltas: started.deltas, ...outcome });
    };
    current = started;
    ws.send({ type: 'response.create', model, ...request });
  });
  return { ws, seen, turn, closed };
}

// The promise's value, or null after the limit; the timer never outlives it (it would keep node up).
async function within(promise, limitMs) {
  let timer;
  const expired = new Promise((resolve) => { timer = setTimeout(() => resolve(null), limitMs); });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function textOf(response) {
  return (response?.output ?? [])
    .filter((item) => item.type === 'message')
    .flatMap((item) => item.content)
    .filter((part) => part.type === 'output_text')
    .map((part) => part.text)
    .join('');
}

// What a turn ended with, as JSON: the response's facts or the error the SDK raised.
function describeTurn(outcome) {
  if (outcome.response) {
    return {
      id: outcome.response.id,
      status: outcome.response.status,
      previousResponseId: outcome.response.previous_response_id ?? null,
      text: textOf(outcome.response),
      deltas: outcome.deltas,
      first: outcome.types[0] ?? null,
      last: outcome.types.at(-1) ?? null,
    };
  }
  if (outcome.error) {
    const event = outcome.error.error;
    return {
      error: {
        class: outcome.error.constructor.name,
        message: outcome.error.message,
        event: event ? { type: event.type, status: event.status ?? null, error: event.error ?? null } : null,
      },
    };
  }
  return outcome.closed ? { closed: outcome.closed } : { timedOut: true };
}

async function webSocketCreates() {
  const journal = await adminCall('GET', 'requests');
  const entries = Array.isArray(journal) ? journal : journal.requests;
  return entries.filter((entry) => entry.transport === 'websocket' && entry.path === '/v1/responses');
}

await scenario('ws: chained turns', async () => {
  await adminCall('POST', 'reset');
  await enqueue({ text: 'My name is Ada.' });
  await enqueue({ text: 'You are Ada.' });
  const { ws, seen, turn } = connection();
  try {
    const first = describeTurn(await turn({ input: 'Remember my name: Ada.' }));
    const second = describeTurn(await turn({ input: 'What is my name?', previous_response_id: first.id }));
    const creates = await webSocketCreates();
    return {
      first,
      second,
      closedEarly: seen.closed,
      webSocketCreates: creates.length,
      withheldHeaders: creates[0]?.withheld_headers ?? null,
      answeredBy: creates.map((entry) => entry.answered_by),
    };
  } finally {
    ws.close();
  }
});

await scenario('ws: error event then a turn', async () => {
  await adminCall('POST', 'reset');
  await enqueue({
    error: { status: 400, code: 'context_length_exceeded', param: 'input', message: 'Your input exceeds the context window of this model.' },
  });
  await enqueue({ rate_limited_ms: 2000 });
  await enqueue({ text: 'Fine again.' });
  const { ws, seen, turn } = connection();
  try {
    const refused = describeTurn(await turn({ input: 'A very long input.' }));
    const limited = describeTurn(await turn({ input: 'Once more.' }));
    const after = describeTurn(await turn({ input: 'A short one.' }));
    return { refused, limited, after, closedEarly: seen.closed, webSocketCreates: (await webSocketCreates()).length };
  } finally {
    ws.close();
  }
});

await scenario('ws: the key', async () => {
  const refused = connection(clientOf(keyedBaseURL, 'sk-wrong'));
  const wrongKey = describeTurn(await refused.turn({ input: 'Let me in.' }));
  const closed = await within(refused.closed, TURN_LIMIT_MS);
  refused.ws.close();
  const accepted = connection(clientOf(keyedBaseURL, 'sk-test'));
  try {
    const rightKey = describeTurn(await accepted.turn({ input: 'Hello with the right key.' }));
    return { wrongKey, closedAfterWrongKey: closed, rightKey };
  } finally {
    accepted.ws.close();
  }
});
