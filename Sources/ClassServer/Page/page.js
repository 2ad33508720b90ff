// The student's page: join, keep one WebSocket (reconnecting with the same token), show frames.
"use strict";
const $ = (id) => document.getElementById(id);
let socket = null;
let retries = 0;

function show(id, visible) { $(id).hidden = !visible; }

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
      $("who").textContent = `${frame.name} · seat ${frame.seat}`;
      $("tape").textContent = "";
      break;
    case "error":
      $("message").textContent = frame.message;
      break;
    case "echo":
      break;
    case "game":
      if (window.glostenGame) window.glostenGame(frame.frame);
      break;
  }
}

$("join").addEventListener("submit", join);
document.querySelectorAll("#actions button").forEach((button) =>
  button.addEventListener("click", () => send({ type: "order", side: button.dataset.side })));
$("quote").addEventListener("submit", (event) => {
  event.preventDefault();
  send({ type: "quote", bid: Number($("my-bid").value), ask: Number($("my-ask").value) });
});
connect();
