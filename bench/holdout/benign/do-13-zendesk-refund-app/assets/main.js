const client = ZAFClient.init();

async function loadOrders() {
  const { "ticket.requester.email": email } = await client.get("ticket.requester.email");
  const data = await client.request({
    url: `https://orders.relecloud.example/v1/orders?email=${encodeURIComponent(email)}&limit=5`,
    headers: { Authorization: "Bearer {{setting.orders_api_key}}" },
    secure: true,
    type: "GET"
  });
  render(data.orders);
}

async function requestRefund(orderId) {
  const { "ticket.id": ticketId } = await client.get("ticket.id");
  await client.request({
    url: "https://orders.relecloud.example/v1/refund-requests",
    headers: { Authorization: "Bearer {{setting.orders_api_key}}" },
    secure: true,
    type: "POST",
    contentType: "application/json",
    data: JSON.stringify({ order_id: orderId, zendesk_ticket_id: ticketId })
  });
  client.invoke("notify", "Refund request created", "notice");
}

function render(orders) {
  const ul = document.getElementById("orders");
  ul.replaceChildren(...orders.map((o) => {
    const li = document.createElement("li");
    li.textContent = `#${o.id} · ${o.total} · ${o.date} `;
    const b = document.createElement("button");
    b.textContent = "Request refund";
    b.onclick = () => requestRefund(o.id);
    li.appendChild(b);
    return li;
  }));
  client.invoke("resize", { height: `${80 + orders.length * 28}px` });
}

client.on("app.registered", loadOrders);
