// INTENTIONALLY VULNERABLE CTF APP – event network only.
const express = require("express");
const app = express();
app.use(express.urlencoded({ extended: false }));

const posts = [{ author: "Ms Patel", body: "Year 9 trip forms due Friday!" }];

const page = (inner) => `<!doctype html><html><head><title>Staffroom Noticeboard</title></head>
<body style="font-family:sans-serif;max-width:700px;margin:auto">
<h1>📌 Noticeboard</h1>${inner}</body></html>`;

app.get("/", (req, res) => res.redirect("/board"));

app.get("/board", (req, res) => {
  // VULN: post bodies are inserted as raw HTML
  const list = posts.map(p => `<div class="post"><b>${p.author}</b>: ${p.body}</div>`).join("\n");
  res.send(page(`${list}
    <form method="post" action="/post">
      <input name="author" placeholder="name"> <textarea name="body"></textarea>
      <button>Post</button></form>`));
});

app.post("/post", (req, res) => {
  let body = String(req.body.body || "").slice(0, 500);
  // VULN: naive blocklist – strips only the literal "<script"
  body = body.replace(/<script/gi, "");
  posts.push({ author: String(req.body.author || "anon").slice(0, 40).replace(/</g, "&lt;"), body });
  if (posts.length > 200) posts.splice(1, 1);
  res.redirect("/board");
});

app.listen(3000, () => console.log("noticeboard on :3000"));
