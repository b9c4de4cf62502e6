// Code by Zapier — Run JavaScript
// inputData: email, country, employees, company, territoryKey
const FALLBACK = { owner_email: "inbound-queue@cohovineyard-sales.example", owner_name: "Inbound queue", rule: "fallback" };

const controller = new AbortController();
const timer = setTimeout(() => controller.abort(), 7000);

try {
  const res = await fetch("https://territory.cohovineyard-sales.example/v2/route", {
    method: "POST",
    headers: { "X-Api-Key": inputData.territoryKey, "Content-Type": "application/json" },
    body: JSON.stringify({
      email_domain: (inputData.email || "").split("@")[1] || "",
      country: inputData.country,
      employees: Number(inputData.employees) || null,
      company: inputData.company
    }),
    signal: controller.signal
  });
  clearTimeout(timer);
  if (!res.ok) {
    output = FALLBACK;
  } else {
    const r = await res.json();
    output = { owner_email: r.owner_email, owner_name: r.owner_name, rule: r.rule };
  }
} catch (e) {
  output = FALLBACK;
}
