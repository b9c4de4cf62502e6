// Bulk 301 redirects with prefix rules. Falls through to origin when no match.
import REDIRECTS from "../redirects.json";

const PREFIX_RULES = [
  // [oldPrefix, newPrefix]
  ["/category/news/", "/blog/tags/news/"],
  ["/wp-content/uploads/", "https://media.trattoria.example/uploads/"],
];

function normalise(pathname) {
  const p = decodeURIComponent(pathname).toLowerCase();
  return p.length > 1 ? p.replace(/\/+$/, "") : p;
}

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    const key = normalise(url.pathname);

    let target = REDIRECTS[key];
    if (!target) {
      for (const [from, to] of PREFIX_RULES) {
        if (url.pathname.startsWith(from)) {
          target = to + url.pathname.slice(from.length);
          break;
        }
      }
    }

    if (target) {
      const dest = new URL(target, url.origin);
      if (!dest.search && url.search) dest.search = url.search; // keep utm_* etc.
      return Response.redirect(dest.toString(), 301);
    }

    const resp = await fetch(request);
    if (resp.status === 404) {
      console.log(JSON.stringify({ msg: "redirect-miss", path: url.pathname, ref: request.headers.get("referer") }));
    }
    return resp;
  },
};
