// openai-node's WebSocket mode (ResponsesWS), unmodified, replaying a recorded WebSocket cassette
// on the fake Responses server: the script sends the client frames the cassette recorded, one turn
// after another on one socket, and prints one JSON line of what the SDK received for each.
// OpenAiNodeWebSocketIT compares the lines with the server frames the cassette recorded.
//
// Usage: node ws-replay.mjs BASE_URL TRANSCRIPT
//   BASE_URL    the server's URL ending in /v1, serving the cassette in strict mode
//   TRANSCRIPT  the connection's websocket.txt: its "> +Nms <frame>" lines are sent, in order
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import { ResponsesWS } from 'openai/resources/responses/ws';

const [baseURL, transcript] = process.argv.slice(2);
const TURN_LIMIT_MS = 10_000;
const TERMINAL = ['response.completed', 'response.incomplete', 'response.failed'];

const clientFrames = readFileSync(transcript, 'utf8').split('\n')
  .map((line) => /^> \+\d+ms (.*)$/.exec(line))
  .filter((match) => match)
  .map((match) => JSON.parse(match[1]));

const ws = new ResponsesWS(new OpenAI({ baseURL, apiKey: 'sk-test', maxRetries: 0, timeout: 30_000 }));
let current = null;
const settle = (outcome) => {
  const turn = current;
  current = null;
  turn?.finish(outcome);
};
ws.on('event', (event) => {
  if (!current) return;
  current.types.push(event.type);
  if (TERMINAL.includes(event.type)) settle({ response: event.response });
});
ws.on('error', (error) => settle({ error }));
ws.on('close', (code) => settle({ closed: code }));

const turn = (frame) => new Promise((resolve) => {
  const started = { types: [] };
  const timer = setTimeout(() => settle({ timedOut: true }), TURN_LIMIT_MS);
  started.finish = (outcome) => {
    clearTimeout(timer);
    resolve({ types: started.types, ...outcome });
  };
  current = started;
  ws.send(frame);
});

try {
  for (const [index, frame] of clientFrames.entries()) {
    const outcome = await turn(frame);
    const line = { turn: index + 1, types: outcome.types };
    if (outcome.response) {
      line.response = outcome.response;
    } else if (outcome.error) {
      line.error = { class: outcome.error.constructor.name, event: outcome.error.error ?? null };
    } else {
      line.ended = outcome.closed !== undefined ? { closed: outcome.closed } : { timedOut: true };
    }
    console.log(JSON.stringify(line));
  }
} finally {
  ws.close();
}
