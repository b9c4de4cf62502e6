// "Teacher" bot: visits the board with the flag cookie. Only ever navigates to the app.
const puppeteer = require("puppeteer");
const TARGET = process.env.TARGET || "http://app:3000/board";
const FLAG = process.env.FLAG || "CTF{n0t1c3_b04rd_n0t_s4n1t1s3d}";

async function visit() {
  const browser = await puppeteer.launch({ headless: "new", args: ["--no-sandbox", "--disable-dev-shm-usage"] });
  try {
    const page = await browser.newPage();
    await page.setCookie({ name: "flag", value: FLAG, url: new URL(TARGET).origin, httpOnly: false });
    await page.goto(TARGET, { waitUntil: "networkidle2", timeout: 10000 });
    await new Promise(r => setTimeout(r, 3000));
  } catch (e) {
    console.error("visit failed:", e.message);
  } finally {
    await browser.close();
  }
}

(async () => {
  for (;;) {
    await visit();
    await new Promise(r => setTimeout(r, 30000));
  }
})();
