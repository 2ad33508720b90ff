// The student's page: join, keep one WebSocket (reconnecting with the same token), show frames.
"use strict";
const $ = (id) => document.getElementById(id);
let socket = null;
let retries = 0;
let mySeat = 0;
// The deadline of the call or the quoting open now (seconds on this phone's clock), or null when
// nothing is due; while paused, the seconds that were left.
let deadline = null;
let frozen = null;
let game = null;

const money = (x) => (x === null || x === undefined ? "–" : Number(x).toFixed(2));

function show(id, visible) { $(id).hidden = !visible; }

/// A line under the buttons: the teacher's message ("notice") or a refusal ("error").
function notice(kind, text) {
  $("message").className = kind;
  $("message").textContent = text;
}

/// Starts the countdown to `until` (seconds on the host's clock, sent at `now`), or stops it.
function countdown(until, now) {
  deadline = until === null ? null : Date.now() / 1000 + (until - now);
  frozen = null;
  tick();
}

function tick() {
  const left = deadline === null ? 0 : Math.ceil(deadline - Date.now() / 1000);
  show("timer", left > 0);
  $("clock").textContent = left > 0 ? left + " s" : "–";
}

function tape(line) {
  const item = document.createElement("li");
  item.textContent = line;
  $("tape").prepend(item);
}

async function join(event) {
  event.preventDefault();
  $("join-error").textContent = "";
  try {
    const response = await fetch("/join", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code: $("code").value, name: $("name").value }),
    });
    const answer = await response.json();
    if (!response.ok) { $("join-error").textContent = answer.error; return; }
    localStorage.setItem("glosten-token", answer.token);
    connect();
  } catch (error) {
    $("join-error").textContent = "The class did not answer: check the address and the wifi.";
  }
}

function connect() {
  const token = localStorage.getItem("glosten-token");
  if (!token) return;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  socket = new WebSocket(`${scheme}://${location.host}/ws?token=${encodeURIComponent(token)}`);
  socket.onmessage = (message) => receive(JSON.parse(message.data));
  socket.onclose = () => {
    if (retries > 30) { $("message").textContent = "Lost the class: reload the page."; return; }
    retries += 1;
    setTimeout(connect, Math.min(500 * retries, 5000));
  };
  socket.onerror = () => {
    if (!$("class").hidden) return;
    localStorage.removeItem("glosten-token");
  };
}

function send(object) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(object));
}

function receive(frame) {
  switch (frame.type) {
    case "welcome":
      retries = 0;
      show("join", false);
      show("class", true);
      mySeat = frame.seat;
      $("who").textContent = `${frame.name} · seat ${frame.seat}`;
      $("tape").textContent = "";
      break;
    case "error":
      notice("error", frame.message);
      break;
    case "echo":
      break;
    case "game":
      play(frame.frame, frame.now);
      break;
  }
}

/// One frame of the class engine (`ServerFrame`, type-tagged JSON).
function play(f, now) {
  switch (f.type) {
    case "welcome":
      game = f.game;
      if (game) $("status").textContent = `${game} game, round ${f.round} of ${f.rounds}`;
      break;
    case "role": {
      const card = $("role");
      show("role", true);
      show("reveal", false);
      card.className = "card " + f.kind;
      if (f.kind === "informed") card.textContent = `Round ${f.round}: you are INFORMED. The value is ${money(f.value)}.`;
      else if (f.kind === "maker") card.textContent = "You are a market maker: quote a bid and an ask each round.";
      else if (f.need) card.textContent = `Round ${f.round}: uninformed, you need to ${f.need.toUpperCase()} (penalty ${money(f.penalty)} if you do not).`;
      else card.textContent = `Round ${f.round}: uninformed, no need to trade this round.`;
      break;
    }
    case "quotes":
      show("quotes", true);
      $("bid").textContent = money(f.bid);
      $("ask").textContent = money(f.ask);
      break;
    case "called":
      countdown(f.deadline, now);
      if (f.seat === mySeat) {
        $("status").textContent = "Your turn: buy, sell or pass.";
        show("actions", true);
      } else {
        $("status").textContent = `Seat ${f.seat} is trading.`;
        show("actions", false);
      }
      break;
    case "quoting":
      countdown(f.deadline, now);
      $("status").textContent = `Round ${f.round}: type your bid and ask.`;
      show("quote", true);
      break;
    case "tape": {
      // The called student has acted (or the robot for her), or the makers' round is played.
      countdown(null);
      const what = f.side ? `${f.side} at ${money(f.price)}` : "no trade";
      tape(`round ${f.round} #${f.sequence}: ${what}`);
      break;
    }
    case "pnl":
      show("actions", false);
      $("pnl-value").textContent = `${f.score === null || f.score === undefined ? "known at the reveal" : money(f.score)} (position ${f.position}, cash ${money(f.cash)}${f.robot ? ", robot played" : ""})`;
      break;
    case "reveal": {
      show("reveal", true);
      show("actions", false);
      show("quote", false);
      countdown(null);
      $("status").textContent = `Round ${f.round} is over: the value is revealed.`;
      let text = `Round ${f.round}: the value was ${money(f.value)}. Your result ${money(f.score ?? f.profit)}.`;
      if (f.informed_total !== undefined && f.informed_total !== null)
        text += ` Informed made ${money(f.informed_total)}, uninformed ${money(f.uninformed_total)}.`;
      text += ` The market maker made ${money(f.market_maker_profit)}.`;
      if (f.totals_withheld) text += ` (${f.totals_withheld[0].toUpperCase() + f.totals_withheld.slice(1)}.)`;
      $("reveal").textContent = text;
      $("pnl-value").textContent = `${money(f.score ?? f.profit)} (round ${f.round})`;
      break;
    }
    case "standings": {
      // The league has its own box: the tape lists trades only.
      show("league", true);
      const list = $("league-list");
      list.textContent = "";
      for (const s of f.standings.slice(0, 5)) {
        const item = document.createElement("li");
        item.textContent = `${s.rank}. ${s.name} ${money(s.score)}`;
        list.append(item);
      }
      break;
    }
    case "message":
      notice("notice", f.text);
      break;
    case "error":
      notice("error", f.text);
      break;
    case "paused":
      $("status").textContent = f.paused ? "Paused by the teacher." : "Running again.";
      if (f.paused && deadline !== null) { frozen = deadline - Date.now() / 1000; deadline = null; }
      else if (!f.paused && frozen !== null) { deadline = Date.now() / 1000 + frozen; frozen = null; }
      tick();
      break;
    case "over":
      $("status").textContent = "The game is over.";
      show("actions", false);
      show("quote", false);
      countdown(null);
      break;
  }
}

setInterval(tick, 250);

$("join").addEventListener("submit", join);
document.querySelectorAll("#actions button").forEach((button) =>
  button.addEventListener("click", () => send({ type: "order", side: button.dataset.side })));
$("quote").addEventListener("submit", (event) => {
  event.preventDefault();
  send({ type: "quote", bid: Number($("my-bid").value), ask: Number($("my-ask").value) });
});
connect();
