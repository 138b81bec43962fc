// ballot.js — the participant's ballot: choose a name, set priorities, send.
// Talks only to the server it came from; keeps its ballot token in memory and
// in this tab's sessionStorage so that a reload can still change the ballot.
'use strict';

const state = { meeting: null, token: null, name: null };
const $ = (id) => document.getElementById(id);

function say (text) { $('status').textContent = text; }

function text (id, value) { $(id).textContent = value; }

function buildCriteria (meeting) {
  const box = $('criteria');
  box.replaceChildren();
  for (const c of meeting.criteria) {
    const row = document.createElement('div');
    row.className = 'criterion';
    const label = document.createElement('label');
    label.htmlFor = 'w-' + c.id;
    label.textContent = c.name;
    const value = document.createElement('span');
    value.className = 'value';
    value.setAttribute('aria-hidden', 'true');
    value.textContent = '5';
    label.appendChild(value);
    const help = document.createElement('p');
    help.className = 'help';
    help.id = 'h-' + c.id;
    help.textContent = c.help;
    const range = document.createElement('input');
    range.type = 'range';
    range.min = '0';
    range.max = '10';
    range.step = '1';
    range.value = '5';
    range.id = 'w-' + c.id;
    range.dataset.criterion = c.id;
    range.setAttribute('aria-describedby', help.id);
    range.addEventListener('input', () => { value.textContent = range.value; });
    row.append(label, range, help);
    box.appendChild(row);
  }
}

function showPeople (meeting) {
  const s = meeting.strings;
  const list = $('people');
  list.replaceChildren();
  for (const p of meeting.participants) {
    const item = document.createElement('li');
    item.textContent = p.name + ' — ' + (p.voted ? s.voted : s.not_voted);
    list.appendChild(item);
  }
  const choice = $('name-choice');
  const chosen = choice.value;
  choice.replaceChildren(new Option('—', ''));
  for (const p of meeting.participants)
    choice.appendChild(new Option(p.name, p.name));
  choice.value = chosen;
}

function render (meeting) {
  const s = meeting.strings;
  document.documentElement.lang = s.lang;
  document.title = s.title;
  text('title', s.title);
  text('meeting-title', meeting.title);
  text('who', s.who);
  text('pick-label', s.pick);
  text('new-label', s.new_name);
  text('priorities', s.priorities);
  text('priorities-help', s.priorities_help);
  text('situation-heading', s.situation);
  text('submit', s.submit);
  const lines = $('situation');
  lines.replaceChildren();
  for (const line of meeting.situation) {
    const item = document.createElement('li');
    item.textContent = line;
    lines.appendChild(item);
  }
  $('situation-box').hidden = meeting.situation.length === 0;
  if (!$('criteria').firstChild)
    buildCriteria(meeting);
  showPeople(meeting);
  $('ballot').hidden = !meeting.open;
  if (!meeting.open)
    say(s.closed);
}

async function load () {
  const answer = await fetch('meeting', { cache: 'no-store' });
  state.meeting = await answer.json();
  render(state.meeting);
}

async function send (event) {
  event.preventDefault();
  const s = state.meeting.strings;
  const name = ($('name-new').value.trim() || $('name-choice').value).trim();
  if (!name) {
    say(s.no_name);
    return;
  }
  const weights = {};
  for (const range of document.querySelectorAll('#criteria input[type="range"]'))
    weights[range.dataset.criterion] = Number(range.value);
  const headers = { 'Content-Type': 'application/json' };
  const token = sessionStorage.getItem('ballot:' + name);
  if (token)
    headers['X-Stackwise-Ballot'] = token;
  try {
    const answer = await fetch('ballot', { method: 'POST', headers, body: JSON.stringify({ name, weights }), cache: 'no-store' });
    const reply = await answer.json();
    if (!answer.ok) {
      say(s.failed + ' ' + reply.error);
      return;
    }
    sessionStorage.setItem('ballot:' + name, reply.ballot_token);
    say(s.sent);
    await load();
  } catch (error) {
    say(s.failed + ' ' + error);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('ballot').addEventListener('submit', send);
  load().catch((error) => say(String(error)));
});
