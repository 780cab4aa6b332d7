// The reply box: lints the draft as the agent types (debounced), marks the findings in a mirror under the textarea,
// lists them with explanation, one-click fix and ignore. No dependencies; everything is built with textContent.
'use strict';

(() => {
  const DEBOUNCE_MS = 150;
  const $ = (id) => document.getElementById(id);
  const reply = $('reply');
  const mirror = $('mirror');
  const list = $('findings');
  const summary = $('summary');
  const latency = $('latency');
  const ignoredNote = $('ignored');
  const customerName = $('customer-name');
  const customerMessage = $('customer-message');
  const channel = $('channel');

  let timer = 0;
  let sequence = 0; // number of the newest request; a response with an older number is stale and dropped
  let lastInputAt = performance.now();
  let shown = { text: '', findings: [], score: 100, total: 0 }; // the response on screen and the text it belongs to
  const ignored = new Set(); // keys of findings the agent ignored for this reply

  // A finding is "the same" across re-lints when it has the same rule, the same quoted text and the same rank among
  // findings of that rule and text; so an ignored finding stays hidden while the agent edits elsewhere.
  function keysOf(findings) {
    const seen = new Map();
    return findings.map((f) => {
      const base = f.ruleId + '\u0001' + f.text;
      const n = seen.get(base) || 0;
      seen.set(base, n + 1);
      return base + '\u0001' + n;
    });
  }

  function schedule() {
    lastInputAt = performance.now();
    list.dataset.state = 'pending';
    delete latency.dataset.inputToPaintMs;
    clearTimeout(timer);
    timer = setTimeout(lint, DEBOUNCE_MS);
  }

  async function lint() {
    clearTimeout(timer);
    const text = reply.value;
    const id = ++sequence;
    if (text.trim().length === 0) {
      ignored.clear();
      render({ text, findings: [], score: 100, total: 0 }, null, null);
      summary.textContent = 'Type a reply.';
      return;
    }

    list.dataset.state = 'pending';
    const started = performance.now();
    let response;
    let body;
    try {
      response = await fetch('api/lint', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          text,
          customerName: customerName.value,
          customerMessage: customerMessage.value,
          channel: channel.value,
        }),
      });
      body = await response.json();
    } catch (e) {
      if (id === sequence) {
        showError('the server did not answer (' + (e && e.message ? e.message : e) + ')');
      }
      return;
    }

    // Stale: a newer request was sent, or the text changed and a newer one is scheduled.
    if (id !== sequence || text !== reply.value) {
      return;
    }

    if (!response.ok) {
      showError(body && body.error ? body.error : 'HTTP ' + response.status);
      return;
    }

    render({ text, findings: body.findings, score: body.score, total: body.total }, body.elapsedMs, performance.now() - started);
  }

  function showError(message) {
    summary.textContent = 'Lint failed: ' + message;
    summary.classList.add('error-banner');
    list.dataset.state = 'error';
  }

  function render(state, serverMs, roundTripMs) {
    shown = state;
    summary.classList.remove('error-banner');
    const keys = keysOf(state.findings);
    const visible = [];
    state.findings.forEach((f, i) => {
      if (!ignored.has(keys[i])) {
        visible.push({ finding: f, key: keys[i] });
      }
    });

    renderMirror(state.text, visible);
    renderList(visible);
    const hidden = state.findings.length - visible.length;
    ignoredNote.hidden = hidden === 0;
    ignoredNote.replaceChildren();
    if (hidden > 0) {
      ignoredNote.append(hidden + ' ignored for this reply. ');
      const again = button('Show again', 'show-ignored', () => {
        ignored.clear();
        render(shown, null, null);
      });
      ignoredNote.append(again);
    }

    const more = state.total > state.findings.length ? ' (the first ' + state.findings.length + ' of ' + state.total + ')' : '';
    summary.textContent = visible.length === 0
      ? 'No findings · score ' + state.score + '/100' + more
      : visible.length + (visible.length === 1 ? ' finding' : ' findings') + ' · score ' + state.score + '/100' + more;
    if (serverMs !== null) {
      latency.textContent = 'lint ' + serverMs.toFixed(2) + ' ms on the server · ' + Math.round(roundTripMs) + ' ms round trip';
      latency.dataset.serverMs = String(serverMs);
      latency.dataset.roundTripMs = roundTripMs.toFixed(1);
      const inputAt = lastInputAt;
      requestAnimationFrame(() => {
        latency.dataset.inputToPaintMs = (performance.now() - inputAt).toFixed(1);
      });
    }

    list.dataset.state = 'ready';
    list.dataset.text = state.text.length + ':' + (state.text.length > 0 ? state.text.charCodeAt(state.text.length - 1) : 0);
  }

  // The mirror holds the same text as the textarea with findings' spans in <mark>s. Where spans overlap, the shorter
  // one is marked (a word inside a "reply too long" span stays visible); the list still shows every finding.
  function renderMirror(text, visible) {
    const candidates = visible
      .map((v, i) => ({ start: v.finding.start, end: v.finding.start + v.finding.length, severity: v.finding.severity, index: i }))
      .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
      .sort((a, b) => (a.end - a.start) - (b.end - b.start) || a.start - b.start);
    const marks = [];
    for (const m of candidates) {
      if (!marks.some((c) => m.start < c.end && c.start < m.end)) {
        marks.push(m);
      }
    }
    marks.sort((a, b) => a.start - b.start);
    const fragment = document.createDocumentFragment();
    let position = 0;
    for (const m of marks) {
      fragment.append(text.slice(position, m.start));
      const mark = document.createElement('mark');
      mark.className = m.severity;
      mark.dataset.index = String(m.index);
      mark.textContent = text.slice(m.start, m.end);
      fragment.append(mark);
      position = m.end;
    }
    // A trailing newline makes the textarea show an empty last line; the mirror needs a character there to do the same.
    fragment.append(text.slice(position) + (text.endsWith('\n') ? '\u200b' : ''));
    mirror.replaceChildren(fragment);
    mirror.scrollTop = reply.scrollTop;
  }

  function renderList(visible) {
    const items = visible.map((v, index) => {
      const f = v.finding;
      const li = document.createElement('li');
      li.className = 'finding ' + f.severity;
      li.dataset.rule = f.ruleId;
      li.dataset.category = f.category;
      li.dataset.start = String(f.start);
      li.dataset.length = String(f.length);

      const head = document.createElement('div');
      head.className = 'head';
      head.append(span('severity', f.severity), span('message', f.message, true), span('rule', f.ruleId + ' · ' + f.category));
      li.append(head);

      if (f.text.length > 0 && f.text.length <= 200) {
        const quote = document.createElement('div');
        quote.className = 'quote';
        const q = document.createElement('q');
        q.dir = 'auto';
        q.textContent = f.text;
        quote.append(q, ' (line ' + f.line + ', column ' + f.column + ')');
        li.append(quote);
      }

      li.append(paragraph('explanation', f.explanation));
      if (f.advice && f.advice !== f.message && f.advice !== f.explanation) {
        li.append(paragraph('advice', f.advice));
      }

      const actions = document.createElement('div');
      actions.className = 'actions';
      for (const fix of f.fixes) {
        const label = fix.replacement.length === 0 ? 'Remove' : 'Replace with “' + fix.replacement + '”';
        const b = button(label, 'fix', () => applyFix(fix));
        b.dataset.start = String(fix.start);
        b.dataset.length = String(fix.length);
        b.dataset.replacement = fix.replacement;
        b.title = fix.description;
        actions.append(b);
      }
      actions.append(button('Ignore', 'ignore', () => {
        ignored.add(v.key);
        render(shown, null, null);
      }));
      actions.append(button('Show in reply', 'locate', () => locate(f, index)));
      li.append(actions);
      return li;
    });
    list.replaceChildren(...items);
  }

  function applyFix(fix) {
    const text = reply.value;
    if (text !== shown.text) {
      lint(); // the findings are for an older text: check again instead of patching the wrong place
      return;
    }
    reply.value = text.slice(0, fix.start) + fix.replacement + text.slice(fix.start + fix.length);
    const caret = fix.start + fix.replacement.length;
    reply.focus();
    reply.setSelectionRange(caret, caret);
    lastInputAt = performance.now();
    lint();
  }

  function locate(f, index) {
    for (const m of mirror.querySelectorAll('mark')) {
      m.classList.toggle('active', m.dataset.index === String(index));
    }
    reply.focus();
    reply.setSelectionRange(f.start, f.start + f.length);
  }

  function span(className, text, auto) {
    const s = document.createElement('span');
    s.className = className;
    if (auto) {
      s.dir = 'auto';
    }
    s.textContent = text;
    return s;
  }

  function paragraph(className, text) {
    const p = document.createElement('p');
    p.className = className;
    p.dir = 'auto';
    p.textContent = text;
    return p;
  }

  function button(label, className, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = className;
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  reply.addEventListener('input', schedule);
  reply.addEventListener('scroll', () => {
    mirror.scrollTop = reply.scrollTop;
  });
  for (const field of [customerName, customerMessage]) {
    field.addEventListener('input', schedule);
  }
  channel.addEventListener('change', schedule);
  list.dataset.state = 'ready';
  if (reply.value.length > 0) {
    lint();
  }
})();
