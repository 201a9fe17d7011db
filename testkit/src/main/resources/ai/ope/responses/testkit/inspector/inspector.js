// The fake server's inspector. It only reads and calls the admin API (docs/admin-api.md).
// Every text from the server goes into the page as text (textContent or text nodes), never as
// HTML: a request body may hold anything, markup included.
(function () {
  'use strict';

  const API = '/__admin/';
  const POLL_MS = 1000;
  /** Bodies longer than this are shown cut, with a note: a browser chokes on megabytes. */
  const BODY_SHOWN = 200 * 1024;
  const TIMELINE_SHOWN = 2000;
  const LIST_SHOWN = 1000;
  const SO_FAR_SHOWN = 300;

  const requests = new Map(); // sequence -> {entry, json}
  let selected = null;
  let received = -1;
  let durationsSeen = false;
  let view = 'requests';

  const $ = (id) => document.getElementById(id);

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (name === 'class') {
        node.className = value;
      } else if (value !== undefined && value !== null) {
        node.setAttribute(name, String(value));
      }
    });
    children.flat(Infinity).forEach((child) => {
      if (child !== undefined && child !== null) {
        node.append(child instanceof Node ? child : String(child));
      }
    });
    return node;
  }

  /** Calls the admin API; a refusal throws with the server's own message. */
  async function call(method, path, body) {
    const options = { method, cache: 'no-store', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      options.body = JSON.stringify(body);
      options.headers['Content-Type'] = 'application/json';
    }
    const answer = await fetch(API + path, options);
    const text = await answer.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch (notJson) {
      json = null;
    }
    if (!answer.ok) {
      const message = json && json.error && json.error.message;
      throw new Error(message || 'HTTP ' + answer.status + ' from ' + method + ' ' + API + path);
    }
    return json;
  }

  // ---- Polling -----------------------------------------------------------------------------

  function isUnfinished(entry) {
    return durationsSeen && !('duration_ms' in entry);
  }

  /** Fetch again from the oldest request still being answered, else after the newest. */
  function since() {
    let last = 0;
    let firstUnfinished = Infinity;
    requests.forEach(({ entry }, sequence) => {
      last = Math.max(last, sequence);
      if (isUnfinished(entry)) {
        firstUnfinished = Math.min(firstUnfinished, sequence);
      }
    });
    return firstUnfinished === Infinity ? last : firstUnfinished - 1;
  }

  async function poll() {
    try {
      let answer = await call('GET', 'requests?since=' + since());
      if (answer.received < received) {
        // cleared by someone else (a test, another tab): start over
        forgetRequests();
        answer = await call('GET', 'requests?since=0');
      }
      received = answer.received;
      merge(answer.requests || []);
      setConnection(true);
    } catch (failure) {
      setConnection(false, failure.message);
    } finally {
      window.setTimeout(poll, POLL_MS);
    }
  }

  function merge(entries) {
    let changed = false;
    let selectedChanged = false;
    entries.forEach((entry) => {
      const json = JSON.stringify(entry);
      const known = requests.get(entry.sequence);
      if (!known || known.json !== json) {
        requests.set(entry.sequence, { entry, json });
        durationsSeen = durationsSeen || 'duration_ms' in entry;
        changed = true;
        selectedChanged = selectedChanged || entry.sequence === selected;
      }
    });
    if (changed) {
      renderList();
    }
    if (selectedChanged) {
      renderDetail();
    }
  }

  function forgetRequests() {
    requests.clear();
    selected = null;
    received = -1;
    renderList();
    renderDetail();
  }

  function setConnection(online, why) {
    const connection = $('connection');
    connection.textContent = online ? 'live' : 'offline: ' + why;
    connection.classList.toggle('offline', !online);
  }

  // ---- The list ----------------------------------------------------------------------------

  function statusClass(status) {
    if (status === -1 || status === undefined) return 'pending';
    if (status === 0) return 'no-answer';
    if (status >= 500) return 'server-error';
    if (status >= 400) return 'client-error';
    return 'ok';
  }

  function statusText(status) {
    if (status === -1 || status === undefined) return '…';
    if (status === 0) return 'reset';
    return String(status);
  }

  function clock(iso) {
    const time = new Date(iso);
    return isNaN(time) ? String(iso) : time.toLocaleTimeString([], { hour12: false })
      + '.' + String(time.getMilliseconds()).padStart(3, '0');
  }

  function renderList() {
    const sequences = Array.from(requests.keys()).sort((a, b) => b - a);
    $('count').textContent = sequences.length === 1 ? '1 request'
      : sequences.length + ' requests';
    $('empty').hidden = sequences.length > 0;
    const rows = sequences.slice(0, LIST_SHOWN)
      .map((sequence) => listRow(requests.get(sequence).entry));
    if (sequences.length > LIST_SHOWN) {
      rows.push(el('li', { class: 'placeholder' }, 'and ' + (sequences.length - LIST_SHOWN)
        + ' older requests (Clear journal to start afresh)'));
    }
    $('request-list').replaceChildren(...rows);
  }

  function listRow(entry) {
    const path = entry.path + (entry.query ? '?' + entry.query : '');
    const button = el('button', {
      type: 'button', 'data-sequence': entry.sequence,
      class: entry.sequence === selected ? 'selected' : '',
    },
    el('span', { class: 'sequence' }, '#' + entry.sequence),
    el('span', { class: 'method' }, entry.method),
    el('span', { class: 'path mono', title: path }, path),
    el('span', { class: 'status ' + statusClass(entry.status) }, statusText(entry.status)),
    el('span', {}),
    el('span', { class: 'by', title: entry.answered_by }, entry.answered_by || 'being answered'),
    el('span', { class: 'when' }, clock(entry.received_at)));
    button.addEventListener('click', () => select(entry.sequence));
    return el('li', {}, button);
  }

  function select(sequence) {
    selected = sequence;
    // the address names the request, to reload or share the same view
    window.history.replaceState(null, '', '#' + sequence);
    document.querySelectorAll('#request-list button').forEach((button) => {
      button.classList.toggle('selected', Number(button.dataset.sequence) === sequence);
    });
    renderDetail();
  }

  // ---- The selected request ----------------------------------------------------------------

  function renderDetail() {
    const pane = $('detail');
    const known = selected === null ? undefined : requests.get(selected);
    if (!known) {
      pane.replaceChildren(el('p', { class: 'placeholder' },
        'Select a request to see what was sent and what answered it.'));
      return;
    }
    const entry = known.entry;
    const parts = [
      el('h2', { 'data-field': 'title' }, entry.method + ' ' + entry.path
        + (entry.query ? '?' + entry.query : '')),
      facts([
        ['Sequence', '#' + entry.sequence, 'sequence'],
        ['Status', statusText(entry.status) + (entry.status === 0 ? ' (no answer)' : ''), 'status'],
        ['Received', entry.received_at, 'received'],
        ['Duration', duration(entry), 'duration'],
        ['Query', entry.query || '(none)', 'query', true],
        ['Answered by', entry.answered_by || 'not decided yet', 'answered-by', true],
      ]),
    ];
    if (entry.strict_miss) {
      parts.push(strictMiss(entry.strict_miss));
    }
    parts.push(el('h3', {}, 'Request'),
      headers('Headers', entry.headers, entry.withheld_headers, 'request-headers'),
      body(entry, 'request-body'));
    if (entry.response) {
      parts.push(...response(entry.response));
    } else {
      parts.push(el('h3', {}, 'Response'),
        el('p', { class: 'placeholder', 'data-field': 'response' }, entry.status === 0
          ? 'None: the connection was closed before any byte.'
          : 'Not sent yet (or not captured by this server).'));
    }
    pane.replaceChildren(...parts);
  }

  function duration(entry) {
    if ('duration_ms' in entry) {
      return entry.duration_ms + ' ms';
    }
    return durationsSeen ? 'still being answered' : 'not reported by this server';
  }

  /** Name and value pairs, two to a line; a wide one takes a line of its own. */
  function facts(rows) {
    return el('dl', { class: 'facts' }, rows.map(([name, value, field, wide]) => [
      el('dt', {}, name), el('dd', { 'data-field': field, class: wide ? 'wide' : '' }, value)]));
  }

  function strictMiss(miss) {
    const rows = (miss.differences || []).map((difference) => el('tr', {},
      el('td', { class: 'mono' },
        difference.pointer === '' ? '(the whole body)' : difference.pointer),
      el('td', { class: 'mono recorded' }, shown(difference, 'recorded')),
      el('td', { class: 'mono received' }, shown(difference, 'received'))));
    return el('section', { id: 'strict-miss', class: 'miss' },
      el('h3', {}, 'Strict mode: no recorded interaction matched'),
      el('p', {}, 'Nearest interaction: ',
        el('strong', { 'data-field': 'nearest' },
          miss.nearest === null || miss.nearest === undefined ? 'none' : miss.nearest)),
      rows.length === 0 ? el('p', { class: 'placeholder' }, 'No differences listed.')
        : el('table', { class: 'differences' },
          el('thead', {}, el('tr', {}, el('th', {}, 'Pointer'), el('th', {}, 'Recorded'),
            el('th', {}, 'Received'))),
          el('tbody', {}, rows)));
  }

  function shown(difference, side) {
    return side in difference ? JSON.stringify(difference[side]) : '(absent)';
  }

  /** Headers folded away under a line that counts them: they matter less often than bodies. */
  function headers(title, shown, withheld, id) {
    const count = Object.keys(shown || {}).length + (withheld || []).length;
    const held = (withheld || []).length;
    return el('details', { class: 'headers-box' },
      el('summary', {}, title + ' (' + count + (held ? ', ' + held + ' withheld' : '') + ')'),
      headerTable(shown, withheld, id));
  }

  function headerTable(shown, withheld, id) {
    const rows = Object.entries(shown || {}).map(([name, value]) =>
      el('tr', {}, el('td', { class: 'mono' }, name), el('td', { class: 'mono' }, value)));
    (withheld || []).forEach((name) => rows.push(el('tr', {}, el('td', { class: 'mono' }, name),
      el('td', { class: 'withheld' }, 'withheld (a credential)'))));
    rows.sort((a, b) => a.firstChild.textContent.localeCompare(b.firstChild.textContent));
    return rows.length === 0 ? el('p', { id, class: 'placeholder' }, 'None.')
      : el('table', { id, class: 'headers' }, el('tbody', {}, rows));
  }

  /** A request or response body: JSON pretty-printed, text as is, bytes escaped; notes when cut. */
  function body(holder, id) {
    const notes = [];
    let text;
    if ('body_base64' in holder) {
      text = escapedBytes(holder.body_base64);
      notes.push('Not valid UTF-8: shown as bytes, each byte outside printable ASCII as \\xNN.');
    } else if (holder.body === null || holder.body === undefined) {
      return el('p', { id, class: 'placeholder' }, 'Empty.');
    } else {
      text = typeof holder.body === 'string' ? holder.body : JSON.stringify(holder.body, null, 2);
    }
    if (holder.body_truncated) {
      notes.push('The server kept only the start of this ' + holder.body_bytes + '-byte body.');
    }
    if (text.length > BODY_SHOWN) {
      notes.push('Shown: the first ' + BODY_SHOWN / 1024 + ' KB of ' + text.length
        + ' characters.');
      text = text.slice(0, BODY_SHOWN);
    }
    return el('div', {}, notes.map((note) => el('p', { class: 'note' }, note)),
      el('pre', { id }, text));
  }

  function escapedBytes(base64) {
    let binary;
    try {
      binary = window.atob(base64);
    } catch (notBase64) {
      return base64;
    }
    let text = '';
    for (let i = 0; i < binary.length && text.length <= BODY_SHOWN; i++) {
      const code = binary.charCodeAt(i);
      if (code === 0x5c) {
        text += '\\\\';
      } else if ((code >= 0x20 && code < 0x7f) || code === 0x0a || code === 0x0d || code === 0x09) {
        text += binary[i];
      } else {
        text += '\\x' + code.toString(16).padStart(2, '0');
      }
    }
    return text;
  }

  function response(sent) {
    const parts = [
      el('h3', { id: 'response' }, 'Response'),
      facts([
        ['Status', String(sent.status), 'response-status'],
        ['Body', (sent.body_bytes === undefined ? '?' : sent.body_bytes) + ' bytes',
          'response-bytes'],
      ].concat(sent.ending ? [['Ending', sent.ending, 'ending']] : [])),
      headers('Headers', sent.headers, [], 'response-headers'),
    ];
    if (Array.isArray(sent.events)) {
      parts.push(...timeline(sent));
      parts.push(el('details', {}, el('summary', {}, 'The raw stream'),
        body(sent, 'response-body')));
    } else {
      parts.push(body(sent, 'response-body'));
    }
    return parts;
  }

  // ---- A stream's timeline -----------------------------------------------------------------

  function timeline(sent) {
    let soFar = '';
    const rows = [];
    sent.events.slice(0, TIMELINE_SHOWN).forEach((event) => {
      const isText = event.type === 'response.output_text.delta' && typeof event.delta === 'string';
      if (isText) {
        soFar += event.delta;
      }
      const row = el('tr', { class: 'event', title: 'Click to show the data' },
        el('td', { class: 'number' }, typeof event.offset_ms === 'number'
          ? event.offset_ms.toFixed(1) : ''),
        el('td', { class: 'mono event-name' }, eventName(event)),
        el('td', { class: 'number' }, event.sequence_number === null
          || event.sequence_number === undefined ? '' : event.sequence_number),
        // quoted, so that spaces and line ends at a delta's edges show
        el('td', { class: 'mono delta' },
          typeof event.delta === 'string' ? JSON.stringify(event.delta) : ''),
        el('td', { class: 'so-far' }, isText ? tail(soFar) : ''));
      row.addEventListener('click', () => toggleData(row, event));
      rows.push(row);
    });
    const parts = [
      el('h3', {}, 'Stream timeline (' + sent.events.length + ' events)'),
      el('table', { id: 'timeline', class: 'timeline' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Offset (ms)'), el('th', {}, 'Event'),
          el('th', {}, 'Seq'), el('th', {}, 'Delta'), el('th', {}, 'Text so far'))),
        el('tbody', {}, rows)),
    ];
    if (sent.events.length > TIMELINE_SHOWN) {
      parts.push(el('p', { class: 'note' }, 'Shown: the first ' + TIMELINE_SHOWN + ' events.'));
    }
    if (sent.events_truncated) {
      parts.push(el('p', { class: 'note' },
        'The server kept only the first events of this stream.'));
    }
    parts.push(el('h3', {}, 'Final text'), el('pre', { id: 'final-text' },
      typeof sent.text === 'string' ? sent.text : soFar));
    return parts;
  }

  function eventName(event) {
    const type = event.type || event.event || '(none)';
    return event.event && event.type && event.event !== event.type
      ? event.event + ' / ' + event.type : type;
  }

  function tail(text) {
    return text.length <= SO_FAR_SHOWN ? text : '…' + text.slice(text.length - SO_FAR_SHOWN);
  }

  function toggleData(row, event) {
    const next = row.nextElementSibling;
    if (next && next.classList.contains('data-row')) {
      next.remove();
      return;
    }
    const data = typeof event.data === 'string' ? event.data : JSON.stringify(event.data, null, 2);
    row.after(el('tr', { class: 'data-row' }, el('td', { colspan: 5 }, el('pre', {}, data))));
  }

  // ---- What is loaded ----------------------------------------------------------------------

  async function showState() {
    const target = $('state');
    try {
      const state = await call('GET', 'state');
      target.replaceChildren(el('div', {}, loaded(state || {})));
    } catch (failure) {
      target.replaceChildren(el('p', { class: 'note' }, 'Cannot read what is loaded: '
        + failure.message));
    }
  }

  function loaded(state) {
    const replies = state.replies || [];
    const cassettes = state.cassettes || [];
    const responses = state.responses || [];
    return [
      el('h2', {}, 'Queued replies (' + replies.length + ')'),
      replies.length === 0 ? el('p', { class: 'placeholder' }, 'None.')
        : table(['Id', 'Reply'], replies.map((reply) => {
          const rest = Object.assign({}, reply);
          delete rest.id;
          return ['#' + reply.id, JSON.stringify(rest)];
        }), 'replies'),
      el('h2', {}, 'Cassettes (' + cassettes.length + ')'),
      cassettes.length === 0 ? el('p', { class: 'placeholder' }, 'None.') : null,
      cassettes.map(cassette),
      el('h2', {}, 'Stored responses (' + (state.responses_total > responses.length
        ? 'the newest ' + responses.length + ' of ' + state.responses_total
        : responses.length) + ')'),
      responses.length === 0 ? el('p', { class: 'placeholder' }, 'None.')
        : table(['Id', 'Status', 'Model', 'Created', 'Previous'], responses.map((stored) => [
          stored.id, stored.status, stored.model, created(stored.created_at),
          stored.previous_response_id || ''])),
      el('h2', {}, 'Settings'),
      table(['Setting', 'Value'], Object.entries(state.settings || {})
        .map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
      'settings'),
    ];
  }

  function cassette(loadedCassette) {
    const interactions = loadedCassette.interactions || [];
    const rows = interactions.map((interaction) => el('tr', {
      class: interaction.uses > 0 ? 'used' : 'unused' },
    [interaction.name, interaction.transport === 'websocket' ? 'WS response.create'
      : interaction.method, interaction.path, interaction.stream ? 'yes' : 'no',
      interaction.uses > 0 ? 'used ' + interaction.uses + '×' : 'not used']
      .map((value) => el('td', {}, value))));
    return el('section', { class: 'cassette' }, el('h3', {}, loadedCassette.name),
      el('table', {}, el('thead', {}, el('tr', {}, ['Interaction', 'Method', 'Path', 'Stream',
        'Uses'].map((name) => el('th', {}, name)))), el('tbody', {}, rows)));
  }

  function created(seconds) {
    return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : '';
  }

  function table(names, rows, id) {
    return el('table', { id },
      el('thead', {}, el('tr', {}, names.map((name) => el('th', {}, name)))),
      el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell) =>
        el('td', { class: 'mono' }, cell === null || cell === undefined ? '' : cell))))));
  }

  // ---- Controls ----------------------------------------------------------------------------

  function notice(text, isError) {
    const line = $('notice');
    line.textContent = text;
    line.classList.toggle('error', Boolean(isError));
    line.hidden = false;
  }

  async function control(method, path, done) {
    try {
      const answer = await call(method, path);
      forgetRequests();
      notice(done(answer || {}), false);
      if (view === 'loaded') {
        showState();
      }
    } catch (failure) {
      notice(failure.message, true);
    }
  }

  /** The reply description the form describes (docs/admin-api.md, "Reply descriptions"). */
  function description(kind) {
    const number = (id) => Number.parseInt($(id).value, 10);
    switch (kind) {
      case 'error':
        return { error: { status: number('queue-status'), message: $('queue-message').value } };
      case 'cut':
        return { text: $('queue-text').value, cut_after_events: number('queue-events') };
      case 'reset':
        return { reset: true };
      default:
        return { text: $('queue-text').value };
    }
  }

  async function queue(submitted) {
    submitted.preventDefault();
    const result = $('queue-result');
    try {
      const answer = await call('POST', 'replies', description($('queue-kind').value));
      result.textContent = 'Queued as reply #' + answer.ids.join(', #')
        + ': the next request it fits gets it.';
      result.className = 'result ok';
      if (view === 'loaded') {
        showState();
      }
    } catch (failure) {
      result.textContent = 'Refused: ' + failure.message;
      result.className = 'result error';
    }
  }

  function showFields() {
    const kind = $('queue-kind').value;
    document.querySelectorAll('#queue-form [data-for]').forEach((field) => {
      field.hidden = !field.dataset.for.split(' ').includes(kind);
    });
  }

  function switchTo(name) {
    view = name;
    $('requests-view').hidden = name !== 'requests';
    $('loaded-view').hidden = name !== 'loaded';
    $('tab-requests').setAttribute('aria-pressed', String(name === 'requests'));
    $('tab-loaded').setAttribute('aria-pressed', String(name === 'loaded'));
    if (name === 'loaded') {
      showState();
    }
  }

  function start() {
    $('tab-requests').addEventListener('click', () => switchTo('requests'));
    $('tab-loaded').addEventListener('click', () => switchTo('loaded'));
    $('refresh-state').addEventListener('click', showState);
    $('reset').addEventListener('click', () => control('POST', 'reset',
      () => 'Reset: replies, stubs, journal and stored responses cleared; cassettes rewound.'));
    $('clear-journal').addEventListener('click', () => control('DELETE', 'requests',
      (answer) => 'Journal cleared (' + answer.deleted + ' requests).'));
    $('queue-kind').addEventListener('change', showFields);
    $('queue-form').addEventListener('submit', queue);
    showFields();
    const named = /^#(\d+)$/.exec(window.location.hash);
    selected = named ? Number(named[1]) : null;
    poll();
  }

  start();
}());
