(function () {
  const clean = (s) => (s || "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const src = clean(prompt("utm_source (linkedin, newsletter, partner-x, g2)", "linkedin"));
  if (!src) return;
  const med = clean(prompt("utm_medium (social, email, paid-social, referral, cpc)", "social"));
  const q = "q" + (Math.floor(new Date().getMonth() / 3) + 1);
  const camp = clean(prompt("utm_campaign", new Date().getFullYear() + "-" + q + "-"));
  const u = new URL(location.href);
  u.searchParams.set("utm_source", src);
  u.searchParams.set("utm_medium", med);
  u.searchParams.set("utm_campaign", camp);
  const out = u.toString();
  navigator.clipboard.writeText(out).then(
    () => alert("Copied:\n" + out),
    () => prompt("Copy this link:", out)
  );
})();
